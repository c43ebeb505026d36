"""Course ARS-KONV: Pengelolaan Arsip Dinamis Konvensional (tatap muka, 36 JP)."""

FIGURES = {
    "daur-hidup-arsip": {
        "kind": "flow",
        "title": "Daur Hidup Arsip Dinamis",
        "steps": [
            "Penciptaan (dibuat/diterima)",
            "Penggunaan sebagai arsip aktif",
            "Pemindahan ke unit kearsipan",
            "Penilaian berdasarkan JRA",
            "Pemusnahan atau penyerahan",
        ],
    },
    "alur-naskah-masuk": {
        "kind": "flow",
        "title": "Alur Pengendalian Naskah Dinas Masuk",
        "steps": [
            "Penerimaan dan pemeriksaan",
            "Pencatatan (agenda/kartu kendali)",
            "Penyampaian kepada pimpinan",
            "Disposisi",
            "Tindak lanjut unit pengolah",
            "Pemberkasan",
        ],
    },
    "skema-kode-klasifikasi": {
        "kind": "table",
        "title": "Contoh Skema Kode Klasifikasi (latihan)",
        "columns": ["Kode", "Uraian", "Jenjang"],
        "rows": [
            ["ARS", "Kearsipan", "Primer (fungsi)"],
            ["ARS.01", "Pembinaan Kearsipan", "Sekunder (kegiatan)"],
            ["ARS.01.02", "Bimbingan Teknis Kearsipan", "Tersier (transaksi)"],
            ["ARS.03", "Penyusutan Arsip", "Sekunder (kegiatan)"],
            ["ARS.03.02", "Pemusnahan Arsip", "Tersier (transaksi)"],
            ["PUS", "Perpustakaan", "Primer (fungsi)"],
            ["PUS.02", "Layanan Perpustakaan", "Sekunder (kegiatan)"],
            ["PUS.02.03", "Layanan Perpustakaan Keliling", "Tersier (transaksi)"],
        ],
    },
    "alur-pemberkasan": {
        "kind": "flow",
        "title": "Alur Pemberkasan Arsip Aktif",
        "steps": [
            "Pemeriksaan naskah",
            "Penentuan kode klasifikasi",
            "Penentuan indeks dan judul berkas",
            "Penyortiran",
            "Penempatan dalam folder",
            "Pencatatan daftar arsip aktif",
        ],
    },
    "alur-penataan-inaktif": {
        "kind": "flow",
        "title": "Alur Penataan Arsip Inaktif",
        "steps": [
            "Penerimaan dan pencocokan daftar",
            "Pemeriksaan fisik",
            "Pendeskripsian dan pengelompokan",
            "Penomoran dan pelabelan",
            "Penyimpanan dalam boks dan rak",
            "Pembuatan daftar arsip inaktif",
        ],
    },
    "alur-penyusutan": {
        "kind": "flow",
        "title": "Alur Penyusutan Arsip",
        "steps": [
            "Arsip aktif di unit pengolah",
            "Habis retensi aktif: pemindahan",
            "Arsip inaktif di unit kearsipan",
            "Habis retensi inaktif: cek keterangan JRA",
            "Musnah: pemusnahan / Permanen: penyerahan",
        ],
    },
    "alur-pemusnahan": {
        "kind": "flow",
        "title": "Tahapan Pemusnahan Arsip",
        "steps": [
            "Pembentukan panitia penilai",
            "Seleksi dan daftar arsip usul musnah",
            "Penilaian oleh panitia",
            "Permintaan persetujuan",
            "Penetapan arsip yang dimusnahkan",
            "Pelaksanaan dan berita acara",
        ],
    },
    "tingkat-klasifikasi-keamanan": {
        "kind": "table",
        "title": "Tingkat Klasifikasi Keamanan Arsip Dinamis",
        "columns": ["Tingkat", "Dampak bila terbuka tanpa hak", "Contoh ilustratif"],
        "rows": [
            [
                "Sangat Rahasia",
                "Dapat membahayakan keselamatan negara",
                "Jarang ditemui di DPK",
            ],
            [
                "Rahasia",
                "Mengganggu penyelenggaraan negara atau ketertiban umum",
                "Berkas perkara hukum",
            ],
            [
                "Terbatas",
                "Mengganggu tugas dan fungsi instansi",
                "Berkas penilaian kinerja pegawai",
            ],
            [
                "Biasa/Terbuka",
                "Tidak berdampak merugikan",
                "Jadwal layanan perpustakaan keliling",
            ],
        ],
    },
}

COURSE = {
    "code": "ARS-KONV",
    "title": "Pengelolaan Arsip Dinamis Konvensional",
    "summary": (
        "Pelatihan tatap muka tentang pengelolaan arsip dinamis kertas di perangkat daerah, "
        "dari naskah dinas, klasifikasi, dan pemberkasan sampai penataan arsip inaktif, "
        "Jadwal Retensi Arsip, penyusutan, dan alih media."
    ),
    "jp": 36,
    "competency_area": "kearsipan",
    "level": "dasar",
    "delivery_mode": "tatap_muka",
    "audience": (
        "Arsiparis pemula, pengelola arsip, dan staf tata usaha di perangkat daerah serta "
        "Dinas Perpustakaan dan Kearsipan yang menangani arsip kertas sehari-hari."
    ),
    "objectives": [
        "Menjelaskan dasar hukum kearsipan dan peran unit pengolah, unit kearsipan, dan lembaga kearsipan daerah.",
        "Menentukan kode klasifikasi dan memberkaskan naskah dinas menjadi daftar arsip aktif yang benar.",
        "Menata arsip inaktif dan menyusun daftar arsip inaktif sesuai asas asal usul dan aturan asli.",
        "Menerapkan Jadwal Retensi Arsip untuk menentukan waktu pemindahan, pemusnahan, atau penyerahan arsip.",
        "Menyiapkan dokumen penyusutan dan alih media arsip sesuai prosedur yang berlaku.",
    ],
    "intro": [
        (
            "text",
            "<p>Hampir setiap perangkat daerah mengenal masalah yang sama: ruang kerja penuh "
            "tumpukan map, surat penting sulit ditemukan saat diperiksa auditor, dan gudang "
            "berisi kardus arsip yang tidak jelas isinya. Pelatihan ini membekali Anda dengan "
            "cara kerja yang tertib untuk mengelola <strong>arsip dinamis konvensional</strong>, "
            "yaitu arsip kertas yang masih dipakai dalam kegiatan kantor, sejak naskah "
            "diciptakan sampai nasib akhirnya ditentukan.</p>"
            "<p>Pelatihan berlangsung tatap muka selama 36 JP dan separuh lebih waktunya "
            "adalah praktik: menentukan kode klasifikasi, menyusun daftar arsip, menghitung "
            "retensi, dan mengisi formulir penyusutan.</p>",
        ),
        (
            "callout",
            {
                "kind": "note",
                "title": "Bawa bahan dari kantor Anda",
                "text": (
                    "<p>Jika memungkinkan, bawa salinan peraturan kepala daerah tentang "
                    "Jadwal Retensi Arsip dan klasifikasi arsip di daerah Anda, serta 10-20 "
                    "salinan naskah dinas yang tidak bersifat rahasia. Bahan ini akan dipakai "
                    "dalam latihan lanjutan.</p>"
                ),
            },
        ),
        (
            "checklist",
            {
                "title": "Setelah pelatihan Anda diharapkan mampu",
                "items": [
                    "Memberkaskan naskah dinas di unit kerja sendiri secara mandiri.",
                    "Menyusun daftar berkas, daftar isi berkas, dan daftar arsip inaktif.",
                    "Membaca JRA dan menyiapkan usul pemindahan atau pemusnahan arsip.",
                    "Menjelaskan prosedur alih media dan pengamanan arsip kepada rekan kerja.",
                ],
            },
        ),
    ],
    "modules": [
        # ------------------------------------------------------------------ dasar
        {
            "title": "Kebijakan dan Dasar Hukum Kearsipan",
            "slug": "kebijakan-dan-dasar-hukum-kearsipan",
            "group": "dasar",
            "jp_theory": 2,
            "jp_practice": 0,
            "intro": (
                "Modul pembuka ini memetakan peraturan yang menjadi dasar seluruh pekerjaan "
                "kearsipan di pemerintah daerah, istilah-istilah kunci, serta siapa "
                "bertanggung jawab atas apa dalam daur hidup arsip."
            ),
            "lessons": [
                {
                    "title": "Kerangka Hukum Penyelenggaraan Kearsipan",
                    "slug": "kerangka-hukum-penyelenggaraan-kearsipan",
                    "required": True,
                    "minutes": 45,
                    "summary": "Lapisan peraturan kearsipan dari undang-undang sampai peraturan kepala daerah, dan empat instrumen pokok arsip dinamis.",
                    "body": [
                        (
                            "text",
                            "<p>Arsip bukan sekadar kertas lama. Arsip adalah rekaman kegiatan "
                            "yang menjadi bukti bahwa pemerintah daerah telah mengambil keputusan, "
                            "membelanjakan anggaran, dan melayani masyarakat. Karena fungsinya "
                            "sebagai bukti, cara menciptakan, menyimpan, dan memusnahkannya diatur "
                            "dengan peraturan perundang-undangan, bukan diserahkan pada kebiasaan "
                            "masing-masing kantor.</p>",
                        ),
                        ("heading", "Lapisan regulasi yang perlu Anda kenali"),
                        (
                            "text",
                            "<ol>"
                            "<li><strong>Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan</strong> "
                            "sebagai payung, yang menggantikan Undang-Undang Nomor 7 Tahun 1971.</li>"
                            "<li><strong>Peraturan Pemerintah Nomor 28 Tahun 2012</strong> yang "
                            "menjabarkan pelaksanaan undang-undang tersebut, termasuk tata cara "
                            "penyusutan dan alih media.</li>"
                            "<li><strong>Peraturan ANRI</strong> (dahulu Peraturan Kepala ANRI) "
                            "yang berisi pedoman teknis, misalnya pedoman pemusnahan arsip dan "
                            "pengelolaan arsip elektronik.</li>"
                            "<li><strong>Peraturan Menteri Dalam Negeri</strong> khusus untuk "
                            "pemerintah daerah, antara lain tentang tata naskah dinas dan kode "
                            "klasifikasi arsip.</li>"
                            "<li><strong>Peraturan kepala daerah</strong> (gubernur, bupati, atau "
                            "wali kota) yang menetapkan instrumen kearsipan di daerah Anda.</li>"
                            "</ol>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Arsip Dinamis",
                                "definition": "Arsip yang digunakan secara langsung dalam kegiatan pencipta arsip dan disimpan selama jangka waktu tertentu. Jenisnya meliputi arsip vital, arsip aktif, dan arsip inaktif.",
                            },
                        ),
                        (
                            "glossary",
                            {
                                "term": "Pencipta Arsip",
                                "definition": "Pihak yang mempunyai kemandirian dan otoritas dalam pelaksanaan fungsi, tugas, dan tanggung jawab di bidang pengelolaan arsip dinamis. Di pemerintah daerah, setiap perangkat daerah adalah pencipta arsip.",
                            },
                        ),
                        ("heading", "Empat instrumen pokok arsip dinamis"),
                        (
                            "text",
                            "<p>Pengelolaan arsip dinamis tidak dapat berjalan tanpa empat "
                            "instrumen yang ditetapkan secara resmi:</p>"
                            "<ul>"
                            "<li><strong>Tata naskah dinas</strong>: aturan tentang jenis, format, "
                            "penyusunan, dan pengendalian naskah dinas.</li>"
                            "<li><strong>Klasifikasi arsip</strong>: pola pengelompokan arsip "
                            "berdasarkan fungsi dan kegiatan, yang tampak dalam kode klasifikasi.</li>"
                            "<li><strong>Jadwal Retensi Arsip (JRA)</strong>: daftar jangka simpan "
                            "dan nasib akhir setiap jenis arsip.</li>"
                            "<li><strong>Sistem klasifikasi keamanan dan akses arsip dinamis</strong>: "
                            "aturan tentang tingkat kerahasiaan arsip dan siapa yang berhak "
                            "mengaksesnya.</li>"
                            "</ul>"
                            "<p>Keempatnya saling terkait. Kode klasifikasi yang sama dipakai "
                            "pada nomor naskah dinas, label berkas, baris JRA, dan penentuan "
                            "tingkat akses. Jika satu instrumen belum ada, pekerjaan di hilir "
                            "seperti penyusutan akan tersendat.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Ada sanksinya",
                                "text": (
                                    "<p>Undang-undang kearsipan memuat sanksi administratif dan "
                                    "ketentuan pidana, antara lain untuk pemusnahan arsip di luar "
                                    "prosedur yang benar. Membuang atau membakar arsip karena "
                                    "gudang penuh bukan sekadar kesalahan teknis.</p>"
                                ),
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "uu-43-2009",
                                "note": "Baca bagian konsep kunci dan kewajiban pemerintah daerah sebelum sesi berikutnya.",
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "pp-28-2012",
                                "note": "Rujukan untuk prosedur rinci pengelolaan arsip dinamis dan penyusutan.",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Periksa kondisi di instansi Anda",
                                "items": [
                                    "Peraturan kepala daerah tentang tata naskah dinas sudah disesuaikan dengan pedoman terbaru.",
                                    "Kode klasifikasi arsip sudah ditetapkan dan dipakai dalam penomoran surat.",
                                    "JRA daerah sudah disetujui Kepala ANRI dan ditetapkan kepala daerah.",
                                    "Sistem klasifikasi keamanan dan akses arsip dinamis sudah ditetapkan.",
                                ],
                            },
                        ),
                    ],
                },
                {
                    "title": "Unit Pengolah, Unit Kearsipan, dan Lembaga Kearsipan Daerah",
                    "slug": "unit-pengolah-unit-kearsipan-dan-lembaga-kearsipan-daerah",
                    "required": True,
                    "minutes": 45,
                    "summary": "Pembagian peran pengelolaan arsip di pemerintah daerah sepanjang daur hidup arsip.",
                    "body": [
                        (
                            "text",
                            "<p>Banyak kekacauan arsip berawal dari pertanyaan sederhana yang "
                            "tidak terjawab: siapa yang seharusnya menyimpan arsip ini? Undang-"
                            "undang kearsipan menjawabnya dengan membagi peran berdasarkan tahap "
                            "daur hidup arsip.</p>",
                        ),
                        ("heading", "Siapa melakukan apa"),
                        (
                            "text",
                            "<ul>"
                            "<li><strong>Unit pengolah</strong> adalah satuan kerja yang "
                            "melaksanakan kegiatan, misalnya bidang layanan perpustakaan atau "
                            "subbagian keuangan. Unit ini menciptakan naskah, memberkaskannya, "
                            "dan menyimpan arsip aktif.</li>"
                            "<li><strong>Unit kearsipan</strong> ada di setiap perangkat daerah, "
                            "biasanya melekat pada sekretariat atau subbagian umum. Unit ini "
                            "menerima pemindahan arsip inaktif, menatanya, melayani peminjaman, "
                            "dan menyiapkan penyusutan.</li>"
                            "<li><strong>Lembaga kearsipan daerah</strong> adalah perangkat daerah "
                            "yang menyelenggarakan urusan kearsipan, di banyak daerah berbentuk "
                            "Dinas Perpustakaan dan Kearsipan. Lembaga ini membina kearsipan "
                            "perangkat daerah, mengelola arsip inaktif yang retensinya "
                            "sekurang-kurangnya sepuluh tahun, dan mengelola arsip statis.</li>"
                            "</ul>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Unit Pengolah",
                                "definition": "Satuan kerja pada pencipta arsip yang mempunyai tugas dan tanggung jawab mengolah semua arsip yang berkaitan dengan kegiatan penciptaan arsip di lingkungannya.",
                            },
                        ),
                        (
                            "glossary",
                            {
                                "term": "Unit Kearsipan",
                                "definition": "Satuan kerja pada pencipta arsip yang mempunyai tugas dan tanggung jawab dalam penyelenggaraan kearsipan, termasuk pengelolaan arsip inaktif dan pembinaan unit pengolah.",
                            },
                        ),
                        ("heading", "Daur hidup arsip dinamis"),
                        (
                            "image",
                            {
                                "figure": "daur-hidup-arsip",
                                "caption": "Arsip berpindah tangan mengikuti tahap daur hidupnya; setiap perpindahan dicatat dalam daftar dan berita acara.",
                            },
                        ),
                        (
                            "text",
                            "<p>Selama frekuensi penggunaannya tinggi, arsip berstatus "
                            "<em>aktif</em> dan berada dekat dengan pemakainya di unit pengolah. "
                            "Setelah kegiatan selesai dan penggunaannya menurun, arsip menjadi "
                            "<em>inaktif</em> dan dipindahkan ke unit kearsipan, sehingga ruang "
                            "kerja kembali lega tanpa kehilangan bukti. Ketika retensinya habis, "
                            "JRA menentukan apakah arsip dimusnahkan atau diserahkan ke lembaga "
                            "kearsipan sebagai arsip statis yang disimpan permanen.</p>"
                            "<p>Daur hidup ini hanya berjalan jika setiap pihak mengerjakan "
                            "bagiannya. Unit pengolah yang tidak memberkaskan arsipnya akan "
                            "mengirim tumpukan tak terdaftar ke unit kearsipan, dan unit "
                            "kearsipan tidak dapat menilai arsip yang tidak jelas isinya.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Arsiparis dan pengelola arsip",
                                "text": (
                                    "<p>Pekerjaan kearsipan dilakukan oleh arsiparis sebagai "
                                    "jabatan fungsional, dibantu pengelola arsip di unit "
                                    "pengolah. Di unit kerja tanpa arsiparis, tunjuk satu "
                                    "petugas yang bertanggung jawab atas pemberkasan agar "
                                    "pekerjaan tidak tersebar tanpa pemilik.</p>"
                                ),
                            },
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Petakan pelaku kearsipan di instansi Anda",
                                "instructions": (
                                    "<p>Gambarkan struktur organisasi perangkat daerah Anda secara "
                                    "sederhana. Tandai unit-unit pengolah, tentukan satuan kerja "
                                    "yang berfungsi sebagai unit kearsipan, dan tuliskan lembaga "
                                    "kearsipan daerah tempat arsip inaktif berjangka panjang dan "
                                    "arsip statis akan diserahkan. Catat juga nama petugas yang "
                                    "saat ini menangani arsip di setiap unit.</p>"
                                ),
                                "deliverable": "Satu halaman peta pelaku kearsipan beserta catatan kekosongan peran yang ditemukan.",
                                "minutes": 20,
                            },
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ inti
        {
            "title": "Naskah Dinas",
            "slug": "naskah-dinas",
            "group": "inti",
            "jp_theory": 2,
            "jp_practice": 2,
            "intro": (
                "Setiap arsip dinamis berawal dari naskah dinas. Modul ini membahas jenis dan "
                "susunan naskah dinas di pemerintah daerah serta cara mengendalikan naskah "
                "masuk dan keluar agar tidak ada yang tercecer."
            ),
            "lessons": [
                {
                    "title": "Jenis dan Susunan Naskah Dinas",
                    "slug": "jenis-dan-susunan-naskah-dinas",
                    "required": True,
                    "minutes": 60,
                    "summary": "Kelompok jenis naskah dinas, bagian-bagian naskah, dan kewenangan penandatanganan.",
                    "body": [
                        (
                            "text",
                            "<p>Naskah dinas adalah arsip sejak saat ia dibuat dan diterima. "
                            "Karena itu kualitas arsip ditentukan sejak konsep pertama ditulis: "
                            "nomor yang memuat kode klasifikasi, hal yang jelas, dan penandatangan "
                            "yang berwenang akan memudahkan pemberkasan dan penyusutan bertahun-"
                            "tahun kemudian. Di pemerintah daerah, acuannya adalah Peraturan "
                            "Menteri Dalam Negeri Nomor 1 Tahun 2023 tentang Tata Naskah Dinas di "
                            "Lingkungan Pemerintah Daerah, yang dijabarkan dengan peraturan "
                            "kepala daerah.</p>",
                        ),
                        ("heading", "Kelompok jenis naskah dinas"),
                        (
                            "text",
                            "<p>Pedoman tersebut mengelompokkan naskah dinas menjadi naskah "
                            "dinas <strong>arahan</strong>, <strong>korespondensi</strong>, "
                            "<strong>khusus</strong>, dan <strong>lainnya</strong>. Dalam "
                            "pekerjaan sehari-hari Anda akan sering menjumpai:</p>"
                            "<ul>"
                            "<li>naskah yang memberi arahan atau kebijakan, seperti peraturan, "
                            "instruksi, dan surat edaran;</li>"
                            "<li>naskah korespondensi, seperti nota dinas di dalam instansi, "
                            "surat dinas ke pihak luar, dan surat undangan;</li>"
                            "<li>naskah dengan fungsi khusus, seperti surat perjanjian, surat "
                            "kuasa, berita acara, dan surat keterangan;</li>"
                            "<li>naskah pendukung kerja, seperti laporan, telaahan staf, dan "
                            "notula rapat.</li>"
                            "</ul>"
                            "<p>Penempatan rinci setiap jenis ke dalam kelompoknya beserta "
                            "formatnya ada di lampiran pedoman; jangan mengandalkan contoh surat "
                            "lama yang formatnya mungkin sudah berubah.</p>",
                        ),
                        ("heading", "Susunan: kepala, batang tubuh, kaki"),
                        (
                            "text",
                            "<p><strong>Kepala</strong> naskah memuat kop, nomor, sifat, "
                            "lampiran, hal, tanggal, dan tujuan. <strong>Batang tubuh</strong> "
                            "berisi pembuka, isi, dan penutup yang ringkas dan lugas. "
                            "<strong>Kaki</strong> memuat nama jabatan, tanda tangan, nama "
                            "pejabat, cap dinas, dan tembusan bila diperlukan.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "note",
                                "title": "Nomor naskah adalah jembatan ke pemberkasan",
                                "text": (
                                    "<p>Di banyak daerah, nomor naskah dinas memuat kode "
                                    "klasifikasi arsip, nomor urut, dan kode unit. Kode "
                                    "klasifikasi yang benar pada nomor surat membuat naskah "
                                    "langsung dapat diberkaskan. Format persisnya mengikuti "
                                    "peraturan kepala daerah Anda.</p>"
                                ),
                            },
                        ),
                        (
                            "glossary",
                            {
                                "term": "Plt. dan Plh.",
                                "definition": "Pelaksana tugas (Plt.) menandatangani naskah ketika pejabat definitif berhalangan tetap; pelaksana harian (Plh.) menandatangani ketika pejabat definitif berhalangan sementara. Batas kewenangan keduanya mengikuti ketentuan yang berlaku.",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Pemeriksaan konsep sebelum ditandatangani",
                                "items": [
                                    "Kop dan jenis naskah sesuai pedoman tata naskah dinas.",
                                    "Nomor memuat kode klasifikasi yang benar.",
                                    "Hal ditulis singkat dan menggambarkan isi.",
                                    "Lampiran yang disebut benar-benar dilampirkan.",
                                    "Penandatangan sesuai kewenangan, termasuk bila Plt. atau Plh.",
                                    "Paraf hierarki lengkap pada pertinggal.",
                                    "Tembusan hanya kepada pihak yang perlu mengetahui.",
                                ],
                            },
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Temukan kesalahan pada konsep surat undangan",
                                "instructions": (
                                    "<p>Fasilitator membagikan konsep surat undangan Dinas "
                                    "Perpustakaan dan Kearsipan kepada 12 perangkat daerah untuk "
                                    "rapat persiapan pemindahan arsip inaktif. Konsep itu "
                                    "mengandung lima kesalahan: nomor tanpa kode klasifikasi, hal "
                                    'yang terlalu umum ("Undangan"), lampiran disebut "1 berkas" '
                                    "tetapi tidak ada, penandatangan Plh. tanpa keterangan, dan "
                                    "tembusan kepada pihak yang tidak terkait.</p>"
                                    "<p>Tandai setiap kesalahan, jelaskan alasannya, lalu tulis "
                                    "ulang bagian kepala dan kaki surat dengan benar.</p>"
                                ),
                                "deliverable": "Daftar lima kesalahan beserta alasannya dan konsep perbaikan bagian kepala dan kaki surat.",
                                "minutes": 35,
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "permendagri-1-2023",
                                "note": "Ringkasan pedoman tata naskah dinas pemerintah daerah yang menjadi acuan materi ini.",
                            },
                        ),
                    ],
                },
                {
                    "title": "Pengendalian Naskah Dinas Masuk dan Keluar",
                    "slug": "pengendalian-naskah-dinas-masuk-dan-keluar",
                    "required": True,
                    "minutes": 75,
                    "summary": "Alur dan sarana pengendalian naskah masuk dan keluar, dari penerimaan sampai pemberkasan.",
                    "body": [
                        (
                            "text",
                            "<p>Pengendalian naskah dinas memastikan setiap naskah tercatat, "
                            "dapat dilacak posisinya, ditindaklanjuti tepat waktu, dan akhirnya "
                            "masuk ke berkas yang benar. Tanpa pengendalian, surat penting "
                            "bisa berhenti di meja seseorang tanpa ada yang tahu.</p>",
                        ),
                        (
                            "image",
                            {
                                "figure": "alur-naskah-masuk",
                                "caption": "Naskah masuk dicatat sebelum disampaikan kepada pimpinan, dan berakhir di berkas unit pengolah.",
                            },
                        ),
                        ("heading", "Sarana pengendalian"),
                        (
                            "text",
                            "<ul>"
                            "<li><strong>Buku agenda</strong> atau <strong>kartu kendali</strong> "
                            "untuk mencatat nomor agenda, tanggal terima, asal, nomor dan tanggal "
                            "surat, hal, kode klasifikasi, serta kepada siapa naskah diteruskan.</li>"
                            "<li><strong>Lembar disposisi</strong> yang memuat instruksi pimpinan, "
                            "penerima disposisi, dan batas waktu.</li>"
                            "<li><strong>Buku ekspedisi</strong> atau tanda terima untuk naskah "
                            "keluar, sebagai bukti naskah telah sampai ke alamat.</li>"
                            "</ul>"
                            "<p>Naskah bersifat rahasia dicatat tanpa membuka sampul dalamnya dan "
                            "langsung diteruskan kepada pejabat yang dituju.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Disposisi",
                                "definition": "Petunjuk tertulis pimpinan kepada bawahan mengenai tindak lanjut suatu naskah dinas, biasanya disertai instruksi dan batas waktu.",
                            },
                        ),
                        ("heading", "Naskah keluar"),
                        (
                            "text",
                            "<p>Alur naskah keluar: konsep disusun unit pengolah, diparaf "
                            "berjenjang, ditandatangani pejabat berwenang, lalu diberi nomor dan "
                            "tanggal serta dicatat. Setelah digandakan dan dikirim, "
                            "<strong>pertinggal</strong> yang memuat paraf lengkap disimpan "
                            "sebagai arsip di berkas kegiatan yang bersangkutan. Pertinggal "
                            "inilah bukti otentik proses pengambilan keputusan, bukan sekadar "
                            "fotokopi surat.</p>"
                            "<p>Nomor naskah keluar sebaiknya diberikan di satu titik, misalnya "
                            "oleh pengelola naskah di subbagian umum, agar tidak ada nomor ganda "
                            "atau nomor yang terlewat. Naskah yang batal dikirim tetap dicatat "
                            "dengan keterangan batal, sehingga urutan nomor dapat "
                            "dipertanggungjawabkan saat diperiksa.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Alur yang sama di SRIKANDI",
                                "text": (
                                    "<p>Jika instansi Anda memakai SRIKANDI, pencatatan, "
                                    "disposisi, dan penomoran terjadi di dalam aplikasi. Naskah "
                                    "kertas yang datang dari luar tetap harus diregistrasi dan "
                                    "dipindai agar riwayatnya lengkap.</p>"
                                ),
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "panduan-srikandi",
                                "note": "Bandingkan alur manual di pelajaran ini dengan alur naskah masuk, disposisi, dan naskah keluar di SRIKANDI.",
                            },
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Catat dan disposisikan lima surat masuk",
                                "instructions": (
                                    "<p>Anda bertugas di subbagian umum Dinas Perpustakaan dan "
                                    "Kearsipan. Hari ini masuk lima surat: (1) undangan rapat "
                                    "koordinasi SPBE dari Dinas Kominfo; (2) permohonan bimbingan "
                                    "teknis kearsipan dari Kecamatan Sukamaju; (3) usul pemindahan "
                                    "arsip inaktif dari Dinas Pendidikan; (4) permohonan kunjungan "
                                    "perpustakaan keliling dari SD Negeri 2 Sukamaju; (5) "
                                    "pemberitahuan pemeriksaan keuangan dari Inspektorat.</p>"
                                    "<p>Catat kelimanya dalam format buku agenda, lalu tulis "
                                    "usulan disposisi Kepala Dinas untuk masing-masing: kepada "
                                    "siapa diteruskan, instruksinya, dan batas waktunya.</p>"
                                ),
                                "deliverable": "Lembar agenda berisi lima entri lengkap dan lima usulan disposisi.",
                                "minutes": 40,
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "title": "Klasifikasi Arsip",
            "slug": "klasifikasi-arsip",
            "group": "inti",
            "jp_theory": 2,
            "jp_practice": 3,
            "intro": (
                "Klasifikasi arsip adalah tulang punggung pengelolaan arsip dinamis. Modul ini "
                "menjelaskan prinsip klasifikasi berbasis fungsi dan melatih Anda menentukan "
                "kode klasifikasi untuk naskah dinas nyata."
            ),
            "lessons": [
                {
                    "title": "Prinsip dan Struktur Klasifikasi Arsip",
                    "slug": "prinsip-dan-struktur-klasifikasi-arsip",
                    "required": True,
                    "minutes": 60,
                    "summary": "Mengapa arsip dikelompokkan berdasarkan fungsi dan kegiatan, dan bagaimana membaca jenjang kode klasifikasi.",
                    "body": [
                        (
                            "text",
                            "<p>Klasifikasi arsip adalah pola pengaturan arsip secara berjenjang "
                            "berdasarkan fungsi dan tugas instansi. Kode klasifikasi dipakai di "
                            "banyak tempat sekaligus: nomor naskah dinas, label folder, daftar "
                            "arsip, baris JRA, dan referensi di aplikasi. Satu kode yang sama "
                            "mengikat seluruh daur hidup arsip.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Klasifikasi Arsip",
                                "definition": "Pola pengaturan arsip secara berjenjang dari hasil pelaksanaan fungsi dan tugas instansi menjadi beberapa kategori unit informasi kearsipan.",
                            },
                        ),
                        ("heading", "Fungsi, kegiatan, transaksi"),
                        (
                            "text",
                            "<p>Skema klasifikasi umumnya tersusun dalam tiga jenjang atau "
                            "lebih:</p>"
                            "<ul>"
                            "<li><strong>Primer</strong> mencerminkan fungsi atau urusan, "
                            "misalnya kearsipan atau perpustakaan.</li>"
                            "<li><strong>Sekunder</strong> mencerminkan kegiatan dalam fungsi "
                            "itu, misalnya layanan perpustakaan.</li>"
                            "<li><strong>Tersier</strong> mencerminkan transaksi atau kegiatan "
                            "yang lebih rinci, misalnya layanan perpustakaan keliling.</li>"
                            "</ul>"
                            "<p>Klasifikasi disusun berdasarkan fungsi, bukan nama unit "
                            "organisasi, karena struktur organisasi sering berubah sedangkan "
                            "fungsi relatif tetap. Jika bidang digabung atau dipecah, kode "
                            "klasifikasi tidak perlu diganti.</p>",
                        ),
                        (
                            "image",
                            {
                                "figure": "skema-kode-klasifikasi",
                                "caption": "Skema latihan dengan tiga jenjang kode. Skema ini hanya untuk latihan di kelas, bukan kode resmi.",
                            },
                        ),
                        (
                            "text",
                            "<p>Dalam pelatihan ini kita memakai skema latihan dengan kode "
                            "huruf (ARS, PUS, KEU, dan seterusnya) agar mudah diingat. Di tempat "
                            "kerja, pemerintah daerah memakai kode klasifikasi yang mengacu pada "
                            "Peraturan Menteri Dalam Negeri Nomor 83 Tahun 2022 tentang Kode "
                            "Klasifikasi Arsip di Lingkungan Kementerian Dalam Negeri dan "
                            "Pemerintah Daerah, dengan penyesuaian yang ditetapkan daerah.</p>"
                            "<p>Cara membaca kode: <strong>ARS.03.02</strong> berarti fungsi "
                            "kearsipan (ARS), kegiatan penyusutan arsip (03), dan transaksi "
                            "pemusnahan arsip (02). Setiap titik menandai turun satu jenjang. "
                            "Semakin rinci kode yang dipakai, semakin tepat pula baris JRA yang "
                            "dapat dicocokkan nanti.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Jangan membuat kode sendiri",
                                "text": (
                                    "<p>Unit kerja yang menciptakan kode sendiri, misalnya "
                                    '"SK-BID2", akan memutus kaitan dengan JRA dan membuat '
                                    "penyusutan mustahil dilakukan secara tertib. Bila kegiatan "
                                    "baru belum ada kodenya, ajukan usulan perubahan melalui "
                                    "unit kearsipan.</p>"
                                ),
                            },
                        ),
                        ("heading", "Manfaat bagi seluruh daur hidup arsip"),
                        (
                            "text",
                            "<ul>"
                            "<li>Naskah yang berkaitan terkumpul dalam satu berkas meskipun "
                            "dibuat oleh orang yang berbeda.</li>"
                            "<li>Penemuan kembali lebih cepat karena susunan di lemari mengikuti "
                            "kode.</li>"
                            "<li>Retensi dapat dihitung per berkas karena kode terhubung dengan "
                            "JRA.</li>"
                            "<li>Tingkat keamanan dan hak akses dapat ditetapkan per kelompok "
                            "arsip.</li>"
                            "</ul>",
                        ),
                        (
                            "document",
                            {
                                "reference": "permendagri-83-2022",
                                "note": "Ringkasan acuan kode klasifikasi untuk pemerintah daerah.",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Ciri skema klasifikasi yang baik",
                                "items": [
                                    "Disusun berdasarkan fungsi dan kegiatan, bukan nama unit.",
                                    "Setiap kode memiliki satu makna yang jelas.",
                                    "Jenjangnya konsisten dari primer sampai tersier.",
                                    "Ditetapkan secara resmi dan dipakai seluruh unit.",
                                    "Terhubung dengan JRA dan klasifikasi keamanan.",
                                ],
                            },
                        ),
                    ],
                },
                {
                    "title": "Menentukan Kode Klasifikasi",
                    "slug": "menentukan-kode-klasifikasi",
                    "required": True,
                    "minutes": 120,
                    "summary": "Langkah menentukan kode klasifikasi dari isi naskah, dilengkapi latihan dengan delapan naskah dinas.",
                    "body": [
                        (
                            "text",
                            "<p>Menentukan kode klasifikasi berarti menjawab pertanyaan: naskah "
                            "ini merekam kegiatan apa? Pertanyaannya bukan siapa yang membuat "
                            "naskah, melainkan kegiatan apa yang dibuktikannya.</p>"
                            "<ol>"
                            "<li>Baca isi naskah, bukan hanya kolom hal.</li>"
                            "<li>Tentukan kegiatan yang direkam dan fungsi tempat kegiatan itu "
                            "berada.</li>"
                            "<li>Telusuri skema dari jenjang primer ke sekunder lalu tersier.</li>"
                            "<li>Jika naskah menyentuh dua kegiatan, pilih kegiatan yang "
                            "ditindaklanjuti oleh unit penerima, lalu buat tunjuk silang untuk "
                            "kegiatan lainnya.</li>"
                            "</ol>",
                        ),
                        ("heading", "Daftar kode latihan"),
                        (
                            "text",
                            "<ul>"
                            "<li><strong>ARS Kearsipan</strong>: ARS.01.01 Supervisi Kearsipan "
                            "Perangkat Daerah; ARS.01.02 Bimbingan Teknis Kearsipan; ARS.02.01 "
                            "Penerimaan Pemindahan Arsip Inaktif; ARS.02.02 Peminjaman Arsip "
                            "Inaktif; ARS.03.01 Penilaian Arsip; ARS.03.02 Pemusnahan Arsip; "
                            "ARS.03.03 Penyerahan Arsip Statis.</li>"
                            "<li><strong>PUS Perpustakaan</strong>: PUS.01.01 Pengadaan Bahan "
                            "Pustaka; PUS.01.02 Serah Simpan Karya Cetak dan Karya Rekam; "
                            "PUS.02.01 Keanggotaan; PUS.02.03 Layanan Perpustakaan Keliling.</li>"
                            "<li><strong>KEU Keuangan</strong>: KEU.01.01 Penyusunan Rencana "
                            "Kerja dan Anggaran; KEU.02.01 Pertanggungjawaban Belanja.</li>"
                            "<li><strong>PRE Perencanaan</strong>: PRE.01.01 Rencana Strategis; "
                            "PRE.01.02 Rencana Kerja Tahunan.</li>"
                            "<li><strong>UMU Umum</strong>: UMU.01.01 Undangan dan Rapat; "
                            "UMU.02.01 Pemeliharaan Gedung.</li>"
                            "</ul>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Kolom hal sering menipu",
                                "text": (
                                    "<p>Kuitansi pembelian bahan bakar untuk mobil perpustakaan "
                                    'keliling menyebut "perpustakaan keliling", tetapi yang '
                                    "direkam adalah pertanggungjawaban belanja. Kodenya KEU.02.01, "
                                    "bukan PUS.02.03. Naskah keuangan mengikuti retensi keuangan "
                                    "karena akan diperiksa auditor.</p>"
                                ),
                            },
                        ),
                        (
                            "glossary",
                            {
                                "term": "Tunjuk Silang",
                                "definition": "Catatan yang menunjukkan bahwa suatu naskah berkaitan dengan berkas lain dan di mana naskah tersebut sebenarnya disimpan, sehingga pencarian dari dua arah tetap berhasil.",
                            },
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Tentukan kode klasifikasi delapan naskah",
                                "instructions": (
                                    "<p>Dengan daftar kode latihan di atas, tentukan kode "
                                    "klasifikasi untuk naskah berikut dan tuliskan alasannya "
                                    "dalam satu kalimat:</p>"
                                    "<ol>"
                                    "<li>Surat tugas tim supervisi kearsipan ke Dinas Kesehatan.</li>"
                                    "<li>Berita acara penerimaan 14 boks arsip inaktif dari Dinas "
                                    "Pendidikan.</li>"
                                    "<li>Surat penerbit lokal yang menyerahkan dua judul buku baru "
                                    "sebagai karya cetak serah simpan.</li>"
                                    "<li>Daftar hadir rapat penyusunan Rencana Strategis dinas.</li>"
                                    "<li>Nota dinas tentang kerusakan atap ruang baca anak.</li>"
                                    "<li>Surat permohonan peminjaman arsip inaktif oleh "
                                    "Inspektorat.</li>"
                                    "<li>Kuitansi honorarium narasumber bimbingan teknis "
                                    "kearsipan.</li>"
                                    "<li>Laporan penilaian panitia penilai atas arsip usul "
                                    "musnah.</li>"
                                    "</ol>"
                                    "<p>Untuk naskah yang menyentuh dua kegiatan, tuliskan juga "
                                    "tunjuk silangnya.</p>"
                                ),
                                "deliverable": "Tabel delapan baris: nomor naskah, kode klasifikasi, alasan, dan tunjuk silang bila ada.",
                                "minutes": 45,
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Kriteria penilaian fasilitator",
                                "items": [
                                    "Kode dipilih sampai jenjang tersier.",
                                    "Alasan merujuk pada kegiatan, bukan pada unit pembuat.",
                                    "Naskah keuangan diberi kode keuangan meskipun terkait kegiatan teknis.",
                                    "Tunjuk silang dibuat untuk naskah yang menyentuh dua kegiatan.",
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "title": "Pemberkasan Arsip Aktif",
            "slug": "pemberkasan-arsip-aktif",
            "group": "inti",
            "jp_theory": 2,
            "jp_practice": 4,
            "intro": (
                "Pemberkasan mengubah naskah-naskah lepas menjadi berkas yang utuh dan mudah "
                "ditemukan. Modul ini melatih langkah pemberkasan dan penyusunan daftar arsip "
                "aktif, serta tata cara peminjaman arsip aktif."
            ),
            "lessons": [
                {
                    "title": "Konsep Berkas dan Sarana Pemberkasan",
                    "slug": "konsep-berkas-dan-sarana-pemberkasan",
                    "required": True,
                    "minutes": 60,
                    "summary": "Pengertian berkas, perlengkapan pemberkasan, dan tata letak arsip aktif di unit pengolah.",
                    "body": [
                        (
                            "text",
                            "<p>Arsip aktif adalah arsip yang frekuensi penggunaannya tinggi "
                            "dan/atau terus-menerus. Karena sering dipakai, arsip aktif disimpan "
                            "di unit pengolah, dekat dengan pemakainya. Tujuan pemberkasan adalah "
                            "agar naskah-naskah dari satu kegiatan tersimpan bersama dalam urutan "
                            "yang logis, sehingga siapa pun dapat memahami jalannya kegiatan "
                            "hanya dengan membuka satu berkas.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Pemberkasan",
                                "definition": "Penempatan naskah ke dalam suatu himpunan yang tersusun secara sistematis dan logis sesuai dengan konteks kegiatannya sehingga menjadi satu berkas karena memiliki hubungan informasi, kesamaan jenis, atau kesamaan masalah.",
                            },
                        ),
                        (
                            "glossary",
                            {
                                "term": "Berkas",
                                "definition": "Himpunan arsip yang berkaitan dengan satu kegiatan atau satu masalah, misalnya seluruh naskah tentang supervisi kearsipan tahun 2025.",
                            },
                        ),
                        ("heading", "Berkas, bukan map per jenis surat"),
                        (
                            "text",
                            "<p>Kebiasaan lama yang masih sering ditemui adalah menyimpan naskah "
                            'dalam map "Surat Masuk 2024" dan "Surat Keluar 2024". Cara ini '
                            "memisahkan surat permohonan dari balasannya, dan laporan dari surat "
                            "tugasnya. Untuk memahami satu kegiatan, petugas harus membongkar "
                            "beberapa map sekaligus. Lebih buruk lagi, retensi tidak dapat "
                            "dihitung karena satu map berisi puluhan kegiatan dengan nilai guna "
                            "yang berbeda.</p>"
                            "<p>Dalam pemberkasan, surat masuk, pertinggal surat keluar, nota "
                            "dinas, dan laporan tentang satu kegiatan disimpan bersama. Buku "
                            "agenda tetap mencatat naskah masuk dan keluar, tetapi fisiknya "
                            "diberkaskan menurut kegiatan.</p>",
                        ),
                        ("heading", "Sarana dan perlengkapan"),
                        (
                            "text",
                            "<ul>"
                            "<li><strong>Lemari arsip</strong> (filing cabinet) dengan laci yang "
                            "dapat dikunci.</li>"
                            "<li><strong>Map gantung</strong> atau folder untuk setiap berkas, "
                            "diberi label kode klasifikasi dan judul berkas.</li>"
                            "<li><strong>Guide</strong> atau sekat penunjuk untuk memisahkan "
                            "kelompok kode primer dan sekunder di dalam laci.</li>"
                            "<li><strong>Lembar pinjam</strong> (out indicator) yang diletakkan "
                            "di tempat berkas yang sedang dipinjam.</li>"
                            "<li>Penjepit plastik atau tali, bukan penjepit logam yang mudah "
                            "berkarat dan merusak kertas.</li>"
                            "</ul>",
                        ),
                        ("heading", "Tata letak di lemari arsip"),
                        (
                            "text",
                            "<p>Folder disusun mengikuti urutan kode klasifikasi, dengan guide "
                            "primer di depan kelompoknya. Di dalam folder, naskah disusun secara "
                            "kronologis. Banyak instansi menempatkan naskah terbaru di bagian "
                            "atas agar perkembangan terakhir cepat terlihat; yang penting, "
                            "urutannya konsisten di seluruh unit.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "note",
                                "title": "Kapan berkas ditutup",
                                "text": (
                                    "<p>Berkas ditutup ketika kegiatannya selesai, misalnya "
                                    "setelah laporan akhir supervisi diterima, atau pada akhir "
                                    "tahun untuk kegiatan rutin. Tanggal penutupan penting "
                                    "karena retensi dihitung sejak berkas ditutup.</p>"
                                ),
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Kesiapan pemberkasan di unit kerja",
                                "items": [
                                    "Ada petugas yang ditunjuk untuk memberkaskan arsip.",
                                    "Tersedia daftar kode klasifikasi yang berlaku.",
                                    "Lemari, folder, guide, dan label tersedia cukup.",
                                    "Formulir daftar berkas dan daftar isi berkas tersedia.",
                                    "Ada kesepakatan urutan naskah di dalam folder.",
                                ],
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "templat-daftar-arsip",
                                "note": "Contoh kolom daftar berkas dan daftar isi berkas yang akan diisi pada pelajaran berikutnya.",
                            },
                        ),
                    ],
                },
                {
                    "title": "Langkah Pemberkasan dan Daftar Arsip Aktif",
                    "slug": "langkah-pemberkasan-dan-daftar-arsip-aktif",
                    "required": True,
                    "minutes": 150,
                    "summary": "Enam langkah pemberkasan dan praktik menyusun daftar arsip aktif dari sepuluh naskah dinas.",
                    "body": [
                        (
                            "text",
                            "<p>Pemberkasan dilakukan setiap hari, bukan menunggu akhir tahun. "
                            "Naskah yang sudah selesai ditindaklanjuti dan diberi tanda "
                            '"simpan" langsung masuk ke alur berikut.</p>',
                        ),
                        (
                            "image",
                            {
                                "figure": "alur-pemberkasan",
                                "caption": "Enam langkah pemberkasan arsip aktif di unit pengolah.",
                            },
                        ),
                        ("heading", "Uraian langkah"),
                        (
                            "text",
                            "<ol>"
                            "<li><strong>Pemeriksaan</strong>: pastikan naskah sudah final, "
                            "lengkap dengan lampirannya, dan sudah selesai ditindaklanjuti.</li>"
                            "<li><strong>Penentuan kode klasifikasi</strong> berdasarkan kegiatan "
                            "yang direkam naskah.</li>"
                            "<li><strong>Penentuan indeks dan judul berkas</strong>: kata tangkap "
                            "yang membedakan berkas, misalnya nama kegiatan, lokasi, dan tahun. "
                            "Tuliskan kode dan indeks dengan pensil di sudut kanan atas naskah.</li>"
                            "<li><strong>Penyortiran</strong>: kelompokkan naskah menurut kode "
                            "dan indeks, lalu urutkan secara kronologis.</li>"
                            "<li><strong>Penempatan dalam folder</strong> yang berlabel, di "
                            "posisi sesuai urutan kode di lemari.</li>"
                            "<li><strong>Pencatatan</strong> dalam daftar berkas dan daftar isi "
                            "berkas.</li>"
                            "</ol>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Daftar Berkas",
                                "definition": "Daftar yang mencatat setiap berkas di unit pengolah: nomor berkas, kode klasifikasi, uraian informasi berkas, kurun waktu, jumlah item, dan keterangan.",
                            },
                        ),
                        (
                            "glossary",
                            {
                                "term": "Daftar Isi Berkas",
                                "definition": "Daftar yang mencatat setiap naskah di dalam satu berkas: nomor berkas, nomor item, kode klasifikasi, uraian informasi arsip, tanggal, jumlah, dan keterangan.",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Rumus uraian informasi berkas",
                                "text": (
                                    "<p>Tulis uraian dengan pola <strong>kegiatan + objek atau "
                                    'pihak + lokasi + tahun</strong>. Contoh: "Supervisi '
                                    "kearsipan pada perangkat daerah Kabupaten Sukamaju tahun "
                                    '2025". Hindari uraian seperti "Surat-surat" atau '
                                    '"Lain-lain" yang tidak membantu penemuan kembali.</p>'
                                ),
                            },
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Susun daftar arsip aktif dari sepuluh naskah dinas",
                                "instructions": (
                                    "<p>Berikut sepuluh naskah di Bidang Kearsipan dan Bidang "
                                    "Layanan Dinas Perpustakaan dan Kearsipan Kabupaten Sukamaju "
                                    "tahun 2025:</p>"
                                    "<ol>"
                                    "<li>Nota dinas Kepala Bidang Kearsipan tentang rencana "
                                    "supervisi kearsipan ke 12 perangkat daerah (6 Januari).</li>"
                                    "<li>Surat tugas tim supervisi kearsipan (13 Januari).</li>"
                                    "<li>Laporan hasil supervisi kearsipan di Dinas Kesehatan "
                                    "(30 Januari).</li>"
                                    "<li>Surat permohonan bimbingan teknis kearsipan dari "
                                    "Kecamatan Sukamaju (4 Februari).</li>"
                                    "<li>Daftar hadir dan materi bimbingan teknis pengelolaan "
                                    "arsip aktif di Kecamatan Sukamaju (20 Februari).</li>"
                                    "<li>Surat Dinas Pendidikan tentang usul pemindahan arsip "
                                    "inaktif beserta daftarnya (10 Maret).</li>"
                                    "<li>Berita acara pemindahan arsip inaktif Dinas Pendidikan "
                                    "(24 Maret).</li>"
                                    "<li>Jadwal layanan perpustakaan keliling triwulan II "
                                    "(2 April).</li>"
                                    "<li>Laporan kunjungan perpustakaan keliling ke SD Negeri 2 "
                                    "Sukamaju (15 April).</li>"
                                    "<li>Kuitansi dan bukti pembelian bahan bakar mobil "
                                    "perpustakaan keliling (30 April).</li>"
                                    "</ol>"
                                    "<p>Tentukan kode klasifikasi setiap naskah dengan daftar kode "
                                    "latihan, kelompokkan menjadi berkas, beri nomor berkas, lalu "
                                    "isi daftar berkas dan daftar isi berkas.</p>"
                                ),
                                "deliverable": "Daftar berkas dan daftar isi berkas yang lengkap untuk seluruh sepuluh naskah.",
                                "minutes": 75,
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Kriteria penilaian fasilitator",
                                "items": [
                                    "Naskah dengan kegiatan yang sama berada dalam satu berkas.",
                                    "Kuitansi bahan bakar diberkaskan pada kode keuangan, bukan layanan.",
                                    "Uraian berkas memuat kegiatan, objek atau lokasi, dan tahun.",
                                    "Kurun waktu berkas sesuai tanggal naskah tertua dan termuda.",
                                    "Jumlah item di daftar berkas sama dengan jumlah baris di daftar isi berkas.",
                                ],
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "templat-daftar-arsip",
                                "note": "Gunakan kolom pada templat ini untuk mengerjakan latihan.",
                            },
                        ),
                    ],
                },
                {
                    "title": "Penggunaan dan Peminjaman Arsip Aktif",
                    "slug": "penggunaan-dan-peminjaman-arsip-aktif",
                    "required": False,
                    "minutes": 30,
                    "summary": "Pengayaan: tata cara peminjaman arsip aktif agar berkas tidak hilang atau tercerai-berai.",
                    "body": [
                        (
                            "text",
                            "<p>Arsip aktif disimpan untuk dipakai. Namun setiap kali berkas "
                            "keluar dari lemari, ada risiko naskah tercecer, tertukar, atau tidak "
                            "kembali. Prosedur peminjaman yang sederhana tetapi disiplin mencegah "
                            "hal itu tanpa menghambat pekerjaan.</p>",
                        ),
                        ("heading", "Prosedur peminjaman"),
                        (
                            "text",
                            "<ol>"
                            "<li>Peminjam mengajukan permintaan kepada pengelola arsip, dengan "
                            "menyebut berkas yang diperlukan dan keperluannya.</li>"
                            "<li>Pengelola memeriksa klasifikasi keamanan berkas dan hak akses "
                            "peminjam; berkas terbatas atau rahasia memerlukan izin pimpinan "
                            "unit.</li>"
                            "<li>Pengelola mengisi lembar peminjaman: tanggal, nama peminjam, "
                            "berkas, dan batas waktu pengembalian.</li>"
                            "<li>Lembar pinjam diletakkan di tempat berkas di lemari.</li>"
                            "<li>Saat dikembalikan, isi berkas diperiksa lagi sebelum disimpan "
                            "dan lembar pinjam dicabut.</li>"
                            "</ol>"
                            "<p>Batas waktu pinjam yang lazim cukup pendek, misalnya satu sampai "
                            "dua pekan, dan dapat diperpanjang dengan mencatat ulang. Pinjamkan "
                            "berkas utuh, jangan lembar per lembar, agar naskah tidak tercecer "
                            "dari konteksnya. Bila peminjam hanya memerlukan satu naskah, "
                            "berikan salinannya.</p>"
                            "<p>Catatan peminjaman juga berguna sebagai data. Berkas yang masih "
                            "sering dipinjam jelas belum waktunya dipindahkan, sedangkan berkas "
                            "yang tidak pernah disentuh selama bertahun-tahun mungkin sudah "
                            "inaktif dan layak diperiksa retensinya.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Lembar Pinjam (Out Indicator)",
                                "definition": "Kartu atau lembar pengganti yang diletakkan di tempat berkas yang sedang dipinjam, berisi nama peminjam, tanggal pinjam, dan batas waktu kembali.",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Pihak luar cukup diberi salinan",
                                "text": (
                                    "<p>Permintaan dari pihak di luar unit kerja sebaiknya "
                                    "dilayani dengan salinan atau kesempatan membaca di tempat. "
                                    "Arsip asli hanya keluar untuk keperluan yang mensyaratkan "
                                    "dokumen asli, misalnya pemeriksaan resmi, dengan tanda "
                                    "terima.</p>"
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "note",
                                "title": "Peminjaman oleh pemeriksa",
                                "text": (
                                    "<p>Auditor internal atau eksternal sering meminta banyak "
                                    "berkas sekaligus dalam waktu singkat. Siapkan daftar berkas "
                                    "yang diminta, serahkan dengan tanda terima per berkas, dan "
                                    "sediakan ruang baca di kantor agar berkas tidak perlu "
                                    "dibawa keluar. Periksa kelengkapannya bersama petugas "
                                    "pemeriksa saat dikembalikan.</p>"
                                ),
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Tanda pengelolaan peminjaman yang sehat",
                                "items": [
                                    "Setiap berkas yang keluar tercatat di buku atau lembar peminjaman.",
                                    "Batas waktu pinjam ditetapkan dan dipantau setiap pekan.",
                                    "Tidak ada berkas yang dibawa pulang ke rumah.",
                                    "Isi berkas diperiksa saat kembali.",
                                ],
                            },
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Rancang lembar peminjaman arsip aktif",
                                "instructions": (
                                    "<p>Rancang satu lembar peminjaman arsip aktif untuk unit "
                                    "kerja Anda. Sertakan kolom identitas berkas, identitas "
                                    "peminjam, keperluan, persetujuan atasan untuk berkas "
                                    "terbatas, batas waktu, serta paraf saat pinjam dan kembali. "
                                    "Uji rancangan Anda dengan satu contoh peminjaman.</p>"
                                ),
                                "deliverable": "Rancangan lembar peminjaman dan satu contoh pengisiannya.",
                                "minutes": 20,
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "title": "Penataan Arsip Inaktif",
            "slug": "penataan-arsip-inaktif",
            "group": "inti",
            "jp_theory": 2,
            "jp_practice": 3,
            "intro": (
                "Arsip inaktif sering berakhir sebagai tumpukan kardus di gudang. Modul ini "
                "membahas syarat ruang simpan arsip inaktif dan langkah menatanya sampai "
                "tersusun daftar arsip inaktif yang dapat dipakai untuk penyusutan."
            ),
            "lessons": [
                {
                    "title": "Unit Kearsipan dan Pusat Arsip",
                    "slug": "unit-kearsipan-dan-pusat-arsip",
                    "required": True,
                    "minutes": 60,
                    "summary": "Peran unit kearsipan, syarat ruang simpan arsip inaktif, serta boks dan labelnya.",
                    "body": [
                        (
                            "text",
                            "<p>Arsip inaktif adalah arsip yang frekuensi penggunaannya telah "
                            "menurun. Arsip ini tidak lagi dibutuhkan setiap hari, tetapi masih "
                            "harus disimpan sebagai bukti sampai retensinya habis. Unit kearsipan "
                            "menyimpannya di pusat arsip (record center), yaitu ruang atau gedung "
                            "yang dirancang khusus untuk menyimpan arsip inaktif secara aman dan "
                            "hemat tempat.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Pusat Arsip (Record Center)",
                                "definition": "Tempat penyimpanan arsip inaktif yang dikelola unit kearsipan, dilengkapi rak, boks, dan pengaturan lingkungan agar arsip tetap aman dan mudah ditemukan sampai retensinya habis.",
                            },
                        ),
                        ("heading", "Syarat ruang simpan"),
                        (
                            "text",
                            "<ul>"
                            "<li>Bebas dari risiko banjir dan kebocoran; hindari ruang bawah "
                            "tanah dan ruang di bawah atap yang rawan bocor.</li>"
                            "<li>Terpisah dari ruang kerja, dapur, dan gudang bahan kimia.</li>"
                            "<li>Rak dari logam anti karat, dengan jarak dari lantai dan dinding "
                            "agar sirkulasi udara baik dan arsip aman bila air masuk.</li>"
                            "<li>Suhu dan kelembapan stabil, cahaya matahari langsung tidak "
                            "masuk.</li>"
                            "<li>Tersedia alat pemadam api yang aman untuk kertas dan detektor "
                            "asap.</li>"
                            "<li>Akses terbatas bagi petugas yang berwenang, dengan buku tamu "
                            "untuk pihak lain.</li>"
                            "</ul>",
                        ),
                        ("heading", "Boks dan label"),
                        (
                            "text",
                            "<p>Arsip inaktif disimpan dalam boks arsip dari karton yang kuat, "
                            "sebaiknya bebas asam, dan berukuran seragam agar rapi di rak. Isi "
                            "boks jangan terlalu padat sehingga berkas mudah diambil dan tidak "
                            "tertekuk. Label pada sisi boks yang menghadap lorong memuat nama "
                            "pencipta arsip atau unit pengolah, nomor boks, kode klasifikasi, "
                            "dan kurun waktu.</p>",
                        ),
                        ("heading", "Merencanakan kapasitas"),
                        (
                            "text",
                            "<p>Volume arsip inaktif biasa diukur dalam meter lari, yaitu "
                            "panjang deretan arsip bila boks dijajarkan di rak. Ukur volume yang "
                            "ada sekarang, perkirakan tambahan setiap tahun dari jumlah berkas "
                            "yang habis retensi aktifnya, dan kurangi dengan volume yang dapat "
                            "disusutkan. Perhitungan sederhana ini membantu unit kearsipan "
                            "mengusulkan rak tambahan atau jadwal penyusutan dengan alasan yang "
                            "jelas, bukan sekadar mengeluh ruang penuh.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Arsip inaktif bukan barang bekas",
                                "text": (
                                    "<p>Arsip inaktif tetap alat bukti yang sah. Menyimpannya di "
                                    "gudang bersama perabot rusak, tanpa daftar, sama saja "
                                    "dengan menghilangkannya, karena arsip yang tidak dapat "
                                    "ditemukan tidak dapat dipakai sebagai bukti.</p>"
                                ),
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Audit cepat ruang arsip inaktif",
                                "items": [
                                    "Tidak ada tanda bocor, rembesan, atau jamur di dinding dan langit-langit.",
                                    "Tidak ada boks yang diletakkan langsung di lantai.",
                                    "Setiap boks berlabel dan tercatat dalam daftar.",
                                    "Alat pemadam api tersedia dan belum kedaluwarsa.",
                                    "Pintu terkunci dan kunci dipegang petugas yang ditunjuk.",
                                ],
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "pp-28-2012",
                                "note": "Lihat bagian pengelolaan arsip dinamis tentang tanggung jawab unit kearsipan dan daftar arsip inaktif.",
                            },
                        ),
                    ],
                },
                {
                    "title": "Langkah Penataan dan Daftar Arsip Inaktif",
                    "slug": "langkah-penataan-dan-daftar-arsip-inaktif",
                    "required": True,
                    "minutes": 150,
                    "summary": "Asas penataan arsip inaktif, enam langkah penataan, dan praktik menyusun daftar arsip inaktif.",
                    "body": [
                        (
                            "text",
                            "<p>Penataan arsip inaktif berpegang pada dua asas. Arsip dari satu "
                            "pencipta atau unit pengolah tidak dicampur dengan arsip pencipta "
                            "lain, dan susunan berkas yang sudah dibuat unit pengolah "
                            "dipertahankan sejauh masih logis. Dengan begitu konteks arsip "
                            "tetap terjaga.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Asas Asal Usul",
                                "definition": "Asas yang menjaga agar arsip tetap dikelompokkan menurut pencipta atau unit pengolahnya dan tidak dicampur dengan arsip dari pencipta lain.",
                            },
                        ),
                        (
                            "glossary",
                            {
                                "term": "Asas Aturan Asli",
                                "definition": "Asas yang menjaga susunan arsip sesuai pengaturan aslinya ketika masih digunakan oleh penciptanya.",
                            },
                        ),
                        (
                            "image",
                            {
                                "figure": "alur-penataan-inaktif",
                                "caption": "Langkah penataan arsip inaktif di unit kearsipan.",
                            },
                        ),
                        ("heading", "Langkah demi langkah"),
                        (
                            "text",
                            "<ol>"
                            "<li><strong>Penerimaan</strong>: cocokkan fisik arsip dengan daftar "
                            "arsip usul pindah dari unit pengolah.</li>"
                            "<li><strong>Pemeriksaan fisik</strong>: catat berkas yang rusak, "
                            "berjamur, atau tidak lengkap.</li>"
                            "<li><strong>Pendeskripsian dan pengelompokan</strong>: perbaiki "
                            "uraian yang kurang jelas dan kelompokkan berkas menurut unit "
                            "pengolah, kode klasifikasi, dan tahun.</li>"
                            "<li><strong>Penomoran dan pelabelan</strong>: beri nomor definitif "
                            "pada berkas dan boks, lalu pasang label.</li>"
                            "<li><strong>Penyimpanan</strong> dalam boks dan rak sesuai urutan "
                            "nomor.</li>"
                            "<li><strong>Pembuatan daftar arsip inaktif</strong> yang memuat "
                            "lokasi simpan setiap berkas.</li>"
                            "</ol>"
                            "<p>Lokasi simpan sebaiknya ditulis dengan pola tetap, misalnya "
                            "nomor rak, nomor lajur, dan nomor boks. Dengan pola ini petugas "
                            "yang baru bertugas pun dapat menemukan berkas hanya dari daftar, "
                            "tanpa bergantung pada ingatan petugas lama.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Menghadapi arsip tanpa daftar",
                                "text": (
                                    "<p>Untuk tumpukan lama tanpa daftar, mulailah dengan "
                                    "pendataan: hitung volume dalam meter lari, catat asal unit "
                                    "dan kurun waktunya, lalu tata bertahap per unit pengolah. "
                                    "Jangan memilah berdasarkan jenis surat di seluruh tumpukan, "
                                    "karena asas asal usul akan rusak.</p>"
                                ),
                            },
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Tata isi satu kardus arsip dan susun daftar arsip inaktif",
                                "instructions": (
                                    "<p>Unit kearsipan menerima satu kardus dari Bidang Layanan "
                                    "tanpa daftar. Isinya: empat bundel laporan kunjungan "
                                    "perpustakaan keliling 2021 dan 2022, satu map pengadaan "
                                    "bahan pustaka 2021, satu map pengadaan bahan pustaka 2022, "
                                    "satu bundel kartu anggota kedaluwarsa 2020, dan satu map "
                                    "berisi salinan SPJ honorarium petugas layanan keliling "
                                    "2022.</p>"
                                    "<p>Tentukan kode klasifikasi setiap berkas, tuliskan uraian "
                                    "yang baik, kelompokkan ke dalam boks bernomor, lalu isi "
                                    "daftar arsip inaktif lengkap dengan lokasi simpan dan "
                                    "tingkat perkembangan (asli atau salinan).</p>"
                                ),
                                "deliverable": "Daftar arsip inaktif untuk seluruh isi kardus beserta rancangan label boks.",
                                "minutes": 75,
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Periksa hasil penataan Anda",
                                "items": [
                                    "Berkas dari tahun yang berbeda tidak digabung menjadi satu berkas.",
                                    "Salinan SPJ diberi keterangan bahwa aslinya ada di subbagian keuangan.",
                                    "Setiap baris daftar memuat nomor boks.",
                                    "Label boks cocok dengan isi daftar.",
                                ],
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "templat-daftar-arsip",
                                "note": "Gunakan kolom daftar arsip inaktif pada templat ini.",
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "title": "Jadwal Retensi Arsip",
            "slug": "jadwal-retensi-arsip",
            "group": "inti",
            "jp_theory": 2,
            "jp_practice": 2,
            "intro": (
                "Jadwal Retensi Arsip menentukan berapa lama arsip disimpan dan apa nasib "
                "akhirnya. Modul ini membahas nilai guna arsip, struktur JRA, dan cara "
                "menghitung retensi untuk berkas nyata."
            ),
            "lessons": [
                {
                    "title": "Nilai Guna Arsip dan Struktur JRA",
                    "slug": "nilai-guna-arsip-dan-struktur-jra",
                    "required": True,
                    "minutes": 60,
                    "summary": "Dasar penentuan retensi berdasarkan nilai guna, kolom-kolom JRA, dan cara JRA ditetapkan di daerah.",
                    "body": [
                        (
                            "text",
                            "<p>Tidak semua arsip perlu disimpan selamanya, dan tidak semua "
                            "boleh dimusnahkan. Jadwal Retensi Arsip (JRA) menjawab dua "
                            "pertanyaan untuk setiap jenis arsip: berapa lama disimpan, dan "
                            "setelah itu diapakan. Jawaban itu ditetapkan berdasarkan penilaian "
                            "nilai guna, bukan selera petugas.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Jadwal Retensi Arsip (JRA)",
                                "definition": "Daftar yang berisi sekurang-kurangnya jangka waktu penyimpanan atau retensi, jenis arsip, dan keterangan yang berisi rekomendasi apakah suatu jenis arsip dimusnahkan, dinilai kembali, atau dipermanenkan.",
                            },
                        ),
                        (
                            "glossary",
                            {
                                "term": "Retensi Arsip",
                                "definition": "Jangka waktu penyimpanan yang wajib dilakukan terhadap suatu jenis arsip.",
                            },
                        ),
                        ("heading", "Nilai guna arsip"),
                        (
                            "text",
                            "<p><strong>Nilai guna primer</strong> adalah nilai bagi pencipta "
                            "arsip sendiri. Dalam pelatihan kearsipan sering diringkas dengan "
                            "jembatan keledai ALFRED: nilai guna administrasi, hukum (legal), "
                            "keuangan (fiskal), penelitian (riset), pendidikan (edukasi), dan "
                            "dokumenter. <strong>Nilai guna sekunder</strong> adalah nilai bagi "
                            "pihak lain dan generasi mendatang, yaitu nilai kebuktian dan nilai "
                            "informasional. Arsip dengan nilai guna sekunder yang tinggi "
                            "cenderung berketerangan permanen.</p>"
                            "<p>Dua contoh. Surat pertanggungjawaban belanja bernilai guna "
                            "keuangan dan hukum yang tinggi selama masa pemeriksaan, tetapi "
                            "setelah itu hampir tidak bernilai bagi generasi mendatang; "
                            "retensinya cukup panjang lalu musnah. Rencana Strategis dinas "
                            "mungkin jarang dibuka setelah periodenya berakhir, tetapi "
                            "merekam arah kebijakan daerah dan menjadi sumber sejarah; karena "
                            "itu layak dipermanenkan.</p>",
                        ),
                        ("heading", "Kolom-kolom JRA"),
                        (
                            "text",
                            "<ul>"
                            "<li><strong>Kode klasifikasi</strong> dan <strong>jenis arsip</strong>, "
                            "biasanya dalam bentuk berkas.</li>"
                            "<li><strong>Retensi aktif</strong>: lama simpan di unit pengolah.</li>"
                            "<li><strong>Retensi inaktif</strong>: lama simpan di unit kearsipan.</li>"
                            "<li><strong>Keterangan</strong>: Musnah, Permanen, atau Dinilai "
                            "Kembali.</li>"
                            "</ul>"
                            "<p>JRA dibedakan menjadi JRA fasilitatif, untuk arsip kegiatan "
                            "pendukung yang ada di semua instansi seperti keuangan dan "
                            "kepegawaian, dan JRA substantif untuk arsip pelaksanaan tugas pokok, "
                            "misalnya layanan perpustakaan dan pembinaan kearsipan.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "note",
                                "title": "Bagaimana JRA daerah ditetapkan",
                                "text": (
                                    "<p>JRA pemerintah daerah disusun oleh daerah, dimintakan "
                                    "persetujuan Kepala ANRI, lalu ditetapkan dengan peraturan "
                                    "kepala daerah. JRA yang belum disetujui ANRI belum dapat "
                                    "dijadikan dasar pemusnahan.</p>"
                                    "<p>JRA juga perlu ditinjau ulang ketika ada urusan atau "
                                    "kegiatan baru, atau ketika peraturan yang menjadi dasar "
                                    "retensi berubah. Usulan perubahan disampaikan melalui unit "
                                    "kearsipan dan mengikuti jalur persetujuan yang sama.</p>"
                                ),
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "templat-jra",
                                "note": "Contoh tabel JRA latihan yang dipakai dalam pelajaran berikutnya.",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Pertanyaan saat menilai satu jenis arsip",
                                "items": [
                                    "Berapa lama unit pengolah masih sering memakainya?",
                                    "Apakah ada kewajiban hukum atau pemeriksaan keuangan yang terkait?",
                                    "Apakah arsip ini membuktikan hak warga atau aset daerah?",
                                    "Apakah informasinya penting bagi sejarah daerah?",
                                ],
                            },
                        ),
                    ],
                },
                {
                    "title": "Membaca dan Menerapkan JRA",
                    "slug": "membaca-dan-menerapkan-jra",
                    "required": True,
                    "minutes": 90,
                    "summary": "Cara menghitung retensi sejak berkas ditutup dan menentukan tindakan penyusutan untuk setiap berkas.",
                    "body": [
                        (
                            "text",
                            "<p>Membaca JRA berarti mencocokkan berkas dengan baris JRA melalui "
                            "kode klasifikasi, lalu menghitung kapan setiap tahap retensi "
                            "berakhir. Retensi dihitung sejak berkas ditutup, bukan sejak naskah "
                            "pertama dibuat.</p>",
                        ),
                        ("heading", "Contoh perhitungan"),
                        (
                            "text",
                            "<p>Berkas pengadaan bahan pustaka tahun 2023 (PUS.01.01) ditutup "
                            "Desember 2023. Pada templat JRA latihan, retensi aktifnya 2 tahun "
                            "dan inaktifnya 3 tahun dengan keterangan Musnah.</p>"
                            "<ul>"
                            "<li>Disimpan di unit pengolah sampai akhir 2025.</li>"
                            "<li>Dipindahkan ke unit kearsipan pada awal 2026.</li>"
                            "<li>Disimpan sebagai arsip inaktif sampai akhir 2028.</li>"
                            "<li>Dapat diusulkan musnah mulai 2029, melalui penilaian dan "
                            "persetujuan.</li>"
                            "</ul>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Retensi dapat tertunda",
                                "text": (
                                    "<p>Walaupun retensinya habis, arsip yang berkaitan dengan "
                                    "perkara yang masih berjalan, pemeriksaan yang belum tuntas, "
                                    "atau larangan dalam peraturan tidak boleh dimusnahkan. "
                                    "Tandai berkas seperti ini agar tidak ikut dalam usul "
                                    "musnah.</p>"
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Arti Dinilai Kembali",
                                "text": (
                                    "<p>Keterangan Dinilai Kembali berarti nasib akhir arsip "
                                    "belum dapat dipastikan saat JRA disusun. Setelah retensi "
                                    "habis, panitia penilai menilai ulang isi berkas: bisa "
                                    "menjadi permanen, dimusnahkan, atau diperpanjang "
                                    "retensinya.</p>"
                                ),
                            },
                        ),
                        ("heading", "Dari JRA ke program kerja tahunan"),
                        (
                            "text",
                            "<p>JRA baru bermanfaat bila dijalankan secara teratur. Unit "
                            "kearsipan dapat menyusun kalender sederhana: pada awal tahun, unit "
                            "pengolah menutup berkas tahun sebelumnya dan memperbarui daftar "
                            "berkas; pada triwulan pertama, berkas yang habis retensi aktifnya "
                            "diusulkan pindah; pada pertengahan tahun, unit kearsipan "
                            "menyeleksi arsip inaktif yang habis retensinya untuk dinilai. "
                            "Dengan kalender ini, penyusutan menjadi kegiatan rutin yang masuk "
                            "ke rencana kerja dan anggaran, bukan pekerjaan darurat ketika "
                            "gudang sudah penuh.</p>",
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Tentukan tindakan untuk enam berkas",
                                "instructions": (
                                    "<p>Gunakan templat JRA latihan. Untuk setiap berkas berikut, "
                                    "hitung akhir retensi aktif dan inaktif, lalu tentukan "
                                    "tindakan yang tepat pada tahun 2026:</p>"
                                    "<ol>"
                                    "<li>Undangan rapat koordinasi tahun 2023 (UMU.01.01), ditutup "
                                    "Desember 2023.</li>"
                                    "<li>Rencana Strategis dinas 2019-2023 (PRE.01.01), ditutup "
                                    "Desember 2023.</li>"
                                    "<li>SPJ belanja tahun 2016 (KEU.02.01), ditutup Desember 2016, "
                                    "dan pemeriksaan atasnya sudah tuntas.</li>"
                                    "<li>Pengadaan bahan pustaka tahun 2020 (PUS.01.01), ditutup "
                                    "Desember 2020.</li>"
                                    "<li>Laporan perpustakaan keliling tahun 2022 (PUS.02.03), "
                                    "ditutup Desember 2022.</li>"
                                    "<li>Supervisi kearsipan tahun 2020 (ARS.01.01), ditutup "
                                    "Desember 2020.</li>"
                                    "</ol>"
                                ),
                                "deliverable": "Tabel enam baris: berkas, kode, tahun ditutup, akhir retensi aktif, akhir retensi inaktif, dan tindakan tahun 2026.",
                                "minutes": 50,
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Periksa jawaban Anda",
                                "items": [
                                    "Perhitungan dimulai dari tahun berkas ditutup.",
                                    "Berkas yang masih aktif tidak dipindahkan terlalu cepat.",
                                    "Berkas berketerangan Permanen tidak diusulkan musnah.",
                                    "Berkas berketerangan Dinilai Kembali diajukan ke panitia penilai.",
                                ],
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "templat-jra",
                                "note": "Baris-baris JRA yang dipakai dalam latihan ini.",
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "title": "Penyusutan Arsip",
            "slug": "penyusutan-arsip",
            "group": "inti",
            "jp_theory": 2,
            "jp_practice": 3,
            "intro": (
                "Penyusutan mengurangi jumlah arsip secara sah melalui pemindahan, pemusnahan, "
                "dan penyerahan. Modul ini membahas ketiga kegiatan tersebut beserta berita "
                "acara dan daftar yang harus disiapkan."
            ),
            "lessons": [
                {
                    "title": "Pemindahan Arsip Inaktif",
                    "slug": "pemindahan-arsip-inaktif",
                    "required": True,
                    "minutes": 60,
                    "summary": "Gambaran penyusutan dan langkah memindahkan arsip inaktif dari unit pengolah ke unit kearsipan.",
                    "body": [
                        (
                            "text",
                            "<p>Penyusutan arsip adalah kegiatan pengurangan jumlah arsip "
                            "dengan tiga cara: pemindahan arsip inaktif dari unit pengolah ke "
                            "unit kearsipan, pemusnahan arsip yang tidak memiliki nilai guna, "
                            "dan penyerahan arsip statis kepada lembaga kearsipan. Ketiganya "
                            "bertumpu pada JRA dan daftar arsip yang rapi.</p>",
                        ),
                        (
                            "image",
                            {
                                "figure": "alur-penyusutan",
                                "caption": "Penyusutan mengikuti daur hidup arsip: pemindahan, lalu pemusnahan atau penyerahan sesuai keterangan JRA.",
                            },
                        ),
                        ("heading", "Dari unit pengolah ke unit kearsipan"),
                        (
                            "text",
                            "<ol>"
                            "<li>Unit pengolah mengidentifikasi berkas yang sudah habis retensi "
                            "aktifnya berdasarkan daftar berkas dan JRA.</li>"
                            "<li>Berkas diseleksi: duplikat, amplop, dan kertas kosong "
                            "disisihkan.</li>"
                            "<li>Unit pengolah menyusun daftar arsip usul pindah.</li>"
                            "<li>Berkas dimasukkan ke boks sesuai urutan daftar.</li>"
                            "<li>Pimpinan unit pengolah dan pimpinan unit kearsipan "
                            "menandatangani berita acara pemindahan dengan lampiran daftar "
                            "arsip yang dipindahkan.</li>"
                            "<li>Fisik arsip diserahkan dan dicocokkan oleh unit kearsipan.</li>"
                            "</ol>"
                            "<p>Arsip inaktif perangkat daerah yang retensinya sekurang-kurangnya "
                            "sepuluh tahun kemudian dipindahkan ke lembaga kearsipan daerah "
                            "dengan prosedur serupa.</p>"
                            "<p>Pemindahan sebaiknya dijadwalkan, misalnya sekali setahun pada "
                            "waktu yang disepakati, agar unit kearsipan dapat menyiapkan tenaga, "
                            "boks, dan ruang. Yang dipindahkan adalah berkas yang sudah ditutup "
                            "dan habis retensi aktifnya, bukan seluruh isi lemari. Berkas yang "
                            "masih sering dipakai tetap di unit pengolah meskipun tahunnya "
                            "sudah lama, dengan catatan alasannya. Setelah pemindahan, daftar "
                            "berkas di unit pengolah diberi keterangan bahwa berkas telah "
                            "dipindahkan beserta nomor berita acaranya.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Berita Acara Pemindahan Arsip",
                                "definition": "Naskah yang membuktikan serah terima arsip inaktif dari unit pengolah kepada unit kearsipan, ditandatangani pimpinan kedua unit dan dilampiri daftar arsip yang dipindahkan.",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Tanpa daftar, jangan diterima",
                                "text": (
                                    "<p>Unit kearsipan sebaiknya menolak kiriman arsip tanpa "
                                    "daftar. Menerima kardus tanpa daftar berarti memindahkan "
                                    "masalah dari ruang kerja ke ruang arsip, dan membuat "
                                    "penilaian di kemudian hari hampir mustahil.</p>"
                                ),
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Isi pokok berita acara pemindahan",
                                "items": [
                                    "Hari, tanggal, dan tempat serah terima.",
                                    "Identitas pimpinan unit pengolah dan pimpinan unit kearsipan.",
                                    "Jumlah boks dan jumlah berkas yang dipindahkan.",
                                    "Pernyataan bahwa daftar arsip terlampir dan cocok dengan fisiknya.",
                                    "Tanda tangan kedua pihak.",
                                ],
                            },
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Susun daftar arsip usul pindah",
                                "instructions": (
                                    "<p>Gunakan hasil latihan pemberkasan sepuluh naskah tahun "
                                    "2025. Andaikan sekarang awal tahun 2027. Dengan templat JRA "
                                    "latihan, tentukan berkas mana yang sudah habis retensi "
                                    "aktifnya, lalu susun daftar arsip usul pindah dan konsep "
                                    "berita acara pemindahannya.</p>"
                                ),
                                "deliverable": "Daftar arsip usul pindah dan konsep berita acara pemindahan.",
                                "minutes": 30,
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "templat-daftar-arsip",
                                "note": "Format daftar arsip yang juga dipakai sebagai daftar usul pindah.",
                            },
                        ),
                    ],
                },
                {
                    "title": "Pemusnahan Arsip",
                    "slug": "pemusnahan-arsip",
                    "required": True,
                    "minutes": 90,
                    "summary": "Syarat, tahapan, dan dokumen pemusnahan arsip, dengan latihan mengisi daftar arsip usul musnah.",
                    "body": [
                        (
                            "text",
                            "<p>Pemusnahan adalah tindakan yang tidak dapat dibatalkan, karena "
                            "itu prosedurnya paling ketat. Arsip hanya boleh dimusnahkan bila "
                            "memenuhi seluruh syarat berikut:</p>"
                            "<ul>"
                            "<li>tidak memiliki nilai guna lagi;</li>"
                            "<li>telah habis retensinya dan berketerangan Musnah dalam JRA;</li>"
                            "<li>tidak ada peraturan yang melarang pemusnahannya;</li>"
                            "<li>tidak berkaitan dengan penyelesaian proses suatu perkara.</li>"
                            "</ul>",
                        ),
                        (
                            "image",
                            {
                                "figure": "alur-pemusnahan",
                                "caption": "Tahapan pemusnahan arsip dari pembentukan panitia penilai sampai berita acara.",
                            },
                        ),
                        ("heading", "Tahapan"),
                        (
                            "text",
                            "<ol>"
                            "<li>Pimpinan membentuk <strong>panitia penilai arsip</strong>.</li>"
                            "<li>Arsiparis menyeleksi arsip inaktif yang memenuhi syarat dan "
                            "menyusun <strong>daftar arsip usul musnah</strong>.</li>"
                            "<li>Panitia menilai arsip secara fisik dan isi, lalu memberikan "
                            "pertimbangan tertulis.</li>"
                            "<li>Pimpinan pencipta arsip mengajukan permintaan persetujuan "
                            "kepada pejabat yang berwenang.</li>"
                            "<li>Setelah disetujui, pimpinan menetapkan arsip yang akan "
                            "dimusnahkan.</li>"
                            "<li>Pemusnahan dilaksanakan dan dibuatkan <strong>berita acara "
                            "pemusnahan</strong> beserta daftar arsip yang dimusnahkan.</li>"
                            "</ol>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Panitia Penilai Arsip",
                                "definition": "Tim yang dibentuk pimpinan pencipta arsip untuk menilai arsip yang akan dimusnahkan, umumnya terdiri atas pimpinan unit kearsipan, pimpinan unit pengolah yang arsipnya dinilai, dan arsiparis.",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Persetujuan dan saksi",
                                "text": (
                                    "<p>Pemusnahan arsip yang retensinya sekurang-kurangnya "
                                    "sepuluh tahun memerlukan persetujuan tertulis Kepala ANRI; "
                                    "untuk retensi di bawah sepuluh tahun, persetujuan mengikuti "
                                    "ketentuan yang berlaku di lingkungan pencipta arsip. "
                                    "Pemusnahan disaksikan oleh pejabat dari unit hukum dan/atau "
                                    "pengawasan.</p>"
                                ),
                            },
                        ),
                        (
                            "text",
                            "<p>Pemusnahan dilakukan secara total sehingga fisik dan informasinya "
                            "tidak dapat dikenali lagi, misalnya dengan pencacahan. Berita acara "
                            "pemusnahan dan daftar arsip yang dimusnahkan disimpan permanen oleh "
                            "unit kearsipan sebagai bukti bahwa pemusnahan dilakukan secara "
                            "sah.</p>"
                            "<p>Selama menunggu persetujuan, arsip usul musnah tetap disimpan "
                            "dan diamankan seperti arsip lainnya. Jangan menjual arsip sebagai "
                            "kertas bekas tanpa dicacah terlebih dahulu: isinya dapat memuat "
                            "data pribadi dan informasi keuangan yang masih harus dilindungi.</p>",
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Isi daftar arsip usul musnah",
                                "instructions": (
                                    "<p>Unit kearsipan menyimpan enam berkas inaktif: (1) "
                                    "undangan rapat 2022, (2) SPJ belanja 2015 yang pemeriksaannya "
                                    "sudah tuntas, (3) SPJ belanja 2016 yang masih menjadi bagian "
                                    "pemeriksaan kasus oleh aparat penegak hukum, (4) Rencana "
                                    "Strategis 2014-2018, (5) pengadaan bahan pustaka 2019, dan "
                                    "(6) supervisi kearsipan 2019.</p>"
                                    "<p>Dengan templat JRA latihan dan kondisi tahun 2026, "
                                    "tentukan berkas yang memenuhi syarat untuk diusulkan musnah. "
                                    "Isi daftar arsip usul musnah (nomor, kode, uraian, kurun "
                                    "waktu, jumlah, retensi, keterangan), jelaskan mengapa berkas "
                                    "lainnya tidak diusulkan, dan tulis konsep nota dinas kepada "
                                    "panitia penilai.</p>"
                                ),
                                "deliverable": "Daftar arsip usul musnah, penjelasan untuk berkas yang tidak diusulkan, dan konsep nota dinas kepada panitia penilai.",
                                "minutes": 45,
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "pp-28-2012",
                                "note": "Bagian penyusutan menjelaskan syarat persetujuan dan pelaksanaan pemusnahan.",
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "templat-jra",
                                "note": "Dasar penentuan retensi dan keterangan dalam latihan.",
                            },
                        ),
                    ],
                },
                {
                    "title": "Penyerahan Arsip Statis",
                    "slug": "penyerahan-arsip-statis",
                    "required": True,
                    "minutes": 45,
                    "summary": "Syarat dan tahapan penyerahan arsip berketerangan permanen kepada lembaga kearsipan daerah.",
                    "body": [
                        (
                            "text",
                            "<p>Arsip yang berketerangan Permanen dalam JRA dan telah habis "
                            "retensinya wajib diserahkan kepada lembaga kearsipan. Bagi perangkat "
                            "daerah kabupaten/kota, lembaga itu adalah lembaga kearsipan daerah "
                            "kabupaten/kota, yang di banyak daerah berupa Dinas Perpustakaan dan "
                            "Kearsipan. Setelah diserahkan, arsip menjadi arsip statis yang "
                            "dilestarikan dan dapat diakses publik sesuai ketentuan.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Arsip Statis",
                                "definition": "Arsip yang memiliki nilai guna kesejarahan, telah habis retensinya, berketerangan dipermanenkan, dan telah diverifikasi oleh lembaga kearsipan.",
                            },
                        ),
                        (
                            "text",
                            "<p>Penyerahan tidak hanya berlaku untuk arsip yang sudah lama. "
                            "Arsip yang sejak awal jelas bernilai sejarah, seperti dokumentasi "
                            "peristiwa penting daerah, tetap mengikuti retensi dalam JRA, tetapi "
                            "perlu dijaga keutuhannya sejak masih aktif agar layak diserahkan "
                            "kelak.</p>",
                        ),
                        ("heading", "Tahapan penyerahan"),
                        (
                            "text",
                            "<ol>"
                            "<li>Unit kearsipan menyeleksi arsip berketerangan Permanen yang "
                            "sudah habis retensinya dan menyusun daftar arsip usul serah.</li>"
                            "<li>Pimpinan pencipta arsip menyampaikan usul penyerahan kepada "
                            "lembaga kearsipan.</li>"
                            "<li>Lembaga kearsipan melakukan verifikasi dan penilaian terhadap "
                            "arsip dan daftarnya.</li>"
                            "<li>Setelah disetujui, arsip diserahkan dengan berita acara serah "
                            "terima dan daftar arsip yang diserahkan.</li>"
                            "</ol>"
                            "<p>Dinas Perpustakaan dan Kearsipan sering berada di dua sisi "
                            "sekaligus: sebagai pencipta arsip yang menyerahkan arsip statisnya "
                            "sendiri, dan sebagai lembaga kearsipan daerah yang menerima arsip "
                            "statis dari perangkat daerah lain. Karena itu petugasnya perlu "
                            "memahami prosedur dari kedua arah. Setelah penyerahan, tanggung "
                            "jawab pelestarian dan layanan akses beralih ke lembaga kearsipan, "
                            "sedangkan pencipta arsip tetap dapat memanfaatkan arsip tersebut "
                            "sesuai ketentuan akses.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "note",
                                "title": "Yang diserahkan harus dapat dipercaya",
                                "text": (
                                    "<p>Lembaga kearsipan hanya menerima arsip yang autentik, "
                                    "terpercaya, utuh, dan dapat digunakan. Berkas yang isinya "
                                    "tercampur, tidak lengkap, atau tidak memiliki daftar akan "
                                    "dikembalikan untuk dibenahi.</p>"
                                ),
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Kesiapan arsip untuk diserahkan",
                                "items": [
                                    "Berkas berketerangan Permanen dan retensinya telah habis.",
                                    "Daftar arsip usul serah lengkap dan cocok dengan fisiknya.",
                                    "Berkas utuh, tidak tercampur dengan arsip unit lain.",
                                    "Kondisi fisik dicatat, termasuk kerusakan yang ada.",
                                    "Konsep berita acara serah terima sudah disiapkan.",
                                ],
                            },
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Siapkan usul penyerahan Rencana Strategis",
                                "instructions": (
                                    "<p>Berkas Rencana Strategis dinas 2014-2018 berketerangan "
                                    "Permanen dan telah habis retensinya. Susun daftar arsip usul "
                                    "serah untuk berkas tersebut (termasuk naskah akhir, berita "
                                    "acara pembahasan, dan dokumen evaluasi), lalu tulis konsep "
                                    "surat usul penyerahan kepada lembaga kearsipan daerah.</p>"
                                ),
                                "deliverable": "Daftar arsip usul serah dan konsep surat usul penyerahan.",
                                "minutes": 25,
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "uu-43-2009",
                                "note": "Lihat pengertian arsip statis dan kewajiban penyerahan arsip statis.",
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "title": "Alih Media Arsip",
            "slug": "alih-media-arsip",
            "group": "inti",
            "jp_theory": 1,
            "jp_practice": 2,
            "intro": (
                "Alih media membuat arsip kertas tersedia dalam bentuk digital tanpa "
                "mengorbankan keautentikannya. Modul ini membahas prinsip dan prosedur alih "
                "media serta praktik baik pemindaian."
            ),
            "lessons": [
                {
                    "title": "Prinsip dan Prosedur Alih Media",
                    "slug": "prinsip-dan-prosedur-alih-media",
                    "required": True,
                    "minutes": 75,
                    "summary": "Tujuan alih media, langkah pelaksanaannya, dan dokumen yang membuat hasilnya sah.",
                    "body": [
                        (
                            "text",
                            "<p>Alih media adalah pemindahan arsip dari satu media ke media "
                            "lain, misalnya dari kertas ke berkas digital. Tujuannya dapat berupa "
                            "kemudahan akses, perlindungan arsip vital dari bencana, atau "
                            "pelestarian informasi arsip yang fisiknya mulai rapuh. Alih media "
                            "bukan jalan pintas untuk mengosongkan ruang arsip: arsip asli tetap "
                            "dikelola sesuai JRA dan ketentuan yang berlaku.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Alih Media",
                                "definition": "Kegiatan memindahkan informasi arsip dari satu bentuk media ke media lain, misalnya dari kertas ke bentuk elektronik, dengan tetap menjaga keautentikan dan keutuhan informasinya.",
                            },
                        ),
                        ("heading", "Prosedur"),
                        (
                            "text",
                            "<ol>"
                            "<li>Tetapkan kebijakan dan prioritas: arsip vital, arsip yang sering "
                            "diakses, atau arsip yang fisiknya terancam.</li>"
                            "<li>Seleksi dan siapkan fisik arsip: lepaskan penjepit, ratakan "
                            "lipatan, dan pastikan urutan halaman benar.</li>"
                            "<li>Laksanakan pemindaian sesuai ketentuan teknis.</li>"
                            "<li>Lakukan kendali mutu terhadap hasil pindai.</li>"
                            "<li>Beri nama berkas dan metadata sesuai kode klasifikasi dan "
                            "daftar arsip.</li>"
                            "<li>Buat berita acara alih media beserta daftar arsip yang "
                            "dialihmediakan.</li>"
                            "<li>Mintakan autentikasi hasil alih media kepada pimpinan yang "
                            "berwenang.</li>"
                            "<li>Simpan hasilnya di media yang aman dan buat salinan cadangan.</li>"
                            "</ol>"
                            "<p>Alih media memakan waktu dan biaya: persiapan fisik sering lebih "
                            "lama daripada pemindaian itu sendiri. Karena itu jangan "
                            "mengalihmediakan seluruh isi ruang arsip. Arsip yang sebentar lagi "
                            "habis retensinya dan berketerangan musnah umumnya tidak perlu "
                            "dialihmediakan; dana lebih baik dipakai untuk arsip vital dan "
                            "arsip yang akan disimpan lama.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Hasil pindai saja belum cukup",
                                "text": (
                                    "<p>Berkas PDF di komputer staf tanpa berita acara, daftar, "
                                    "dan autentikasi tidak dapat diperlakukan sebagai arsip "
                                    "pengganti. Dokumen pendukung itulah yang membuktikan bahwa "
                                    "hasil alih media sama dengan aslinya.</p>"
                                ),
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Unsur yang lazim dicantumkan dalam berita acara alih media",
                                "items": [
                                    "Waktu dan tempat pelaksanaan.",
                                    "Jenis media asal dan media hasil alih media.",
                                    "Jumlah dan uraian arsip yang dialihmediakan.",
                                    "Keterangan kondisi arsip dan proses alih media.",
                                    "Nama pelaksana dan tanda tangan pimpinan yang berwenang.",
                                ],
                            },
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Rencanakan alih media satu berkas arsip vital",
                                "instructions": (
                                    "<p>Dinas menyimpan berkas sertifikat tanah dan dokumen "
                                    "kepemilikan gedung perpustakaan daerah yang mulai menguning. "
                                    "Susun rencana alih media untuk berkas ini: alasan, langkah "
                                    "persiapan fisik, spesifikasi pemindaian, penamaan berkas, "
                                    "tempat penyimpanan hasil, dan perlakuan terhadap arsip "
                                    "aslinya. Lengkapi dengan konsep berita acara alih "
                                    "medianya.</p>"
                                ),
                                "deliverable": "Rencana alih media satu halaman dan konsep berita acara alih media.",
                                "minutes": 40,
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "pp-28-2012",
                                "note": "Bagian alih media dan autentikasi menjadi dasar prosedur ini.",
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "peranri-6-2021",
                                "note": "Hasil alih media menjadi arsip elektronik yang pengelolaannya mengikuti ketentuan arsip elektronik.",
                            },
                        ),
                    ],
                },
                {
                    "title": "Praktik Baik Pemindaian Arsip Kertas",
                    "slug": "praktik-baik-pemindaian-arsip-kertas",
                    "required": False,
                    "minutes": 45,
                    "summary": "Pengayaan: pengaturan pemindai, format berkas, penamaan, metadata, dan kendali mutu.",
                    "body": [
                        (
                            "text",
                            "<p>Kualitas hasil alih media ditentukan di meja pemindai. Hasil "
                            "pindai yang buram, miring, atau kehilangan halaman harus diulang, "
                            "dan pekerjaan ulang jauh lebih mahal daripada persiapan yang "
                            "cermat. Pengaturan rinci mengikuti ketentuan teknis instansi Anda; "
                            "berikut praktik yang umum dipakai.</p>",
                        ),
                        ("heading", "Pengaturan dan format"),
                        (
                            "text",
                            "<ul>"
                            "<li>Resolusi sekitar 300 dpi umumnya cukup untuk dokumen teks; "
                            "gunakan resolusi lebih tinggi untuk peta, gambar teknis, atau "
                            "tulisan yang sangat kecil.</li>"
                            "<li>Gunakan mode warna bila ada stempel, paraf berwarna, atau "
                            "tanda lain yang bermakna.</li>"
                            "<li>Banyak lembaga menyimpan berkas induk dalam format tanpa "
                            "kompresi yang merusak mutu, misalnya TIFF, dan menyediakan salinan "
                            "akses dalam PDF/A yang dirancang untuk penyimpanan jangka "
                            "panjang.</li>"
                            "</ul>",
                        ),
                        ("heading", "Penamaan dan metadata"),
                        (
                            "text",
                            "<p>Nama berkas sebaiknya mengikuti pola tetap yang dapat dibaca "
                            "manusia dan diurutkan komputer, misalnya "
                            "<em>PUS.01.01_2023_B007_001</em> untuk kode klasifikasi, tahun, "
                            "nomor berkas, dan nomor item. Metadata minimal mencakup pencipta "
                            "arsip, kode klasifikasi, uraian informasi, tanggal naskah, jumlah "
                            "halaman, tanggal alih media, dan nama pelaksana.</p>"
                            "<p>Tangani arsip dengan tangan bersih dan kering. Jangan memaksa "
                            "buku atau bundel yang dijilid rapat agar terbuka rata di atas kaca "
                            "pemindai, karena punggungnya dapat patah; gunakan pemindai buku "
                            "atau pemotretan dari atas bila tersedia. Setelah dipindai, "
                            "kembalikan naskah ke dalam folder dengan urutan semula.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "PDF/A",
                                "definition": "Varian format PDF yang distandardisasi untuk pengarsipan jangka panjang; seluruh informasi yang diperlukan untuk menampilkan dokumen, seperti huruf, disertakan di dalam berkas.",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Kendali mutu hasil pindai",
                                "items": [
                                    "Jumlah halaman sama dengan naskah asli.",
                                    "Urutan halaman benar dan tidak ada yang terbalik.",
                                    "Teks, angka, stempel, dan tanda tangan terbaca jelas.",
                                    "Gambar tidak miring dan tidak terpotong.",
                                    "Tidak ada jari, penjepit, atau benda lain yang ikut terpindai.",
                                    "Nama berkas dan metadata sesuai daftar arsip.",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Jaga kerahasiaan hasil pindai",
                                "text": (
                                    "<p>Jangan menyimpan hasil pindai di akun penyimpanan awan "
                                    "pribadi atau mengirimnya melalui aplikasi pesan. Arsip "
                                    "yang memuat data pribadi atau informasi terbatas harus "
                                    "disimpan di sistem resmi instansi dengan hak akses yang "
                                    "jelas.</p>"
                                ),
                            },
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Buat konvensi penamaan untuk tiga berkas",
                                "instructions": (
                                    "<p>Susun aturan penamaan berkas hasil pindai untuk unit "
                                    "kerja Anda, lalu terapkan pada tiga contoh: satu berkas "
                                    "pengadaan bahan pustaka, satu berkas supervisi kearsipan, "
                                    "dan satu berkas pertanggungjawaban belanja. Jelaskan "
                                    "bagaimana nama tersebut terhubung dengan daftar arsip.</p>"
                                ),
                                "deliverable": "Aturan penamaan satu paragraf dan tiga contoh nama berkas beserta metadatanya.",
                                "minutes": 20,
                            },
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ penunjang
        {
            "title": "Pemeliharaan dan Keamanan Arsip",
            "slug": "pemeliharaan-dan-keamanan-arsip",
            "group": "penunjang",
            "jp_theory": 1,
            "jp_practice": 1,
            "intro": (
                "Modul penunjang ini membahas cara merawat fisik arsip kertas, menerapkan "
                "klasifikasi keamanan dan akses, melindungi arsip vital, serta sikap etis "
                "yang diharapkan dari pengelola arsip."
            ),
            "lessons": [
                {
                    "title": "Pemeliharaan Fisik Arsip Konvensional",
                    "slug": "pemeliharaan-fisik-arsip-konvensional",
                    "required": True,
                    "minutes": 45,
                    "summary": "Faktor perusak arsip kertas dan tindakan pencegahan yang dapat dilakukan sehari-hari.",
                    "body": [
                        (
                            "text",
                            "<p>Pencipta arsip wajib memelihara arsip dinamisnya agar tetap "
                            "terjaga keautentikan, keutuhan, keamanan, dan keselamatannya. Untuk "
                            "arsip kertas, pemeliharaan terbaik adalah pencegahan: jauh lebih "
                            "murah menjaga ruang tetap kering dan bersih daripada memperbaiki "
                            "arsip yang sudah berjamur atau dimakan rayap.</p>",
                        ),
                        ("heading", "Faktor perusak arsip"),
                        (
                            "text",
                            "<ul>"
                            "<li><strong>Faktor internal</strong>: kertas yang bersifat asam, "
                            "tinta yang luntur, dan bahan tambahan seperti selotip atau lem.</li>"
                            "<li><strong>Lingkungan</strong>: suhu dan kelembapan tinggi atau "
                            "naik-turun, cahaya matahari langsung, dan debu.</li>"
                            "<li><strong>Biota</strong>: jamur, rayap, kecoak, ngengat kertas, "
                            "dan tikus.</li>"
                            "<li><strong>Bencana</strong>: banjir, kebakaran, dan gempa.</li>"
                            "<li><strong>Manusia</strong>: salah penanganan, makan dan minum di "
                            "dekat arsip, pencurian, dan vandalisme.</li>"
                            "</ul>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Suhu dan kelembapan",
                                "text": (
                                    "<p>Kestabilan lebih penting daripada angka yang sempurna. "
                                    "Untuk ruang arsip kertas, yang lazim direkomendasikan "
                                    "adalah suhu sejuk sekitar 20-24 derajat Celsius dan "
                                    "kelembapan relatif sekitar 45-60 persen. Pasang "
                                    "termohigrometer dan catat hasilnya setiap hari.</p>"
                                ),
                            },
                        ),
                        (
                            "glossary",
                            {
                                "term": "Preservasi Preventif",
                                "definition": "Upaya mencegah kerusakan arsip melalui pengendalian lingkungan, penyimpanan yang tepat, penanganan yang benar, dan kesiapsiagaan bencana, sebelum kerusakan terjadi.",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Hindari perbaikan yang merusak",
                                "text": (
                                    "<p>Jangan menambal sobekan dengan selotip dan jangan "
                                    "melaminasi arsip asli dengan laminasi panas. Kedua cara itu "
                                    "sulit atau tidak mungkin dibalik dan mempercepat kerusakan. "
                                    "Arsip yang rusak berat sebaiknya dikonsultasikan dengan "
                                    "lembaga kearsipan.</p>"
                                ),
                            },
                        ),
                        ("heading", "Kesiapsiagaan bencana"),
                        (
                            "text",
                            "<p>Banjir dan kebakaran adalah ancaman terbesar bagi arsip di "
                            "banyak daerah. Siapkan rencana sederhana: daftar arsip vital dan "
                            "lokasinya, nomor kontak petugas, jalur evakuasi, serta "
                            "perlengkapan darurat seperti plastik, boks cadangan, dan kain "
                            "penyerap. Arsip kertas yang basah sebaiknya ditangani dalam satu "
                            "sampai dua hari pertama sebelum jamur tumbuh, misalnya dengan "
                            "diangin-anginkan di ruang teduh atau dibekukan bila jumlahnya "
                            "banyak, sambil berkonsultasi dengan lembaga kearsipan.</p>",
                        ),
                        (
                            "checklist",
                            {
                                "title": "Inspeksi rutin bulanan",
                                "items": [
                                    "Catatan suhu dan kelembapan harian lengkap.",
                                    "Tidak ada jejak rayap, kotoran serangga, atau bercak jamur.",
                                    "Lantai, rak, dan boks bersih dari debu.",
                                    "Saluran air, atap, dan jendela dalam kondisi baik.",
                                    "Alat pemadam api dan detektor asap berfungsi.",
                                ],
                            },
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Inspeksi risiko ruang arsip",
                                "instructions": (
                                    "<p>Lakukan inspeksi di ruang arsip kantor Anda atau ruang "
                                    "simpan yang ditunjuk fasilitator. Catat setiap risiko "
                                    "berdasarkan lima kelompok faktor perusak, beri peringkat "
                                    "tinggi, sedang, atau rendah, dan usulkan satu tindakan "
                                    "perbaikan untuk setiap risiko tinggi.</p>"
                                ),
                                "deliverable": "Lembar inspeksi risiko dengan peringkat dan usulan tindakan.",
                                "minutes": 30,
                            },
                        ),
                    ],
                },
                {
                    "title": "Klasifikasi Keamanan, Akses, dan Arsip Vital",
                    "slug": "klasifikasi-keamanan-akses-dan-arsip-vital",
                    "required": True,
                    "minutes": 45,
                    "summary": "Tingkat klasifikasi keamanan arsip dinamis, pengaturan hak akses, dan program arsip vital.",
                    "body": [
                        (
                            "text",
                            "<p>Sistem klasifikasi keamanan dan akses arsip dinamis menetapkan "
                            "tingkat kerahasiaan setiap kelompok arsip dan siapa saja yang "
                            "berhak mengaksesnya. Penetapannya berdasarkan dampak yang timbul "
                            "bila informasi terbuka kepada pihak yang tidak berhak.</p>",
                        ),
                        (
                            "image",
                            {
                                "figure": "tingkat-klasifikasi-keamanan",
                                "caption": "Empat tingkat klasifikasi keamanan. Contoh bersifat ilustratif; tingkat sebenarnya mengikuti ketetapan di daerah Anda.",
                            },
                        ),
                        (
                            "text",
                            "<p>Hak akses diberikan berdasarkan jabatan dan kepentingan tugas, "
                            "bukan kedekatan pribadi. Sebagian besar arsip di Dinas Perpustakaan "
                            "dan Kearsipan berada pada tingkat biasa atau terbatas. Arsip yang "
                            "memuat data pribadi, seperti berkas kepegawaian atau data anggota "
                            "perpustakaan, perlu dibatasi aksesnya.</p>"
                            "<p>Dalam praktik, klasifikasi keamanan tampak pada tiga hal: sifat "
                            "naskah yang dicantumkan di kepala naskah dinas, cara penyimpanan "
                            "(berkas terbatas dan rahasia disimpan di laci atau lemari "
                            "terkunci, terpisah dari berkas biasa), dan daftar pejabat yang "
                            "berhak mengakses setiap kelompok arsip. Tanpa daftar hak akses "
                            "tertulis, petugas arsip akan kesulitan menolak permintaan yang "
                            "tidak berhak.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "note",
                                "title": "Keterbukaan informasi publik",
                                "text": (
                                    "<p>Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan "
                                    "Informasi Publik menjadikan keterbukaan sebagai prinsip. "
                                    "Informasi hanya dapat dikecualikan melalui uji konsekuensi "
                                    "oleh Pejabat Pengelola Informasi dan Dokumentasi (PPID). "
                                    "Klasifikasi keamanan arsip perlu diselaraskan dengan daftar "
                                    "informasi yang dikecualikan.</p>"
                                ),
                            },
                        ),
                        ("heading", "Arsip vital"),
                        (
                            "glossary",
                            {
                                "term": "Arsip Vital",
                                "definition": "Arsip yang keberadaannya merupakan persyaratan dasar bagi kelangsungan operasional pencipta arsip, tidak dapat diperbarui, dan tidak tergantikan apabila rusak atau hilang.",
                            },
                        ),
                        (
                            "text",
                            "<p>Contoh arsip vital di dinas antara lain sertifikat tanah dan "
                            "dokumen kepemilikan gedung, dokumen kepemilikan kendaraan dinas, "
                            "perjanjian kerja sama, dan keputusan pembentukan organisasi. Program "
                            "arsip vital terdiri atas:</p>"
                            "<ol>"
                            "<li><strong>Identifikasi</strong>: mendata arsip vital dan "
                            "lokasinya.</li>"
                            "<li><strong>Perlindungan</strong>: misalnya penyimpanan di lemari "
                            "tahan api, pembuatan duplikat yang disimpan di lokasi lain, dan alih "
                            "media.</li>"
                            "<li><strong>Penyelamatan dan pemulihan</strong>: prosedur "
                            "mengevakuasi dan memulihkan arsip setelah bencana.</li>"
                            "</ol>",
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Identifikasi arsip vital dinas Anda",
                                "instructions": (
                                    "<p>Daftarkan lima arsip vital di instansi Anda. Untuk setiap "
                                    "arsip, tuliskan unit penyimpan, lokasi saat ini, risiko "
                                    "terbesar yang mengancamnya, dan satu cara perlindungan yang "
                                    "realistis untuk tahun anggaran berikutnya.</p>"
                                ),
                                "deliverable": "Tabel lima arsip vital dengan lokasi, risiko, dan usulan perlindungan.",
                                "minutes": 20,
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Tanda pengamanan arsip yang memadai",
                                "items": [
                                    "Sifat naskah dicantumkan sejak naskah dibuat.",
                                    "Berkas terbatas dan rahasia disimpan terkunci dan terpisah.",
                                    "Daftar pejabat pemegang hak akses tersedia secara tertulis.",
                                    "Arsip vital memiliki duplikat di lokasi yang berbeda.",
                                ],
                            },
                        ),
                        (
                            "document",
                            {
                                "reference": "uu-43-2009",
                                "note": "Lihat pengertian arsip vital dan kewajiban pelindungannya.",
                            },
                        ),
                    ],
                },
                {
                    "title": "Etika dan Integritas Pengelola Arsip",
                    "slug": "etika-dan-integritas-pengelola-arsip",
                    "required": False,
                    "minutes": 30,
                    "summary": "Pengayaan: nilai-nilai etis pengelola arsip dan cara menghadapi dilema di tempat kerja.",
                    "body": [
                        (
                            "text",
                            "<p>Pengelola arsip menjaga bukti. Karena itu integritasnya "
                            "menentukan apakah arsip dapat dipercaya. Dewan Arsip Internasional "
                            "(International Council on Archives) telah merumuskan kode etik bagi "
                            "arsiparis, dan organisasi profesi di Indonesia juga mendorong "
                            "sikap yang sama. Intinya sederhana: menjaga keutuhan arsip, "
                            "menghormati hak akses dan kerahasiaan, serta bekerja secara jujur "
                            "dan tidak memihak.</p>",
                        ),
                        (
                            "glossary",
                            {
                                "term": "Kode Etik",
                                "definition": "Rumusan nilai dan norma perilaku yang disepakati suatu profesi sebagai pedoman sikap anggotanya dalam menjalankan tugas, di luar kewajiban yang ditetapkan peraturan perundang-undangan.",
                            },
                        ),
                        ("heading", "Nilai-nilai pokok"),
                        (
                            "text",
                            "<ul>"
                            "<li><strong>Keutuhan</strong>: tidak menambah, mengurangi, atau "
                            "mengubah isi arsip.</li>"
                            "<li><strong>Kerahasiaan</strong>: tidak membocorkan isi arsip "
                            "terbatas atau data pribadi.</li>"
                            "<li><strong>Keadilan akses</strong>: melayani setiap pengguna yang "
                            "berhak dengan standar yang sama.</li>"
                            "<li><strong>Akuntabilitas</strong>: setiap tindakan terhadap arsip "
                            "tercatat dan dapat dipertanggungjawabkan.</li>"
                            "</ul>"
                            "<p>Nilai-nilai ini juga melindungi petugas sendiri. Petugas yang "
                            "selalu mencatat peminjaman, menolak perubahan isi arsip, dan "
                            "mengikuti prosedur penyusutan memiliki bukti bahwa ia bekerja "
                            "dengan benar bila suatu saat ada arsip yang dipersoalkan.</p>",
                        ),
                        ("heading", "Dilema yang sering muncul"),
                        (
                            "text",
                            '<p>Permintaan untuk "menyelipkan" surat yang tertinggal ke berkas '
                            "lama dengan tanggal mundur, permintaan data anggota perpustakaan "
                            "oleh pihak luar untuk keperluan promosi, tekanan untuk segera "
                            "membuang arsip karena ruangan akan direnovasi, atau atasan yang "
                            "ingin meminjam berkas tanpa mencatatnya. Semua ini tampak kecil, "
                            "tetapi dapat merusak nilai bukti arsip.</p>"
                            "<p>Kesalahan dalam naskah yang sudah menjadi arsip tidak diperbaiki "
                            "dengan mengganti lembarnya, melainkan dengan naskah baru, misalnya "
                            "ralat atau keputusan perubahan, yang kemudian diberkaskan bersama "
                            "naskah lama. Dengan cara itu riwayat keputusan tetap utuh dan "
                            "setiap perubahan dapat ditelusuri.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Tolak dengan santun, catat dengan tertib",
                                "text": (
                                    "<p>Jika menerima permintaan yang menyimpang dari prosedur, "
                                    "jelaskan aturannya dengan santun, tawarkan jalur yang benar, "
                                    "dan catat permintaan tersebut. Laporkan kepada atasan "
                                    "langsung atau unit pengawasan bila tekanan berlanjut.</p>"
                                ),
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Sikap profesional sehari-hari",
                                "items": [
                                    "Mengikuti prosedur yang sama untuk semua peminjam, termasuk pimpinan.",
                                    "Tidak membawa arsip atau salinannya untuk kepentingan pribadi.",
                                    "Melaporkan kerusakan atau kehilangan arsip segera.",
                                    "Terus memperbarui pengetahuan tentang peraturan kearsipan.",
                                ],
                            },
                        ),
                        (
                            "practice_task",
                            {
                                "title": "Diskusi studi kasus",
                                "instructions": (
                                    "<p>Seorang kepala bidang meminta Anda mengeluarkan satu "
                                    'lembar dari berkas pengadaan tahun lalu karena "ada salah '
                                    'ketik yang memalukan" menjelang pemeriksaan. Dalam '
                                    "kelompok, diskusikan: apa risikonya, bagaimana menanggapi "
                                    "permintaan itu, dan jalur apa yang benar untuk memperbaiki "
                                    "kesalahan dalam naskah yang sudah menjadi arsip.</p>"
                                ),
                                "deliverable": "Jawaban tertulis kelompok, paling banyak satu halaman.",
                                "minutes": 20,
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}
