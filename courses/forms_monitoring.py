"""The filter form of the office dashboard (GET). Its choices come from the office's
scope only, so an office cannot even pick another region's cohort or regency."""

from django import forms
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from courses.models import Institution, Office
from courses.selectors.monitoring import DashboardFilters, filter_choices_for

ALL = [("", _("All"))]
# A province has hundreds of cohorts: the cohort list offers those of the chosen
# year and course, at most this many (newest first), so the page stays light.
COHORT_CHOICES_SHOWN = 40


def _int_or_none(value: object) -> int | None:
    try:
        return int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


class DashboardFilterForm(forms.Form):
    tahun = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int)
    pelatihan = forms.TypedChoiceField(label=_("Course"), required=False, coerce=int)
    angkatan = forms.TypedChoiceField(label=_("Cohort"), required=False, coerce=int)
    wilayah = forms.ChoiceField(label=_("Regency/city"), required=False)
    jenis = forms.ChoiceField(
        label=_("Institution type"),
        required=False,
        choices=ALL + list(Institution.Type.choices),
    )

    def __init__(self, *args, office: Office, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        choices = filter_choices_for(office=office)
        self.fields["tahun"].choices = ALL + choices["year"]
        self.fields["pelatihan"].choices = ALL + choices["course"]
        self.fields["angkatan"].choices = ALL + self._cohort_choices(choices["cohort"])
        self.fields["wilayah"].choices = ALL + choices["region"]
        if not office.scope_prefix:
            self.fields["wilayah"].label = _("Province")
        for field in self.fields.values():
            field.widget.attrs["class"] = "form-select form-select-sm"

    def _cohort_choices(self, cohorts: list[tuple]) -> list[tuple]:
        """The cohorts of the chosen year and course, newest first, at most
        COHORT_CHOICES_SHOWN of them, plus the chosen cohort (any in scope)."""
        year = _int_or_none(self.data.get("tahun"))
        course = _int_or_none(self.data.get("pelatihan"))
        chosen = _int_or_none(self.data.get("angkatan"))
        matching = [
            cohort
            for cohort in cohorts
            if (year is None or cohort.year == year)
            and (course is None or cohort.course_id == course)
        ]
        shown = matching[:COHORT_CHOICES_SHOWN]
        if len(matching) > len(shown):
            self.fields["angkatan"].help_text = _(
                "The %(count)s newest of %(total)s cohorts; choose a year or a "
                "course to find the others."
            ) % {"count": len(shown), "total": len(matching)}
        if chosen is not None and all(c.pk != chosen for c in shown):
            shown += [c for c in cohorts if c.pk == chosen]
        return [(cohort.pk, cohort.label) for cohort in shown]

    def filters(self) -> DashboardFilters:
        """The filters of the fields that are valid; an invalid field (shown with
        its error) filters nothing."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return DashboardFilters(
            year=data.get("tahun") or None,
            course_id=data.get("pelatihan") or None,
            cohort_id=data.get("angkatan") or None,
            region_code=data.get("wilayah") or None,
            institution_type=data.get("jenis") or None,
        )

    def query_string(self) -> str:
        """The valid filters as a query string, for links to charts and exports."""
        self.is_valid()
        data = {k: v for k, v in getattr(self, "cleaned_data", {}).items() if v}
        return urlencode(data)
