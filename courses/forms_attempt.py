"""The form of one page of an attempt: a field per question on the page, read into
the response shapes of ``courses/scoring.py``.

The page is drawn by hand (templates/courses/attempt/includes/question.html) so each
choice is a label big enough for a thumb; ``AttemptPageForm.items()`` gives the
template each question with its field names, current values and errors. The same
form reads a page POST (no JavaScript) and an autosave POST (``fetch`` with the
form's ``FormData``)."""

from dataclasses import dataclass
from pathlib import Path

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from courses.scoring import parse_number
from courses.selectors.assessments import AnswerView

ANSWER_FILE_TYPES = {
    # extension: how the file starts (so a renamed program is refused)
    "pdf": (b"%PDF",),
    "jpg": (b"\xff\xd8\xff",),
    "jpeg": (b"\xff\xd8\xff",),
    "png": (b"\x89PNG\r\n\x1a\n",),
    "docx": (b"PK\x03\x04",),
    "xlsx": (b"PK\x03\x04",),
}
ANSWER_FILE_MAX_BYTES = 10 * 1024 * 1024
ANSWER_FILE_ACCEPT = ".pdf,.jpg,.jpeg,.png,.docx,.xlsx"
TEXT_MAX_LENGTH = 500
ESSAY_MAX_LENGTH = 20_000


def validate_answer_file(upload: UploadedFile) -> None:
    """A practical task's evidence: PDF, JPG, PNG, DOCX or XLSX, at most 10 MB."""
    extension = Path(upload.name or "").suffix.lower().lstrip(".")
    if extension not in ANSWER_FILE_TYPES:
        raise ValidationError(
            _("Only PDF, JPG, PNG, DOCX or XLSX files can be attached."),
            code="file_type",
        )
    if upload.size > ANSWER_FILE_MAX_BYTES:
        raise ValidationError(
            _("The file is larger than 10 MB; please attach a smaller one."),
            code="file_size",
        )
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    if not head.startswith(ANSWER_FILE_TYPES[extension]):
        raise ValidationError(
            _("The file's content does not match its type (%(type)s)."),
            code="file_content",
            params={"type": extension.upper()},
        )


def _number(value: str) -> str:
    if value.strip() and parse_number(value) is None:
        raise ValidationError(
            _("Enter a number, for example 12,5."), code="not_a_number"
        )
    return value


def field_name(position: int, part: str | int | None = None) -> str:
    return f"q{position}" if part is None else f"q{position}_{part}"


@dataclass
class PageItem:
    """What the template needs to draw one question of the page."""

    view: AnswerView
    name: str
    value: object  # the field's current value: posted, else saved
    errors: list[str]
    file_name: str = ""  # practical task: the file field's name
    pair_fields: list[tuple[str, str, str]] | None = None  # (name, left, value)
    choices: list[tuple[str, str, bool]] | None = None  # (value, label, checked)


class AttemptPageForm(forms.Form):
    """The questions of one page; every field optional (unanswered is allowed)."""

    def __init__(
        self, views: list[AnswerView], *args, with_files: bool = False, **kwargs
    ) -> None:
        super().__init__(*args, **kwargs)
        self.views = views
        self.with_files = with_files
        for view in views:
            self._add_fields(view)

    def _add_fields(self, view: AnswerView) -> None:
        name, response = field_name(view.position), view.response
        if view.kind == "single":
            self.fields[name] = forms.TypedChoiceField(
                choices=[(str(o.index), o.text) for o in view.options],
                coerce=int,
                empty_value=None,
                required=False,
                initial=None if response is None else str(response),
            )
        elif view.kind == "multiple":
            self.fields[name] = forms.TypedMultipleChoiceField(
                choices=[(str(o.index), o.text) for o in view.options],
                coerce=int,
                required=False,
                initial=[str(i) for i in response]
                if isinstance(response, list)
                else [],
            )
        elif view.kind == "true_false":
            self.fields[name] = forms.TypedChoiceField(
                choices=[("true", _("True")), ("false", _("False"))],
                coerce=lambda value: value == "true",
                empty_value=None,
                required=False,
                initial=None if response is None else ("true" if response else "false"),
            )
        elif view.kind == "matching":
            choices = [("", "—")] + [(text, text) for text in view.right_choices]
            for pair in view.pairs:
                self.fields[field_name(view.position, pair.index)] = forms.ChoiceField(
                    choices=choices, required=False, initial=pair.chosen
                )
        elif view.kind == "numeric":
            self.fields[name] = forms.CharField(
                max_length=50,
                required=False,
                validators=[_number],
                initial=view.text_response,
            )
        elif view.kind == "essay":
            self.fields[name] = forms.CharField(
                max_length=ESSAY_MAX_LENGTH,
                required=False,
                strip=False,
                initial=view.text_response,
            )
            if self.with_files:
                self.fields[field_name(view.position, "file")] = forms.FileField(
                    required=False, validators=[validate_answer_file]
                )
        else:  # short_answer
            self.fields[name] = forms.CharField(
                max_length=TEXT_MAX_LENGTH, required=False, initial=view.text_response
            )

    def _names(self, view: AnswerView) -> list[str]:
        if view.kind == "matching":
            return [field_name(view.position, pair.index) for pair in view.pairs]
        return [field_name(view.position)]

    def responses(self) -> dict[int, object]:
        """Responses of the questions whose fields are all valid, by position; a
        question with an error keeps its saved response."""
        self.is_valid()
        result: dict[int, object] = {}
        for view in self.views:
            names = self._names(view)
            if any(name in self.errors for name in names):
                continue
            if view.kind == "matching":
                chosen = {
                    str(pair.index): self.cleaned_data[name]
                    for pair, name in zip(view.pairs, names, strict=True)
                    if self.cleaned_data.get(name)
                }
                result[view.position] = chosen or None
                continue
            value = self.cleaned_data.get(names[0])
            if view.kind == "multiple":
                value = sorted(value) or None
            elif isinstance(value, str):
                value = value if value.strip() else None
            result[view.position] = value
        return result

    def uploads(self) -> dict[int, UploadedFile]:
        """Valid practical-task files, by position."""
        self.is_valid()
        return {
            view.position: self.cleaned_data[field_name(view.position, "file")]
            for view in self.views
            if self.cleaned_data.get(field_name(view.position, "file"))
        }

    def error_messages(self) -> dict[str, list[str]]:
        """Errors by field name (for the autosave JSON)."""
        self.is_valid()
        return {name: [str(e) for e in errors] for name, errors in self.errors.items()}

    def items(self) -> list[PageItem]:
        items = []
        for view in self.views:
            name = field_name(view.position)
            if view.kind == "matching":
                pair_fields = [
                    (
                        field_name(view.position, pair.index),
                        pair.left,
                        self[field_name(view.position, pair.index)].value() or "",
                    )
                    for pair in view.pairs
                ]
                errors = [
                    str(e)
                    for n, _left, _value in pair_fields
                    for e in self.errors.get(n, [])
                ]
                items.append(
                    PageItem(view, name, None, errors, pair_fields=pair_fields)
                )
                continue
            value = self[name].value()
            if view.kind == "multiple":
                value = [str(v) for v in value or []]
            elif value is not None and not isinstance(value, str):
                value = str(value)
            errors = (
                [str(e) for e in self.errors.get(name, [])] if self.is_bound else []
            )
            item = PageItem(view, name, value, errors)
            if view.kind in ("single", "multiple", "true_false"):
                checked = set(value) if isinstance(value, list) else {value}
                item.choices = [
                    (str(v), label, str(v) in checked)
                    for v, label in self.fields[name].choices
                ]
            file_name = field_name(view.position, "file")
            if file_name in self.fields:
                item.file_name = file_name
                item.errors += [str(e) for e in self.errors.get(file_name, [])]
            items.append(item)
        return items
