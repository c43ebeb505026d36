"""Kursus ARS-ELEK: Pengelolaan Arsip Elektronik dan SRIKANDI (lihat SCHEMA.md)."""

FIGURES = {
    "karakteristik-arsip-terpercaya": {
        "kind": "table",
        "title": "Karakteristik Arsip yang Dapat Dipercaya",
        "columns": ["Karakteristik", "Pertanyaan kunci", "Bukti di sistem"],
        "rows": [
            [
                "Autentik",
                "Apakah arsip benar dibuat atau dikirim oleh pihak yang tercantum?",
                "Akun pengguna, tanda tangan elektronik, jejak audit",
            ],
            [
                "Andal",
                "Apakah isinya mencerminkan kegiatan secara lengkap dan akurat?",
                "Dibuat saat kegiatan berlangsung oleh pejabat yang berwenang",
            ],
            [
                "Utuh",
                "Apakah arsip tidak berubah sejak ditetapkan?",
                "Tanda tangan elektronik, nilai checksum, riwayat versi",
            ],
            [
                "Dapat digunakan",
                "Apakah arsip dapat ditemukan, dibuka, dan dipahami?",
                "Metadata, klasifikasi, format yang terbuka dan terdokumentasi",
            ],
        ],
    },
    "peran-pemangku-srikandi": {
        "kind": "table",
        "title": "Peran Para Pihak dalam Penerapan SRIKANDI",
        "columns": ["Pihak", "Peran utama"],
        "rows": [
            [
                "Dinas Perpustakaan dan Kearsipan",
                "Pembina kearsipan, pendamping penerapan, pengelola data klasifikasi dan JRA",
            ],
            [
                "Dinas Komunikasi dan Informatika",
                "Infrastruktur jaringan, fasilitasi sertifikat elektronik, keamanan informasi",
            ],
            [
                "Bagian Organisasi Sekretariat Daerah",
                "Tata naskah dinas, struktur jabatan, dan penyesuaian proses bisnis",
            ],
            [
                "Perangkat daerah (unit kearsipan dan unit pengolah)",
                "Registrasi, penyusunan naskah, disposisi, pemberkasan sehari-hari",
            ],
            [
                "Pimpinan daerah",
                "Penetapan kebijakan penggunaan dan dukungan anggaran",
            ],
        ],
    },
    "alur-naskah-masuk": {
        "kind": "flow",
        "title": "Alur Naskah Masuk di SRIKANDI",
        "steps": [
            "Penerimaan naskah",
            "Registrasi dan pemindaian",
            "Penyampaian ke pimpinan",
            "Disposisi",
            "Tindak lanjut",
            "Pemberkasan",
        ],
    },
    "alur-naskah-keluar": {
        "kind": "flow",
        "title": "Alur Naskah Keluar di SRIKANDI",
        "steps": [
            "Penyusunan konsep",
            "Pemeriksaan berjenjang",
            "Penandatanganan elektronik",
            "Penomoran dan pengiriman",
            "Pemberkasan",
        ],
    },
    "alur-tte": {
        "kind": "flow",
        "title": "Siklus Tanda Tangan Elektronik",
        "steps": [
            "Pengajuan sertifikat",
            "Verifikasi identitas",
            "Penerbitan sertifikat",
            "Penandatanganan dengan passphrase",
            "Verifikasi oleh penerima",
        ],
    },
    "alur-pemberkasan": {
        "kind": "flow",
        "title": "Alur Pemberkasan Arsip Elektronik",
        "steps": [
            "Naskah selesai ditindaklanjuti",
            "Periksa klasifikasi",
            "Pilih atau buat berkas",
            "Masukkan naskah ke berkas",
            "Tutup berkas",
            "Perbarui daftar arsip aktif",
        ],
    },
    "membaca-jra": {
        "kind": "table",
        "title": "Membaca Baris JRA (contoh ilustratif)",
        "columns": ["Kolom JRA", "Arti", "Yang diperiksa"],
        "rows": [
            [
                "Kode klasifikasi",
                "Menghubungkan JRA dengan pola klasifikasi",
                "Sama dengan kode pada berkas",
            ],
            [
                "Jenis arsip",
                "Uraian kegiatan atau seri arsip",
                "Isi berkas sesuai uraian",
            ],
            [
                "Retensi aktif",
                "Lama disimpan di unit pengolah",
                "Dihitung sejak berkas ditutup",
            ],
            [
                "Retensi inaktif",
                "Lama disimpan di unit kearsipan",
                "Dihitung setelah masa aktif berakhir",
            ],
            [
                "Keterangan",
                "Nasib akhir: musnah, permanen, atau dinilai kembali",
                "Menentukan usul musnah atau usul serah",
            ],
        ],
    },
    "alur-penyusutan": {
        "kind": "flow",
        "title": "Alur Penyusutan Arsip Elektronik",
        "steps": [
            "Identifikasi berkas habis retensi",
            "Penilaian oleh panitia penilai",
            "Persetujuan sesuai ketentuan",
            "Pelaksanaan pindah, musnah, atau serah",
            "Berita acara dan daftar arsip",
        ],
    },
    "alur-alih-media": {
        "kind": "flow",
        "title": "Alur Alih Media Arsip Konvensional",
        "steps": [
            "Seleksi dan penetapan prioritas",
            "Persiapan fisik arsip",
            "Pemindaian",
            "Kendali mutu",
            "Metadata dan autentikasi",
            "Penyimpanan dan berita acara",
        ],
    },
    "spesifikasi-pemindaian": {
        "kind": "table",
        "title": "Acuan Praktis Spesifikasi Pemindaian",
        "columns": ["Jenis arsip", "Resolusi", "Mode warna", "Master", "Salinan akses"],
        "rows": [
            [
                "Teks ketik hitam-putih",
                "300 dpi",
                "Grayscale",
                "TIFF atau PDF/A",
                "PDF",
            ],
            [
                "Naskah dengan stempel atau paraf berwarna",
                "300 dpi",
                "Warna",
                "TIFF atau PDF/A",
                "PDF",
            ],
            ["Foto cetak", "600 dpi", "Warna", "TIFF", "JPEG"],
            ["Peta dan gambar teknik", "400 dpi", "Warna", "TIFF", "PDF atau JPEG"],
            ["Tulisan tangan pudar", "400 dpi", "Grayscale", "TIFF", "PDF"],
        ],
    },
    "format-preservasi": {
        "kind": "table",
        "title": "Pilihan Format untuk Preservasi",
        "columns": ["Jenis konten", "Format disarankan", "Sebaiknya dihindari"],
        "rows": [
            [
                "Naskah final",
                "PDF/A",
                "Dokumen pengolah kata yang masih dapat diubah",
            ],
            [
                "Citra hasil pindai (master)",
                "TIFF tanpa kompresi lossy",
                "JPEG bermutu rendah",
            ],
            [
                "Data tabel",
                "CSV disertai penjelasan kolom",
                "Lembar kerja berisi makro",
            ],
            ["Foto digital", "JPEG kualitas tinggi atau TIFF", "Tangkapan layar pesan"],
            [
                "Rekaman suara",
                "WAV (master), MP3 (akses)",
                "Format milik aplikasi tertentu",
            ],
            [
                "Video",
                "MP4 (akses) dengan master resolusi asli",
                "Berkas terpotong dari media sosial",
            ],
        ],
    },
}

COURSE = {
    "code": "ARS-ELEK",
    "title": "Pengelolaan Arsip Elektronik dan SRIKANDI",
    "summary": (
        "Pelatihan campuran tentang pengelolaan arsip elektronik di pemerintah daerah: "
        "naskah dinas di SRIKANDI, tanda tangan elektronik, pemberkasan, penyusutan, "
        "alih media, hingga keamanan dan preservasi digital."
    ),
    "jp": 28,
    "competency_area": "arsip_elektronik",
    "level": "menengah",
    "delivery_mode": "campuran",
    "audience": (
        "Arsiparis, pengelola arsip, dan operator SRIKANDI pada perangkat daerah serta "
        "pegawai Dinas Perpustakaan dan Kearsipan yang membina pengelolaan arsip dinamis."
    ),
    "objectives": [
        "Menjelaskan konsep arsip elektronik serta syarat autentik, andal, utuh, dan dapat digunakan.",
        "Menempatkan SRIKANDI dalam kerangka kebijakan SPBE dan tata kelola kearsipan daerah.",
        "Meregistrasi naskah masuk, menyusun naskah keluar, dan mengelola disposisi di SRIKANDI.",
        "Menerapkan klasifikasi, pemberkasan, retensi, dan penyusutan pada arsip elektronik.",
        "Merencanakan alih media arsip konvensional serta langkah dasar keamanan informasi dan preservasi digital.",
    ],
    "intro": [
        (
            "text",
            "<p>Surat dinas kini dibuat, ditandatangani, dan dikirim tanpa kertas. "
            "Perubahan ini mempercepat layanan, tetapi juga menuntut keterampilan baru: "
            "arsip elektronik harus tetap <strong>autentik, utuh, dan dapat ditemukan</strong> "
            "selama masa retensinya, bahkan setelah aplikasi dan perangkatnya berganti.</p>"
            "<p>Pelatihan ini membahas siklus hidup arsip elektronik dari penciptaan naskah "
            "dinas di SRIKANDI sampai penyusutan dan preservasi, disertai praktik yang dapat "
            "langsung diterapkan di unit kerja Anda.</p>",
        ),
        (
            "callout",
            {
                "kind": "note",
                "title": "Pola pembelajaran campuran",
                "text": "<p>Materi teori dipelajari secara daring sesuai jadwal masing-masing. "
                "Praktik SRIKANDI, tanda tangan elektronik, dan pemindaian dilaksanakan pada sesi "
                "tatap muka dengan akun latihan yang disiapkan panitia. Selesaikan bacaan daring "
                "sebelum sesi tatap muka agar waktu praktik tidak terpakai untuk penjelasan ulang.</p>",
            },
        ),
        (
            "checklist",
            {
                "title": "Persiapan peserta",
                "items": [
                    "Laptop dengan peramban terbaru dan pembaca PDF yang menampilkan panel tanda tangan",
                    "Alamat surel dinas yang aktif",
                    "Pedoman klasifikasi arsip dan JRA yang berlaku di instansi Anda",
                    "Sepuluh lembar arsip kertas tidak rahasia untuk latihan pemindaian",
                ],
            },
        ),
    ],
    "modules": [
        # ------------------------------------------------------------------ Modul 1
        {
            "title": "Konsep Arsip Elektronik dan Autentisitas",
            "slug": "konsep-arsip-elektronik",
            "group": "dasar",
            "jp_theory": 2,
            "jp_practice": 1,
            "intro": (
                "Modul pembuka ini menyamakan pemahaman tentang apa yang disebut arsip "
                "elektronik, unsur-unsurnya, dan mengapa keterpercayaan arsip elektronik harus "
                "dibangun sejak arsip diciptakan, bukan ketika arsip dibutuhkan sebagai bukti."
            ),
            "lessons": [
                {
                    "title": "Apa Itu Arsip Elektronik",
                    "slug": "apa-itu-arsip-elektronik",
                    "required": True,
                    "minutes": 60,
                    "summary": "Pengertian arsip elektronik, unsur konten-konteks-struktur, dan peran metadata.",
                    "body": [
                        ("heading", "Arsip tidak ditentukan oleh medianya"),
                        (
                            "text",
                            "<p>Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan memandang arsip "
                            "sebagai rekaman kegiatan atau peristiwa <strong>dalam berbagai bentuk dan "
                            "media</strong> sesuai perkembangan teknologi informasi dan komunikasi, yang "
                            "dibuat dan diterima dalam pelaksanaan kegiatan organisasi. Artinya, status "
                            "arsip ditentukan oleh fungsinya sebagai bukti kegiatan, bukan oleh kertasnya.</p>"
                            "<p>Naskah dinas yang disusun dan ditandatangani di SRIKANDI, surel dinas yang "
                            "memuat keputusan, lembar kerja anggaran, foto dokumentasi kegiatan, dan rekaman "
                            "rapat adalah arsip sepanjang dibuat atau diterima dalam rangka tugas kedinasan.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Arsip elektronik",
                                "definition": "Arsip yang diciptakan, diterima, dikelola, dan disimpan dalam bentuk digital sehingga hanya dapat dibaca dengan bantuan perangkat keras dan perangkat lunak.",
                            },
                        ),
                        ("heading", "Konten, konteks, dan struktur"),
                        (
                            "text",
                            "<p>Setiap arsip, apa pun medianya, memiliki tiga unsur. Pada arsip kertas "
                            "ketiganya menyatu di lembaran yang sama. Pada arsip elektronik ketiganya "
                            "dapat terpisah, sehingga harus dijaga dengan sengaja:</p>"
                            "<ul>"
                            "<li><strong>Konten</strong>: isi informasi, misalnya teks surat undangan "
                            "dan lampiran daftar peserta.</li>"
                            "<li><strong>Konteks</strong>: keterangan tentang siapa pencipta, kapan, "
                            "dalam kegiatan apa, dan hubungannya dengan arsip lain, misalnya nomor naskah, "
                            "kode klasifikasi, dan disposisi yang menyertainya.</li>"
                            "<li><strong>Struktur</strong>: susunan dan tampilan, misalnya kop, "
                            "urutan halaman, serta letak tanda tangan.</li>"
                            "</ul>"
                            "<p>Berkas PDF yang disimpan tanpa keterangan konteks hanyalah dokumen. Ia "
                            "baru berfungsi sebagai arsip yang dapat dipertanggungjawabkan bila konteksnya "
                            "ikut terekam.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Metadata",
                                "definition": "Data yang menerangkan arsip, misalnya pencipta, tanggal, nomor, perihal, kode klasifikasi, format berkas, dan riwayat perlakuan, sehingga arsip dapat ditemukan, dipahami, dan dipercaya.",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Folder pribadi bukan sistem kearsipan",
                                "text": "<p>Naskah yang hanya tersimpan di laptop, aplikasi pesan, atau "
                                "penyimpanan awan pribadi pegawai mudah hilang ketika pegawai mutasi, "
                                "perangkat rusak, atau akun ditutup. Simpan arsip kedinasan di sistem "
                                "resmi instansi agar konteks dan aksesnya tetap terjaga.</p>",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Kenali arsip elektronik di unit Anda",
                                "items": [
                                    "Naskah dinas masuk dan keluar di SRIKANDI",
                                    "Surel dinas yang memuat keputusan atau persetujuan",
                                    "Data dan laporan dari aplikasi keuangan atau kepegawaian",
                                    "Foto dan video dokumentasi kegiatan resmi",
                                    "Hasil alih media arsip kertas",
                                ],
                            },
                        ),
                        ("heading", "Lahir digital dan hasil alih media"),
                        (
                            "text",
                            "<p>Arsip elektronik dapat berasal dari dua jalan. Arsip <strong>lahir "
                            "digital</strong> sejak awal dibuat dengan komputer, misalnya naskah dinas yang "
                            "disusun dan ditandatangani di SRIKANDI. Arsip <strong>hasil alih media</strong> "
                            "semula berupa kertas lalu dipindai. Keduanya dikelola dengan prinsip yang sama, "
                            "tetapi bukti keasliannya berbeda: arsip lahir digital dibuktikan oleh jejak "
                            "sistem dan tanda tangan elektronik, sedangkan hasil alih media dibuktikan oleh "
                            "berita acara dan autentikasi atas proses alih medianya.</p>",
                        ),
                        (
                            "document",
                            {
                                "reference": "uu-43-2009",
                                "note": "Baca bagian pengertian arsip dan jenis arsip dinamis untuk dasar hukum bahwa arsip elektronik sama kedudukannya dengan arsip kertas.",
                            },
                        ),
                    ],
                },
                {
                    "title": "Autentisitas dan Keterpercayaan Arsip Elektronik",
                    "slug": "autentisitas-arsip-elektronik",
                    "required": True,
                    "minutes": 75,
                    "summary": "Empat karakteristik arsip terpercaya dan cara sistem elektronik menjaganya.",
                    "body": [
                        ("heading", "Mengapa autentisitas menjadi persoalan utama"),
                        (
                            "text",
                            "<p>Berkas digital dapat disalin tanpa batas dan diubah tanpa meninggalkan "
                            "bekas yang terlihat mata. Karena itu pertanyaan “apakah ini arsip yang asli?” "
                            "tidak dapat dijawab dengan melihat tampilannya saja. Jawabannya harus "
                            "ditunjukkan oleh bukti yang direkam sistem sejak arsip diciptakan.</p>"
                            "<p>Bayangkan sebuah keputusan pemberian hibah digugat tiga tahun kemudian. "
                            "Pengadilan tidak cukup diberi berkas PDF yang tampak rapi. Instansi perlu "
                            "menunjukkan siapa yang menyusun dan menandatangani keputusan itu, kapan, "
                            "melalui sistem apa, dan bahwa isinya tidak berubah sejak ditandatangani. "
                            "Bukti semacam itu mustahil dibuat belakangan; ia harus terekam saat "
                            "kegiatan berlangsung.</p>",
                        ),
                        ("heading", "Empat karakteristik arsip yang dapat dipercaya"),
                        (
                            "text",
                            "<p>Standar internasional pengelolaan rekod ISO 15489 merumuskan empat "
                            "karakteristik yang juga menjadi acuan dalam praktik kearsipan Indonesia:</p>"
                            "<ol>"
                            "<li><strong>Autentik</strong>: arsip benar seperti yang dinyatakan, dibuat "
                            "atau dikirim oleh pihak yang tercantum, pada waktu yang tercantum.</li>"
                            "<li><strong>Andal</strong>: isinya dapat dipercaya sebagai gambaran lengkap "
                            "dan akurat dari kegiatan yang direkam.</li>"
                            "<li><strong>Utuh</strong>: arsip lengkap dan tidak berubah tanpa izin; bila "
                            "ada perubahan yang sah, perubahan itu tercatat.</li>"
                            "<li><strong>Dapat digunakan</strong>: arsip dapat ditemukan, ditampilkan, "
                            "dan ditafsirkan dalam konteksnya.</li>"
                            "</ol>",
                        ),
                        (
                            "image",
                            {
                                "figure": "karakteristik-arsip-terpercaya",
                                "caption": "Setiap karakteristik dibuktikan oleh unsur tertentu dalam sistem, bukan oleh pengakuan pengelola.",
                            },
                        ),
                        (
                            "text",
                            "<p>Sistem seperti SRIKANDI membantu menjaga keempat karakteristik itu melalui "
                            "akun pribadi yang terverifikasi, alur pemeriksaan dan penandatanganan yang "
                            "terekam, tanda tangan elektronik tersertifikasi, penomoran otomatis, dan jejak "
                            "audit. Kontrol ini hanya bekerja bila pengguna tidak mengakalinya, misalnya "
                            "dengan meminjam akun rekan kerja.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Jejak audit (audit trail)",
                                "definition": "Catatan otomatis tentang siapa melakukan apa terhadap arsip dan kapan, misalnya membuat, memeriksa, menandatangani, mengirim, atau membuka naskah.",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Hindari siklus cetak-pindai-unggah",
                                "text": "<p>Mencetak naskah elektronik, menandatanganinya secara basah, lalu "
                                "memindainya kembali justru menghilangkan bukti keutuhan dan jejak audit. "
                                "Bila naskah lahir elektronik, biarkan ia tetap elektronik sampai akhir.</p>",
                            },
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Menilai keterpercayaan tiga berkas",
                                "instructions": "<p>Fasilitator membagikan tiga berkas: (a) PDF surat "
                                "bertanda tangan elektronik yang diunduh dari SRIKANDI, (b) foto surat kertas "
                                "yang diterima melalui aplikasi pesan, dan (c) dokumen pengolah kata berisi "
                                "draf nota dinas dari sebuah flashdisk.</p>"
                                "<p>Untuk setiap berkas, nilai keempat karakteristik dengan skala "
                                "<em>terpenuhi / meragukan / tidak terpenuhi</em>, sebutkan bukti yang Anda "
                                "gunakan, dan usulkan tindakan agar berkas yang meragukan dapat dikelola "
                                "sebagai arsip.</p>",
                                "deliverable": "Tabel penilaian tiga berkas terhadap empat karakteristik beserta bukti dan usulan tindakan.",
                                "minutes": 30,
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "iso-15489",
                                "note": "Ringkasan standar ini menjelaskan karakteristik rekod dan prinsip sistem pengelolaan rekod yang dipakai sepanjang pelatihan.",
                            },
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ Modul 2
        {
            "title": "Kebijakan SPBE dan SRIKANDI",
            "slug": "kebijakan-spbe-dan-srikandi",
            "group": "dasar",
            "jp_theory": 2,
            "jp_practice": 1,
            "intro": (
                "Modul ini menjelaskan kedudukan layanan kearsipan dalam Sistem Pemerintahan "
                "Berbasis Elektronik, alasan SRIKANDI digunakan bersama sebagai aplikasi umum, "
                "serta pembagian peran antarpihak ketika SRIKANDI diterapkan di pemerintah daerah."
            ),
            "lessons": [
                {
                    "title": "SPBE dan Kedudukan Layanan Kearsipan",
                    "slug": "spbe-dan-layanan-kearsipan",
                    "required": True,
                    "minutes": 60,
                    "summary": "Kebijakan SPBE, konsep aplikasi umum, dan peran DPK dalam penerapannya.",
                    "body": [
                        ("heading", "SPBE dalam satu paragraf"),
                        (
                            "text",
                            "<p>Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis "
                            "Elektronik (SPBE) mengarahkan instansi pusat dan pemerintah daerah untuk "
                            "menyelenggarakan pemerintahan dengan memanfaatkan teknologi informasi dan "
                            "komunikasi secara terpadu. Kearsipan disebut sebagai salah satu layanan "
                            "administrasi pemerintahan berbasis elektronik, sejajar dengan perencanaan, "
                            "penganggaran, keuangan, dan kepegawaian.</p>"
                            "<p>Semangat utamanya adalah <strong>keterpaduan</strong>: mengurangi aplikasi "
                            "yang tumpang tindih, berbagi infrastruktur dan data, serta memakai aplikasi "
                            "yang sama untuk urusan yang sama di seluruh instansi.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Sistem Pemerintahan Berbasis Elektronik (SPBE)",
                                "definition": "Penyelenggaraan pemerintahan yang memanfaatkan teknologi informasi dan komunikasi untuk memberikan layanan kepada pengguna SPBE, seperti instansi pemerintah, pegawai, masyarakat, dan pelaku usaha.",
                            },
                        ),
                        (
                            "glossary",
                            {
                                "term": "Aplikasi umum",
                                "definition": "Aplikasi SPBE yang sama, standar, dan digunakan secara bagi pakai oleh instansi pusat dan pemerintah daerah untuk layanan yang sejenis.",
                            },
                        ),
                        ("heading", "Akibatnya bagi pemerintah daerah"),
                        (
                            "text",
                            "<ul>"
                            "<li>Pengembangan aplikasi persuratan baru yang fungsinya sama dengan aplikasi "
                            "umum perlu dihindari; anggaran lebih baik dipakai untuk infrastruktur, "
                            "pelatihan, dan pendampingan.</li>"
                            "<li>Aplikasi sejenis yang sudah berjalan perlu dievaluasi bersama pengelola "
                            "SPBE daerah dan diarahkan sesuai ketentuan, termasuk kemungkinan integrasi "
                            "atau migrasi datanya.</li>"
                            "<li>Keberhasilan penerapan ikut tercermin dalam evaluasi SPBE instansi.</li>"
                            "</ul>"
                            "<p>Bagi arsiparis, SPBE juga membawa perubahan cara kerja. Pengelolaan arsip "
                            "tidak lagi dimulai ketika kertas diserahkan ke unit kearsipan, melainkan sejak "
                            "naskah dirancang di aplikasi. Arsiparis perlu terlibat ketika struktur unit, "
                            "alur persetujuan, dan data klasifikasi dimasukkan ke sistem, karena keputusan "
                            "pada tahap itu menentukan mutu arsip yang dihasilkan selama bertahun-tahun.</p>"
                            "<p>Contohnya, bila struktur jabatan di sistem tidak diperbarui setelah "
                            "perubahan organisasi, disposisi akan mengalir ke jabatan yang sudah tidak "
                            "ada dan naskah tertahan tanpa ada yang menindaklanjuti.</p>",
                        ),
                        (
                            "image",
                            {
                                "figure": "peran-pemangku-srikandi",
                                "caption": "Penerapan SRIKANDI adalah kerja bersama; DPK tidak dapat menjalankannya sendirian.",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "note",
                                "title": "Peran khas Dinas Perpustakaan dan Kearsipan",
                                "text": "<p>Sebagai lembaga kearsipan daerah, DPK membina pengelolaan arsip "
                                "dinamis di perangkat daerah. Dalam penerapan SRIKANDI, DPK lazimnya "
                                "menyiapkan data klasifikasi dan JRA, melatih operator, memantau "
                                "pemberkasan, dan memastikan arsip elektronik yang bernilai permanen kelak "
                                "dapat diserahkan sebagai arsip statis. Peran ini dijalankan bersama Dinas "
                                "Komunikasi dan Informatika serta Bagian Organisasi, sehingga forum koordinasi "
                                "rutin antarketiganya sangat membantu.</p>",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Kesiapan perangkat daerah sebelum memakai SRIKANDI",
                                "items": [
                                    "Struktur organisasi dan jabatan mutakhir",
                                    "Pedoman klasifikasi arsip dan JRA telah ditetapkan",
                                    "Operator unit kearsipan dan unit pengolah telah ditunjuk",
                                    "Pejabat penandatangan memiliki sertifikat elektronik",
                                    "Pemindai dan koneksi internet memadai",
                                ],
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "perpres-95-2018",
                                "note": "Pahami istilah aplikasi umum, aplikasi khusus, dan layanan administrasi pemerintahan berbasis elektronik.",
                            },
                        ),
                    ],
                },
                {
                    "title": "Mengenal SRIKANDI: Peran Pengguna dan Alur Kerja",
                    "slug": "mengenal-srikandi",
                    "required": True,
                    "minutes": 75,
                    "summary": "Fungsi utama SRIKANDI dan pemetaan jabatan ke peran pengguna.",
                    "body": [
                        (
                            "text",
                            "<p>SRIKANDI (Sistem Informasi Kearsipan Dinamis Terintegrasi) dikembangkan oleh "
                            "Arsip Nasional Republik Indonesia bersama instansi terkait dan ditetapkan "
                            "sebagai aplikasi umum bidang kearsipan dinamis. Fungsinya mencakup siklus "
                            "arsip dinamis: naskah masuk dan keluar, disposisi, tindak lanjut, pemberkasan, "
                            "peminjaman, dan penyusutan.</p>"
                            "<p>Karena dipakai bersama oleh banyak instansi, naskah antarinstansi pengguna "
                            "SRIKANDI dapat dikirim langsung dari sistem ke sistem tanpa dicetak dan tanpa "
                            "registrasi ulang. Manfaat ini makin besar bila semakin banyak mitra kerja "
                            "memakainya, sehingga penerapan di satu perangkat daerah sebaiknya diikuti "
                            "perangkat daerah lain dalam pemerintah daerah yang sama.</p>",
                        ),
                        ("heading", "Fungsi utama dalam keseharian"),
                        (
                            "text",
                            "<ul>"
                            "<li><strong>Naskah masuk</strong>: menerima dan meregistrasi naskah, lalu "
                            "meneruskannya kepada pejabat yang dituju.</li>"
                            "<li><strong>Naskah keluar</strong>: menyusun konsep, memeriksa, menandatangani, "
                            "dan mengirim naskah.</li>"
                            "<li><strong>Disposisi dan tindak lanjut</strong>: merekam petunjuk pimpinan "
                            "dan penyelesaiannya.</li>"
                            "<li><strong>Arsip</strong>: memberkaskan naskah, meminjamkan arsip, dan "
                            "mengusulkan penyusutan.</li>"
                            "</ul>",
                        ),
                        ("heading", "Peran pengguna"),
                        (
                            "text",
                            "<p>Hak akses di SRIKANDI diberikan menurut peran. Nama menu dan peran dapat "
                            "sedikit berbeda antarversi aplikasi, tetapi pembagiannya umumnya sebagai "
                            "berikut:</p>"
                            "<ul>"
                            "<li><strong>Admin instansi</strong>: mengelola struktur unit, jabatan, akun, "
                            "serta data klasifikasi dan JRA.</li>"
                            "<li><strong>Unit kearsipan</strong>: meregistrasi naskah masuk dari luar "
                            "sistem, mengelola arsip inaktif, dan memproses penyusutan.</li>"
                            "<li><strong>Unit pengolah</strong> (sekretaris atau tata usaha unit): "
                            "mengatur alur naskah di unitnya dan melakukan pemberkasan.</li>"
                            "<li><strong>Pejabat</strong>: memeriksa, menandatangani, dan memberi "
                            "disposisi.</li>"
                            "<li><strong>Pelaksana</strong>: menyusun konsep dan mencatat tindak lanjut.</li>"
                            "</ul>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Unit kearsipan",
                                "definition": "Unit yang bertanggung jawab menyelenggarakan kegiatan kearsipan di lingkungan pencipta arsip, termasuk pengelolaan arsip inaktif.",
                            },
                        ),
                        (
                            "glossary",
                            {
                                "term": "Unit pengolah",
                                "definition": "Unit kerja yang melaksanakan fungsi dan tugas pencipta arsip dan mengelola arsip aktifnya.",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Satu akun untuk satu orang",
                                "text": "<p>Akun pejabat yang dipakai oleh staf atau ajudan membuat jejak audit "
                                "tidak lagi menunjukkan siapa yang sebenarnya bertindak. Bila pejabat "
                                "berhalangan, gunakan mekanisme pelaksana harian atau delegasi yang tersedia "
                                "di sistem, bukan meminjamkan akun.</p>",
                            },
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Memetakan jabatan ke peran SRIKANDI",
                                "instructions": "<p>Ambil bagan organisasi unit kerja Anda sampai tingkat "
                                "pelaksana. Untuk setiap jabatan, tentukan peran SRIKANDI yang tepat, siapa "
                                "yang menjadi pemeriksa naskah sebelum pejabat penandatangan, dan siapa "
                                "operator yang meregistrasi naskah masuk dari luar sistem.</p>"
                                "<p>Tandai jabatan yang kosong atau dirangkap, lalu tuliskan usulan "
                                "pengaturannya kepada admin instansi.</p>",
                                "deliverable": "Tabel jabatan, nama pemangku, peran SRIKANDI, dan catatan penyesuaian.",
                                "minutes": 40,
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "panduan-srikandi",
                                "note": "Gunakan bagian pengaturan pengguna dan peran sebagai acuan saat mengerjakan latihan.",
                            },
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ Modul 3
        {
            "title": "Naskah Dinas Elektronik di SRIKANDI",
            "slug": "naskah-dinas-elektronik-srikandi",
            "group": "inti",
            "jp_theory": 2,
            "jp_practice": 4,
            "intro": (
                "Modul praktik utama: meregistrasi naskah masuk, memberi dan menindaklanjuti "
                "disposisi, serta menyusun naskah keluar melalui pemeriksaan berjenjang sampai "
                "terkirim. Seluruh latihan dilakukan dengan akun latihan pada sesi tatap muka."
            ),
            "lessons": [
                {
                    "title": "Registrasi Naskah Masuk",
                    "slug": "registrasi-naskah-masuk",
                    "required": True,
                    "minutes": 90,
                    "summary": "Menerima naskah dari dalam dan luar SRIKANDI serta mengisi metadata registrasi dengan benar.",
                    "body": [
                        ("heading", "Dua jalur naskah masuk"),
                        (
                            "text",
                            "<p>Naskah yang dikirim oleh instansi lain melalui SRIKANDI langsung masuk ke "
                            "kotak masuk penerima beserta metadatanya. Naskah dari pengirim yang belum "
                            "memakai SRIKANDI, misalnya surat kertas dari masyarakat atau surel dari mitra, "
                            "harus <strong>diregistrasi</strong> oleh unit kearsipan atau tata usaha: "
                            "dipindai, diberi metadata, lalu diteruskan kepada pejabat yang dituju.</p>"
                            "<p>Registrasi sebaiknya dipusatkan di satu pintu pada setiap perangkat daerah, "
                            "biasanya unit kearsipan atau subbagian umum. Naskah yang diserahkan langsung "
                            "ke ruang pejabat tetap dibawa ke pintu registrasi, agar tidak ada naskah masuk "
                            "yang luput dari catatan dan pencarian di kemudian hari.</p>",
                        ),
                        (
                            "image",
                            {
                                "figure": "alur-naskah-masuk",
                                "caption": "Registrasi yang lengkap memudahkan setiap langkah sesudahnya, termasuk pemberkasan.",
                            },
                        ),
                        (
                            "glossary",
                            {
                                "term": "Registrasi naskah",
                                "definition": "Pencatatan naskah ke dalam sistem dengan metadata yang cukup untuk menelusuri, mendistribusikan, dan memberkaskannya.",
                            },
                        ),
                        ("heading", "Metadata registrasi"),
                        (
                            "checklist",
                            {
                                "title": "Isian yang wajib diperiksa",
                                "items": [
                                    "Jenis naskah (surat, undangan, nota dinas, dan sebagainya)",
                                    "Nomor dan tanggal naskah sesuai yang tertulis pada naskah asli",
                                    "Tanggal diterima",
                                    "Asal naskah: instansi dan jabatan pengirim",
                                    "Perihal yang ditulis lengkap, bukan disingkat",
                                    "Sifat naskah dan tingkat urgensi",
                                    "Kode klasifikasi",
                                    "Berkas pindaian naskah beserta seluruh lampiran",
                                    "Pejabat tujuan",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Pindaian yang layak",
                                "text": "<p>Pindai seluruh halaman dan lampiran menjadi satu berkas PDF dengan "
                                "resolusi 300 dpi. Periksa bahwa nomor, tanggal, stempel, dan tanda tangan "
                                "terbaca sebelum mengunggah. Naskah aslinya disimpan menurut ketentuan "
                                "pengelolaan arsip kertas di instansi Anda.</p>",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Naskah bersifat rahasia",
                                "text": "<p>Naskah yang sampulnya bertanda rahasia tidak dibuka oleh petugas "
                                "registrasi. Catat metadata dari sampul, lalu serahkan kepada pejabat yang "
                                "dituju sesuai prosedur penanganan naskah rahasia di instansi Anda.</p>",
                            },
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Registrasikan naskah masuk contoh berikut",
                                "instructions": "<p>Dengan akun latihan unit kearsipan, registrasikan surat "
                                "kertas berikut: surat Badan Perencanaan Pembangunan Daerah Kota Palangka "
                                "Raya bernomor B/214/Bappeda/VI/2024 tanggal 3 Juni 2024, perihal "
                                "<em>Undangan Rapat Penyusunan Rencana Kerja Perangkat Daerah Tahun 2025</em>, "
                                "sifat biasa, tingkat urgensi segera, satu lampiran berupa daftar peserta, "
                                "ditujukan kepada Kepala Dinas Perpustakaan dan Kearsipan, diterima 4 Juni "
                                "2024.</p>"
                                "<p>Tentukan kode klasifikasinya berdasarkan pedoman klasifikasi instansi "
                                "Anda, unggah berkas pindaian yang dibagikan fasilitator, lalu teruskan kepada "
                                "Kepala Dinas. Setelah itu cari kembali naskah tersebut menggunakan kata kunci "
                                "perihal untuk memastikan metadatanya benar.</p>",
                                "deliverable": "Tangkapan layar halaman detail naskah terregistrasi dan catatan singkat alasan pemilihan kode klasifikasi.",
                                "minutes": 45,
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "panduan-srikandi",
                                "note": "Ikuti langkah registrasi naskah masuk pada panduan bila tampilan menu di akun latihan berbeda dengan contoh fasilitator.",
                            },
                        ),
                    ],
                },
                {
                    "title": "Disposisi dan Tindak Lanjut",
                    "slug": "disposisi-dan-tindak-lanjut",
                    "required": True,
                    "minutes": 75,
                    "summary": "Memberi disposisi yang jelas, meneruskannya secara berjenjang, dan mencatat tindak lanjut.",
                    "body": [
                        (
                            "text",
                            "<p>Disposisi adalah petunjuk pimpinan tentang apa yang harus dilakukan atas "
                            "sebuah naskah masuk. Di atas kertas, disposisi ditulis tangan pada lembar "
                            "disposisi. Di SRIKANDI, disposisi direkam sebagai data: siapa memberi "
                            "petunjuk kepada siapa, apa isinya, kapan, dan sampai kapan harus "
                            "diselesaikan.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Disposisi",
                                "definition": "Petunjuk tertulis pimpinan kepada bawahan mengenai tindakan yang harus dilakukan atas suatu naskah.",
                            },
                        ),
                        ("heading", "Disposisi sebagai bagian dari arsip"),
                        (
                            "text",
                            "<p>Disposisi menunjukkan bagaimana keputusan diambil. Bila pimpinan memberi "
                            "petunjuk secara lisan atau lewat pesan singkat lalu tidak direkam, berkas "
                            "kegiatan kehilangan sebagian bukti prosesnya. Karena itu biasakan semua "
                            "petunjuk atas naskah masuk dicatat melalui fitur disposisi.</p>"
                            "<p>Disposisi berjalan berjenjang: Kepala Dinas kepada Sekretaris atau Kepala "
                            "Bidang, lalu diteruskan kepada Kepala Subbagian atau Ketua Tim, kemudian "
                            "kepada pelaksana. Penerima terakhir mencatat <strong>tindak lanjut</strong>, "
                            "misalnya laporan hasil rapat atau konsep surat balasan, sehingga pemberi "
                            "disposisi dapat memantau penyelesaiannya. Catatan tindak lanjut yang hanya "
                            "berbunyi “sudah” tidak banyak membantu; sebutkan apa yang dilakukan dan "
                            "lampirkan hasilnya.</p>",
                        ),
                        (
                            "checklist",
                            {
                                "title": "Ciri disposisi yang baik",
                                "items": [
                                    "Ditujukan kepada jabatan yang tepat, bukan kepada semua pegawai",
                                    "Petunjuknya dapat dikerjakan, misalnya “hadiri dan laporkan hasilnya”",
                                    "Mencantumkan batas waktu bila naskah bersifat segera",
                                    "Diteruskan paling lambat pada hari kerja yang sama",
                                    "Ditutup dengan catatan tindak lanjut dan lampiran hasilnya",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "note",
                                "title": "Memantau naskah yang tertahan",
                                "text": "<p>Operator unit pengolah sebaiknya memeriksa daftar naskah yang "
                                "belum didisposisikan atau belum ditindaklanjuti setiap pagi. Naskah undangan "
                                "yang tertahan beberapa hari sering berakhir tanpa perwakilan yang hadir.</p>",
                            },
                        ),
                        ("heading", "Naskah yang salah alamat"),
                        (
                            "text",
                            "<p>Kadang naskah sampai ke pejabat yang tidak berwenang menanganinya, "
                            "misalnya permohonan pembinaan perpustakaan desa yang terkirim ke bidang "
                            "kearsipan. Jangan mengabaikannya atau mengunduh lalu meneruskannya lewat "
                            "aplikasi pesan. Kembalikan atau teruskan naskah melalui sistem kepada unit "
                            "yang tepat dengan catatan singkat, sehingga riwayat perpindahannya tetap "
                            "terekam dan pengirim dapat memperoleh jawaban.</p>",
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Disposisi berjenjang atas undangan Bappeda",
                                "instructions": "<p>Bekerja dalam kelompok tiga orang dengan akun latihan "
                                "Kepala Dinas, Sekretaris, dan Kepala Subbagian Perencanaan. Atas naskah "
                                "undangan yang diregistrasi pada pelajaran sebelumnya:</p>"
                                "<ol>"
                                "<li>Kepala Dinas memberi disposisi kepada Sekretaris dengan petunjuk "
                                "“wakili dan koordinasikan bahan paparan”.</li>"
                                "<li>Sekretaris meneruskan kepada Kepala Subbagian Perencanaan dengan batas "
                                "waktu satu hari sebelum rapat.</li>"
                                "<li>Kepala Subbagian mencatat tindak lanjut dan mengunggah bahan paparan "
                                "singkat sebagai lampiran.</li>"
                                "</ol>"
                                "<p>Periksa riwayat disposisi dari akun Kepala Dinas.</p>",
                                "deliverable": "Tangkapan layar riwayat disposisi yang memperlihatkan tiga tingkat dan catatan tindak lanjut.",
                                "minutes": 35,
                            },
                        ),
                    ],
                },
                {
                    "title": "Penyusunan dan Pengiriman Naskah Keluar",
                    "slug": "penyusunan-naskah-keluar",
                    "required": True,
                    "minutes": 105,
                    "summary": "Menyusun konsep, melalui pemeriksaan berjenjang, menandatangani, dan mengirim naskah keluar.",
                    "body": [
                        (
                            "text",
                            "<p>Naskah keluar elektronik lahir di SRIKANDI sebagai konsep, melewati "
                            "pemeriksaan, ditandatangani secara elektronik, diberi nomor, lalu dikirim. "
                            "Setiap langkah terekam, sehingga tidak diperlukan lagi lembar paraf koordinasi "
                            "di atas kertas. Persetujuan pemeriksa di sistem berfungsi seperti paraf, "
                            "lengkap dengan waktu dan catatan perbaikannya.</p>",
                        ),
                        (
                            "image",
                            {
                                "figure": "alur-naskah-keluar",
                                "caption": "Naskah yang sudah ditandatangani tidak diubah; perbaikan dilakukan melalui konsep baru.",
                            },
                        ),
                        ("heading", "Menyusun konsep"),
                        (
                            "text",
                            "<p>Pilih jenis naskah dan templat yang sesuai dengan tata naskah dinas "
                            "instansi. Isi perihal, tujuan, kode klasifikasi, sifat, dan urgensi. Tulis isi "
                            "secara ringkas dan lengkap, lampirkan dokumen pendukung, lalu tentukan "
                            "pemeriksa sesuai jenjang jabatan dan pejabat penandatangan. Bila naskah "
                            "merupakan balasan, kaitkan dengan naskah masuk yang dibalas agar keduanya "
                            "berada dalam satu rangkaian.</p>",
                        ),
                        ("heading", "Mengirim kepada penerima di luar SRIKANDI"),
                        (
                            "text",
                            "<p>Penerima pengguna SRIKANDI menerima naskah langsung di kotak masuknya. "
                            "Untuk penerima yang belum memakai SRIKANDI, misalnya badan usaha, organisasi "
                            "kemasyarakatan, atau warga, kirimkan berkas PDF bertanda tangan elektronik "
                            "melalui surel dinas atau saluran resmi lain, lalu catat cara dan waktu "
                            "pengiriman pada naskah tersebut. Mencetak naskah elektronik untuk dikirim "
                            "hanya dilakukan bila penerima benar-benar memerlukannya, dan yang menjadi "
                            "arsip instansi tetap naskah elektroniknya.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Pemeriksa naskah",
                                "definition": "Pejabat yang meneliti konsep naskah sebelum diajukan kepada penandatangan dan dapat menyetujui atau mengembalikannya untuk diperbaiki.",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Sebelum konsep diajukan kepada penandatangan",
                                "items": [
                                    "Perihal dan tujuan sudah tepat",
                                    "Kode klasifikasi sesuai kegiatan",
                                    "Isi tidak memuat data pribadi yang tidak perlu",
                                    "Lampiran lengkap dan dapat dibuka",
                                    "Tembusan hanya kepada pihak yang berkepentingan",
                                    "Naskah balasan telah dikaitkan dengan naskah masuknya",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Jangan mengubah naskah setelah ditandatangani",
                                "text": "<p>Mengedit berkas PDF yang sudah ditandatangani secara elektronik "
                                "akan membuat tanda tangannya tidak valid saat diverifikasi. Bila ada "
                                "kesalahan, buat konsep perbaikan atau naskah ralat melalui alur yang sama.</p>",
                            },
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Menyusun surat balasan konfirmasi kehadiran",
                                "instructions": "<p>Susun naskah keluar berupa surat kepada Kepala Bappeda "
                                "Kota Palangka Raya yang menyampaikan nama pejabat yang akan mewakili Dinas "
                                "dalam rapat penyusunan Rencana Kerja. Kaitkan dengan naskah masuk yang "
                                "diregistrasi sebelumnya.</p>"
                                "<p>Ajukan kepada Sekretaris sebagai pemeriksa. Sekretaris mengembalikan "
                                "konsep satu kali dengan catatan perbaikan, lalu menyetujuinya. Kepala Dinas "
                                "menandatangani dengan sertifikat latihan, kemudian naskah dikirim. Unduh "
                                "naskah yang telah terkirim dan periksa nomor serta tanda tangannya.</p>",
                                "deliverable": "Berkas PDF naskah keluar yang telah ditandatangani dan tangkapan layar riwayat pemeriksaan.",
                                "minutes": 60,
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "panduan-srikandi",
                                "note": "Rujuk bagian pembuatan naskah dinas keluar dan pengaturan pemeriksa berjenjang.",
                            },
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ Modul 4
        {
            "title": "Tanda Tangan Elektronik dan Sertifikat Elektronik",
            "slug": "tanda-tangan-elektronik",
            "group": "inti",
            "jp_theory": 1,
            "jp_practice": 2,
            "intro": (
                "Modul ini menjelaskan dasar hukum dan cara kerja tanda tangan elektronik "
                "tersertifikasi yang dipakai di SRIKANDI, pengelolaan sertifikat elektronik dari "
                "BSrE, serta cara memverifikasi keabsahan naskah yang diterima."
            ),
            "lessons": [
                {
                    "title": "Dasar Hukum dan Cara Kerja Tanda Tangan Elektronik",
                    "slug": "dasar-tanda-tangan-elektronik",
                    "required": True,
                    "minutes": 60,
                    "summary": "Jenis tanda tangan elektronik, peran sertifikat elektronik, dan mengapa perubahan isi dapat terdeteksi.",
                    "body": [
                        ("heading", "Kedudukan hukum"),
                        (
                            "text",
                            "<p>Undang-Undang Informasi dan Transaksi Elektronik beserta perubahannya dan "
                            "Peraturan Pemerintah Nomor 71 Tahun 2019 tentang Penyelenggaraan Sistem dan "
                            "Transaksi Elektronik mengakui tanda tangan elektronik memiliki kekuatan hukum "
                            "dan akibat hukum yang sah selama memenuhi persyaratan, antara lain: data "
                            "pembuatannya hanya terkait dan berada dalam kuasa penanda tangan, serta setiap "
                            "perubahan setelah penandatanganan dapat diketahui.</p>"
                            "<p>Peraturan membedakan tanda tangan elektronik <strong>tersertifikasi</strong> "
                            "dan <strong>tidak tersertifikasi</strong>. Tanda tangan tidak tersertifikasi "
                            "dibuat tanpa sertifikat dari penyelenggara sertifikasi elektronik, misalnya "
                            "persetujuan dengan menekan tombol atau mengetik nama, sehingga pembuktian "
                            "identitas penanda tangannya lebih lemah. Naskah dinas pemerintah menggunakan "
                            "jenis tersertifikasi karena identitas penanda tangan telah diverifikasi "
                            "sebelum sertifikat diterbitkan.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Sertifikat elektronik",
                                "definition": "Sertifikat berisi identitas pemilik dan kunci publiknya yang diterbitkan oleh penyelenggara sertifikasi elektronik, dipakai untuk membuat dan memverifikasi tanda tangan elektronik tersertifikasi.",
                            },
                        ),
                        (
                            "text",
                            "<p>Bagi instansi pemerintah, sertifikat elektronik diterbitkan oleh Balai "
                            "Sertifikasi Elektronik (BSrE) di lingkungan Badan Siber dan Sandi Negara. "
                            "Di daerah, pengajuan sertifikat lazimnya difasilitasi oleh Dinas Komunikasi "
                            "dan Informatika yang berperan sebagai petugas pendaftaran dan verifikasi "
                            "identitas.</p>",
                        ),
                        ("heading", "Mengapa perubahan isi dapat terdeteksi"),
                        (
                            "text",
                            "<p>Saat menandatangani, sistem menghitung sidik digital (<em>hash</em>) isi "
                            "dokumen lalu mengenkripsinya dengan kunci privat penanda tangan. Penerima "
                            "menghitung ulang sidik digital dokumen yang diterimanya dan mencocokkannya "
                            "menggunakan kunci publik dalam sertifikat. Perubahan satu karakter saja "
                            "menghasilkan sidik digital yang berbeda, sehingga tanda tangan dinyatakan "
                            "tidak valid.</p>"
                            "<p>Kunci privat tidak pernah dikirim bersama dokumen. Yang ikut tertanam di "
                            "dokumen hanyalah tanda tangan dan sertifikat berisi kunci publik. Karena itu "
                            "siapa pun dapat memverifikasi tanda tangan, tetapi hanya pemilik sertifikat "
                            "yang dapat membuatnya. Prinsip inilah yang membuat tanda tangan elektronik "
                            "tersertifikasi memenuhi syarat autentik dan utuh yang dibahas pada Modul 1.</p>",
                        ),
                        (
                            "image",
                            {
                                "figure": "alur-tte",
                                "caption": "Sertifikat elektronik bersifat pribadi dan memiliki masa berlaku yang harus diperbarui.",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "note",
                                "title": "Gambar tanda tangan bukan tanda tangan elektronik",
                                "text": "<p>Menempelkan hasil pindai tanda tangan basah ke dokumen tidak "
                                "memberikan jaminan identitas maupun keutuhan. Cara itu tidak menggantikan "
                                "tanda tangan elektronik tersertifikasi.</p>",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Persyaratan yang umumnya diminta saat mengajukan sertifikat",
                                "items": [
                                    "Status sebagai pegawai atau pejabat aktif",
                                    "Nomor induk kependudukan sesuai KTP elektronik",
                                    "Alamat surel dinas pribadi, bukan surel bersama",
                                    "Surat rekomendasi atau persetujuan atasan",
                                    "Kehadiran atau verifikasi identitas oleh petugas pendaftaran",
                                ],
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "panduan-srikandi",
                                "note": "Baca bagian penandatanganan naskah untuk mengetahui cara SRIKANDI memanggil layanan tanda tangan elektronik.",
                            },
                        ),
                    ],
                },
                {
                    "title": "Menandatangani dan Memverifikasi Naskah Elektronik",
                    "slug": "menandatangani-dan-memverifikasi",
                    "required": True,
                    "minutes": 75,
                    "summary": "Praktik penandatanganan di SRIKANDI, pengamanan passphrase, dan verifikasi dokumen PDF.",
                    "body": [
                        ("heading", "Menandatangani di SRIKANDI"),
                        (
                            "text",
                            "<p>SRIKANDI terhubung dengan layanan tanda tangan elektronik BSrE. Setelah "
                            "konsep disetujui pemeriksa, pejabat penandatangan membuka naskah, membaca "
                            "ulang isinya, lalu memasukkan <em>passphrase</em> sertifikatnya. Dokumen hasil "
                            "penandatanganan memuat tanda tangan digital yang tertanam di berkas PDF dan "
                            "keterangan bahwa naskah ditandatangani secara elektronik.</p>"
                            "<p>Membaca ulang sebelum menandatangani bukan formalitas. Setelah passphrase "
                            "dimasukkan, penanda tangan bertanggung jawab atas isi naskah seperti halnya "
                            "tanda tangan basah, dan isi itu tidak dapat diubah lagi.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Passphrase",
                                "definition": "Kata sandi rahasia yang melindungi kunci privat pemilik sertifikat dan dimasukkan setiap kali menandatangani.",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Passphrase hanya untuk pemiliknya",
                                "text": "<p>Passphrase yang diserahkan kepada staf membuat tanda tangan "
                                "kehilangan makna hukumnya karena tidak lagi berada dalam kuasa penanda "
                                "tangan. Bila passphrase diketahui orang lain atau perangkat hilang, segera "
                                "ajukan pencabutan sertifikat melalui petugas pendaftaran.</p>",
                            },
                        ),
                        ("heading", "Memverifikasi naskah yang diterima"),
                        (
                            "text",
                            "<p>Buka naskah dengan pembaca PDF yang menampilkan panel tanda tangan, atau "
                            "gunakan layanan verifikasi dokumen resmi yang disediakan pemerintah. Hasil "
                            "verifikasi menunjukkan nama penanda tangan, penerbit sertifikat, waktu "
                            "penandatanganan, dan status apakah dokumen berubah sejak ditandatangani.</p>",
                        ),
                        (
                            "checklist",
                            {
                                "title": "Yang diperiksa saat verifikasi",
                                "items": [
                                    "Status tanda tangan valid dan dokumen tidak berubah",
                                    "Nama penanda tangan sesuai pejabat yang tercantum di naskah",
                                    "Sertifikat diterbitkan oleh penyelenggara yang dipercaya",
                                    "Sertifikat masih berlaku pada waktu penandatanganan",
                                    "Waktu penandatanganan wajar dibandingkan tanggal naskah",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Simpan berkas aslinya",
                                "text": "<p>Mencetak naskah ke PDF baru atau mengirimnya ulang sebagai "
                                "tangkapan layar menghapus tanda tangan digital. Simpan dan teruskan berkas "
                                "PDF asli hasil unduhan dari sistem.</p>",
                            },
                        ),
                        ("heading", "Masa berlaku sertifikat dan arsip jangka panjang"),
                        (
                            "text",
                            "<p>Sertifikat elektronik memiliki masa berlaku dan dapat dicabut. Naskah yang "
                            "ditandatangani ketika sertifikat masih berlaku tetap sah, tetapi pembuktiannya "
                            "bergantung pada keterangan waktu penandatanganan yang tepercaya dan riwayat "
                            "verifikasi yang tersimpan. Bagi arsiparis, ini berarti berkas asli beserta "
                            "metadata waktu penandatanganan harus dipertahankan selama masa retensi, dan "
                            "pejabat perlu memperbarui sertifikat sebelum habis masa berlakunya agar "
                            "layanan tidak terhenti.</p>",
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Verifikasi tiga berkas PDF",
                                "instructions": "<p>Fasilitator membagikan tiga berkas PDF: satu naskah "
                                "bertanda tangan elektronik yang valid, satu naskah yang diubah setelah "
                                "ditandatangani, dan satu naskah yang hanya ditempeli gambar tanda tangan.</p>"
                                "<p>Verifikasi ketiganya dengan panel tanda tangan pembaca PDF dan layanan "
                                "verifikasi yang ditunjukkan fasilitator. Catat hasil setiap pemeriksaan "
                                "pada daftar periksa di atas dan tentukan naskah mana yang dapat diterima "
                                "sebagai naskah dinas yang sah.</p>",
                                "deliverable": "Lembar hasil verifikasi tiga berkas beserta kesimpulan dan alasannya.",
                                "minutes": 40,
                            },
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ Modul 5
        {
            "title": "Klasifikasi dan Pemberkasan Arsip Elektronik",
            "slug": "klasifikasi-dan-pemberkasan",
            "group": "inti",
            "jp_theory": 2,
            "jp_practice": 2,
            "intro": (
                "Klasifikasi menentukan di berkas mana naskah disimpan, berapa lama, dan siapa "
                "yang boleh mengaksesnya. Modul ini melatih pemilihan kode klasifikasi dan "
                "pemberkasan naskah elektronik hingga terbentuk daftar arsip aktif."
            ),
            "lessons": [
                {
                    "title": "Klasifikasi Arsip dalam Sistem Elektronik",
                    "slug": "klasifikasi-arsip-elektronik",
                    "required": True,
                    "minutes": 75,
                    "summary": "Fungsi klasifikasi arsip dan cara memilih kode yang tepat untuk naskah elektronik.",
                    "body": [
                        (
                            "text",
                            "<p>Klasifikasi arsip menyusun arsip menurut <strong>fungsi dan kegiatan</strong> "
                            "pencipta arsip, bukan menurut bentuk naskah atau nama pengirim. Di lingkungan "
                            "pemerintah daerah, pedoman klasifikasi ditetapkan sesuai ketentuan yang "
                            "berlaku dan menjadi acuan seluruh perangkat daerah.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Klasifikasi arsip",
                                "definition": "Pola pengaturan arsip secara berjenjang berdasarkan fungsi dan kegiatan organisasi, yang menjadi dasar penomoran, pemberkasan, penentuan retensi, dan pengaturan akses.",
                            },
                        ),
                        ("heading", "Klasifikasi di SRIKANDI"),
                        (
                            "text",
                            "<p>Data klasifikasi dimasukkan oleh admin instansi dan dihubungkan dengan "
                            "JRA. Pengguna memilih kode klasifikasi saat meregistrasi naskah masuk atau "
                            "menyusun naskah keluar. Pilihan ini tampak sepele, tetapi menentukan tiga hal "
                            "sekaligus: berkas tempat naskah akan disimpan, masa retensinya, dan nasib "
                            "akhirnya ketika penyusutan. Salah kode berarti salah retensi.</p>"
                            "<p>Kode klasifikasi juga tampil dalam nomor naskah dinas, sehingga kesalahan "
                            "mudah terlihat oleh penerima. Karena alasan itu, pemeriksa naskah keluar "
                            "sebaiknya ikut memeriksa kode klasifikasi, bukan hanya isi dan bahasa "
                            "naskah. Untuk naskah masuk, petugas registrasi memilih kode berdasarkan "
                            "kegiatan penerima yang akan menindaklanjuti, bukan kegiatan pengirim.</p>"
                            "<p>Contohnya, undangan rapat penyusunan Rencana Kerja dari Bappeda "
                            "diklasifikasikan sebagai bagian dari kegiatan perencanaan program di dinas "
                            "penerima, bukan sebagai urusan Bappeda. Dengan demikian undangan itu akan "
                            "berada dalam satu berkas dengan bahan rapat dan dokumen Rencana Kerja yang "
                            "dihasilkan dinas.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Jangan memakai satu kode untuk semua naskah",
                                "text": "<p>Kebiasaan memilih kode paling umum agar cepat selesai membuat "
                                "ratusan naskah menumpuk dalam satu kelompok tanpa retensi yang benar. "
                                "Akibatnya baru terasa bertahun-tahun kemudian saat penyusutan tidak dapat "
                                "dilakukan.</p>",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Langkah memilih kode klasifikasi",
                                "items": [
                                    "Tanyakan: naskah ini lahir dari kegiatan apa?",
                                    "Tentukan fungsi induk kegiatan tersebut",
                                    "Telusuri pedoman sampai tingkat kode paling rinci yang sesuai",
                                    "Cocokkan dengan uraian pada JRA untuk memastikan retensinya masuk akal",
                                    "Bila ragu, konsultasikan dengan arsiparis unit kearsipan",
                                ],
                            },
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Mengklasifikasikan enam naskah",
                                "instructions": "<p>Tentukan fungsi, kegiatan, dan kode klasifikasi untuk "
                                "naskah berikut menggunakan pedoman klasifikasi instansi Anda:</p>"
                                "<ol>"
                                "<li>Undangan rapat penyusunan Rencana Kerja dari Bappeda.</li>"
                                "<li>Keputusan Kepala Dinas tentang tim pengelola perpustakaan keliling.</li>"
                                "<li>Nota dinas permohonan cuti tahunan seorang pegawai.</li>"
                                "<li>Surat kepala desa yang memohon pembinaan kearsipan desa.</li>"
                                "<li>Berita acara serah terima pemindai dari penyedia.</li>"
                                "<li>Laporan pelaksanaan pameran arsip pada peringatan hari jadi daerah.</li>"
                                "</ol>"
                                "<p>Bandingkan jawaban dengan rekan satu meja dan diskusikan perbedaan.</p>",
                                "deliverable": "Tabel enam naskah berisi fungsi, kegiatan, kode klasifikasi, dan catatan keraguan.",
                                "minutes": 30,
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "templat-jra",
                                "note": "Perhatikan bagaimana setiap baris JRA merujuk kode klasifikasi; latihan ini menyiapkan pembahasan retensi di modul berikutnya.",
                            },
                        ),
                    ],
                },
                {
                    "title": "Pemberkasan dan Daftar Arsip Aktif",
                    "slug": "pemberkasan-dan-daftar-arsip-aktif",
                    "required": True,
                    "minutes": 105,
                    "summary": "Menyatukan naskah elektronik ke dalam berkas dan menyusun daftar arsip aktif.",
                    "body": [
                        (
                            "text",
                            "<p>Naskah yang telah selesai ditindaklanjuti belum otomatis tertata. "
                            "<strong>Pemberkasan</strong> menyatukan naskah-naskah yang berkaitan dengan "
                            "satu kegiatan atau masalah ke dalam satu berkas, sehingga kelak dapat "
                            "ditemukan, dinilai, dan disusutkan sebagai satu kesatuan.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Berkas",
                                "definition": "Himpunan arsip yang berkaitan dengan satu kegiatan, masalah, atau transaksi, disatukan dan diberi judul sehingga membentuk satu kesatuan informasi.",
                            },
                        ),
                        (
                            "image",
                            {
                                "figure": "alur-pemberkasan",
                                "caption": "Berkas ditutup ketika kegiatan selesai; sejak itulah retensi mulai dihitung.",
                            },
                        ),
                        ("heading", "Judul berkas yang informatif"),
                        (
                            "text",
                            "<p>Judul berkas seharusnya menjawab <em>kegiatan apa</em> dan <em>kapan</em>. "
                            "Judul “Surat-surat 2024” tidak membantu siapa pun. Bandingkan dengan "
                            "“Penyusunan Rencana Kerja Dinas Tahun 2025” atau “Pembinaan Kearsipan Desa "
                            "Kecamatan Pahandut Tahun 2024”. Satu berkas berisi semua naskah kegiatan itu: "
                            "undangan, disposisi, bahan rapat, laporan, dan naskah keluar terkait.</p>"
                            "<p>Untuk kegiatan rutin yang berlangsung sepanjang tahun, seperti "
                            "pengelolaan cuti pegawai, berkas dapat dibuat per tahun dan ditutup pada "
                            "akhir tahun anggaran.</p>",
                        ),
                        ("heading", "Daftar arsip aktif"),
                        (
                            "text",
                            "<p>Daftar arsip aktif terdiri atas <strong>daftar berkas</strong> (satu baris "
                            "untuk setiap berkas: kode klasifikasi, judul berkas, kurun waktu, jumlah item, "
                            "dan keterangan) dan <strong>daftar isi berkas</strong> (satu baris untuk setiap "
                            "naskah di dalamnya). SRIKANDI dapat menghasilkan daftar ini dari data "
                            "pemberkasan, sehingga kualitas daftar bergantung pada ketelitian "
                            "pemberkasan.</p>"
                            "<p>Daftar arsip aktif dipakai untuk menemukan arsip, melayani peminjaman, "
                            "dan menjadi dasar pemindahan arsip inaktif. Biasakan memberkaskan naskah "
                            "setiap pekan, bukan menunggu akhir tahun ketika ingatan tentang kegiatan "
                            "sudah kabur. Operator unit pengolah dapat menjadwalkan waktu tetap, misalnya "
                            "Jumat siang, untuk memeriksa naskah yang belum berberkas.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Berkas hibrida",
                                "text": "<p>Bila sebagian naskah suatu kegiatan masih berupa kertas, misalnya "
                                "kuitansi bermeterai, catat lokasi simpan fisiknya pada keterangan berkas "
                                "elektronik agar kedua bagian tetap dapat dipertemukan.</p>",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Pemeriksaan berkas sebelum ditutup",
                                "items": [
                                    "Semua naskah kegiatan telah masuk, termasuk naskah keluar",
                                    "Kode klasifikasi berkas sesuai kegiatan",
                                    "Judul berkas menyebut kegiatan dan tahun",
                                    "Tidak ada naskah dari kegiatan lain yang tercampur",
                                    "Lokasi bagian fisik, bila ada, telah dicatat",
                                ],
                            },
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Membuat berkas kegiatan Rencana Kerja",
                                "instructions": "<p>Dengan akun latihan unit pengolah, buat berkas "
                                "“Penyusunan Rencana Kerja Dinas Tahun 2025”. Masukkan naskah masuk, "
                                "disposisi, dan naskah keluar yang Anda buat pada Modul 3, ditambah dua "
                                "naskah contoh dari fasilitator. Tutup berkas, lalu unduh daftar berkas dan "
                                "daftar isi berkas, dan lengkapi kolom yang kosong pada templat daftar "
                                "arsip.</p>",
                                "deliverable": "Daftar berkas dan daftar isi berkas kegiatan Rencana Kerja dalam templat daftar arsip.",
                                "minutes": 50,
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "templat-daftar-arsip",
                                "note": "Gunakan templat ini untuk memeriksa kelengkapan kolom daftar arsip aktif.",
                            },
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ Modul 6
        {
            "title": "Retensi dan Penyusutan Arsip Elektronik",
            "slug": "retensi-dan-penyusutan",
            "group": "inti",
            "jp_theory": 2,
            "jp_practice": 1,
            "intro": (
                "Arsip elektronik tidak boleh dihapus sembarangan, tetapi juga tidak perlu "
                "disimpan selamanya. Modul ini membahas penerapan JRA pada arsip elektronik dan "
                "prosedur pemindahan, pemusnahan, serta penyerahan."
            ),
            "lessons": [
                {
                    "title": "JRA dan Retensi Arsip Elektronik",
                    "slug": "jra-dan-retensi",
                    "required": True,
                    "minutes": 60,
                    "summary": "Membaca JRA dan menerapkan retensi yang sama pada arsip elektronik dan kertas.",
                    "body": [
                        (
                            "text",
                            "<p>Jadwal Retensi Arsip (JRA) menetapkan berapa lama setiap jenis arsip "
                            "disimpan dan apa yang terjadi sesudahnya. Undang-Undang Nomor 43 Tahun 2009 "
                            "mewajibkan pencipta arsip memiliki JRA dan melaksanakan penyusutan "
                            "berdasarkan JRA tersebut.</p>"
                            "<p>JRA pemerintah daerah ditetapkan oleh kepala daerah setelah melalui "
                            "pembahasan dengan Arsip Nasional Republik Indonesia sesuai ketentuan. "
                            "Dalam SRIKANDI, JRA yang berlaku dimasukkan oleh admin dan dihubungkan "
                            "dengan kode klasifikasi, sehingga setiap berkas otomatis membawa masa "
                            "retensinya. Karena itu perubahan JRA perlu segera diperbarui di sistem.</p>"
                            "<p>Perhatikan pula bahwa retensi dihitung per berkas, bukan per naskah. "
                            "Naskah pertama dalam sebuah berkas mungkin dibuat awal tahun, tetapi retensi "
                            "baru mulai berjalan setelah kegiatan selesai dan berkasnya ditutup.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Jadwal Retensi Arsip (JRA)",
                                "definition": "Daftar yang berisi sekurang-kurangnya jangka waktu penyimpanan atau retensi, jenis arsip, dan keterangan rekomendasi apakah suatu jenis arsip dimusnahkan, dinilai kembali, atau dipermanenkan.",
                            },
                        ),
                        (
                            "image",
                            {
                                "figure": "membaca-jra",
                                "caption": "Kolom-kolom JRA dibaca bersama kode klasifikasi berkas.",
                            },
                        ),
                        ("heading", "Retensi melekat pada informasi, bukan pada media"),
                        (
                            "text",
                            "<p>Retensi ditentukan oleh nilai guna informasi, sehingga berlaku sama untuk "
                            "arsip kertas maupun elektronik. Dua kesalahan yang sering terjadi pada arsip "
                            "elektronik justru saling berlawanan:</p>"
                            "<ul>"
                            "<li><strong>Terhapus terlalu cepat</strong>: berkas hilang ketika akun pegawai "
                            "yang pensiun dihapus, kotak surel dibersihkan, atau server diganti tanpa "
                            "migrasi data.</li>"
                            "<li><strong>Disimpan tanpa batas</strong>: karena ruang simpan terasa murah, "
                            "arsip yang sudah tidak bernilai guna menumpuk dan menyulitkan penemuan arsip "
                            "yang penting.</li>"
                            "</ul>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Mutasi dan pensiun pegawai",
                                "text": "<p>Sebelum akun pegawai yang mutasi atau pensiun dinonaktifkan, "
                                "pastikan seluruh naskah yang ia kelola telah diberkaskan dan tanggung "
                                "jawabnya dialihkan kepada pejabat pengganti. Hal yang sama berlaku untuk "
                                "kotak surel dinas yang memuat arsip kedinasan.</p>",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Membaca JRA untuk satu berkas",
                                "items": [
                                    "Temukan baris JRA dengan kode klasifikasi yang sama",
                                    "Pastikan uraian jenis arsip sesuai isi berkas",
                                    "Catat retensi aktif dan inaktif",
                                    "Hitung tahun berakhirnya masa aktif sejak berkas ditutup",
                                    "Catat keterangan akhir: musnah, permanen, atau dinilai kembali",
                                ],
                            },
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Menghitung retensi berkas Rencana Kerja",
                                "instructions": "<p>Gunakan berkas “Penyusunan Rencana Kerja Dinas Tahun "
                                "2025” dari Modul 5 dan JRA instansi Anda. Tentukan baris JRA yang berlaku, "
                                "tahun berkas menjadi inaktif, tahun berkas dapat diusulkan untuk "
                                "disusutkan, dan tindakan akhirnya. Jelaskan juga bagaimana hasilnya berubah "
                                "bila berkas baru ditutup satu tahun lebih lambat.</p>",
                                "deliverable": "Satu halaman perhitungan retensi berkas beserta rujukan baris JRA.",
                                "minutes": 25,
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "templat-jra",
                                "note": "Pelajari susunan kolom JRA sebelum mengerjakan latihan.",
                            },
                        ),
                    ],
                },
                {
                    "title": "Penyusutan: Pemindahan, Pemusnahan, dan Penyerahan",
                    "slug": "penyusutan-arsip-elektronik",
                    "required": True,
                    "minutes": 75,
                    "summary": "Prosedur tiga bentuk penyusutan dan hal khusus pada arsip elektronik.",
                    "body": [
                        (
                            "text",
                            "<p>Penyusutan adalah kegiatan mengurangi jumlah arsip dengan tiga cara: "
                            "<strong>pemindahan</strong> arsip inaktif dari unit pengolah ke unit "
                            "kearsipan, <strong>pemusnahan</strong> arsip yang tidak memiliki nilai guna "
                            "lagi, dan <strong>penyerahan</strong> arsip statis kepada lembaga kearsipan. "
                            "Di SRIKANDI ketiganya diproses melalui usulan berdasarkan berkas yang sudah "
                            "ditutup dan dihubungkan dengan JRA.</p>"
                            "<p>Pada arsip elektronik, <strong>pemindahan</strong> tidak berarti memindahkan "
                            "fisik, tetapi mengalihkan tanggung jawab dan hak kelola berkas dari unit "
                            "pengolah kepada unit kearsipan. Berkas tetap berada di sistem, namun tidak "
                            "lagi dapat diubah oleh unit pengolah dan peminjamannya melalui unit "
                            "kearsipan.</p>",
                        ),
                        (
                            "image",
                            {
                                "figure": "alur-penyusutan",
                                "caption": "Setiap bentuk penyusutan berakhir dengan berita acara dan daftar arsip.",
                            },
                        ),
                        ("heading", "Pemusnahan arsip elektronik"),
                        (
                            "text",
                            "<p>Arsip hanya dapat dimusnahkan bila tidak lagi memiliki nilai guna, telah "
                            "habis retensinya dengan keterangan musnah menurut JRA, tidak ada ketentuan "
                            "yang melarang, dan tidak berkaitan dengan perkara yang sedang berjalan. "
                            "Pemusnahan melalui penilaian panitia penilai dan persetujuan pejabat yang "
                            "berwenang sesuai ketentuan; untuk jenis arsip tertentu diperlukan pula "
                            "persetujuan Kepala Arsip Nasional Republik Indonesia.</p>"
                            "<p>Pada arsip elektronik, pemusnahan berarti menghapus berkas secara permanen "
                            "dari sistem beserta salinannya sesuai kebijakan cadangan instansi. Berita "
                            "acara dan daftar arsip yang dimusnahkan tetap disimpan sebagai bukti.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Tidak ada pemusnahan perorangan",
                                "text": "<p>Operator yang menghapus berkas karena merasa sudah lama atau "
                                "tidak terpakai melanggar prosedur pemusnahan. Penghapusan hanya dilakukan "
                                "setelah usulan disetujui dan dicatat dalam berita acara. Ingat pula bahwa "
                                "menghapus berkas dari sistem belum tentu menghapus salinannya di komputer "
                                "pegawai atau di surel.</p>",
                            },
                        ),
                        ("heading", "Penyerahan arsip statis"),
                        (
                            "text",
                            "<p>Berkas dengan keterangan permanen diserahkan kepada lembaga kearsipan "
                            "daerah, yaitu Dinas Perpustakaan dan Kearsipan. Untuk arsip elektronik, "
                            "pastikan berkas diserahkan dalam format yang dapat dibaca jangka panjang, "
                            "lengkap dengan metadata dan daftar arsip, serta tanda tangan elektronik dan "
                            "riwayatnya tetap dapat diverifikasi. Sebelum penyerahan, arsiparis DPK "
                            "sebaiknya memeriksa contoh berkas bersama pencipta arsip untuk memastikan "
                            "berkas dapat dibuka di luar aplikasi asalnya.</p>",
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Menyiapkan usul penyusutan",
                                "instructions": "<p>Fasilitator membagikan daftar lima berkas elektronik "
                                "yang sudah ditutup, lengkap dengan kode klasifikasi, tahun penutupan, dan "
                                "kutipan baris JRA yang berlaku. Untuk setiap berkas, tentukan apakah "
                                "berkas tetap disimpan, dipindahkan ke unit kearsipan, diusulkan musnah, "
                                "atau diusulkan serah. Susun daftar arsip usul musnah untuk berkas yang "
                                "memenuhi syarat dan tulis konsep berita acara penilaiannya.</p>",
                                "deliverable": "Tabel keputusan lima berkas, daftar arsip usul musnah, dan konsep berita acara.",
                                "minutes": 35,
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "pp-28-2012",
                                "note": "Bagian penyusutan arsip menjelaskan syarat dan prosedur pemindahan, pemusnahan, dan penyerahan.",
                            },
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ Modul 7
        {
            "title": "Alih Media Arsip Konvensional",
            "slug": "alih-media-arsip",
            "group": "inti",
            "jp_theory": 1,
            "jp_practice": 2,
            "intro": (
                "Banyak arsip penting pemerintah daerah masih berupa kertas. Modul ini membahas "
                "perencanaan alih media ke bentuk digital, spesifikasi pemindaian, kendali mutu, "
                "dan dokumentasi yang diperlukan agar hasilnya dapat dipertanggungjawabkan."
            ),
            "lessons": [
                {
                    "title": "Merencanakan Alih Media",
                    "slug": "merencanakan-alih-media",
                    "required": True,
                    "minutes": 60,
                    "summary": "Tujuan, prioritas, dan dokumen pendukung kegiatan alih media.",
                    "body": [
                        (
                            "text",
                            "<p>Alih media adalah pengalihan arsip dari satu media ke media lain, dalam "
                            "pelatihan ini dari kertas ke bentuk digital. Tujuannya memperluas dan "
                            "mempercepat akses, mengurangi penanganan fisik arsip yang rapuh, dan "
                            "menyediakan salinan pengaman bagi arsip vital.</p>"
                            "<p>Alih media membutuhkan biaya, waktu, dan tenaga yang tidak sedikit. "
                            "Satu orang petugas yang memindai dengan teliti, termasuk persiapan fisik dan "
                            "pemeriksaan mutu, mungkin hanya menyelesaikan beberapa ratus halaman dalam "
                            "sehari. Karena itu alih media harus direncanakan, bukan dikerjakan serentak "
                            "untuk seluruh isi gudang arsip. Hasilnya pun menambah kewajiban baru: berkas "
                            "digital perlu disimpan, dicadangkan, dan dirawat selama masa retensinya.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Alih media",
                                "definition": "Kegiatan mengalihkan arsip dari satu media ke media lain, misalnya dari kertas ke berkas digital, dengan tetap menjaga isi dan keterangan arsip.",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Alih media bukan alasan memusnahkan arsip asli",
                                "text": "<p>Arsip kertas yang telah dialihmediakan tetap dikelola sesuai "
                                "JRA dan ketentuan yang berlaku. Pemusnahan arsip asli tanpa prosedur "
                                "penyusutan tidak dibenarkan, sekalipun hasil pindaiannya baik. "
                                "Untuk arsip vital, justru disarankan menyimpan arsip asli dan salinan "
                                "digitalnya di lokasi yang berbeda.</p>",
                            },
                        ),
                        ("heading", "Menentukan prioritas"),
                        (
                            "checklist",
                            {
                                "title": "Dahulukan arsip yang",
                                "items": [
                                    "Termasuk arsip vital, misalnya dokumen kepemilikan aset daerah",
                                    "Sering dipinjam atau dicari",
                                    "Berada dalam kondisi fisik rawan rusak",
                                    "Bernilai permanen dan akan diserahkan sebagai arsip statis",
                                    "Telah tertata dan memiliki daftar arsip",
                                ],
                            },
                        ),
                        (
                            "image",
                            {
                                "figure": "alur-alih-media",
                                "caption": "Pemindaian hanyalah satu dari enam tahap; tahap lainnya menentukan apakah hasil alih media dapat dipercaya.",
                            },
                        ),
                        (
                            "text",
                            "<p>Kegiatan alih media didokumentasikan dengan <strong>daftar arsip "
                            "alih media</strong> dan <strong>berita acara alih media</strong>. Hasil alih "
                            "media diautentikasi oleh pejabat yang berwenang sesuai ketentuan, sehingga "
                            "dapat dipakai sebagai pengganti akses terhadap arsip aslinya.</p>"
                            "<p>Daftar arsip alih media sekurang-kurangnya memuat identitas berkas asli, "
                            "jumlah halaman, nama berkas digital, spesifikasi pemindaian, tanggal "
                            "pelaksanaan, dan petugas. Berita acara ditandatangani oleh pelaksana dan "
                            "pejabat yang bertanggung jawab, lalu disimpan bersama hasil alih media "
                            "sebagai bagian dari berkas kegiatan.</p>",
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Menyusun rencana alih media satu seri arsip",
                                "instructions": "<p>Pilih satu seri arsip kertas di instansi Anda, misalnya "
                                "keputusan kepala dinas tahun 2010 sampai 2015. Perkirakan jumlah berkas dan "
                                "halaman, kondisi fisiknya, alasan prioritas, kebutuhan alat dan petugas, "
                                "jadwal kerja, serta pejabat yang akan mengautentikasi hasilnya.</p>",
                                "deliverable": "Rencana alih media satu halaman berisi seri arsip, volume, jadwal, sumber daya, dan dokumen yang akan dihasilkan.",
                                "minutes": 25,
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "pp-28-2012",
                                "note": "Baca ketentuan alih media arsip dan dokumen yang harus menyertainya.",
                            },
                        ),
                    ],
                },
                {
                    "title": "Praktik Pemindaian dan Kendali Mutu",
                    "slug": "praktik-pemindaian-dan-kendali-mutu",
                    "required": True,
                    "minutes": 75,
                    "summary": "Persiapan fisik, spesifikasi pemindaian, penamaan berkas, dan pemeriksaan mutu.",
                    "body": [
                        ("heading", "Persiapan fisik"),
                        (
                            "text",
                            "<p>Sebagian besar waktu alih media justru habis sebelum pemindaian. Lepaskan "
                            "staples dan penjepit dengan hati-hati, ratakan lipatan, perbaiki sobekan "
                            "ringan, dan pastikan urutan halaman sesuai daftar isi berkas. Arsip yang "
                            "sangat rapuh dipisahkan untuk ditangani petugas yang terlatih.</p>"
                            "<p>Siapkan pula meja kerja yang bersih, sarung tangan bila menangani foto, "
                            "dan formulir pencatatan. Arsip dikembalikan ke sampul dan boksnya dalam urutan "
                            "semula segera setelah dipindai, sehingga penataan fisiknya tidak rusak oleh "
                            "kegiatan alih media.</p>",
                        ),
                        ("heading", "Spesifikasi teknis"),
                        (
                            "image",
                            {
                                "figure": "spesifikasi-pemindaian",
                                "caption": "Nilai ini adalah acuan praktis; ikuti pedoman teknis instansi bila sudah ditetapkan.",
                            },
                        ),
                        (
                            "text",
                            "<p>Simpan dua turunan: <strong>master</strong> bermutu tinggi untuk "
                            "preservasi dan <strong>salinan akses</strong> berukuran kecil untuk layanan. "
                            "Gunakan pola nama berkas yang konsisten, misalnya kode klasifikasi, nomor "
                            "berkas, dan nomor urut item yang dipisahkan garis bawah, tanpa spasi dan tanda "
                            "baca lain. Catat pola tersebut dalam berita acara agar dapat dipahami petugas "
                            "berikutnya.</p>",
                        ),
                        ("heading", "Pengenalan karakter optis"),
                        (
                            "text",
                            "<p>Pengenalan karakter optis (OCR) mengubah citra teks menjadi teks yang "
                            "dapat dicari. Fitur ini sangat membantu pencarian, tetapi hasilnya tidak "
                            "selalu tepat, terutama pada ketikan mesin yang pudar atau tulisan tangan. "
                            "Simpan hasil OCR sebagai lapisan teks pada salinan akses, dan jangan "
                            "mengoreksi atau mengubah citra master berdasarkan hasil OCR.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Master dan salinan akses",
                                "definition": "Master adalah hasil alih media bermutu tertinggi yang disimpan untuk preservasi; salinan akses adalah turunan ringan dari master untuk dilayankan kepada pengguna.",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Kendali mutu setiap berkas",
                                "items": [
                                    "Jumlah halaman hasil pindai sama dengan jumlah halaman asli",
                                    "Tidak ada halaman terpotong, miring, atau terlipat",
                                    "Teks, stempel, dan paraf terbaca jelas",
                                    "Nama berkas mengikuti pola yang ditetapkan",
                                    "Metadata pada daftar alih media sudah terisi",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Pindai sekali dengan benar",
                                "text": "<p>Memindai ulang arsip rapuh menambah risiko kerusakan. Uji "
                                "pengaturan pemindai pada beberapa lembar contoh terlebih dahulu, lalu "
                                "kunci pengaturan itu untuk seluruh seri. Hindari pula fitur perbaikan "
                                "otomatis yang membuang noda atau stempel pudar, karena dapat menghapus "
                                "informasi penting.</p>",
                            },
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Memindai sepuluh lembar arsip latihan",
                                "instructions": "<p>Pindai sepuluh lembar arsip latihan yang Anda bawa "
                                "sesuai spesifikasi pada tabel. Hasilkan master dan salinan akses, beri nama "
                                "berkas dengan pola yang disepakati kelompok, lalu tukar hasil dengan "
                                "kelompok lain untuk saling memeriksa menggunakan daftar kendali mutu.</p>",
                                "deliverable": "Folder berisi master dan salinan akses, daftar arsip alih media, dan lembar kendali mutu yang diisi kelompok lain.",
                                "minutes": 45,
                            },
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ Modul 8
        {
            "title": "Keamanan Informasi dan Preservasi Digital",
            "slug": "keamanan-dan-preservasi-digital",
            "group": "penunjang",
            "jp_theory": 2,
            "jp_practice": 1,
            "intro": (
                "Modul penunjang ini membekali peserta dengan kebiasaan keamanan informasi "
                "sehari-hari serta prinsip preservasi digital: pemilihan format, metadata, dan "
                "pencadangan, agar arsip elektronik tetap dapat diakses selama masa simpannya."
            ),
            "lessons": [
                {
                    "title": "Keamanan Informasi Arsip Elektronik",
                    "slug": "keamanan-informasi-arsip",
                    "required": True,
                    "minutes": 50,
                    "summary": "Kerahasiaan, keutuhan, dan ketersediaan arsip serta kebiasaan aman bagi pengguna.",
                    "body": [
                        (
                            "text",
                            "<p>Keamanan informasi menjaga tiga hal: <strong>kerahasiaan</strong> "
                            "(hanya orang berwenang yang dapat membaca), <strong>keutuhan</strong> (isi "
                            "tidak diubah tanpa izin), dan <strong>ketersediaan</strong> (arsip dapat "
                            "diakses saat dibutuhkan). Ancaman yang paling sering dihadapi perangkat "
                            "daerah bukanlah peretasan canggih, melainkan surel tipuan, kata sandi lemah, "
                            "akun bersama, dan perangkat yang hilang.</p>",
                        ),
                        ("heading", "Hak akses mengikuti klasifikasi keamanan"),
                        (
                            "text",
                            "<p>Instansi menetapkan klasifikasi keamanan dan hak akses arsip, misalnya "
                            "biasa, terbatas, rahasia, dan sangat rahasia. Di SRIKANDI, sifat naskah "
                            "dan peran pengguna menentukan siapa yang dapat membuka naskah. Tinjau hak "
                            "akses secara berkala, terutama setelah mutasi jabatan.</p>"
                            "<p>Prinsip yang dipakai adalah <strong>hak akses minimum</strong>: setiap "
                            "pengguna hanya diberi akses yang diperlukan untuk tugasnya. Operator "
                            "registrasi, misalnya, tidak perlu dapat membuka seluruh naskah rahasia yang "
                            "pernah ia registrasikan. Jejak audit membantu memeriksa bila terjadi dugaan "
                            "kebocoran, tetapi pencegahan melalui pengaturan akses jauh lebih murah.</p>"
                            "<p>Perhatikan juga perangkat yang dipakai bekerja. Komputer di ruang layanan "
                            "yang dipakai bergantian tidak boleh menyimpan sesi masuk aplikasi, dan "
                            "laptop yang dibawa keluar kantor perlu dilindungi kata sandi serta enkripsi "
                            "penyimpanan bila tersedia.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Rekayasa sosial (social engineering)",
                                "definition": "Upaya memperdaya pengguna agar menyerahkan kata sandi, kode verifikasi, atau akses, misalnya melalui surel atau pesan yang mengatasnamakan pimpinan atau admin aplikasi.",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Kebiasaan aman harian",
                                "items": [
                                    "Gunakan kata sandi panjang yang berbeda untuk setiap aplikasi",
                                    "Aktifkan verifikasi dua langkah bila tersedia",
                                    "Kunci layar setiap meninggalkan meja",
                                    "Jangan membuka tautan atau lampiran dari pengirim yang tidak jelas",
                                    "Jangan menyimpan arsip rahasia di flashdisk atau aplikasi pesan",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Bila terjadi insiden",
                                "text": "<p>Bila komputer menampilkan pesan tebusan, berkas tiba-tiba tidak "
                                "dapat dibuka, atau akun Anda dipakai orang lain, putuskan perangkat dari "
                                "jaringan dan segera laporkan kepada pengelola TIK atau tim tanggap insiden "
                                "siber pemerintah daerah. Jangan mencoba memulihkan sendiri, jangan "
                                "menghapus pesan tebusan, dan catat waktu serta gejala yang Anda lihat untuk "
                                "membantu penanganan.</p>",
                            },
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Meninjau akun pengguna unit",
                                "instructions": "<p>Minta daftar akun SRIKANDI unit Anda dari admin instansi "
                                "atau gunakan daftar contoh dari fasilitator. Tandai akun milik pegawai yang "
                                "sudah mutasi atau pensiun, akun yang dipakai bersama, dan peran yang tidak "
                                "sesuai jabatan. Susun usulan perbaikan kepada admin.</p>",
                                "deliverable": "Daftar temuan akun dan usulan perbaikan hak akses.",
                                "minutes": 20,
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "perpres-95-2018",
                                "note": "Perhatikan bahwa keamanan SPBE merupakan bagian dari tata kelola yang harus diterapkan setiap instansi.",
                            },
                        ),
                    ],
                },
                {
                    "title": "Preservasi Digital: Format, Metadata, dan Cadangan",
                    "slug": "preservasi-digital",
                    "required": True,
                    "minutes": 60,
                    "summary": "Memilih format yang tahan lama, melengkapi metadata, dan menerapkan pencadangan 3-2-1.",
                    "body": [
                        (
                            "text",
                            "<p>Preservasi digital adalah upaya agar arsip elektronik tetap dapat "
                            "diakses, dibaca, dan dipercaya meskipun perangkat keras, perangkat lunak, "
                            "dan format berkas terus berganti. Berbeda dengan kertas yang dapat bertahan "
                            "puluhan tahun di rak, arsip digital yang dibiarkan tanpa perawatan dapat "
                            "tidak terbaca dalam hitungan tahun.</p>"
                            "<p>Preservasi digital bukan kegiatan sekali jalan di akhir masa retensi. "
                            "Keputusan terpenting diambil saat arsip diciptakan atau dialihmediakan: "
                            "format apa yang dipakai, metadata apa yang direkam, dan di mana salinannya "
                            "disimpan.</p>",
                        ),
                        ("heading", "Memilih format"),
                        (
                            "image",
                            {
                                "figure": "format-preservasi",
                                "caption": "Pilih format terbuka dan terdokumentasi yang didukung banyak perangkat lunak.",
                            },
                        ),
                        ("heading", "Metadata preservasi"),
                        (
                            "checklist",
                            {
                                "title": "Metadata yang perlu menyertai arsip",
                                "items": [
                                    "Identitas: nomor, perihal, pencipta, tanggal, kode klasifikasi",
                                    "Teknis: format, versi format, ukuran berkas",
                                    "Keutuhan: nilai checksum saat arsip disimpan",
                                    "Riwayat: alih media, migrasi format, dan pemindahan lokasi",
                                    "Hak akses dan klasifikasi keamanan",
                                ],
                            },
                        ),
                        (
                            "glossary",
                            {
                                "term": "Checksum",
                                "definition": "Nilai hasil perhitungan matematis atas isi berkas, misalnya dengan algoritma SHA-256, yang berubah bila isi berkas berubah sehingga dapat dipakai untuk memeriksa keutuhan.",
                            },
                        ),
                        ("heading", "Pencadangan 3-2-1"),
                        (
                            "text",
                            "<p>Simpan sekurang-kurangnya <strong>tiga salinan</strong> data, pada "
                            "<strong>dua jenis media</strong> yang berbeda, dengan <strong>satu "
                            "salinan</strong> di lokasi lain, misalnya pusat data pemerintah daerah dan "
                            "media cadangan di gedung terpisah. Cadangan yang selalu terhubung ke jaringan "
                            "dapat ikut terenkripsi oleh perangkat tebusan, sehingga perlu ada salinan yang "
                            "terpisah.</p>",
                        ),
                        ("heading", "Migrasi dan pemantauan format"),
                        (
                            "text",
                            "<p>Format yang hari ini umum dapat ditinggalkan sepuluh tahun lagi. Susun "
                            "daftar format yang dipakai instansi, pantau dukungan perangkat lunaknya, "
                            "dan rencanakan migrasi ke format yang lebih baru sebelum format lama tidak "
                            "dapat dibuka. Setiap migrasi dicatat dalam metadata riwayat, dan hasilnya "
                            "diperiksa agar isi dan tampilannya tidak berubah.</p>"
                            "<p>Hal yang sama berlaku untuk media simpan. Hard disk, pita, dan media "
                            "optik memiliki umur pakai terbatas, sehingga data perlu dipindahkan ke media "
                            "baru secara terencana dan dicocokkan kembali dengan checksum-nya.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Cadangan yang belum diuji belum tentu cadangan",
                                "text": "<p>Jadwalkan uji pemulihan setidaknya dua kali setahun: ambil "
                                "beberapa berkas dari cadangan, pulihkan ke komputer lain, lalu cocokkan "
                                "checksum-nya dengan catatan.</p>",
                            },
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Rencana preservasi hasil alih media",
                                "instructions": "<p>Untuk hasil pemindaian pada Modul 7, tetapkan format "
                                "master dan akses, hitung checksum setiap berkas master dengan perangkat "
                                "yang ditunjukkan fasilitator, dan susun rencana pencadangan 3-2-1 yang "
                                "realistis bagi instansi Anda beserta jadwal uji pemulihannya.</p>",
                                "deliverable": "Tabel format dan checksum berkas master serta rencana pencadangan setengah halaman.",
                                "minutes": 25,
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "iso-15489",
                                "note": "Bagian tentang penyimpanan dan migrasi rekod memberi dasar bagi rencana preservasi.",
                            },
                        ),
                    ],
                },
                {
                    "title": "Studi Kasus: Pemulihan Setelah Kehilangan Data",
                    "slug": "studi-kasus-pemulihan-data",
                    "required": False,
                    "minutes": 25,
                    "summary": "Pengayaan: belajar dari insiden perangkat tebusan di sebuah perangkat daerah rekaan.",
                    "body": [
                        ("heading", "Kasus"),
                        (
                            "text",
                            "<p>Sebuah badan di pemerintah kabupaten rekaan menyimpan hasil alih media "
                            "sertifikat aset dan arsip kepegawaian di satu server berbagi-berkas. Pada "
                            "suatu Senin pagi, semua berkas berganti ekstensi dan muncul pesan tebusan. "
                            "Cadangan mingguan tersimpan di hard disk eksternal yang selalu terpasang ke "
                            "server yang sama dan ikut terenkripsi.</p>"
                            "<p>Pelayanan terhenti: permintaan salinan keputusan kenaikan pangkat dan "
                            "bukti kepemilikan tanah untuk keperluan sengketa batas tidak dapat dipenuhi, "
                            "sementara pimpinan menanyakan apakah tebusan perlu dibayar.</p>"
                            "<p>Beruntung, dua tahun sebelumnya arsiparis mengirim salinan hasil alih "
                            "media arsip vital kepada Dinas Perpustakaan dan Kearsipan sebagai bagian "
                            "dari program perlindungan arsip vital, lengkap dengan daftar arsip dan "
                            "checksum. Arsip kepegawaian yang dibuat setelah itu tidak tertolong dan "
                            "harus dicari kembali dari arsip kertas dan instansi lain.</p>",
                        ),
                        ("heading", "Apa yang berjalan baik dan apa yang tidak"),
                        (
                            "text",
                            "<ul>"
                            "<li>Salinan di lokasi lain menyelamatkan arsip vital, dan checksum "
                            "membuktikan salinan itu tidak berubah.</li>"
                            "<li>Cadangan yang selalu terhubung tidak melindungi dari perangkat tebusan.</li>"
                            "<li>Tidak ada uji pemulihan, sehingga kelemahan cadangan tidak pernah "
                            "diketahui sebelum insiden.</li>"
                            "<li>Tidak ada prosedur pelaporan insiden; server baru dimatikan siang hari.</li>"
                            "</ul>"
                            "<p>Setelah insiden, badan tersebut menerapkan pencadangan 3-2-1 dengan satu "
                            "salinan yang hanya dihubungkan saat pencadangan berlangsung, menjadwalkan uji "
                            "pemulihan setiap semester, dan menetapkan alur pelaporan insiden bersama "
                            "pengelola TIK daerah. Arsiparis juga menambahkan arsip kepegawaian ke dalam "
                            "daftar arsip vital yang salinannya dikirim secara berkala ke DPK.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "note",
                                "title": "Kasus rekaan",
                                "text": "<p>Kasus ini disusun untuk pembelajaran dan menggabungkan pola "
                                "insiden yang umum terjadi dan tidak merujuk instansi tertentu. Gunakan "
                                "kasus ini untuk memeriksa kesiapan instansi Anda sendiri, bukan untuk "
                                "mencari pihak yang disalahkan.</p>",
                            },
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Diskusi: bagaimana di instansi Anda?",
                                "instructions": "<p>Jawab tiga pertanyaan berikut untuk instansi Anda: "
                                "(1) di mana saja salinan arsip vital elektronik tersimpan, (2) kapan "
                                "terakhir kali cadangan diuji, dan (3) kepada siapa insiden dilaporkan. "
                                "Tuliskan satu langkah perbaikan yang dapat dilakukan dalam sebulan.</p>",
                                "deliverable": "Jawaban tiga pertanyaan dan satu langkah perbaikan.",
                                "minutes": 15,
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Pelajaran yang dapat langsung diterapkan",
                                "items": [
                                    "Simpan satu salinan cadangan yang tidak selalu terhubung ke jaringan",
                                    "Masukkan arsip kepegawaian dan aset ke daftar arsip vital",
                                    "Uji pemulihan cadangan secara terjadwal",
                                    "Tetapkan nomor kontak dan alur pelaporan insiden",
                                ],
                            },
                        ),
                        (
                            "glossary",
                            {
                                "term": "Perangkat tebusan (ransomware)",
                                "definition": "Program jahat yang mengenkripsi berkas korban lalu meminta tebusan untuk membukanya kembali.",
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}
