"""Course content: how fast and how heavy lesson pages are (issue: course content)."""

from django.test import Client

from bench.harness import Section, measure
from cms.models import CoursePage, LessonPage, ModulePage
from cms.weight import page_weight

TITLE = "Course content (Wagtail pages)"


def run() -> Section:
    section = Section(
        title=TITLE,
        target="lesson page < 100 KB of HTML+CSS+JS; bounded queries (asserted in tests)",
    )
    client = Client()
    lessons = list(LessonPage.objects.live().defer_streamfields())
    weights = {
        lesson.url: page_weight(client.get(lesson.url).text) for lesson in lessons
    }
    heaviest_url, heaviest = max(weights.items(), key=lambda item: item[1].total)
    lightest = min(weight.total for weight in weights.values())
    section.notes.append(
        f"{len(lessons)} demo lessons; heaviest {heaviest_url}: HTML {heaviest.html:,} B "
        f"+ CSS/JS {sum(heaviest.assets.values()):,} B = {heaviest.total:,} B "
        f"(lightest {lightest:,} B)."
    )
    section.measures.append(
        measure(
            "GET heaviest lesson page",
            lambda: client.get(heaviest_url),
            extra=f"{heaviest.total:,} B",
        )
    )
    course = CoursePage.objects.live().first()
    section.measures.append(
        measure("GET course page (outline)", lambda: client.get(course.url))
    )
    module = ModulePage.objects.live().child_of(course).first()
    section.measures.append(
        measure(
            "GET module zip download",
            lambda: b"".join(client.get(f"{module.url}unduh/").streaming_content),
            runs=10,
        )
    )
    section.measures.append(
        measure(
            "GET search ?q=arsip", lambda: client.get("/cari/", {"q": "arsip"}), runs=20
        )
    )
    return section
