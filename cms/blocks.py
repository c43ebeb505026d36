"""StreamField blocks for course and lesson bodies.

Blocks are written for weak connections: images are served as phone-sized renditions
and lazy-loaded, videos are links that load a player only when opened.
"""

import re

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("note", _("Note")), ("tip", _("Tip")), ("warning", _("Warning"))],
        default="note",
        label=_("kind"),
        help_text=_(
            "Warning is for mistakes with consequences (e.g. destroying records)."
        ),
    )
    title = blocks.CharBlock(
        label=_("title"),
        required=False,
        max_length=120,
        help_text=_("Optional; the kind is shown when empty."),
    )
    text = blocks.RichTextBlock(
        label=_("text"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Keep it short: one point participants must not miss."),
    )

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "cms/blocks/callout.html"


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("title"),
        required=False,
        max_length=120,
        help_text=_("e.g. 'Before destroying records, check that...'"),
    )
    items = blocks.ListBlock(
        blocks.CharBlock(label=_("item"), max_length=300),
        label=_("items"),
        help_text=_("One step or check per line."),
    )

    class Meta:
        icon = "tasks"
        label = _("Checklist")
        template = "cms/blocks/checklist.html"


class GlossaryTermBlock(blocks.StructBlock):
    term = blocks.CharBlock(
        label=_("term"),
        max_length=120,
        help_text=_(
            "The word as participants meet it, e.g. Jadwal Retensi Arsip (JRA)."
        ),
    )
    definition = blocks.TextBlock(
        label=_("definition"), help_text=_("One or two plain sentences.")
    )

    class Meta:
        icon = "openquote"
        label = _("Glossary term")
        template = "cms/blocks/glossary.html"


class PracticeTaskBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("title"),
        max_length=160,
        help_text=_("What to do, e.g. 'Assign classification codes'."),
    )
    instructions = blocks.RichTextBlock(
        label=_("instructions"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Step by step, with the material participants work on."),
    )
    deliverable = blocks.TextBlock(
        label=_("what to hand in"),
        required=False,
        help_text=_("What the participant produces, e.g. a completed retention form."),
    )
    minutes = blocks.IntegerBlock(
        label=_("minutes"), required=False, min_value=1, help_text=_("Estimated time.")
    )

    class Meta:
        icon = "clipboard-list"
        label = _("Practice task")
        template = "cms/blocks/practice_task.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(
        label=_("image"),
        help_text=_("Shown at phone size and loaded only when scrolled to."),
    )
    caption = blocks.CharBlock(
        label=_("caption"),
        required=False,
        max_length=250,
        help_text=_("Shown under the image."),
    )
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        required=False,
        max_length=250,
        help_text=_("Describe the image for people who cannot see it."),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "cms/blocks/image.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(
        label=_("document"),
        help_text=_("A PDF or office file, e.g. a retention schedule template."),
    )
    note = blocks.CharBlock(
        label=_("note"),
        required=False,
        max_length=250,
        help_text=_("Why to read or use it, e.g. 'Fill in this form in task 2'."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document download")
        template = "cms/blocks/document.html"


def video_embed_url(url: str) -> str | None:
    """The privacy-friendly player address of a YouTube or Vimeo video, else None."""
    match = VIDEO_PATTERNS[0].search(url) or VIDEO_PATTERNS[1].search(url)
    if match:
        return f"https://www.youtube-nocookie.com/embed/{match.group(1)}"
    match = VIDEO_PATTERNS[2].search(url)
    if match:
        return f"https://player.vimeo.com/video/{match.group(1)}"
    return None


VIDEO_PATTERNS = [
    re.compile(r"(?:youtube\.com/(?:watch\?(?:.*&)?v=|embed/|shorts/))([\w-]{11})"),
    re.compile(r"youtu\.be/([\w-]{11})"),
    re.compile(r"vimeo\.com/(?:video/)?(\d+)"),
]


class VideoBlock(blocks.StructBlock):
    """A video: a link, and a player that loads only when the learner opens it
    (a closed <details> keeps the lazy iframe from downloading anything)."""

    title = blocks.CharBlock(
        label=_("title"), max_length=160, help_text=_("What the video shows.")
    )
    url = blocks.URLBlock(
        label=_("address"), help_text=_("A YouTube or other video page address.")
    )
    minutes = blocks.IntegerBlock(
        label=_("length in minutes"),
        required=False,
        min_value=1,
        help_text=_("Helps participants on mobile data decide when to watch."),
    )
    caption = blocks.CharBlock(
        label=_("caption"),
        required=False,
        max_length=250,
        help_text=_("Optional note shown under the video."),
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["embed_url"] = video_embed_url(value["url"])
        return context

    class Meta:
        icon = "media"
        label = _("Video")
        template = "cms/blocks/video.html"


class CourseBodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Heading"),
        icon="title",
        template="cms/blocks/heading.html",
        help_text=_("A section title inside the page."),
    )
    text = blocks.RichTextBlock(
        label=_("Text"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Short paragraphs and lists read best on phones."),
    )
    callout = CalloutBlock()
    image = ImageBlock()
    document = DocumentBlock()


class LessonBodyBlock(CourseBodyBlock):
    video = VideoBlock()
    checklist = ChecklistBlock()
    glossary = GlossaryTermBlock()
    practice_task = PracticeTaskBlock()
