"""Demo people of Kalimantan Tengah (62) and Kalimantan Timur (64).

Every account's password is ``DEMO_PASSWORD`` and its email is already verified. The
usernames are a contract: the README lists them and tests log in with them.
"""

from dataclasses import dataclass

from django.contrib.auth.models import Permission

from courses import roles
from courses.models import Institution, Region, User
from courses.services.people import (
    email_address_verify,
    office_upsert,
    person_upsert,
)

DEMO_PASSWORD = "demo12345"

T = Institution.Type

# name, type, region code
INSTITUTIONS: list[tuple[str, str, str]] = [
    ("Dinas Perpustakaan dan Kearsipan Provinsi Kalimantan Tengah", T.DPK, "62"),
    ("Dinas Perpustakaan dan Kearsipan Kota Palangka Raya", T.DPK, "62.71"),
    ("Dinas Perpustakaan dan Kearsipan Provinsi Kalimantan Timur", T.DPK, "64"),
    ("Badan Kepegawaian Daerah Provinsi Kalimantan Tengah", T.GOVERNMENT_UNIT, "62"),
    ("Dinas Pendidikan Kota Palangka Raya", T.GOVERNMENT_UNIT, "62.71"),
    ("Badan Perencanaan Pembangunan Daerah Kota Samarinda", T.GOVERNMENT_UNIT, "64.72"),
    ("Pimpinan Wilayah Muhammadiyah Kalimantan Tengah", T.CIVIL_SOCIETY, "62.71"),
    ("Pengurus Wilayah Nahdlatul Ulama Kalimantan Timur", T.CIVIL_SOCIETY, "64.72"),
    ("PT Bank Pembangunan Daerah Kalimantan Tengah", T.REGIONAL_ENTERPRISE, "62.71"),
    ("Perumda Air Minum Tirta Manuntung Balikpapan", T.REGIONAL_ENTERPRISE, "64.71"),
    ("Universitas Palangka Raya", T.UNIVERSITY, "62.71"),
    ("Universitas Mulawarman", T.UNIVERSITY, "64.72"),
    ("SMA Negeri 2 Palangka Raya", T.SCHOOL, "62.71"),
    ("SMK Negeri 1 Bontang", T.SCHOOL, "64.74"),
    (
        "Dinas Kearsipan dan Perpustakaan Kabupaten Kapuas",
        T.ARCHIVE_INSTITUTION,
        "62.03",
    ),
    (
        "Dinas Perpustakaan dan Kearsipan Kabupaten Kutai Kartanegara",
        T.ARCHIVE_INSTITUTION,
        "64.02",
    ),
]

# office username, institution name, region scope
OFFICES: list[tuple[str, str, str]] = [
    (
        "dpk-kalteng",
        "Dinas Perpustakaan dan Kearsipan Provinsi Kalimantan Tengah",
        "62",
    ),
    (
        "dpk-palangkaraya",
        "Dinas Perpustakaan dan Kearsipan Kota Palangka Raya",
        "62.71",
    ),
    ("dpk-kaltim", "Dinas Perpustakaan dan Kearsipan Provinsi Kalimantan Timur", "64"),
]


@dataclass(frozen=True)
class DemoPerson:
    username: str
    full_name: str
    institution: str
    position: str
    sex: str
    nip: str = ""
    rank: str = ""
    role: str = "learner"  # learner, trainer, lead_trainer, office, admin


DEMO_PEOPLE: list[DemoPerson] = [
    DemoPerson(
        "admin",
        "Administrator LMS",
        "Dinas Perpustakaan dan Kearsipan Provinsi Kalimantan Tengah",
        "Pranata Komputer Ahli Pertama",
        "L",
        role="admin",
    ),
    DemoPerson(
        "pelatih",
        "Dr. Bambang Sutrisno, M.Hum.",
        "Dinas Perpustakaan dan Kearsipan Provinsi Kalimantan Tengah",
        "Arsiparis Ahli Madya",
        "L",
        "197504121999031004",
        "Pembina (IV/a)",
        role="lead_trainer",
    ),
    DemoPerson(
        "pelatih2",
        "Rina Marlina, S.Kom., M.T.",
        "Dinas Perpustakaan dan Kearsipan Provinsi Kalimantan Timur",
        "Pustakawan Ahli Muda",
        "P",
        "198309242008012011",
        "Penata Tingkat I (III/d)",
        role="trainer",
    ),
    DemoPerson(
        "dpk-kalteng",
        "Yohanes Dedy Kurniawan, S.E.",
        "Dinas Perpustakaan dan Kearsipan Provinsi Kalimantan Tengah",
        "Kepala Bidang Pembinaan Kearsipan",
        "L",
        "197811032005011007",
        "Pembina (IV/a)",
        role="office",
    ),
    DemoPerson(
        "dpk-palangkaraya",
        "Maria Ulfa, S.Sos.",
        "Dinas Perpustakaan dan Kearsipan Kota Palangka Raya",
        "Kepala Seksi Pengelolaan Arsip",
        "P",
        "198205172009022006",
        "Penata (III/c)",
        role="office",
    ),
    DemoPerson(
        "dpk-kaltim",
        "Andi Syahrul Ramadhan, S.IP.",
        "Dinas Perpustakaan dan Kearsipan Provinsi Kalimantan Timur",
        "Kepala Bidang Pengembangan Perpustakaan",
        "L",
        "197909152006041012",
        "Pembina (IV/a)",
        role="office",
    ),
    DemoPerson(
        "peserta",
        "Siti Rahmawati, S.Sos.",
        "Badan Kepegawaian Daerah Provinsi Kalimantan Tengah",
        "Arsiparis Ahli Pertama",
        "P",
        "199103152019032012",
        "Penata Muda (III/a)",
    ),
    DemoPerson(
        "peserta2",
        "Ahmad Fauzi, A.Md.",
        "Dinas Pendidikan Kota Palangka Raya",
        "Arsiparis Terampil",
        "L",
        "199207082020121005",
        "Pengatur (II/c)",
    ),
    DemoPerson(
        "peserta3",
        "Dewi Lestari, S.I.Kom.",
        "Badan Perencanaan Pembangunan Daerah Kota Samarinda",
        "Arsiparis Ahli Pertama",
        "P",
        "199402202022032008",
        "Penata Muda (III/a)",
    ),
    DemoPerson(
        "peserta4",
        "Muhammad Rizky Pratama",
        "Pimpinan Wilayah Muhammadiyah Kalimantan Tengah",
        "Staf Sekretariat",
        "L",
    ),
    DemoPerson(
        "peserta5",
        "Nur Aisyah, S.Pd.I.",
        "Pengurus Wilayah Nahdlatul Ulama Kalimantan Timur",
        "Pengelola Arsip Organisasi",
        "P",
    ),
    DemoPerson(
        "peserta6",
        "Hendra Gunawan, S.E.",
        "PT Bank Pembangunan Daerah Kalimantan Tengah",
        "Staf Tata Usaha dan Kearsipan",
        "L",
    ),
    DemoPerson(
        "peserta7",
        "Yuliana Tandi, S.H.",
        "Perumda Air Minum Tirta Manuntung Balikpapan",
        "Pengelola Arsip",
        "P",
    ),
    DemoPerson(
        "peserta8",
        "Drs. Sabran Ahmad, M.Pd.",
        "Universitas Palangka Raya",
        "Kepala Unit Kearsipan",
        "L",
        "196806111994031002",
        "Pembina Tingkat I (IV/b)",
    ),
    DemoPerson(
        "peserta9",
        "Fitriani Rahayu, S.Hum.",
        "Universitas Mulawarman",
        "Arsiparis Ahli Muda",
        "P",
        "198812302015042003",
        "Penata (III/c)",
    ),
    DemoPerson(
        "peserta10",
        "Agus Setiawan, S.Pd.",
        "SMA Negeri 2 Palangka Raya",
        "Kepala Tata Usaha",
        "L",
        "198504272010011014",
        "Penata Tingkat I (III/d)",
    ),
    DemoPerson(
        "peserta11",
        "Ratna Sari Dewi, A.Md.Ak.",
        "SMK Negeri 1 Bontang",
        "Pengelola Arsip Sekolah",
        "P",
    ),
    DemoPerson(
        "peserta12",
        "Gusti Muhammad Iqbal, S.IP.",
        "Dinas Kearsipan dan Perpustakaan Kabupaten Kapuas",
        "Arsiparis Ahli Pertama",
        "L",
        "199306142020121009",
        "Penata Muda (III/a)",
    ),
    DemoPerson(
        "peserta13",
        "Lisa Mardiana, S.Sos.",
        "Dinas Perpustakaan dan Kearsipan Kabupaten Kutai Kartanegara",
        "Arsiparis Ahli Muda",
        "P",
        "198907192014022005",
        "Penata (III/c)",
    ),
]


def _email(username: str) -> str:
    return f"{username}@demo.lms-dpk.id"


def seed_institutions() -> dict[str, Institution]:
    regions = Region.objects.in_bulk([code for _n, _t, code in INSTITUTIONS])
    institutions = {}
    for name, type_, code in INSTITUTIONS:
        institution, _created = Institution.objects.update_or_create(
            name=name, region=regions[code], defaults={"type": type_}
        )
        institutions[name] = institution
    return institutions


def seed_people() -> dict[str, User]:
    """Create the demo institutions, offices and accounts; return users by username."""
    groups = roles.role_groups_ensure()
    # Trainers and lead trainers work in the Wagtail admin.
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    groups[roles.TRAINER].permissions.add(access_admin)
    groups[roles.LEAD_TRAINER].permissions.add(access_admin)

    institutions = seed_institutions()
    users = {}
    for person in DEMO_PEOPLE:
        user = person_upsert(
            username=person.username,
            email=_email(person.username),
            full_name=person.full_name,
            password=DEMO_PASSWORD,
            institution=institutions[person.institution],
            nip=person.nip,
            position=person.position,
            rank=person.rank,
            sex=person.sex,
        )
        # Demo accounts log in at once, without the emailed confirmation link.
        email_address_verify(user=user)
        if person.role == "admin":
            user.is_staff = user.is_superuser = True
            user.save(update_fields=["is_staff", "is_superuser"])
        elif person.role == "trainer":
            user.groups.add(groups[roles.TRAINER])
        elif person.role == "lead_trainer":
            user.groups.add(groups[roles.TRAINER], groups[roles.LEAD_TRAINER])
        elif person.role == "office":
            user.groups.add(groups[roles.OFFICE_STAFF])
        users[person.username] = user

    regions = Region.objects.in_bulk([code for _u, _i, code in OFFICES])
    for username, institution_name, code in OFFICES:
        office = office_upsert(
            institution=institutions[institution_name], region=regions[code]
        )
        office.staff.add(users[username])
    return users
