"""Kursus BIMTEK-TPBIS: Bimtek Strategi Pengembangan Perpustakaan dan TIK (lihat SCHEMA.md)."""

FIGURES = {
    "jadwal-bimtek": {
        "kind": "table",
        "title": "Susunan Bimtek Empat Hari",
        "columns": ["Hari", "Fokus", "Modul", "JP"],
        "rows": [
            [
                "Hari 1",
                "Kebijakan TPBIS dan analisis kebutuhan",
                "Modul 1, Modul 2",
                "8",
            ],
            [
                "Hari 2",
                "Perencanaan program, otomasi, dan perpustakaan digital",
                "Modul 2, Modul 3, Modul 4",
                "8",
            ],
            [
                "Hari 3",
                "Internet publik, media sosial, dan pelibatan masyarakat",
                "Modul 4, Modul 5",
                "8",
            ],
            [
                "Hari 4",
                "Monitoring, evaluasi, pelaporan dampak, dan RTL",
                "Modul 6, Modul 7",
                "8",
            ],
        ],
    },
    "strategi-tpbis": {
        "kind": "table",
        "title": "Tiga Strategi Utama TPBIS",
        "columns": ["Strategi", "Contoh kegiatan", "Contoh indikator"],
        "rows": [
            [
                "Peningkatan layanan informasi",
                "Otomasi, internet publik, layanan digital, perpustakaan keliling",
                "Kunjungan, anggota aktif, peminjaman",
            ],
            [
                "Pelibatan masyarakat",
                "Pelatihan keterampilan, kelas literasi digital, klub baca",
                "Peserta yang menerapkan keterampilan baru",
            ],
            [
                "Advokasi",
                "Pertemuan pemangku kepentingan, audiensi, kesepakatan kerja sama",
                "Dukungan kebijakan, anggaran, dan jumlah mitra",
            ],
        ],
    },
    "siklus-perencanaan": {
        "kind": "flow",
        "title": "Siklus Perencanaan Program Perpustakaan",
        "steps": [
            "Kenali masyarakat",
            "Tetapkan prioritas kebutuhan",
            "Rancang program",
            "Laksanakan bersama mitra",
            "Pantau dan evaluasi",
            "Perbaiki program",
        ],
    },
    "alur-otomasi": {
        "kind": "flow",
        "title": "Langkah Otomasi Perpustakaan",
        "steps": [
            "Siapkan data koleksi",
            "Katalogisasi di SLiMS",
            "Cetak label dan barkode",
            "Daftarkan anggota",
            "Jalankan sirkulasi",
            "Analisis laporan",
        ],
    },
    "alur-kemitraan": {
        "kind": "flow",
        "title": "Membangun Kemitraan",
        "steps": [
            "Petakan pemangku kepentingan",
            "Pahami kepentingan mereka",
            "Tawarkan kerja sama",
            "Sepakati peran",
            "Laksanakan dan laporkan bersama",
        ],
    },
    "kerangka-indikator": {
        "kind": "table",
        "title": "Kerangka Indikator Kegiatan Perpustakaan",
        "columns": ["Tingkat", "Pertanyaan", "Contoh indikator", "Sumber data"],
        "rows": [
            [
                "Masukan",
                "Apa yang kita gunakan?",
                "Jumlah fasilitator, komputer, anggaran",
                "Catatan administrasi",
            ],
            [
                "Keluaran",
                "Apa yang kita lakukan dan untuk siapa?",
                "Jumlah kegiatan dan peserta menurut jenis kelamin dan usia",
                "Daftar hadir, formulir kegiatan",
            ],
            [
                "Hasil",
                "Apa yang berubah pada peserta?",
                "Peserta yang menerapkan keterampilan dalam tiga bulan",
                "Survei tindak lanjut, wawancara",
            ],
            [
                "Dampak",
                "Apa yang berubah dalam kehidupan mereka?",
                "Pendapatan, kesempatan kerja, partisipasi sosial",
                "Cerita perubahan, data desa",
            ],
        ],
    },
    "langkah-cerita-perubahan": {
        "kind": "flow",
        "title": "Langkah Menyusun Cerita Perubahan",
        "steps": [
            "Pilih narasumber",
            "Minta persetujuan",
            "Wawancara",
            "Tulis cerita",
            "Periksa fakta bersama narasumber",
            "Pilih cerita paling bermakna",
            "Sampaikan kepada pemangku kepentingan",
        ],
    },
    "format-rtl": {
        "kind": "table",
        "title": "Format RTL (contoh baris)",
        "columns": [
            "Kegiatan dan tujuan",
            "Waktu",
            "Penanggung jawab",
            "Sumber daya",
            "Indikator",
        ],
        "rows": [
            [
                "Analisis kebutuhan di dua desa binaan untuk menetapkan prioritas",
                "Minggu 1-3",
                "Pustakawan pembina",
                "Formulir survei, transportasi",
                "Dua laporan analisis",
            ],
            [
                "Kelas pemasaran daring agar perajin memiliki katalog",
                "Minggu 5-8",
                "Pengelola perpustakaan desa",
                "Ruang internet, narasumber BUMDes",
                "15 peserta, 10 katalog aktif",
            ],
            [
                "Laporan dan cerita perubahan untuk pimpinan",
                "Minggu 11-12",
                "Kepala bidang",
                "Data kegiatan, dokumentasi",
                "Laporan diterima pimpinan",
            ],
        ],
    },
}

COURSE = {
    "code": "BIMTEK-TPBIS",
    "title": "Bimtek Strategi Pengembangan Perpustakaan dan TIK (TP-BIS)",
    "summary": (
        "Bimbingan teknis tatap muka empat hari bagi pengelola perpustakaan daerah untuk merancang "
        "layanan berbasis inklusi sosial: analisis kebutuhan, pemanfaatan TIK, pelibatan "
        "masyarakat, monitoring dan evaluasi dampak, serta rencana tindak lanjut."
    ),
    "jp": 32,
    "competency_area": "perpustakaan_tik",
    "level": "menengah",
    "delivery_mode": "tatap_muka",
    "audience": (
        "Pejabat, pustakawan, dan pengelola layanan TIK pada Dinas Perpustakaan dan Kearsipan "
        "provinsi dan kabupaten/kota yang membina perpustakaan umum serta perpustakaan desa/kelurahan."
    ),
    "objectives": [
        "Menjelaskan konsep TPBIS dan peran perpustakaan daerah dalam pembinaan perpustakaan desa/kelurahan.",
        "Menyusun rancangan program layanan berdasarkan analisis kebutuhan masyarakat.",
        "Merencanakan pemanfaatan TIK: otomasi, perpustakaan digital, internet publik, dan media sosial.",
        "Merancang kegiatan pelibatan masyarakat, kemitraan, dan advokasi.",
        "Mengumpulkan data kegiatan dan cerita perubahan untuk pelaporan dampak.",
        "Menyusun rencana tindak lanjut tiga bulan yang disepakati dengan pimpinan.",
    ],
    "intro": [
        (
            "text",
            "<p>Perpustakaan yang hanya menunggu pengunjung datang untuk meminjam buku akan makin "
            "ditinggalkan. Bimtek ini membantu Anda mengubah perpustakaan menjadi <strong>pusat "
            "kegiatan masyarakat</strong>: tempat warga belajar keterampilan, mengakses informasi dan "
            "internet, serta bertemu mitra yang dapat meningkatkan kesejahteraan mereka.</p>"
            "<p>Bimtek berlangsung empat hari tatap muka, masing-masing 8 JP. Sebagian besar waktu "
            "dipakai untuk praktik kelompok dengan data perpustakaan Anda sendiri, dan seluruh hasil "
            "kerja harian dirangkai menjadi rencana tindak lanjut pada hari terakhir.</p>",
        ),
        (
            "image",
            {
                "figure": "jadwal-bimtek",
                "caption": "Setiap hari ditutup dengan refleksi singkat dan pembagian tugas untuk hari berikutnya.",
            },
        ),
        (
            "callout",
            {
                "kind": "note",
                "title": "Bawalah data perpustakaan Anda",
                "text": "<p>Siapkan data kunjungan dan peminjaman satu tahun terakhir, daftar perpustakaan "
                "desa/kelurahan binaan, profil singkat satu desa atau kelurahan, serta laptop. Peserta "
                "yang datang berdua dari instansi yang sama akan lebih mudah menjalankan rencana tindak "
                "lanjut.</p>",
            },
        ),
    ],
    "modules": [
        # ------------------------------------------------------------------ Modul 1
        {
            "title": "Kebijakan TPBIS dan Peran Perpustakaan Daerah",
            "slug": "kebijakan-tpbis",
            "group": "dasar",
            "jp_theory": 3,
            "jp_practice": 1,
            "intro": (
                "Modul dasar ini menjelaskan gagasan transformasi perpustakaan berbasis inklusi "
                "sosial, tiga strategi utamanya, dan peran berjenjang perpustakaan provinsi, "
                "kabupaten/kota, serta desa/kelurahan dalam menjalankannya."
            ),
            "lessons": [
                {
                    "title": "Konsep Transformasi Perpustakaan Berbasis Inklusi Sosial",
                    "slug": "konsep-tpbis",
                    "required": True,
                    "minutes": 90,
                    "summary": "Pergeseran peran perpustakaan, arti inklusi sosial, dan tiga strategi utama TPBIS.",
                    "body": [
                        (
                            "heading",
                            "Dari tempat menyimpan buku ke pusat kegiatan masyarakat",
                        ),
                        (
                            "text",
                            "<p>Undang-Undang Nomor 43 Tahun 2007 tentang Perpustakaan menempatkan "
                            "perpustakaan sebagai wahana pendidikan, penelitian, pelestarian, informasi, "
                            "dan rekreasi untuk meningkatkan kecerdasan dan <strong>keberdayaan</strong> "
                            "bangsa. Kata keberdayaan ini penting: perpustakaan tidak berhenti pada "
                            "menyediakan bacaan, tetapi membantu warga memakai pengetahuan untuk "
                            "memperbaiki hidupnya.</p>"
                            "<p>Transformasi Perpustakaan Berbasis Inklusi Sosial (TPBIS) menerjemahkan "
                            "gagasan itu menjadi program. Pengalamannya berawal dari program kemitraan "
                            "perpustakaan pada awal 2010-an, kemudian dikembangkan Perpustakaan Nasional "
                            "ke lebih banyak provinsi, kabupaten/kota, dan desa, serta menjadi bagian dari "
                            "program prioritas nasional dalam RPJMN 2020–2024.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Transformasi Perpustakaan Berbasis Inklusi Sosial (TPBIS)",
                                "definition": "Pendekatan pelayanan perpustakaan yang berkomitmen meningkatkan kualitas hidup dan kesejahteraan masyarakat pengguna perpustakaan melalui layanan informasi, kegiatan pelibatan masyarakat, dan advokasi.",
                            },
                        ),
                        (
                            "glossary",
                            {
                                "term": "Inklusi sosial",
                                "definition": "Upaya memastikan semua kelompok masyarakat, termasuk perempuan, penyandang disabilitas, lansia, warga miskin, dan warga di daerah terpencil, dapat berpartisipasi dan memperoleh manfaat yang setara.",
                            },
                        ),
                        ("heading", "Tiga strategi utama"),
                        (
                            "image",
                            {
                                "figure": "strategi-tpbis",
                                "caption": "Ketiga strategi saling menguatkan; layanan yang baik memberi bahan advokasi, dan advokasi mendatangkan dukungan bagi layanan.",
                            },
                        ),
                        (
                            "text",
                            "<ul>"
                            "<li><strong>Peningkatan layanan informasi</strong>: koleksi yang relevan, "
                            "otomasi, akses internet, dan layanan digital agar warga mudah memperoleh "
                            "informasi.</li>"
                            "<li><strong>Pelibatan masyarakat</strong>: kegiatan yang dirancang bersama "
                            "warga sesuai kebutuhannya, misalnya pelatihan keterampilan, kelas literasi "
                            "digital, dan klub baca.</li>"
                            "<li><strong>Advokasi</strong>: meyakinkan pengambil keputusan dan mitra agar "
                            "mendukung perpustakaan melalui kebijakan, anggaran, dan kerja sama.</li>"
                            "</ul>"
                            "<p>Ukuran keberhasilannya pun bergeser. Jumlah buku dan pengunjung tetap "
                            "dicatat, tetapi yang lebih penting adalah perubahan yang dialami warga: "
                            "keterampilan baru, usaha yang tumbuh, anak yang kembali bersemangat belajar.</p>"
                            "<p>Perubahan ini tidak berarti meninggalkan buku. Koleksi tetap menjadi sumber"
                            " utama, tetapi ditempatkan di tengah kegiatan: buku budidaya ikan dibaca "
                            "bersama saat pelatihan, buku resep dipakai dalam kelas olahan pangan, dan buku"
                            " cerita dibacakan dalam kegiatan dongeng. Pustakawan berperan sebagai "
                            "penghubung antara informasi, warga, dan mitra.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Inklusi bukan hanya soal akses fisik",
                                "text": "<p>Bidang landai untuk kursi roda penting, tetapi inklusi juga menyangkut jam "
                                "layanan yang cocok bagi ibu bekerja, bahasa yang dipahami warga, kegiatan "
                                "yang tidak memungut biaya, dan suasana yang membuat warga tidak sungkan "
                                "datang meski tidak gemar membaca.</p>",
                            },
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Refleksi: siapa yang belum terlayani?",
                                "instructions": "<p>Tuliskan tiga layanan yang saat ini paling banyak "
                                "dipakai di perpustakaan Anda dan kelompok warga yang paling sering "
                                "memakainya. Lalu sebutkan dua kelompok warga di wilayah Anda yang jarang "
                                "atau tidak pernah datang, dugaan penyebabnya, dan satu gagasan awal untuk "
                                "menjangkau mereka. Diskusikan dalam kelompok meja.</p>",
                                "deliverable": "Satu halaman refleksi berisi layanan utama, kelompok yang belum terlayani, dan gagasan awal.",
                                "minutes": 30,
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "tpbis-panduan",
                                "note": "Baca bagian konsep dan strategi untuk memahami istilah yang dipakai sepanjang bimtek.",
                            },
                        ),
                    ],
                },
                {
                    "title": "Peran Perpustakaan Daerah dalam Ekosistem TPBIS",
                    "slug": "peran-perpustakaan-daerah",
                    "required": True,
                    "minutes": 90,
                    "summary": "Pembagian peran provinsi, kabupaten/kota, dan desa/kelurahan serta tugas pembinaan.",
                    "body": [
                        (
                            "text",
                            "<p>Undang-Undang Nomor 43 Tahun 2007 mewajibkan pemerintah provinsi dan "
                            "kabupaten/kota menyelenggarakan perpustakaan umum daerah, dan membuka jalan "
                            "bagi perpustakaan umum di tingkat kecamatan dan desa. Dalam TPBIS, perpustakaan "
                            "provinsi, kabupaten/kota, dan desa/kelurahan membentuk satu ekosistem: warga paling dekat dengan perpustakaan desa, "
                            "sedangkan perpustakaan provinsi dan kabupaten/kota menjadi penggerak, "
                            "pembina, dan penghubung dengan pengambil keputusan.</p>",
                        ),
                        ("heading", "Peran berjenjang"),
                        (
                            "text",
                            "<ul>"
                            "<li><strong>Perpustakaan provinsi</strong>: mengoordinasikan program di "
                            "tingkat provinsi, melatih fasilitator, mendorong replikasi ke kabupaten/kota "
                            "lain, dan menghimpun data kegiatan.</li>"
                            "<li><strong>Perpustakaan kabupaten/kota</strong>: membina dan mendampingi "
                            "perpustakaan desa/kelurahan, menghubungkan mereka dengan perangkat daerah "
                            "lain, serta melakukan advokasi kepada pemerintah daerah dan desa.</li>"
                            "<li><strong>Perpustakaan desa/kelurahan</strong>: menjalankan layanan dan "
                            "kegiatan bersama warga, mencatat data, dan menggali cerita perubahan.</li>"
                            "</ul>"
                            "<p>Pembagian ini bukan hierarki yang kaku. Perpustakaan kabupaten/kota juga "
                            "melayani warga secara langsung dan sering menjadi contoh bagi perpustakaan "
                            "desa. Yang penting, setiap tingkat mengetahui siapa melakukan apa, sehingga "
                            "pendampingan tidak tumpang tindih dan tidak ada desa yang terlewat.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Fasilitator",
                                "definition": "Pendamping yang membantu pengelola perpustakaan merencanakan, melaksanakan, dan mengevaluasi kegiatan; biasanya pustakawan atau pegawai dinas yang telah mengikuti pelatihan TPBIS.",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "note",
                                "title": "Jangan bekerja sendiri di tingkat daerah",
                                "text": "<p>Perpustakaan desa berada dalam kewenangan pemerintah desa. "
                                "Koordinasi dengan dinas yang membidangi pemberdayaan masyarakat dan desa, "
                                "camat, serta Bappeda membuka peluang agar kegiatan perpustakaan masuk ke "
                                "perencanaan dan anggaran desa maupun daerah.</p>",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Tugas pembinaan perpustakaan desa/kelurahan",
                                "items": [
                                    "Memperbarui data perpustakaan desa/kelurahan binaan setiap semester",
                                    "Menjadwalkan kunjungan pendampingan yang teratur",
                                    "Membantu analisis kebutuhan dan perencanaan kegiatan",
                                    "Melatih pengelola dalam pencatatan data dan pelaporan",
                                    "Menghubungkan perpustakaan desa dengan mitra dan narasumber",
                                    "Menyampaikan capaian perpustakaan desa kepada pimpinan daerah",
                                ],
                            },
                        ),
                        ("heading", "Tantangan yang sering muncul"),
                        (
                            "text",
                            "<p>Pengelola perpustakaan desa sering berganti setelah pergantian perangkat "
                            "desa, anggaran tidak menentu, dan jarak antardesa membuat pendampingan "
                            "mahal. Strategi yang terbukti membantu antara lain: melatih lebih dari satu "
                            "pengelola di setiap desa, mendokumentasikan prosedur sederhana, mendampingi "
                            "secara berkelompok per kecamatan, dan memanfaatkan grup pesan untuk "
                            "konsultasi di antara kunjungan.</p>"
                            "<p>Catat pula dukungan yang sudah ada, sekecil apa pun, misalnya ruang yang "
                            "disediakan desa atau kader PKK yang rutin membantu. Dukungan itu menjadi titik"
                            " awal untuk memperkuat perpustakaan desa.</p>",
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Memetakan perpustakaan binaan",
                                "instructions": "<p>Buat tabel perpustakaan desa/kelurahan yang Anda bina "
                                "(atau sepuluh perpustakaan pertama bila jumlahnya banyak). Untuk setiap "
                                "perpustakaan, catat status keaktifan, jumlah pengelola, kegiatan selama "
                                "enam bulan terakhir, dan bentuk dukungan desa. Pilih dua perpustakaan yang "
                                "akan menjadi fokus pendampingan pada rencana tindak lanjut dan jelaskan "
                                "alasannya.</p>",
                                "deliverable": "Tabel pemetaan perpustakaan binaan dan dua perpustakaan fokus beserta alasan pemilihan.",
                                "minutes": 45,
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "uu-43-2007",
                                "note": "Perhatikan ketentuan tentang perpustakaan umum dan kewajiban pemerintah daerah dalam penyelenggaraan perpustakaan.",
                            },
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ Modul 2
        {
            "title": "Strategi Pengembangan Perpustakaan",
            "slug": "strategi-pengembangan-perpustakaan",
            "group": "inti",
            "jp_theory": 2,
            "jp_practice": 4,
            "intro": (
                "Program perpustakaan yang berdampak dimulai dari kebutuhan warga, bukan dari "
                "daftar kegiatan yang biasa dilakukan. Modul ini melatih analisis kebutuhan "
                "masyarakat dan penyusunan rancangan program yang dapat dipantau hasilnya."
            ),
            "lessons": [
                {
                    "title": "Analisis Kebutuhan Masyarakat",
                    "slug": "analisis-kebutuhan-masyarakat",
                    "required": True,
                    "minutes": 135,
                    "summary": "Mengumpulkan data dan suara warga, lalu mengubah masalah menjadi kebutuhan layanan.",
                    "body": [
                        (
                            "text",
                            "<p>Banyak perpustakaan merencanakan kegiatan berdasarkan apa yang mudah "
                            "dilaksanakan atau apa yang dilakukan tahun lalu. Akibatnya kegiatan sepi "
                            "peminat atau hanya diikuti orang yang sama. Analisis kebutuhan membalik "
                            "urutannya: kenali dulu masalah dan potensi warga, baru tentukan layanan "
                            "yang dapat membantu.</p>",
                        ),
                        ("heading", "Sumber informasi"),
                        (
                            "text",
                            "<ul>"
                            "<li><strong>Data sekunder</strong>: profil desa, publikasi statistik "
                            "kecamatan, data kelompok usaha, data sekolah, dan catatan kunjungan "
                            "perpustakaan.</li>"
                            "<li><strong>Survei singkat</strong>: lima sampai sepuluh pertanyaan yang "
                            "diajukan kepada warga di pasar, posyandu, atau pertemuan kelompok.</li>"
                            "<li><strong>Diskusi kelompok terarah</strong> bersama kelompok perempuan, "
                            "pemuda, petani, atau pelaku usaha.</li>"
                            "<li><strong>Wawancara</strong> dengan kepala desa, guru, bidan, penyuluh, "
                            "dan tokoh masyarakat.</li>"
                            "<li><strong>Pengamatan</strong> langsung terhadap kegiatan ekonomi dan "
                            "sosial warga.</li>"
                            "</ul>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Diskusi kelompok terarah (focus group discussion)",
                                "definition": "Diskusi 6-12 orang dengan latar serupa yang dipandu fasilitator untuk menggali pendapat, pengalaman, dan kebutuhan mengenai satu topik.",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Pertanyaan kunci dalam diskusi dengan warga",
                                "items": [
                                    "Apa kesulitan terbesar yang dihadapi dalam pekerjaan atau kehidupan sehari-hari?",
                                    "Informasi atau keterampilan apa yang paling dibutuhkan?",
                                    "Dari mana biasanya mendapatkan informasi itu sekarang?",
                                    "Kapan waktu yang paling memungkinkan untuk ikut kegiatan?",
                                    "Siapa di desa ini yang bisa menjadi narasumber atau mitra?",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Jangan hanya bertanya kepada pengunjung setia",
                                "text": "<p>Warga yang sudah rajin datang ke perpustakaan cenderung puas "
                                "dengan layanan yang ada. Suara kelompok yang belum terlayani harus dicari "
                                "di tempat mereka berkumpul, pada waktu yang sesuai dengan kegiatan "
                                "mereka.</p>",
                            },
                        ),
                        ("heading", "Dari masalah ke kebutuhan layanan"),
                        (
                            "text",
                            "<p>Gunakan pohon masalah sederhana: tuliskan masalah utama, penyebabnya, dan "
                            "akibatnya. Misalnya, perajin anyaman rotan menjual produknya hanya kepada "
                            "pengepul dengan harga rendah. Penyebabnya antara lain belum mengenal "
                            "pemasaran daring, tidak memiliki foto produk yang baik, dan belum terhubung "
                            "dengan pembeli di luar daerah. Dari penyebab itu muncul kebutuhan layanan yang "
                            "dapat dijawab perpustakaan bersama mitra: kelas foto produk dengan ponsel, "
                            "pendampingan membuat katalog daring, dan akses internet untuk berjualan.</p>",
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Analisis kebutuhan satu desa",
                                "instructions": "<p>Gunakan profil desa rekaan berikut atau profil desa binaan "
                                "Anda sendiri. Desa Tumbang Lestari berpenduduk sekitar 1.900 jiwa, sebagian "
                                "besar petani karet dan perajin anyaman rotan. Terdapat satu SD, satu SMP "
                                "satu atap, dan satu BUMDes yang mengelola kios desa. Sinyal internet kuat "
                                "hanya di sekitar kantor desa. Perpustakaan desa buka tiga hari sepekan dan "
                                "dikelola satu orang kader.</p>"
                                "<p>Dalam kelompok, susun daftar pertanyaan survei dan diskusi, buat pohon "
                                "masalah untuk dua masalah utama, lalu rumuskan tiga kebutuhan layanan dan "
                                "urutkan prioritasnya berdasarkan jumlah warga yang terdampak, urgensi, dan "
                                "kemampuan perpustakaan beserta mitranya.</p>",
                                "deliverable": "Daftar pertanyaan, dua pohon masalah, dan tiga kebutuhan layanan yang telah diprioritaskan.",
                                "minutes": 90,
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "tpbis-panduan",
                                "note": "Gunakan alat bantu analisis kebutuhan dalam panduan sebagai pelengkap latihan.",
                            },
                        ),
                    ],
                },
                {
                    "title": "Merancang Program Layanan",
                    "slug": "merancang-program-layanan",
                    "required": True,
                    "minutes": 135,
                    "summary": "Menyusun tujuan, kegiatan, mitra, anggaran, dan indikator program berdasarkan prioritas kebutuhan.",
                    "body": [
                        (
                            "image",
                            {
                                "figure": "siklus-perencanaan",
                                "caption": "Perencanaan adalah siklus: hasil evaluasi menjadi bahan perbaikan program berikutnya.",
                            },
                        ),
                        (
                            "text",
                            "<p>Setelah kebutuhan diprioritaskan, ubah setiap prioritas menjadi rancangan "
                            "program. Program yang baik menjelaskan siapa sasarannya, perubahan apa yang "
                            "diharapkan, kegiatan apa yang dilakukan, siapa yang terlibat, sumber daya apa "
                            "yang diperlukan, dan bagaimana keberhasilannya diukur.</p>"
                            "<p>Bila ada beberapa kebutuhan prioritas tetapi sumber daya terbatas, beri "
                            "skor 1 sampai 3 untuk setiap kebutuhan pada empat aspek: jumlah warga yang "
                            "terdampak, urgensi, kemampuan perpustakaan, dan dukungan mitra yang sudah "
                            "terlihat. Kebutuhan dengan skor tertinggi dikerjakan lebih dahulu; sisanya "
                            "dicatat untuk tahun berikutnya.</p>",
                        ),
                        ("heading", "Merumuskan tujuan"),
                        (
                            "text",
                            "<p>Rumuskan tujuan yang spesifik, terukur, dapat dicapai, relevan, dan "
                            "berbatas waktu. Bandingkan dua rumusan berikut:</p>"
                            "<ul>"
                            "<li>“Meningkatkan kesejahteraan perajin rotan.” Tujuan ini baik sebagai "
                            "cita-cita, tetapi tidak dapat diukur dalam satu program.</li>"
                            "<li>“Dalam tiga bulan, 15 perajin rotan Desa Tumbang Lestari memiliki foto "
                            "produk dan katalog daring, dan sedikitnya 5 di antaranya menerima pesanan "
                            "melalui katalog tersebut.” Tujuan ini jelas sasaran, ukuran, dan waktunya.</li>"
                            "</ul>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Logika program",
                                "definition": "Rangkaian sebab-akibat dari masukan, kegiatan, keluaran, hasil, hingga dampak yang menjelaskan bagaimana sebuah program diharapkan membawa perubahan.",
                            },
                        ),
                        ("heading", "Menghubungkan dengan perencanaan daerah dan desa"),
                        (
                            "text",
                            "<p>Program yang hanya bergantung pada anggaran perpustakaan mudah terhenti. "
                            "Kaitkan rancangan dengan rencana strategis dan rencana kerja dinas, usulkan "
                            "kegiatan perpustakaan desa melalui musyawarah perencanaan pembangunan desa, "
                            "dan jajaki dukungan dari perangkat daerah lain yang programnya sejalan, "
                            "misalnya dinas yang membidangi koperasi dan usaha kecil. Dukungan dunia usaha "
                            "melalui program tanggung jawab sosial juga dapat dijajaki.</p>"
                            "<p>Perkirakan anggaran secara sederhana: honor narasumber, konsumsi, bahan "
                            "praktik, paket data, dan transportasi. Catat juga kontribusi mitra yang bukan "
                            "uang, seperti ruang, narasumber, atau peralatan. Kontribusi ini menunjukkan "
                            "dukungan nyata dan dapat disebut dalam laporan maupun advokasi.</p>",
                        ),
                        (
                            "checklist",
                            {
                                "title": "Komponen rancangan program",
                                "items": [
                                    "Kebutuhan yang dijawab dan data pendukungnya",
                                    "Sasaran penerima manfaat dan perkiraan jumlahnya",
                                    "Tujuan yang terukur dan berbatas waktu",
                                    "Rangkaian kegiatan dan jadwalnya",
                                    "Mitra dan pembagian perannya",
                                    "Perkiraan anggaran dan sumbernya",
                                    "Indikator keluaran dan hasil",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Mulai dari program kecil yang berhasil",
                                "text": "<p>Satu program yang tuntas dengan hasil yang dapat diceritakan lebih "
                                "berharga daripada lima program yang berjalan setengah hati. Keberhasilan "
                                "pertama menjadi modal advokasi untuk program berikutnya.</p>",
                            },
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Menyusun rancangan program tiga bulan",
                                "instructions": "<p>Ambil kebutuhan prioritas pertama dari latihan analisis "
                                "kebutuhan. Susun rancangan program tiga bulan yang memuat seluruh komponen "
                                "pada daftar periksa. Gambarkan logika programnya dalam satu baris: masukan, "
                                "kegiatan, keluaran, hasil, dan dampak yang diharapkan. Presentasikan dalam "
                                "lima menit dan terima masukan dari kelompok lain.</p>",
                                "deliverable": "Rancangan program tiga bulan (maksimal dua halaman) beserta bagan logika program.",
                                "minutes": 90,
                            },
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ Modul 3
        {
            "title": "Otomasi dan Perpustakaan Digital",
            "slug": "otomasi-dan-perpustakaan-digital",
            "group": "inti",
            "jp_theory": 1,
            "jp_practice": 3,
            "intro": (
                "Teknologi bukan tujuan, melainkan alat untuk mempermudah layanan dan menyediakan "
                "data. Modul ini mempraktikkan otomasi perpustakaan dengan SLiMS dan merancang "
                "layanan perpustakaan digital yang sesuai kebutuhan warga."
            ),
            "lessons": [
                {
                    "title": "Otomasi Perpustakaan dengan SLiMS",
                    "slug": "otomasi-dengan-slims",
                    "required": True,
                    "minutes": 105,
                    "summary": "Manfaat otomasi, modul utama SLiMS, dan praktik katalogisasi serta sirkulasi.",
                    "body": [
                        (
                            "text",
                            "<p>Otomasi memindahkan pekerjaan rutin perpustakaan, seperti katalog, "
                            "keanggotaan, dan peminjaman, ke dalam aplikasi. Manfaatnya bukan hanya "
                            "kecepatan layanan. Data yang terekam otomatis, seperti judul yang paling "
                            "sering dipinjam atau kelompok umur anggota, menjadi bahan perencanaan dan "
                            "pelaporan yang sulit diperoleh dari buku catatan.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "SLiMS (Senayan Library Management System)",
                                "definition": "Perangkat lunak otomasi perpustakaan sumber terbuka berbasis web yang banyak digunakan perpustakaan di Indonesia, mencakup katalogisasi, keanggotaan, sirkulasi, inventarisasi, dan katalog daring (OPAC).",
                            },
                        ),
                        (
                            "text",
                            "<p>Selain SLiMS, Perpustakaan Nasional menyediakan INLISLite yang juga "
                            "dapat digunakan tanpa biaya lisensi. Pilih satu aplikasi untuk seluruh "
                            "perpustakaan binaan di kabupaten/kota Anda bila memungkinkan, agar pelatihan "
                            "dan pendampingan lebih mudah.</p>"
                            "<p>Perpustakaan yang baru memulai tidak perlu menunggu seluruh koleksi "
                            "dientri. Mulailah dari koleksi yang paling sering dipinjam dan koleksi baru, "
                            "lalu lanjutkan bertahap dengan target realistis, misalnya lima puluh judul per"
                            " pekan. Bila koneksi internet memadai, dinas dapat memasang aplikasi di server"
                            " sendiri sehingga perpustakaan desa cukup mengaksesnya melalui peramban; bila "
                            "tidak, pasang secara lokal dan kirimkan cadangan datanya ke dinas secara "
                            "berkala.</p>",
                        ),
                        (
                            "image",
                            {
                                "figure": "alur-otomasi",
                                "caption": "Otomasi dimulai dari data koleksi yang rapi; aplikasi tidak dapat memperbaiki data yang salah.",
                            },
                        ),
                        ("heading", "Modul yang dipakai sehari-hari"),
                        (
                            "text",
                            "<ul>"
                            "<li><strong>Bibliografi</strong>: mencatat data buku dan eksemplarnya. Fitur "
                            "salin katalog membantu mengambil data bibliografi dari katalog lain sehingga "
                            "tidak perlu mengetik ulang.</li>"
                            "<li><strong>Keanggotaan</strong>: mendaftarkan anggota dan mencetak kartu.</li>"
                            "<li><strong>Sirkulasi</strong>: mencatat peminjaman, pengembalian, dan "
                            "perpanjangan.</li>"
                            "<li><strong>Inventarisasi</strong>: mendukung pemeriksaan koleksi secara "
                            "berkala.</li>"
                            "<li><strong>Pelaporan</strong>: menghasilkan statistik koleksi, anggota, dan "
                            "peminjaman.</li>"
                            "</ul>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Amankan data perpustakaan",
                                "text": "<p>Ganti kata sandi bawaan akun administrator sejak hari pertama, "
                                "buat akun terpisah untuk setiap petugas, dan cadangkan basis data secara "
                                "berkala ke media lain. Banyak perpustakaan kehilangan data bertahun-tahun "
                                "karena aplikasi hanya terpasang di satu laptop yang kemudian rusak.</p>",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Kesiapan otomasi di perpustakaan desa",
                                "items": [
                                    "Komputer atau laptop dengan listrik yang cukup stabil",
                                    "Koleksi telah diinventarisasi dan diberi nomor induk",
                                    "Pengelola telah dilatih dan memiliki akun sendiri",
                                    "Jadwal pencadangan data disepakati",
                                    "Pendamping dari dinas yang dapat dihubungi saat ada kendala",
                                ],
                            },
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Praktik katalogisasi dan sirkulasi",
                                "instructions": "<p>Dengan SLiMS latihan yang disiapkan panitia, entri lima "
                                "judul buku yang dibagikan fasilitator (dua di antaranya dengan fitur salin "
                                "katalog), daftarkan dua anggota, lalu catat satu transaksi peminjaman dan "
                                "pengembalian. Cetak laporan sirkulasi hari itu dan tunjukkan data apa yang "
                                "dapat dipakai untuk laporan bulanan perpustakaan.</p>",
                                "deliverable": "Tangkapan layar lima cantuman bibliografi, dua data anggota, dan laporan sirkulasi.",
                                "minutes": 75,
                            },
                        ),
                    ],
                },
                {
                    "title": "Layanan Perpustakaan Digital",
                    "slug": "layanan-perpustakaan-digital",
                    "required": True,
                    "minutes": 75,
                    "summary": "Memanfaatkan layanan digital nasional dan mendigitalkan konten lokal secara bertanggung jawab.",
                    "body": [
                        (
                            "text",
                            "<p>Perpustakaan digital tidak selalu berarti membangun sistem sendiri. "
                            "Perpustakaan daerah dan desa dapat menjadi pintu masuk bagi warga untuk "
                            "memanfaatkan layanan digital yang sudah tersedia, misalnya aplikasi iPusnas "
                            "untuk meminjam buku elektronik dan portal Indonesia OneSearch untuk menelusuri "
                            "koleksi berbagai perpustakaan. Peran pustakawan adalah mengenalkan, "
                            "mendampingi, dan mengaitkan koleksi itu dengan kebutuhan warga.</p>"
                            "<p>Catat pemanfaatannya agar dapat dilaporkan: berapa warga yang dibantu "
                            "membuat akun, judul apa yang dipinjam, dan kegiatan mana yang memakai bacaan "
                            "digital. Tanpa catatan ini, layanan digital sering tidak terlihat dalam "
                            "laporan perpustakaan.</p>",
                        ),
                        ("heading", "Mendigitalkan konten lokal"),
                        (
                            "text",
                            "<p>Nilai khas perpustakaan daerah terletak pada konten lokal: terbitan "
                            "pemerintah daerah, cerita rakyat, dokumentasi budaya, hasil penelitian tentang "
                            "daerah, dan karya warga. Konten semacam ini jarang ditemukan di layanan "
                            "nasional dan sangat dicari pelajar, peneliti, serta perantau.</p>"
                            "<p>Sebelum mendigitalkan dan mempublikasikan, pastikan perpustakaan berhak "
                            "melakukannya. Terbitan pemerintah daerah relatif mudah, tetapi buku dari "
                            "penerbit atau karya perorangan memerlukan izin pemegang hak cipta.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Konten lokal",
                                "definition": "Informasi dan karya yang berasal dari atau membahas suatu daerah, seperti sejarah, budaya, bahasa daerah, potensi ekonomi, dan karya warga setempat.",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Hak cipta dan persetujuan",
                                "text": "<p>Memindai buku yang masih dilindungi hak cipta lalu membagikannya "
                                "secara terbuka melanggar hukum. Untuk rekaman cerita rakyat atau foto "
                                "kegiatan, mintalah persetujuan narasumber dan orang yang tampak di dalamnya, "
                                "terutama bila melibatkan anak.</p>",
                            },
                        ),
                        ("heading", "Mengenalkan layanan digital kepada warga"),
                        (
                            "text",
                            "<p>Banyak warga memiliki ponsel pintar tetapi belum pernah mengunduh buku "
                            "elektronik. Sediakan sesi pendampingan singkat: bantu memasang aplikasi, "
                            "membuat akun, meminjam satu judul, dan membacanya. Siapkan daftar bacaan "
                            "digital yang sesuai tema kegiatan, misalnya budidaya tanaman, resep olahan "
                            "pangan, atau bacaan anak, agar warga langsung menemukan manfaatnya.</p>"
                            "<p>Konten lokal yang sudah didigitalkan perlu diberi metadata dasar, yaitu "
                            "judul, pencipta, tahun, bahasa, dan keterangan hak, lalu disimpan dengan "
                            "cadangan. Kerjakan bertahap, mulai dari terbitan pemerintah daerah yang paling"
                            " sering dicari.</p>",
                        ),
                        (
                            "checklist",
                            {
                                "title": "Paket layanan digital sederhana",
                                "items": [
                                    "Daftar bacaan digital per tema kegiatan",
                                    "Panduan bergambar satu halaman cara meminjam buku elektronik",
                                    "Jadwal sesi pendampingan",
                                    "Koleksi konten lokal yang sudah jelas haknya",
                                    "Catatan jumlah warga yang berhasil memakai layanan",
                                ],
                            },
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Merancang paket layanan digital",
                                "instructions": "<p>Berdasarkan program yang Anda rancang di Modul 2, "
                                "pilih sepuluh bacaan digital yang relevan dari layanan yang tersedia, "
                                "susun panduan bergambar satu halaman untuk warga, dan usulkan tiga konten "
                                "lokal yang layak didigitalkan beserta status haknya.</p>",
                                "deliverable": "Daftar sepuluh bacaan digital, panduan satu halaman, dan usulan tiga konten lokal.",
                                "minutes": 45,
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "tpbis-panduan",
                                "note": "Lihat contoh pemanfaatan layanan digital dalam kegiatan pelibatan masyarakat.",
                            },
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ Modul 4
        {
            "title": "Internet Publik dan Media Sosial Perpustakaan",
            "slug": "internet-publik-dan-media-sosial",
            "group": "inti",
            "jp_theory": 1,
            "jp_practice": 3,
            "intro": (
                "Akses internet di perpustakaan dapat menjembatani kesenjangan digital bila "
                "dikelola dengan baik dan disertai pendampingan. Modul ini juga membahas media "
                "sosial sebagai kanal layanan, promosi, dan penyebaran cerita perubahan."
            ),
            "lessons": [
                {
                    "title": "Layanan Internet Publik dan Kelas TIK bagi Masyarakat",
                    "slug": "internet-publik-dan-kelas-tik",
                    "required": True,
                    "minutes": 90,
                    "summary": "Tata kelola layanan internet publik dan perancangan kelas TIK yang praktis.",
                    "body": [
                        (
                            "text",
                            "<p>Di banyak desa, perpustakaan adalah salah satu dari sedikit tempat dengan "
                            "komputer dan koneksi internet yang terbuka untuk umum. Layanan internet "
                            "publik membantu warga mengurus layanan pemerintah secara daring, mencari "
                            "informasi pekerjaan, belajar, dan memasarkan produk. Tanpa aturan dan "
                            "pendampingan, layanan yang sama bisa berubah menjadi tempat bermain gim "
                            "semata.</p>",
                        ),
                        ("heading", "Tata kelola layanan"),
                        (
                            "checklist",
                            {
                                "title": "Aturan dasar layanan internet publik",
                                "items": [
                                    "Jadwal layanan dan batas waktu pemakaian per orang",
                                    "Buku tamu atau pencatatan pemakaian untuk data layanan",
                                    "Prioritas bagi keperluan belajar, kerja, dan layanan publik",
                                    "Penyaringan konten yang tidak pantas",
                                    "Petugas atau relawan pendamping pada jam sibuk",
                                    "Aturan tertulis yang dipasang di dekat komputer",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Lindungi data pribadi pengguna",
                                "text": "<p>Ingatkan pengguna untuk keluar dari akun dan menghapus berkas "
                                "unduhan setelah selesai. Jangan menyimpan salinan KTP atau dokumen "
                                "pribadi warga di komputer perpustakaan, dan aturlah komputer agar riwayat "
                                "peramban terhapus ketika ditutup.</p>",
                            },
                        ),
                        ("heading", "Kelas TIK yang menjawab kebutuhan"),
                        (
                            "text",
                            "<p>Kelas TIK paling diminati bila langsung terkait urusan warga. Beberapa "
                            "topik yang terbukti bermanfaat:</p>"
                            "<ul>"
                            "<li>Membuat dan memakai surel serta menyimpan dokumen penting dengan aman.</li>"
                            "<li>Mengakses layanan publik daring, misalnya pendaftaran sekolah atau "
                            "layanan kesehatan.</li>"
                            "<li>Memotret produk dan memasarkannya melalui media sosial atau lokapasar.</li>"
                            "<li>Mengenali hoaks dan penipuan daring.</li>"
                            "</ul>"
                            "<p>Gunakan kelompok kecil, utamakan praktik dengan ponsel peserta sendiri, "
                            "dan libatkan warga yang sudah mahir sebagai pendamping sebaya.</p>"
                            "<p>Layanan internet juga perlu dirawat agar tetap berjalan. Perbarui sistem "
                            "operasi dan antivirus, siapkan anggaran paket data atau langganan internet, "
                            "dan catat kerusakan serta waktu perbaikannya. Catatan pemakaian harian, "
                            "misalnya jumlah pengguna dan keperluannya, kelak menjadi bukti kuat ketika "
                            "perpustakaan mengusulkan tambahan komputer atau bandwidth kepada pemerintah "
                            "desa maupun daerah.</p>"
                            "<p>Ukur juga hasil kelas TIK, bukan hanya jumlah pesertanya. Catat berapa "
                            "peserta yang berhasil membuat akun, mengirim surel pertama, atau mengunggah "
                            "produk, lalu hubungi mereka sebulan kemudian untuk mengetahui apakah "
                            "keterampilan itu masih dipakai.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Literasi digital",
                                "definition": "Kemampuan menggunakan teknologi digital untuk menemukan, menilai, memanfaatkan, dan membuat informasi secara aman, cermat, dan beretika.",
                            },
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Menyusun modul kelas TIK dua jam",
                                "instructions": "<p>Susun modul kelas TIK dua jam berjudul “Memasarkan "
                                "anyaman rotan lewat ponsel” untuk lima belas perajin Desa Tumbang Lestari. "
                                "Tuliskan tujuan kelas, urutan kegiatan per 15 menit, alat dan bahan, "
                                "pembagian tugas pemandu dan pendamping, serta cara mengetahui apakah "
                                "peserta berhasil, misalnya setiap peserta mengunggah tiga foto produk.</p>"
                                "<p>Uji cobakan 15 menit pertama kepada kelompok lain.</p>",
                                "deliverable": "Modul kelas dua jam dalam format tabel dan catatan hasil uji coba.",
                                "minutes": 60,
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "tpbis-panduan",
                                "note": "Panduan memuat contoh pengelolaan layanan internet publik dan kelas TIK di perpustakaan desa.",
                            },
                        ),
                    ],
                },
                {
                    "title": "Media Sosial sebagai Kanal Layanan dan Promosi",
                    "slug": "media-sosial-perpustakaan",
                    "required": True,
                    "minutes": 90,
                    "summary": "Perencanaan konten, etika, dan keamanan akun media sosial perpustakaan.",
                    "body": [
                        (
                            "text",
                            "<p>Media sosial membantu perpustakaan menjangkau warga yang belum pernah "
                            "datang. Kegunaannya antara lain mengumumkan jadwal layanan dan kegiatan, "
                            "membagikan informasi yang bermanfaat, menampilkan cerita perubahan warga, dan "
                            "membuka percakapan dengan masyarakat. Akun yang hanya berisi foto seremoni "
                            "pejabat jarang menarik perhatian warga.</p>",
                        ),
                        ("heading", "Kalender konten"),
                        (
                            "text",
                            "<p>Susun kalender konten bulanan agar akun aktif secara teratur tanpa "
                            "membebani petugas. Campurkan beberapa jenis unggahan:</p>"
                            "<ul>"
                            "<li><strong>Informasi layanan</strong>: jam buka, koleksi baru, jadwal kelas.</li>"
                            "<li><strong>Edukasi</strong>: tips singkat terkait tema kegiatan, misalnya "
                            "cara memotret produk.</li>"
                            "<li><strong>Cerita warga</strong>: perubahan yang dialami peserta kegiatan, "
                            "dengan persetujuan mereka.</li>"
                            "<li><strong>Di balik layar</strong>: persiapan kegiatan dan kerja relawan.</li>"
                            "</ul>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Keterlibatan (engagement)",
                                "definition": "Ukuran interaksi warganet dengan unggahan, seperti komentar, bagikan, simpan, dan pesan, yang lebih bermakna daripada jumlah pengikut semata.",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Etika dan keamanan akun",
                                "items": [
                                    "Akun dikelola atas nama lembaga, dengan lebih dari satu admin",
                                    "Verifikasi dua langkah diaktifkan",
                                    "Foto warga diunggah dengan persetujuan; wajah anak tidak ditonjolkan tanpa izin orang tua",
                                    "Tidak mengunggah data pribadi seperti alamat atau nomor telepon warga",
                                    "Komentar dan pesan dibalas dengan santun dalam satu hari kerja",
                                    "Informasi diperiksa kebenarannya sebelum dibagikan",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Unggahan yang ramah semua orang",
                                "text": "<p>Tambahkan teks alternatif pada gambar, gunakan huruf yang cukup "
                                "besar dan kontras, serta sertakan teks pada video. Langkah kecil ini "
                                "membuat informasi perpustakaan dapat diakses warga dengan hambatan "
                                "penglihatan atau pendengaran.</p>",
                            },
                        ),
                        ("heading", "Membaca hasil"),
                        (
                            "text",
                            "<p>Periksa statistik akun setiap bulan. Jenis unggahan apa yang paling "
                            "banyak dikomentari? Apakah ada warga yang datang atau mendaftar kegiatan "
                            "setelah melihat unggahan? Tanyakan pada formulir pendaftaran dari mana "
                            "peserta mengetahui kegiatan, sehingga pengaruh media sosial dapat diukur, "
                            "bukan hanya ditebak.</p>"
                            "<p>Siapkan pula pedoman singkat untuk menanggapi komentar negatif dan "
                            "informasi keliru. Jawab dengan fakta dan nada tenang, alihkan keluhan pribadi "
                            "ke pesan langsung, dan laporkan kepada pimpinan bila menyangkut kebijakan. "
                            "Bekerja sama dengan akun resmi pemerintah daerah, kecamatan, dan desa juga "
                            "membantu unggahan perpustakaan menjangkau lebih banyak warga.</p>",
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Menyusun kalender konten empat minggu",
                                "instructions": "<p>Susun kalender konten empat minggu berisi delapan "
                                "unggahan untuk mendukung kelas TIK yang Anda rancang pada pelajaran "
                                "sebelumnya. Untuk setiap unggahan, tentukan tanggal, jenis, pesan utama, "
                                "dan bentuknya (foto, video pendek, atau infografis). Tulis lengkap satu "
                                "keterangan unggahan beserta teks alternatif gambarnya.</p>",
                                "deliverable": "Kalender konten empat minggu dan satu contoh unggahan lengkap.",
                                "minutes": 50,
                            },
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ Modul 5
        {
            "title": "Pelibatan Masyarakat",
            "slug": "pelibatan-masyarakat",
            "group": "inti",
            "jp_theory": 2,
            "jp_practice": 4,
            "intro": (
                "Inti transformasi perpustakaan adalah kegiatan yang melibatkan warga dan "
                "memberi manfaat nyata. Modul ini membahas perancangan kegiatan literasi berbasis "
                "kebutuhan, pembangunan kemitraan, dan advokasi untuk keberlanjutan."
            ),
            "lessons": [
                {
                    "title": "Merancang Kegiatan Literasi Berbasis Kebutuhan",
                    "slug": "kegiatan-literasi-berbasis-kebutuhan",
                    "required": True,
                    "minutes": 90,
                    "summary": "Prinsip kegiatan pelibatan masyarakat dan penyusunan rencana kegiatan untuk satu desa.",
                    "body": [
                        (
                            "text",
                            "<p>Kegiatan pelibatan masyarakat di perpustakaan dapat berupa pelatihan "
                            "keterampilan, kelas literasi digital, bimbingan belajar, klub baca, "
                            "dongeng untuk anak, atau diskusi kesehatan keluarga. Bentuknya beragam, "
                            "tetapi ciri utamanya sama: dirancang dari kebutuhan warga, melibatkan warga "
                            "sejak perencanaan, dan mengaitkan kegiatan dengan sumber informasi "
                            "perpustakaan.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Literasi untuk kesejahteraan",
                                "definition": "Kemampuan mengakses, memahami, dan menggunakan informasi untuk meningkatkan kualitas hidup, tidak terbatas pada kemampuan membaca dan menulis.",
                            },
                        ),
                        ("heading", "Prinsip kegiatan yang berhasil"),
                        (
                            "text",
                            "<ol>"
                            "<li><strong>Berangkat dari kebutuhan</strong> yang ditemukan dalam analisis, "
                            "bukan dari tema yang sedang populer.</li>"
                            "<li><strong>Melibatkan warga</strong> dalam menentukan waktu, tempat, dan "
                            "bentuk kegiatan.</li>"
                            "<li><strong>Memakai narasumber lokal</strong> bila memungkinkan, misalnya "
                            "perajin berpengalaman, penyuluh, atau guru, sehingga hubungan berlanjut "
                            "setelah kegiatan.</li>"
                            "<li><strong>Mengaitkan dengan koleksi</strong>: sediakan bacaan cetak dan "
                            "digital yang mendukung tema.</li>"
                            "<li><strong>Merencanakan tindak lanjut</strong>: satu kali pelatihan jarang "
                            "cukup untuk mengubah praktik.</li>"
                            "</ol>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "note",
                                "title": "Berjenjang lebih baik daripada sekali besar",
                                "text": "<p>Rangkaian kegiatan kecil yang berurutan, misalnya kelas dasar, "
                                "praktik mandiri, lalu pertemuan berbagi hasil, umumnya memberi perubahan "
                                "lebih nyata daripada satu acara besar dengan ratusan peserta.</p>",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Kesiapan sebelum kegiatan",
                                "items": [
                                    "Sasaran peserta dan cara mengundangnya jelas",
                                    "Narasumber dan materi telah disepakati",
                                    "Tempat, peralatan, dan koneksi internet diuji sehari sebelumnya",
                                    "Bacaan pendukung disiapkan di meja kegiatan",
                                    "Formulir daftar hadir dan pencatatan kegiatan tersedia",
                                    "Rencana tindak lanjut peserta telah dirancang",
                                ],
                            },
                        ),
                        (
                            "text",
                            "<p>Perhatikan juga waktu dan tempat. Kegiatan untuk petani lebih cocok "
                            "sore hari setelah kebun, sedangkan kegiatan untuk ibu rumah tangga sering "
                            "lebih mudah diikuti bila disediakan sudut bermain anak. Kegiatan dapat "
                            "dilakukan di luar gedung perpustakaan, misalnya di balai desa atau "
                            "sekretariat kelompok usaha.</p>"
                            "<p>Sebagai contoh, rangkaian untuk perajin rotan dapat dimulai dengan diskusi "
                            "tentang harga dan pemasaran, dilanjutkan kelas memotret produk dengan ponsel, "
                            "lalu pendampingan membuat katalog daring bersama BUMDes. Sebulan kemudian, "
                            "peserta bertemu lagi untuk berbagi hasil dan kendala. Di setiap pertemuan, "
                            "tersedia buku dan bacaan digital tentang desain anyaman, kewirausahaan, dan "
                            "pemasaran.</p>",
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Susun rencana kegiatan pelibatan masyarakat untuk satu desa",
                                "instructions": "<p>Untuk Desa Tumbang Lestari atau desa binaan Anda, susun "
                                "rencana tiga kegiatan berjenjang selama tiga bulan yang menjawab kebutuhan "
                                "prioritas dari Modul 2. Untuk setiap kegiatan, tuliskan tujuan, sasaran dan "
                                "jumlah peserta, waktu dan tempat, narasumber, bacaan pendukung, kebutuhan "
                                "biaya, serta tindak lanjut yang diharapkan dari peserta.</p>",
                                "deliverable": "Matriks rencana tiga kegiatan berjenjang untuk satu desa.",
                                "minutes": 50,
                            },
                        ),
                    ],
                },
                {
                    "title": "Kemitraan dengan Pemangku Kepentingan",
                    "slug": "kemitraan-pemangku-kepentingan",
                    "required": True,
                    "minutes": 90,
                    "summary": "Memetakan pemangku kepentingan dan membangun kemitraan yang saling menguntungkan.",
                    "body": [
                        (
                            "text",
                            "<p>Tidak ada perpustakaan yang mampu memenuhi seluruh kebutuhan warga "
                            "sendirian. Pengetahuan teknis ada pada penyuluh pertanian, tenaga kesehatan, "
                            "dan pelaku usaha; dana ada pada pemerintah desa, perangkat daerah, dan dunia "
                            "usaha; jaringan warga ada pada PKK, karang taruna, kelompok tani, dan "
                            "komunitas taman bacaan. Perpustakaan berperan sebagai simpul yang "
                            "mempertemukan mereka.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Pemangku kepentingan",
                                "definition": "Orang, kelompok, atau lembaga yang berpengaruh terhadap perpustakaan atau dipengaruhi oleh kegiatan perpustakaan.",
                            },
                        ),
                        (
                            "image",
                            {
                                "figure": "alur-kemitraan",
                                "caption": "Kemitraan yang bertahan lahir dari kepentingan bersama, bukan sekadar permintaan bantuan.",
                            },
                        ),
                        ("heading", "Memetakan pemangku kepentingan"),
                        (
                            "text",
                            "<p>Gunakan matriks dua sumbu: seberapa besar <em>pengaruh</em> pihak itu "
                            "terhadap keberhasilan program, dan seberapa besar <em>kepentingannya</em> "
                            "terhadap hasil program. Pihak dengan pengaruh dan kepentingan tinggi, "
                            "misalnya kepala desa dan BUMDes, dilibatkan erat sejak awal. Pihak dengan "
                            "kepentingan tinggi tetapi pengaruh rendah, misalnya kelompok perajin, "
                            "diberdayakan dan dilibatkan aktif. Pihak berpengaruh tetapi belum "
                            "berkepentingan perlu didekati dengan data dan cerita yang relevan bagi "
                            "mereka.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Tanyakan apa yang dibutuhkan mitra",
                                "text": "<p>Penyuluh pertanian perlu tempat dan peserta untuk penyuluhan; "
                                "puskesmas perlu menjangkau ibu hamil dan balita; BUMDes perlu produk yang "
                                "laku dijual. Tawarkan perpustakaan sebagai jawaban atas kebutuhan mereka, "
                                "bukan hanya meminta bantuan.</p>",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Isi kesepakatan kemitraan",
                                "items": [
                                    "Tujuan bersama yang ingin dicapai",
                                    "Peran dan kontribusi masing-masing pihak",
                                    "Jangka waktu dan jadwal kegiatan",
                                    "Narahubung di setiap pihak",
                                    "Cara berbagi data, dokumentasi, dan pengakuan di publikasi",
                                    "Waktu evaluasi bersama",
                                ],
                            },
                        ),
                        (
                            "text",
                            "<p>Kesepakatan tidak selalu harus berupa perjanjian kerja sama resmi. Untuk "
                            "kegiatan kecil, notulen rapat atau surat yang ditandatangani kedua pihak "
                            "sudah cukup. Yang penting, setiap pihak tahu apa yang diharapkan darinya dan "
                            "hasilnya dilaporkan kembali kepada mitra.</p>"
                            "<p>Jagalah kemitraan setelah kegiatan selesai. Sampaikan laporan singkat dan "
                            "foto kegiatan, sebutkan nama mitra dalam publikasi, dan undang mereka ke "
                            "pertemuan evaluasi. Mitra yang merasa dihargai dan melihat hasil kerjanya "
                            "cenderung bersedia terlibat lagi, bahkan menawarkan dukungan tanpa "
                            "diminta.</p>"
                            "<p>Bila kemitraan tidak berjalan, bicarakan secara terbuka. Sering kali "
                            "penyebabnya sederhana, misalnya jadwal yang bertabrakan atau narahubung yang "
                            "berganti, dan dapat diperbaiki tanpa mengakhiri kerja sama.</p>",
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Peta pemangku kepentingan dan rencana pendekatan",
                                "instructions": "<p>Petakan sedikitnya delapan pemangku kepentingan untuk "
                                "rencana kegiatan desa yang Anda susun, menggunakan matriks pengaruh dan "
                                "kepentingan. Pilih dua mitra utama, lalu tuliskan untuk masing-masing: apa "
                                "kepentingan mereka, apa yang Anda tawarkan, apa yang Anda minta, dan siapa "
                                "yang akan menemui mereka serta kapan.</p>",
                                "deliverable": "Matriks pemangku kepentingan dan rencana pendekatan dua mitra utama.",
                                "minutes": 50,
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "uu-43-2007",
                                "note": "Undang-undang ini juga mengatur kerja sama perpustakaan dan pelibatan masyarakat; gunakan sebagai dasar ketika mengajak mitra.",
                            },
                        ),
                    ],
                },
                {
                    "title": "Advokasi untuk Keberlanjutan",
                    "slug": "advokasi-keberlanjutan",
                    "required": True,
                    "minutes": 90,
                    "summary": "Menyusun pesan advokasi berbasis data dan cerita serta berlatih menyampaikannya.",
                    "body": [
                        (
                            "text",
                            "<p>Kegiatan yang berhasil bisa berhenti begitu anggaran proyek selesai "
                            "atau pengelola berganti. Advokasi adalah upaya terencana agar pengambil "
                            "keputusan memberi dukungan yang berkelanjutan: kebijakan, anggaran, tenaga "
                            "pengelola, dan ruang bagi perpustakaan dalam perencanaan pembangunan.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Advokasi",
                                "definition": "Rangkaian kegiatan terencana untuk memengaruhi pengambil keputusan agar menetapkan kebijakan atau memberikan dukungan yang menguntungkan kelompok sasaran.",
                            },
                        ),
                        ("heading", "Siapa sasaran advokasi"),
                        (
                            "text",
                            "<p>Di tingkat daerah: kepala daerah, Bappeda, DPRD, dan perangkat daerah "
                            "yang programnya sejalan. Di tingkat desa: kepala desa, Badan "
                            "Permusyawaratan Desa, dan pendamping desa. Setiap sasaran memiliki "
                            "kepentingan berbeda, sehingga pesan perlu disesuaikan. Kepala desa mungkin "
                            "paling tertarik pada usaha warga yang tumbuh, sedangkan Bappeda pada "
                            "sumbangan program terhadap indikator pembangunan daerah.</p>",
                        ),
                        ("heading", "Pesan tiga bagian"),
                        (
                            "text",
                            "<ol>"
                            "<li><strong>Data</strong>: angka singkat yang menunjukkan kegiatan dan "
                            "hasilnya, misalnya jumlah peserta dan berapa yang kini menerima pesanan "
                            "daring.</li>"
                            "<li><strong>Cerita</strong>: satu kisah warga yang membuat angka itu "
                            "bermakna.</li>"
                            "<li><strong>Permintaan konkret</strong>: apa yang diminta, berapa, dan kapan, "
                            "misalnya alokasi anggaran desa untuk honor pengelola dan paket data internet "
                            "perpustakaan tahun depan.</li>"
                            "</ol>"
                            "<p>Perhatikan waktunya. Kenali kalender perencanaan dan penganggaran desa "
                            "maupun daerah, lalu sampaikan usulan sebelum pembahasan dimulai, bukan setelah"
                            " anggaran ditetapkan. Advokasi juga jarang berhasil dalam satu pertemuan; "
                            "rencanakan serangkaian kontak, misalnya audiensi, undangan melihat kegiatan "
                            "langsung, dan laporan hasil.</p>"
                            "<p>Salah satu bentuk yang efektif adalah pertemuan pemangku kepentingan: "
                            "perpustakaan mengundang pemerintah desa atau daerah, mitra, dan warga penerima"
                            " manfaat dalam satu forum. Warga menyampaikan sendiri perubahan yang "
                            "dialaminya, mitra menjelaskan perannya, dan perpustakaan menutup dengan usulan"
                            " dukungan yang konkret.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Jangan datang hanya membawa keluhan",
                                "text": "<p>Daftar kekurangan perpustakaan jarang menggerakkan pengambil "
                                "keputusan. Tunjukkan bagaimana perpustakaan membantu mencapai prioritas "
                                "pembangunan yang sudah menjadi perhatian mereka, seperti pengurangan "
                                "kemiskinan dan peningkatan kualitas sumber daya manusia.</p>",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Bahan advokasi yang perlu disiapkan",
                                "items": [
                                    "Lembar fakta satu halaman dengan data terbaru",
                                    "Satu atau dua cerita perubahan dengan foto yang sudah disetujui",
                                    "Permintaan yang jelas dan realistis",
                                    "Daftar mitra yang sudah mendukung",
                                    "Rencana tindak lanjut setelah pertemuan",
                                ],
                            },
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Lembar advokasi dan simulasi audiensi",
                                "instructions": "<p>Susun lembar advokasi satu halaman untuk kepala desa "
                                "tempat program Anda berjalan, berisi data, cerita, dan permintaan konkret. "
                                "Kemudian lakukan simulasi audiensi lima menit: satu peserta berperan "
                                "sebagai kepala desa yang sibuk dan skeptis, dua peserta menyampaikan pesan, "
                                "dan satu peserta mengamati dengan daftar periksa di atas.</p>",
                                "deliverable": "Lembar advokasi satu halaman dan catatan umpan balik pengamat.",
                                "minutes": 50,
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "tpbis-panduan",
                                "note": "Bagian advokasi dalam panduan memuat contoh pertemuan pemangku kepentingan yang dapat diadaptasi.",
                            },
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ Modul 6
        {
            "title": "Monitoring, Evaluasi, dan Pelaporan Dampak",
            "slug": "monev-dan-pelaporan-dampak",
            "group": "inti",
            "jp_theory": 2,
            "jp_practice": 3,
            "intro": (
                "Tanpa data dan cerita, keberhasilan perpustakaan sulit dibuktikan dan sulit "
                "diperjuangkan. Modul ini melatih pencatatan data kegiatan, penyusunan indikator, "
                "dan penulisan cerita perubahan untuk pelaporan dampak."
            ),
            "lessons": [
                {
                    "title": "Data Kegiatan dan Indikator",
                    "slug": "data-kegiatan-dan-indikator",
                    "required": True,
                    "minutes": 105,
                    "summary": "Membedakan keluaran, hasil, dan dampak serta merancang pencatatan data kegiatan yang konsisten.",
                    "body": [
                        (
                            "text",
                            "<p>Monitoring adalah pemantauan rutin selama program berjalan; evaluasi "
                            "adalah penilaian apakah program mencapai tujuannya. Keduanya melayani tiga "
                            "keperluan: belajar dan memperbaiki program, mempertanggungjawabkan "
                            "penggunaan sumber daya, dan menyediakan bahan advokasi.</p>",
                        ),
                        (
                            "image",
                            {
                                "figure": "kerangka-indikator",
                                "caption": "Makin tinggi tingkatnya, makin bermakna informasinya dan makin sulit mengumpulkannya.",
                            },
                        ),
                        (
                            "glossary",
                            {
                                "term": "Hasil (outcome)",
                                "definition": "Perubahan pengetahuan, sikap, keterampilan, atau perilaku peserta yang terjadi karena kegiatan, misalnya peserta mulai memasarkan produk secara daring.",
                            },
                        ),
                        ("heading", "Data yang dicatat setiap kegiatan"),
                        (
                            "checklist",
                            {
                                "title": "Isi formulir pencatatan kegiatan",
                                "items": [
                                    "Tanggal, tempat, dan jenis kegiatan",
                                    "Tema dan kebutuhan yang dijawab",
                                    "Jumlah peserta menurut jenis kelamin dan kelompok umur",
                                    "Jumlah peserta penyandang disabilitas",
                                    "Narasumber dan mitra yang terlibat",
                                    "Koleksi atau layanan digital yang dipakai",
                                    "Rencana tindak lanjut peserta",
                                    "Dokumentasi yang disetujui peserta",
                                ],
                            },
                        ),
                        (
                            "text",
                            "<p>Gunakan definisi yang sama di semua perpustakaan binaan. Bila satu desa "
                            "menghitung peserta per kehadiran dan desa lain per orang, angka gabungan di "
                            "tingkat kabupaten menjadi tidak bermakna. Formulir sederhana di kertas atau "
                            "lembar kerja bersama sudah memadai, asalkan diisi segera setelah kegiatan. "
                            "Data sirkulasi dan kunjungan dari aplikasi otomasi melengkapi data "
                            "kegiatan.</p>"
                            "<p>Data ini juga berguna bagi pengukuran tingkat daerah, misalnya Indeks "
                            "Pembangunan Literasi Masyarakat yang dihimpun Perpustakaan Nasional bersama "
                            "pemerintah daerah.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Kumpulkan data seperlunya",
                                "text": "<p>Jangan meminta nomor induk kependudukan atau data pribadi lain "
                                "bila tidak diperlukan untuk tujuan kegiatan. Simpan daftar hadir berisi "
                                "nama dan nomor telepon di tempat yang aman dan jangan mengunggahnya ke "
                                "grup percakapan.</p>",
                            },
                        ),
                        ("heading", "Mengukur hasil"),
                        (
                            "text",
                            "<p>Hasil tidak terlihat di hari kegiatan. Jadwalkan tindak lanjut satu sampai "
                            "tiga bulan kemudian: telepon singkat, kunjungan, atau survei tiga pertanyaan "
                            "untuk mengetahui apakah peserta menerapkan apa yang dipelajari. Catat pula "
                            "hal yang tidak berjalan, karena itu bahan perbaikan program.</p>"
                            "<p>Setiap bulan, lakukan analisis sederhana: bandingkan angka dengan bulan "
                            "sebelumnya dan pilah menurut kelompok. Apakah perempuan, lansia, atau "
                            "penyandang disabilitas ikut terjangkau? Kegiatan apa yang pesertanya terus "
                            "bertambah dan mana yang menurun? Pertanyaan seperti ini mengubah data dari "
                            "sekadar laporan menjadi dasar keputusan.</p>",
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Merancang formulir dan rekap bulanan",
                                "instructions": "<p>Rancang formulir pencatatan kegiatan satu halaman dan "
                                "tabel rekap bulanan untuk perpustakaan binaan Anda. Isi rekap dengan data "
                                "tiga kegiatan yang dibagikan fasilitator, hitung total peserta menurut "
                                "jenis kelamin dan kelompok umur, lalu tentukan dua indikator hasil untuk "
                                "program yang Anda rancang beserta cara dan waktu pengumpulannya.</p>",
                                "deliverable": "Formulir pencatatan kegiatan, rekap bulanan terisi, dan dua indikator hasil.",
                                "minutes": 60,
                            },
                        ),
                    ],
                },
                {
                    "title": "Menggali dan Menulis Cerita Perubahan",
                    "slug": "cerita-perubahan",
                    "required": True,
                    "minutes": 120,
                    "summary": "Teknik wawancara, etika, dan struktur penulisan cerita perubahan warga.",
                    "body": [
                        (
                            "text",
                            "<p>Angka menunjukkan seberapa banyak, tetapi cerita menunjukkan "
                            "<em>apa artinya</em>. Cerita perubahan adalah kisah nyata seorang warga "
                            "atau kelompok tentang perubahan dalam hidupnya setelah memanfaatkan "
                            "perpustakaan. Pendekatan ini terinspirasi teknik perubahan paling signifikan "
                            "(<em>most significant change</em>): mengumpulkan banyak cerita, lalu memilih "
                            "bersama cerita yang paling bermakna.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Cerita perubahan",
                                "definition": "Narasi singkat berbasis fakta tentang perubahan yang dialami penerima manfaat, disertai bukti dan penjelasan peran perpustakaan serta mitra.",
                            },
                        ),
                        (
                            "image",
                            {
                                "figure": "langkah-cerita-perubahan",
                                "caption": "Persetujuan narasumber diminta sebelum wawancara dan dikonfirmasi lagi sebelum cerita dipublikasikan.",
                            },
                        ),
                        ("heading", "Wawancara"),
                        (
                            "checklist",
                            {
                                "title": "Pertanyaan pemandu",
                                "items": [
                                    "Bagaimana keadaan Anda sebelum mengikuti kegiatan di perpustakaan?",
                                    "Kegiatan atau layanan apa yang Anda ikuti atau gunakan?",
                                    "Apa yang berubah setelahnya? Bisa diberi contoh?",
                                    "Mengapa perubahan itu penting bagi Anda dan keluarga?",
                                    "Apa rencana Anda selanjutnya?",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Etika cerita perubahan",
                                "text": "<p>Jelaskan tujuan penggunaan cerita, minta persetujuan secara "
                                "tertulis atau terekam, dan tawarkan pilihan menyamarkan nama. Untuk anak, "
                                "persetujuan diberikan oleh orang tua. Jangan melebih-lebihkan perubahan "
                                "atau menghapus peran pihak lain; cerita yang jujur lebih dipercaya.</p>",
                            },
                        ),
                        ("heading", "Struktur cerita"),
                        (
                            "text",
                            "<p>Cerita yang baik cukup 300 sampai 500 kata dan memuat: judul yang "
                            "menggambarkan perubahan; siapa tokohnya dan bagaimana keadaannya semula; "
                            "titik balik ketika ia mengikuti kegiatan; perubahan yang terjadi beserta "
                            "buktinya; peran perpustakaan dan mitra; serta kutipan langsung dari tokoh.</p>"
                            "<p>Setelah beberapa cerita terkumpul, tim perpustakaan bersama mitra "
                            "membacanya dalam pertemuan berkala dan memilih satu cerita yang dianggap "
                            "paling bermakna. Catat alasan pemilihannya, karena diskusi itu menunjukkan "
                            "perubahan apa yang paling dihargai dan membantu mempertajam program "
                            "berikutnya.</p>",
                        ),
                        (
                            "text",
                            "<p><strong>Contoh ringkas (rekaan):</strong> Selama belasan tahun, Ibu "
                            "Rusmini menjual tikar rotan anyamannya kepada pengepul yang datang sebulan "
                            "sekali. Setelah mengikuti kelas memotret produk dan membuat katalog daring di "
                            "perpustakaan desa, ia mulai menawarkan tikar melalui media sosial dengan "
                            "bantuan anaknya. Dalam tiga bulan ia menerima pesanan dari luar kabupaten dan "
                            "mengajak dua tetangganya bergabung. “Dulu saya tidak tahu harga tikar di kota. "
                            "Sekarang saya bisa menentukan harga sendiri,” katanya.</p>",
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Wawancara berpasangan dan menulis cerita",
                                "instructions": "<p>Bekerja berpasangan. Satu peserta berperan sebagai warga "
                                "penerima manfaat berdasarkan pengalaman nyata di daerahnya, peserta lain "
                                "mewawancarai selama 15 menit menggunakan pertanyaan pemandu. Tukar peran, "
                                "lalu masing-masing menulis cerita perubahan 300 kata. Tukarkan cerita dengan "
                                "pasangan lain untuk diperiksa strukturnya dan diberi masukan.</p>",
                                "deliverable": "Cerita perubahan 300 kata beserta catatan masukan dari pasangan pemeriksa.",
                                "minutes": 75,
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "tpbis-panduan",
                                "note": "Lihat bagian pelaporan dampak untuk contoh format pelaporan data dan cerita perubahan.",
                            },
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ Modul 7
        {
            "title": "Penyusunan Rencana Tindak Lanjut",
            "slug": "rencana-tindak-lanjut",
            "group": "penunjang",
            "jp_theory": 1,
            "jp_practice": 2,
            "intro": (
                "Modul penutup ini merangkai hasil kerja selama bimtek menjadi rencana tindak "
                "lanjut tiga bulan yang realistis, disepakati dengan pimpinan, dan dapat dipantau "
                "oleh penyelenggara."
            ),
            "lessons": [
                {
                    "title": "Menyusun Rencana Tindak Lanjut Tiga Bulan",
                    "slug": "menyusun-rtl-tiga-bulan",
                    "required": True,
                    "minutes": 105,
                    "summary": "Format, prinsip, dan praktik penyusunan RTL yang dapat dijalankan sepulang bimtek.",
                    "body": [
                        (
                            "text",
                            "<p>Pengetahuan dari bimtek mudah terlupakan ketika peserta kembali ke "
                            "rutinitas kantor. Rencana tindak lanjut (RTL) menjembatani keduanya: "
                            "rencana kerja singkat yang menjabarkan apa yang akan dilakukan, kapan, oleh "
                            "siapa, dan bagaimana mengetahui keberhasilannya.</p>"
                            "<p>Beberapa kesalahan umum perlu dihindari: terlalu banyak kegiatan untuk "
                            "waktu tiga bulan, bergantung pada anggaran yang belum tersedia, dan indikator "
                            "yang kabur seperti “meningkatkan minat baca masyarakat”. Lebih baik tiga "
                            "kegiatan yang tuntas daripada sepuluh kegiatan yang hanya tertulis.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Rencana tindak lanjut (RTL)",
                                "definition": "Rencana kegiatan yang disusun peserta pelatihan untuk menerapkan hasil pelatihan di tempat kerjanya dalam jangka waktu tertentu.",
                            },
                        ),
                        (
                            "image",
                            {
                                "figure": "format-rtl",
                                "caption": "Tiga contoh baris RTL; setiap baris harus dapat dijawab dengan “sudah” atau “belum” pada akhir bulan ketiga.",
                            },
                        ),
                        ("heading", "Prinsip RTL yang baik"),
                        (
                            "checklist",
                            {
                                "title": "Periksa RTL Anda",
                                "items": [
                                    "Berangkat dari analisis kebutuhan dan rancangan program selama bimtek",
                                    "Kegiatannya dapat dilakukan dengan sumber daya yang sudah ada",
                                    "Setiap kegiatan memiliki penanggung jawab yang bersedia",
                                    "Indikatornya dapat diamati atau dihitung",
                                    "Jadwal pelaporan kepada pimpinan dan penyelenggara jelas",
                                    "Disetujui atau diketahui atasan langsung",
                                ],
                            },
                        ),
                        ("heading", "Contoh alur tiga bulan"),
                        (
                            "text",
                            "<ul>"
                            "<li><strong>Bulan pertama</strong>: melaporkan hasil bimtek kepada pimpinan, "
                            "menyepakati desa fokus, dan melakukan analisis kebutuhan bersama pengelola "
                            "perpustakaan desa.</li>"
                            "<li><strong>Bulan kedua</strong>: menemui mitra utama dan melaksanakan "
                            "kegiatan pertama, lengkap dengan pencatatan data.</li>"
                            "<li><strong>Bulan ketiga</strong>: melakukan tindak lanjut kepada peserta, "
                            "menulis satu cerita perubahan, dan menyusun laporan singkat beserta usulan "
                            "program berikutnya.</li>"
                            "</ul>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Kerjakan berdua",
                                "text": "<p>Bagilah peran dengan rekan satu instansi yang juga mengikuti "
                                "bimtek, dan sepakati jadwal konsultasi dengan fasilitator provinsi. RTL yang "
                                "dikerjakan sendirian paling sering terhenti di bulan kedua.</p>",
                            },
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Buat rencana tindak lanjut tiga bulan",
                                "instructions": "<p>Gabungkan hasil kerja Anda selama bimtek, yaitu pemetaan "
                                "perpustakaan binaan, analisis kebutuhan, rancangan program, rencana "
                                "kegiatan, peta mitra, dan formulir data, menjadi RTL tiga bulan dengan "
                                "format pada tabel di atas. Tulis lima sampai delapan baris kegiatan, lalu "
                                "presentasikan selama lima menit. Fasilitator dan peserta lain memberi "
                                "masukan menggunakan daftar periksa.</p>",
                                "deliverable": "RTL tiga bulan dalam format tabel yang telah diperbaiki berdasarkan masukan, siap ditandatangani atasan.",
                                "minutes": 75,
                            },
                        ),
                        (
                            "text",
                            "<p>Penyelenggara akan menghubungi peserta pada akhir bulan pertama dan "
                            "ketiga untuk menanyakan kemajuan RTL. Laporan akhir cukup berupa tabel RTL "
                            "yang kolom capaiannya telah diisi, rekap data kegiatan, dan satu cerita "
                            "perubahan.</p>"
                            "<p>Simpan RTL yang telah disetujui bersama dokumen bimtek lainnya, dan jadikan"
                            " bahan pembahasan dalam rapat bidang agar kegiatan di dalamnya masuk ke "
                            "rencana kerja unit.</p>",
                        ),
                    ],
                },
                {
                    "title": "Berbagi Praktik Baik Antarperpustakaan",
                    "slug": "berbagi-praktik-baik",
                    "required": False,
                    "minutes": 30,
                    "summary": "Pengayaan: menyajikan dan meniru praktik baik dari perpustakaan lain.",
                    "body": [
                        ("heading", "Belajar dari sesama perpustakaan"),
                        (
                            "text",
                            "<p>Salah satu cara tercepat mengembangkan perpustakaan adalah belajar dari "
                            "perpustakaan lain yang menghadapi kondisi serupa. Pertemuan berbagi praktik "
                            "baik antarperpustakaan, baik di tingkat kabupaten maupun provinsi, membantu "
                            "pengelola melihat bahwa perubahan mungkin dilakukan dengan sumber daya "
                            "terbatas.</p>"
                            "<p>Praktik baik yang dibagikan sebaiknya bukan hanya kisah sukses. Kendala "
                            "yang dihadapi dan cara mengatasinya justru paling berguna bagi "
                            "pendengar.</p>"
                            "<p>Misalnya, sebuah perpustakaan desa rekaan yang semula sepi mulai ramai "
                            "setelah bekerja sama dengan posyandu: ibu-ibu yang menunggu giliran "
                            "penimbangan diajak membaca buku gizi dan menonton video pendek tentang makanan"
                            " pendamping ASI, lalu anak-anaknya mengikuti dongeng. Kendalanya adalah "
                            "koleksi buku gizi yang sedikit, yang diatasi dengan meminjam koleksi dari "
                            "perpustakaan kabupaten secara bergilir. Kisah sederhana seperti ini mudah "
                            "ditiru desa lain karena tidak membutuhkan biaya besar.</p>"
                            "<p>Agar praktik baik tidak hilang ketika pengelolanya berganti, dokumentasikan"
                            " secara tertulis: latar kebutuhan, langkah kegiatan, daftar mitra dan "
                            "kontaknya, contoh formulir, foto, serta data hasilnya. Dokumentasi semacam ini"
                            " memudahkan perpustakaan lain meniru, dan memudahkan dinas menyusun bahan "
                            "pembinaan serta laporan kepada pimpinan.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Replikasi mandiri",
                                "definition": "Penerapan program oleh perpustakaan atau pemerintah daerah lain dengan sumber daya sendiri, berdasarkan pengalaman perpustakaan yang telah lebih dahulu menjalankannya.",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Cara menyajikan praktik baik",
                                "items": [
                                    "Kebutuhan warga yang dijawab",
                                    "Apa yang dilakukan, langkah demi langkah",
                                    "Siapa mitranya dan bagaimana mereka dilibatkan",
                                    "Hasil yang dapat ditunjukkan, berupa data dan cerita",
                                    "Kendala dan cara mengatasinya",
                                    "Saran bagi perpustakaan yang ingin menirunya",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "note",
                                "title": "Meniru dengan menyesuaikan",
                                "text": "<p>Praktik yang berhasil di satu desa belum tentu cocok di desa "
                                "lain. Ambil prinsipnya, lalu sesuaikan dengan kebutuhan, mitra, dan "
                                "kebiasaan warga setempat.</p>",
                            },
                        ),
                        (
                            "text",
                            "<p>Format yang efektif untuk pertemuan semacam ini antara lain pameran "
                            "poster berpindah, ketika peserta berkeliling dari satu meja ke meja lain, "
                            "dan kunjungan langsung ke perpustakaan desa yang sudah berjalan baik. Catat "
                            "satu gagasan yang akan Anda coba dari setiap sesi.</p>",
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Menyiapkan poster praktik baik",
                                "instructions": "<p>Pilih satu kegiatan perpustakaan di daerah Anda yang "
                                "menurut Anda berhasil. Susun poster satu halaman atau tiga salindia "
                                "mengikuti daftar periksa di atas, untuk disajikan pada sesi pameran poster "
                                "di akhir bimtek.</p>",
                                "deliverable": "Poster satu halaman atau tiga salindia praktik baik.",
                                "minutes": 20,
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "tpbis-panduan",
                                "note": "Panduan memuat contoh kisah perpustakaan yang dapat dijadikan acuan saat menyusun poster praktik baik.",
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}
