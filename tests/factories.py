"""factory_boy factories: each builds a valid object with no arguments."""

from decimal import Decimal

import factory
from django.contrib.auth import get_user_model

from courses.models import Course, Institution, Office, Profile, Region

DEMO_FREE_PASSWORD = "rahasia-uji-123"


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Region
        django_get_or_create = ["code"]

    code = "62"
    name = "Kalimantan Tengah"
    level = Region.Level.PROVINCE
    parent = None


class CityRegionFactory(RegionFactory):
    code = "62.71"
    name = "Kota Palangkaraya"
    level = Region.Level.CITY
    parent = factory.SubFactory(RegionFactory)


class InstitutionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Institution

    name = factory.Sequence(lambda n: f"Dinas Kearsipan Uji {n}")
    type = Institution.Type.GOVERNMENT_UNIT
    region = factory.SubFactory(CityRegionFactory)


class OfficeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Office

    institution = factory.SubFactory(InstitutionFactory, type=Institution.Type.DPK)
    region = factory.SelfAttribute("institution.region")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"pengguna{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@contoh.go.id")
    password = factory.django.Password(DEMO_FREE_PASSWORD)


class ProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Profile

    user = factory.SubFactory(UserFactory)
    full_name = factory.Sequence(lambda n: f"Peserta Uji {n}, S.Sos.")
    institution = factory.SubFactory(InstitutionFactory)
    sex = Profile.Sex.FEMALE


class CourseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Course
        django_get_or_create = ["code"]

    code = factory.Sequence(lambda n: f"UJI-{n}")
    title = factory.Sequence(lambda n: f"Pelatihan Kearsipan Uji {n}")
    summary = "Pelatihan uji untuk pengelola arsip."
    jp = Decimal("8")
    competency_area = Course.CompetencyArea.RECORDS
    delivery_mode = Course.DeliveryMode.ONLINE


LESSON_BODY = [
    {"type": "heading", "value": "Pengertian klasifikasi arsip"},
    {
        "type": "text",
        "value": "<p>Klasifikasi arsip adalah pola pengaturan arsip secara berjenjang "
        "berdasarkan fungsi dan kegiatan instansi.</p>",
    },
    {
        "type": "callout",
        "value": {
            "kind": "warning",
            "title": "Perhatian",
            "text": "<p>Jangan musnahkan arsip tanpa JRA.</p>",
        },
    },
    {"type": "checklist", "value": {"title": "Langkah", "items": ["Periksa", "Catat"]}},
    {
        "type": "glossary",
        "value": {"term": "JRA", "definition": "Jadwal Retensi Arsip."},
    },
    {
        "type": "practice_task",
        "value": {
            "title": "Tentukan kode klasifikasi",
            "instructions": "<p>Tentukan kode untuk lima naskah dinas.</p>",
            "deliverable": "Daftar kode klasifikasi",
            "minutes": 20,
        },
    },
]


def home_page_get():
    from cms.services import home_page_ensure

    return home_page_ensure(
        title="Beranda", lead="Pelatihan kearsipan dan perpustakaan."
    )


def publish_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def course_tree(
    *, modules: int = 2, lessons_per_module: int = 2, course=None, body=None
):
    """Home → catalogue → course page → modules → lessons, all published.

    Returns (catalogue, course_page, [module pages], [lesson pages])."""
    from cms.models import CourseIndexPage, CoursePage, LessonPage, ModulePage

    home = home_page_get()
    catalogue = CourseIndexPage.objects.first() or publish_child(
        home, CourseIndexPage(title="Katalog Pelatihan", slug="pelatihan")
    )
    course = course or CourseFactory()
    course_page = publish_child(
        catalogue,
        CoursePage(title=course.title, slug=course.code.lower(), course=course),
    )
    module_pages, lesson_pages = [], []
    for m in range(1, modules + 1):
        module_page = publish_child(
            course_page,
            ModulePage(
                title=f"Modul {m}", slug=f"modul-{m}", jp_theory=2, jp_practice=1
            ),
        )
        module_pages.append(module_page)
        for n in range(1, lessons_per_module + 1):
            lesson_pages.append(
                publish_child(
                    module_page,
                    LessonPage(
                        title=f"Pelajaran {m}.{n}",
                        slug=f"pelajaran-{m}-{n}",
                        summary="Ringkasan pelajaran.",
                        body=body if body is not None else LESSON_BODY,
                    ),
                )
            )
    return catalogue, course_page, module_pages, lesson_pages
