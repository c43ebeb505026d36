"""Forms of the trainer's question bank and assessment set-up pages.

``QuestionForm`` shows the fields of one question kind (options with a score and
feedback each, accepted answers, numbers with a tolerance, matching pairs, a
true/false key or an essay's grading guide) and builds the ``data`` shape that
``courses/scoring.py`` scores; what a kind requires is checked by
``question_data_problems`` so the form and the service refuse the same things.
"""

from decimal import Decimal
from zoneinfo import ZoneInfo

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import Assessment, QuestionCategory, QuestionKind
from courses.services.assessment_setup import LOCKED_ONCE_STARTED, RULE_FIELDS
from courses.services.question_bank import (
    IMPORT_FORMATS,
    MAX_IMPORT_BYTES,
    question_data_problems,
)

TEXTAREA = {"rows": 3}
# Empty rows offered beyond those already filled, per kind.
SPARE_ROWS = 2
MIN_ROWS = {"single": 4, "multiple": 5, "short_answer": 3, "numeric": 2, "matching": 4}


def _percent(value: Decimal | None, default: float = 0.0) -> float:
    return default if value is None else float(value) / 100


def _percent_text(fraction: float) -> Decimal:
    """0.3333333 -> 33.33333, 1.0 -> 100 (never "1E+2" in the input)."""
    return Decimal(f"{fraction * 100:.5f}".rstrip("0").rstrip("."))


def _penalise_wrong_options(options: list[dict]) -> None:
    """Multiple answers: a wrong option the trainer left at 0 (or empty) gets an
    equal share of -100%, or ticking every option would earn full marks (scoring
    only keeps the sum within 0..100%). A negative value the trainer typed stays.
    Only the trainer's form does this: imported questions keep their weights."""
    wrong = [option for option in options if option["fraction"] <= 0]
    if not wrong or not any(option["fraction"] > 0 for option in options):
        return
    share = round(-1 / len(wrong), 7)  # what the form shows back: 5 decimals of %
    for option in wrong:
        if option["fraction"] == 0:
            option["fraction"] = share


class QuestionForm(forms.Form):
    category = forms.ModelChoiceField(
        label=_("Category"),
        queryset=QuestionCategory.objects.none(),
        required=False,
        empty_label=_("(no category)"),
    )
    name = forms.CharField(
        label=_("Name"),
        max_length=200,
        required=False,
        help_text=_("A short name for the bank's list; empty: the start of the text."),
    )
    text = forms.CharField(label=_("Question"), widget=forms.Textarea(attrs=TEXTAREA))
    points = forms.DecimalField(
        label=_("Points"),
        min_value=Decimal("0"),
        max_value=Decimal("9999.99"),
        decimal_places=2,
        initial=Decimal("1"),
    )
    general_feedback = forms.CharField(
        label=_("General feedback"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Shown to every learner after answering, right or wrong."),
    )

    def __init__(
        self,
        *args,
        kind: str,
        course,
        version=None,
        question=None,
        **kwargs,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.kind = kind
        self.fields["category"].queryset = QuestionCategory.objects.filter(
            course=course
        )
        data = version.data if version else {}
        if question is not None:
            self.initial.setdefault("category", question.category_id)
            self.initial.setdefault("name", question.name)
        if version is not None:
            self.initial.setdefault("text", version.text)
            self.initial.setdefault("points", version.points)
            self.initial.setdefault("general_feedback", version.general_feedback)
        self.row_groups: list[list[str]] = []
        builder = getattr(self, f"_fields_{kind}")
        builder(data)

    def _rows(self, filled: int) -> int:
        return max(MIN_ROWS[self.kind], filled + SPARE_ROWS)

    # Fields per kind -------------------------------------------------------------

    def _fields_choice(self, data: dict) -> None:
        options = data.get("options", [])
        single = self.kind == QuestionKind.SINGLE
        for i in range(self._rows(len(options))):
            option = options[i] if i < len(options) else {}
            self.fields[f"option_{i}_text"] = forms.CharField(
                label=_("Option %(n)s") % {"n": i + 1},
                required=False,
                widget=forms.Textarea(attrs={"rows": 1}),
            )
            self.fields[f"option_{i}_percent"] = forms.DecimalField(
                label=_("Score (%)"),
                required=False,
                min_value=Decimal("-100"),
                max_value=Decimal("100"),
                decimal_places=5,
                help_text=_("100 for the correct option")
                if single
                else _(
                    "Correct options add up to 100. A wrong option left empty or at "
                    "0 gets an equal negative share (-100 divided by the number of "
                    "wrong options), so ticking every option earns nothing; type "
                    "another negative value to choose it yourself."
                ),
            )
            self.fields[f"option_{i}_feedback"] = forms.CharField(
                label=_("Feedback for this option"), required=False
            )
            if option:
                self.initial[f"option_{i}_text"] = option.get("text", "")
                self.initial[f"option_{i}_percent"] = _percent_text(
                    option.get("fraction", 0)
                )
                self.initial[f"option_{i}_feedback"] = option.get("feedback", "")
            self.row_groups.append(
                [f"option_{i}_text", f"option_{i}_percent", f"option_{i}_feedback"]
            )

    _fields_single = _fields_choice
    _fields_multiple = _fields_choice

    def _fields_true_false(self, data: dict) -> None:
        self.fields["answer"] = forms.TypedChoiceField(
            label=_("The statement is"),
            choices=[("true", _("True")), ("false", _("False"))],
            coerce=lambda value: value == "true",
            widget=forms.RadioSelect,
        )
        self.fields["feedback_true"] = forms.CharField(
            label=_("Feedback for whoever answers true"), required=False
        )
        self.fields["feedback_false"] = forms.CharField(
            label=_("Feedback for whoever answers false"), required=False
        )
        if "answer" in data:
            self.initial["answer"] = "true" if data["answer"] else "false"
            self.initial["feedback_true"] = data.get("feedback_true", "")
            self.initial["feedback_false"] = data.get("feedback_false", "")
        self.row_groups.append(["answer", "feedback_true", "feedback_false"])

    def _fields_short_answer(self, data: dict) -> None:
        accepted = data.get("accepted", [])
        for i in range(self._rows(len(accepted))):
            item = accepted[i] if i < len(accepted) else {}
            self.fields[f"accepted_{i}_text"] = forms.CharField(
                label=_("Accepted answer %(n)s") % {"n": i + 1},
                required=False,
                help_text=_("Compared without case and extra spaces."),
            )
            self.fields[f"accepted_{i}_percent"] = forms.DecimalField(
                label=_("Score (%)"),
                required=False,
                min_value=Decimal("0"),
                max_value=Decimal("100"),
                decimal_places=5,
                help_text=_("Empty: 100"),
            )
            self.fields[f"accepted_{i}_feedback"] = forms.CharField(
                label=_("Feedback for this answer"), required=False
            )
            if item:
                self.initial[f"accepted_{i}_text"] = item.get("text", "")
                self.initial[f"accepted_{i}_percent"] = _percent_text(
                    item.get("fraction", 1)
                )
                self.initial[f"accepted_{i}_feedback"] = item.get("feedback", "")
            self.row_groups.append(
                [
                    f"accepted_{i}_text",
                    f"accepted_{i}_percent",
                    f"accepted_{i}_feedback",
                ]
            )

    def _fields_numeric(self, data: dict) -> None:
        answers = data.get("answers", [])
        for i in range(self._rows(len(answers))):
            item = answers[i] if i < len(answers) else {}
            self.fields[f"number_{i}_value"] = forms.DecimalField(
                label=_("Correct number %(n)s") % {"n": i + 1},
                required=False,
                localize=True,
                widget=forms.TextInput(attrs={"inputmode": "decimal"}),
            )
            self.fields[f"number_{i}_tolerance"] = forms.DecimalField(
                label=_("Tolerance (±)"),
                required=False,
                min_value=Decimal("0"),
                localize=True,
                widget=forms.TextInput(attrs={"inputmode": "decimal"}),
                help_text=_("Empty: 0 (exactly this number)"),
            )
            self.fields[f"number_{i}_percent"] = forms.DecimalField(
                label=_("Score (%)"),
                required=False,
                min_value=Decimal("0"),
                max_value=Decimal("100"),
                decimal_places=5,
                help_text=_("Empty: 100"),
            )
            self.fields[f"number_{i}_feedback"] = forms.CharField(
                label=_("Feedback for this answer"), required=False
            )
            if item:
                self.initial[f"number_{i}_value"] = Decimal(str(item["value"]))
                self.initial[f"number_{i}_tolerance"] = Decimal(
                    str(item.get("tolerance", 0))
                )
                self.initial[f"number_{i}_percent"] = _percent_text(
                    item.get("fraction", 1)
                )
                self.initial[f"number_{i}_feedback"] = item.get("feedback", "")
            self.row_groups.append(
                [
                    f"number_{i}_value",
                    f"number_{i}_tolerance",
                    f"number_{i}_percent",
                    f"number_{i}_feedback",
                ]
            )

    def _fields_matching(self, data: dict) -> None:
        pairs = data.get("pairs", [])
        for i in range(self._rows(len(pairs))):
            pair = pairs[i] if i < len(pairs) else {}
            self.fields[f"pair_{i}_left"] = forms.CharField(
                label=_("Item %(n)s") % {"n": i + 1}, required=False
            )
            self.fields[f"pair_{i}_right"] = forms.CharField(
                label=_("Its match"), required=False
            )
            if pair:
                self.initial[f"pair_{i}_left"] = pair.get("left", "")
                self.initial[f"pair_{i}_right"] = pair.get("right", "")
            self.row_groups.append([f"pair_{i}_left", f"pair_{i}_right"])
        self.fields["distractors"] = forms.CharField(
            label=_("Extra wrong matches"),
            required=False,
            widget=forms.Textarea(attrs={"rows": 2}),
            help_text=_("One per line; offered in the lists but matching nothing."),
        )
        self.initial["distractors"] = "\n".join(data.get("distractors", []))
        self.row_groups.append(["distractors"])

    def _fields_essay(self, data: dict) -> None:
        self.fields["rubric"] = forms.CharField(
            label=_("Grading guide"),
            required=False,
            widget=forms.Textarea(attrs=TEXTAREA),
            help_text=_("What a full answer contains; shown to the trainer grading."),
        )
        self.initial["rubric"] = data.get("rubric", "")
        self.row_groups.append(["rubric"])

    # Building the data ---------------------------------------------------------

    def _indexed(self, prefix: str) -> list[int]:
        return sorted(
            {
                int(name.split("_")[1])
                for name in self.fields
                if name.startswith(prefix + "_")
            }
        )

    def _data(self, c: dict) -> dict:
        kind = self.kind
        if kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
            options = [
                {
                    "text": c[f"option_{i}_text"].strip(),
                    "fraction": _percent(c[f"option_{i}_percent"]),
                    "feedback": c[f"option_{i}_feedback"].strip(),
                }
                for i in self._indexed("option")
                if c.get(f"option_{i}_text", "").strip()
            ]
            if kind == QuestionKind.MULTIPLE:
                _penalise_wrong_options(options)
            return {"options": options, "shuffle": True}
        if kind == QuestionKind.TRUE_FALSE:
            return {
                "answer": c.get("answer"),
                "feedback_true": c.get("feedback_true", "").strip(),
                "feedback_false": c.get("feedback_false", "").strip(),
            }
        if kind == QuestionKind.SHORT_ANSWER:
            return {
                "accepted": [
                    {
                        "text": c[f"accepted_{i}_text"].strip(),
                        "fraction": _percent(c[f"accepted_{i}_percent"], 1.0),
                        "feedback": c[f"accepted_{i}_feedback"].strip(),
                    }
                    for i in self._indexed("accepted")
                    if c.get(f"accepted_{i}_text", "").strip()
                ]
            }
        if kind == QuestionKind.NUMERIC:
            return {
                "answers": [
                    {
                        "value": float(c[f"number_{i}_value"]),
                        "tolerance": float(c[f"number_{i}_tolerance"] or 0),
                        "fraction": _percent(c[f"number_{i}_percent"], 1.0),
                        "feedback": c[f"number_{i}_feedback"].strip(),
                    }
                    for i in self._indexed("number")
                    if c.get(f"number_{i}_value") is not None
                ]
            }
        if kind == QuestionKind.MATCHING:
            pairs = []
            for i in self._indexed("pair"):
                left = c.get(f"pair_{i}_left", "").strip()
                right = c.get(f"pair_{i}_right", "").strip()
                if left or right:
                    pairs.append({"left": left, "right": right})
            distractors = [
                line.strip()
                for line in c.get("distractors", "").splitlines()
                if line.strip()
            ]
            return {"pairs": pairs, "distractors": distractors}
        return {"rubric": c.get("rubric", "").strip()}

    def clean(self) -> dict:
        cleaned = super().clean()
        if self.errors:
            return cleaned
        data = self._data(cleaned)
        for problem in question_data_problems(kind=self.kind, data=data):
            self.add_error(None, problem)
        cleaned["data"] = data
        return cleaned


class CategoryForm(forms.Form):
    name = forms.CharField(label=_("Category name"), max_length=150)


class ImportUploadForm(forms.Form):
    """A question file; ``cleaned_data["content"]`` holds its bytes once valid."""

    file = forms.FileField(
        label=_("Question file (GIFT, Aiken or CSV)"),
        widget=forms.ClearableFileInput(attrs={"accept": ".gift,.txt,.csv,.aiken"}),
    )
    file_format = forms.ChoiceField(
        label=_("Format"),
        required=False,
        choices=[
            ("", _("Recognise from the file name")),
            ("gift", "GIFT (Moodle)"),
            ("aiken", "Aiken"),
            ("csv", _("CSV (spreadsheet)")),
        ],
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _(
            "At most %(mb)s MB. Nothing is saved until you have seen the preview "
            "and confirmed it."
        ) % {"mb": MAX_IMPORT_BYTES // (1024 * 1024)}

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(mb)s MB; split it into several files.")
                % {"mb": MAX_IMPORT_BYTES // (1024 * 1024)}
            )
        self.cleaned_data["content"] = upload.read()
        return upload

    def clean_file_format(self) -> str:
        value = self.cleaned_data["file_format"]
        return value if value in IMPORT_FORMATS else ""


class ImportConfirmForm(forms.Form):
    category = forms.ModelChoiceField(
        label=_("Save into the category"),
        queryset=QuestionCategory.objects.none(),
        required=False,
        empty_label=_("(no category)"),
    )
    new_category = forms.CharField(
        label=_("…or a new category"), max_length=150, required=False
    )
    use_file_categories = forms.BooleanField(
        label=_("Use the categories named in the file ($CATEGORY or kategori)"),
        required=False,
        initial=True,
        help_text=_(
            "Missing categories are created; questions the file puts in no "
            "category go to the category chosen above."
        ),
    )

    def __init__(self, *args, course, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = QuestionCategory.objects.filter(
            course=course
        )


class LocalDateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs) -> None:
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


class AssessmentForm(forms.ModelForm):
    """An assessment's rules; opening and closing times are in the cohort's zone.
    Once an attempt exists, kind and shuffling are shown but cannot change."""

    class Meta:
        model = Assessment
        fields = RULE_FIELDS
        widgets = {
            "opens_at": LocalDateTimeInput(),
            "closes_at": LocalDateTimeInput(),
            "instructions": forms.Textarea(attrs=TEXTAREA),
            "rubric": forms.Textarea(attrs=TEXTAREA),
        }

    def __init__(self, *args, cohort, locked: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.zone = ZoneInfo(cohort.time_zone)
        for name in ("opens_at", "closes_at"):
            self.fields[name].help_text = _("In the cohort's time zone (%(zone)s).") % {
                "zone": cohort.zone_abbreviation
            }
            self.fields[name].input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
            value = self.initial.get(name)
            if value is not None and timezone.is_aware(value):
                # Naive: Django would otherwise show it in the active zone.
                self.initial[name] = value.astimezone(self.zone).replace(tzinfo=None)
        if locked:
            for name in LOCKED_ONCE_STARTED:
                self.fields[name].disabled = True

    def _aware(self, name: str):
        value = self.cleaned_data.get(name)
        if value is None:
            return None
        # Django made it aware in the active zone; read the wall-clock time again
        # in the cohort's zone.
        local = timezone.make_naive(value) if timezone.is_aware(value) else value
        return local.replace(tzinfo=self.zone)

    def clean(self) -> dict:
        cleaned = super().clean()
        for name in ("opens_at", "closes_at"):
            if name in cleaned:
                cleaned[name] = self._aware(name)
        opens, closes = cleaned.get("opens_at"), cleaned.get("closes_at")
        if opens and closes and closes <= opens:
            self.add_error(
                "closes_at", _("The closing time must be after the opening.")
            )
        return cleaned

    def _post_clean(self) -> None:
        # Model validation happens in the service (assessment_create/update).
        pass


class ItemQuestionsForm(forms.Form):
    questions = forms.ModelMultipleChoiceField(
        label=_("Questions from the bank"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, queryset, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["questions"].queryset = queryset
        self.fields["questions"].label_from_instance = lambda question: (
            f"{question.name} · {question.get_kind_display()}"
            + (f" · {question.category.name}" if question.category_id else "")
        )


class ItemDrawForm(forms.Form):
    category = forms.ModelChoiceField(label=_("Category"), queryset=None)
    count = forms.IntegerField(
        label=_("Number of questions drawn"), min_value=1, max_value=500, initial=5
    )

    def __init__(self, *args, queryset, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = queryset
        self.fields["category"].label_from_instance = lambda category: (
            _("%(name)s (%(count)s active questions)")
            % {"name": category.name, "count": category.active_count}
        )
