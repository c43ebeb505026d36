"""The demo front page, in Indonesian."""

from cms.models import HomePage
from cms.services import home_page_ensure

TITLE = "Beranda"
LEAD = (
    "Pelatihan kearsipan dan perpustakaan bagi arsiparis, pengelola arsip dan "
    "pustakawan di Kalimantan Tengah dan Kalimantan Timur."
)
INTRO = (
    "<p>Sistem ini dipakai Dinas Perpustakaan dan Kearsipan (DPK) provinsi dan "
    "kabupaten/kota untuk menyelenggarakan pelatihan pengelolaan arsip dinamis, "
    "arsip elektronik dan SRIKANDI, serta bimbingan teknis strategi pengembangan "
    "perpustakaan dan TIK.</p>"
    "<p>Peserta mempelajari materi secara daring maupun tatap muka, mengikuti "
    "pre-test dan post-test, dan menerima sertifikat yang keasliannya dapat "
    "diperiksa siapa saja.</p>"
)


def seed_home_page() -> HomePage:
    return home_page_ensure(title=TITLE, lead=LEAD, intro=INTRO)
