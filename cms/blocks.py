"""StreamField blocks for course and lesson bodies.

Blocks are written for weak connections: images are served as phone-sized renditions
and lazy-loaded, videos are links that load a player only when opened.
"""

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
    title = blocks.CharBlock(label=_("title"), required=False, max_length=120)
    text = blocks.RichTextBlock(label=_("text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "cms/blocks/callout.html"


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False, max_length=120)
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
    term = blocks.CharBlock(label=_("term"), max_length=120)
    definition = blocks.TextBlock(label=_("definition"))

    class Meta:
        icon = "openquote"
        label = _("Glossary term")
        template = "cms/blocks/glossary.html"


class PracticeTaskBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=160)
    instructions = blocks.RichTextBlock(
        label=_("instructions"), features=RICH_TEXT_FEATURES
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
    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)
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
    document = DocumentChooserBlock(label=_("document"))
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


class VideoBlock(blocks.StructBlock):
    """A link to a video, with an optional player that loads only when opened."""

    title = blocks.CharBlock(label=_("title"), max_length=160)
    url = blocks.URLBlock(
        label=_("address"), help_text=_("A YouTube or other video page address.")
    )
    minutes = blocks.IntegerBlock(label=_("length in minutes"), required=False)
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "cms/blocks/video.html"


class CourseBodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Heading"), icon="title", template="cms/blocks/heading.html"
    )
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)
    callout = CalloutBlock()
    image = ImageBlock()
    document = DocumentBlock()


class LessonBodyBlock(CourseBodyBlock):
    video = VideoBlock()
    checklist = ChecklistBlock()
    glossary = GlossaryTermBlock()
    practice_task = PracticeTaskBlock()
