"""Pustaka (reference library) shared by the demo courses.

Every item is our own summary written for training purposes, not a copy of the legal
or standard text. Learners are always pointed to the official text for the exact
wording.
"""

REFERENCES = [
    {
        "slug": "uu-43-2009",
        "title": "Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan (ringkasan)",
        "kind": "regulasi",
        "number": "UU No. 43 Tahun 2009",
        "year": 2009,
        "issuer": "Pemerintah Republik Indonesia",
        "summary": (
            "Undang-undang pokok yang mengatur penyelenggaraan kearsipan nasional, mulai "
            "dari pengertian arsip, kewajiban pencipta arsip, pengelolaan arsip dinamis dan "
            "statis, sampai sanksi. Setiap pengelola arsip di pemerintah daerah perlu "
            "memahaminya sebagai dasar semua prosedur kearsipan."
        ),
        "tags": ["kearsipan", "regulasi", "arsip dinamis", "arsip statis"],
        "sections": [
            {
                "heading": "Kedudukan dan ruang lingkup",
                "paragraphs": [
                    "Undang-undang ini menggantikan Undang-Undang Nomor 7 Tahun 1971 tentang "
                    "Ketentuan-Ketentuan Pokok Kearsipan. Ruang lingkupnya jauh lebih luas: "
                    "kebijakan dan pembinaan kearsipan, pengelolaan arsip dinamis dan arsip "
                    "statis, sumber daya manusia, prasarana dan sarana, organisasi kearsipan, "
                    "pendanaan, peran serta masyarakat, serta sanksi administratif dan pidana.",
                    "Arsip diperlakukan sebagai rekaman kegiatan dalam bentuk dan media apa "
                    "pun, termasuk media elektronik. Karena itu ketentuannya berlaku sama bagi "
                    "arsip kertas maupun arsip yang tercipta dalam aplikasi.",
                ],
            },
            {
                "heading": "Konsep-konsep kunci",
                "paragraphs": [
                    "Arsip dinamis adalah arsip yang digunakan secara langsung dalam kegiatan "
                    "pencipta arsip dan disimpan selama jangka waktu tertentu; jenisnya arsip "
                    "vital, arsip aktif, dan arsip inaktif. Arsip statis adalah arsip yang "
                    "memiliki nilai guna kesejarahan, telah habis retensinya, berketerangan "
                    "dipermanenkan, dan telah diverifikasi oleh lembaga kearsipan. Undang-undang "
                    "ini juga mengenal arsip terjaga, yaitu arsip negara yang berkaitan dengan "
                    "keberadaan dan kelangsungan hidup bangsa dan negara.",
                    "Pelaku kearsipan dibedakan menjadi pencipta arsip, unit pengolah (yang "
                    "menciptakan dan menyimpan arsip aktif), unit kearsipan (yang mengelola arsip "
                    "inaktif dan membina unit pengolah), serta lembaga kearsipan: ANRI, arsip "
                    "daerah provinsi, arsip daerah kabupaten/kota, dan arsip perguruan tinggi.",
                ],
            },
            {
                "heading": "Kewajiban yang paling terasa di pemerintah daerah",
                "paragraphs": [
                    "Pemerintah daerah wajib menyelenggarakan kearsipan dan membentuk lembaga "
                    "kearsipan daerah; di banyak daerah fungsi ini dijalankan oleh Dinas "
                    "Perpustakaan dan Kearsipan. Setiap perangkat daerah sebagai pencipta arsip "
                    "wajib menciptakan arsip atas kegiatannya, memberkaskan dan menyimpannya, "
                    "menyusutkannya berdasarkan Jadwal Retensi Arsip, dan menyerahkan arsip "
                    "statis kepada lembaga kearsipan.",
                ],
            },
            {
                "heading": "Sanksi dan cara memakai ringkasan ini",
                "paragraphs": [
                    "Undang-undang ini memuat sanksi administratif bagi pejabat dan pelaksana "
                    "yang lalai, serta ketentuan pidana, antara lain untuk pemusnahan arsip di "
                    "luar prosedur yang benar dan penguasaan arsip negara untuk kepentingan "
                    "pribadi. Ringkasan ini tidak menggantikan teks resmi; untuk kutipan pasal, "
                    "rujuk naskah undang-undang yang dimuat di JDIH resmi.",
                ],
            },
        ],
    },
    {
        "slug": "pp-28-2012",
        "title": (
            "Peraturan Pemerintah Nomor 28 Tahun 2012 tentang Pelaksanaan Undang-Undang "
            "Nomor 43 Tahun 2009 tentang Kearsipan (ringkasan)"
        ),
        "kind": "regulasi",
        "number": "PP No. 28 Tahun 2012",
        "year": 2012,
        "issuer": "Pemerintah Republik Indonesia",
        "summary": (
            "Peraturan pelaksanaan yang menjabarkan cara mengelola arsip dinamis dan statis, "
            "termasuk tata cara penyusutan, alih media, dan autentikasi. Inilah rujukan utama "
            "ketika menyusun prosedur pemindahan, pemusnahan, dan penyerahan arsip."
        ),
        "tags": ["kearsipan", "regulasi", "penyusutan", "arsip dinamis"],
        "sections": [
            {
                "heading": "Isi pokok",
                "paragraphs": [
                    "Peraturan ini menjabarkan undang-undang kearsipan ke dalam ketentuan yang "
                    "lebih operasional: penyelenggaraan kearsipan oleh pemerintah pusat dan "
                    "daerah, pengelolaan arsip dinamis, pengelolaan arsip statis (akuisisi, "
                    "pengolahan, preservasi, dan akses), autentikasi, organisasi kearsipan, "
                    "sumber daya manusia, serta prasarana dan sarana.",
                ],
            },
            {
                "heading": "Pengelolaan arsip dinamis",
                "paragraphs": [
                    "Pengelolaan arsip dinamis mencakup penciptaan, penggunaan dan pemeliharaan, "
                    "serta penyusutan arsip. Untuk itu pencipta arsip perlu memiliki empat "
                    "instrumen pokok: tata naskah dinas, klasifikasi arsip, Jadwal Retensi "
                    "Arsip, serta sistem klasifikasi keamanan dan akses arsip dinamis.",
                    "Daftar arsip aktif disusun oleh unit pengolah dan daftar arsip inaktif "
                    "oleh unit kearsipan. Daftar inilah yang menjadi dasar pemindahan dan "
                    "penyusutan berikutnya.",
                ],
            },
            {
                "heading": "Penyusutan arsip",
                "paragraphs": [
                    "Penyusutan dilakukan dengan tiga cara: pemindahan arsip inaktif dari unit "
                    "pengolah ke unit kearsipan, pemusnahan arsip yang tidak memiliki nilai "
                    "guna, dan penyerahan arsip statis kepada lembaga kearsipan. Setiap "
                    "langkah dicatat dengan berita acara dan daftar arsip.",
                    "Pemusnahan harus melalui penilaian panitia penilai arsip dan persetujuan "
                    "pejabat yang berwenang; untuk arsip dengan retensi sekurang-kurangnya "
                    "sepuluh tahun diperlukan persetujuan tertulis Kepala ANRI. Pemusnahan "
                    "dilakukan secara total sehingga fisik dan informasinya tidak dapat "
                    "dikenali lagi, dan disaksikan oleh pejabat dari unit hukum dan/atau "
                    "pengawasan.",
                ],
            },
            {
                "heading": "Alih media dan autentikasi",
                "paragraphs": [
                    "Alih media arsip dapat dilakukan dengan memperhatikan kondisi arsip dan "
                    "nilai informasinya. Pelaksanaannya dituangkan dalam berita acara dan "
                    "daftar arsip yang dialihmediakan, dan hasilnya diautentikasi oleh pejabat "
                    "yang berwenang. Arsip asli tetap dikelola sesuai ketentuan retensi.",
                ],
            },
        ],
    },
    {
        "slug": "perpres-95-2018",
        "title": (
            "Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis "
            "Elektronik (ringkasan)"
        ),
        "kind": "regulasi",
        "number": "Perpres No. 95 Tahun 2018",
        "year": 2018,
        "issuer": "Presiden Republik Indonesia",
        "summary": (
            "Kerangka nasional Sistem Pemerintahan Berbasis Elektronik (SPBE): tata kelola, "
            "layanan, infrastruktur, dan aplikasi. Penting bagi pengelola arsip dan "
            "perpustakaan karena layanan kearsipan dan layanan publik daring dinilai dalam "
            "kerangka ini."
        ),
        "tags": ["SPBE", "regulasi", "arsip elektronik", "TIK"],
        "sections": [
            {
                "heading": "Tujuan SPBE",
                "paragraphs": [
                    "SPBE adalah penyelenggaraan pemerintahan yang memanfaatkan teknologi "
                    "informasi dan komunikasi untuk memberikan layanan kepada pengguna SPBE. "
                    "Tujuannya tata kelola pemerintahan yang bersih, efektif, transparan, dan "
                    "akuntabel, serta pelayanan publik yang berkualitas dan terpercaya.",
                ],
            },
            {
                "heading": "Unsur-unsur SPBE",
                "paragraphs": [
                    "Peraturan ini mengatur tata kelola SPBE (antara lain arsitektur dan peta "
                    "rencana SPBE), manajemen SPBE, audit teknologi informasi dan komunikasi, "
                    "layanan SPBE, infrastruktur SPBE, dan aplikasi SPBE. Aplikasi dibedakan "
                    "menjadi aplikasi umum, yang dipakai bersama oleh banyak instansi, dan "
                    "aplikasi khusus untuk kebutuhan instansi tertentu.",
                    "Layanan SPBE terdiri atas layanan administrasi pemerintahan berbasis "
                    "elektronik, yang di dalamnya termasuk bidang kearsipan, dan layanan "
                    "publik berbasis elektronik.",
                ],
            },
            {
                "heading": "Kaitan dengan kearsipan dan perpustakaan",
                "paragraphs": [
                    "Sebagai tindak lanjut kebijakan aplikasi umum, Menteri PANRB melalui "
                    "Keputusan Nomor 679 Tahun 2020 menetapkan aplikasi umum bidang kearsipan "
                    "dinamis, yang kemudian dikenal sebagai SRIKANDI. Bagi Dinas Perpustakaan dan Kearsipan, SPBE juga menyentuh "
                    "layanan perpustakaan digital, keanggotaan daring, dan situs web layanan "
                    "yang ikut dinilai dalam evaluasi SPBE daerah.",
                ],
            },
        ],
    },
    {
        "slug": "iso-15489",
        "title": (
            "ISO 15489-1:2016 Information and documentation - Records management - "
            "Part 1: Concepts and principles (ringkasan)"
        ),
        "kind": "standar",
        "number": "ISO 15489-1:2016",
        "year": 2016,
        "issuer": "International Organization for Standardization (ISO)",
        "summary": (
            "Standar internasional tentang konsep dan prinsip manajemen arsip (records "
            "management). Berguna untuk melihat praktik kearsipan Indonesia dalam kerangka "
            "yang dipakai secara internasional, terutama saat merancang sistem arsip "
            "elektronik."
        ),
        "tags": ["standar", "manajemen arsip", "arsip elektronik"],
        "sections": [
            {
                "heading": "Ruang lingkup",
                "paragraphs": [
                    "Bagian 1 standar ini menetapkan konsep dan prinsip untuk menciptakan, "
                    "menangkap, dan mengelola arsip (records) di organisasi apa pun dan dalam "
                    "format apa pun. Standar ini tidak mengatur aplikasi tertentu; ia "
                    "menjelaskan apa yang harus dipenuhi suatu sistem dan proses kearsipan.",
                ],
            },
            {
                "heading": "Karakteristik arsip yang dapat dipercaya",
                "paragraphs": [
                    "Arsip yang baik harus autentik (benar berasal dari pihak yang disebut dan "
                    "tercipta pada waktu yang disebut), andal (isinya dapat dipercaya sebagai "
                    "gambaran kegiatan), utuh (lengkap dan tidak diubah tanpa izin), dan dapat "
                    "digunakan (dapat ditemukan, diambil, ditampilkan, dan ditafsirkan).",
                    "Ciri-ciri ini sejalan dengan tuntutan undang-undang kearsipan Indonesia "
                    "agar arsip autentik dan terpercaya sebagai alat bukti yang sah.",
                ],
            },
            {
                "heading": "Kendali dan proses kearsipan",
                "paragraphs": [
                    "Standar ini menyebut empat kendali utama: skema metadata, skema "
                    "klasifikasi kegiatan (business classification scheme), aturan akses dan "
                    "izin, serta otoritas disposisi. Dalam praktik Indonesia, keempatnya "
                    "kira-kira sepadan dengan metadata arsip, klasifikasi arsip, sistem "
                    "klasifikasi keamanan dan akses, serta Jadwal Retensi Arsip.",
                    "Proses yang diuraikan meliputi penciptaan dan penangkapan arsip, "
                    "klasifikasi dan pengindeksan, pengendalian akses, penyimpanan, penggunaan, "
                    "migrasi dan konversi, serta disposisi (pemusnahan atau pemindahan).",
                ],
            },
        ],
    },
    {
        "slug": "panduan-srikandi",
        "title": "Panduan Ringkas Penggunaan Aplikasi SRIKANDI",
        "kind": "panduan",
        "number": "",
        "year": 2024,
        "issuer": "Tim Pelatihan (ringkasan berdasarkan materi publik ANRI)",
        "summary": (
            "Panduan ringkas bergaya buku saku tentang alur kerja utama SRIKANDI (Sistem "
            "Informasi Kearsipan Dinamis Terintegrasi): naskah masuk, naskah keluar, "
            "disposisi, tanda tangan elektronik, dan pemberkasan. Nama menu dapat berbeda "
            "antarversi; ikuti panduan resmi instansi Anda."
        ),
        "tags": ["SRIKANDI", "arsip elektronik", "naskah dinas", "panduan"],
        "sections": [
            {
                "heading": "Mengenal SRIKANDI",
                "paragraphs": [
                    "SRIKANDI adalah aplikasi umum bidang kearsipan dinamis yang dikembangkan "
                    "ANRI bersama kementerian dan lembaga terkait dalam kerangka SPBE. "
                    "Aplikasi ini dipakai untuk membuat, mengirim, menerima, menindaklanjuti, "
                    "dan memberkaskan naskah dinas secara elektronik, sehingga arsip tercipta "
                    "sejak awal dengan kode klasifikasi dan metadata yang lengkap.",
                    "Sebelum dipakai, admin instansi menyiapkan struktur organisasi, akun "
                    "pengguna beserta jabatannya, serta referensi kearsipan: klasifikasi arsip, "
                    "Jadwal Retensi Arsip, dan klasifikasi keamanan dan akses. Tanpa struktur "
                    "dan referensi yang benar, alur naskah tidak akan berjalan semestinya.",
                ],
            },
            {
                "heading": "Naskah masuk dan disposisi",
                "paragraphs": [
                    "Naskah dari instansi lain yang juga memakai SRIKANDI diterima langsung di "
                    "kotak masuk. Naskah kertas yang datang dari luar diregistrasi terlebih "
                    "dahulu: hasil pindaiannya diunggah dan metadata dasarnya diisi (asal, "
                    "nomor, tanggal, hal, sifat, dan kode klasifikasi).",
                    "Pimpinan membaca naskah lalu memberi disposisi kepada bawahan, lengkap "
                    "dengan instruksi dan batas waktu. Penerima disposisi dapat meneruskan, "
                    "memberi tanggapan, atau mencatat tindak lanjut, sehingga riwayat "
                    "penanganan naskah terekam utuh.",
                ],
            },
            {
                "heading": "Naskah keluar dan tanda tangan elektronik",
                "paragraphs": [
                    "Konsep naskah disusun oleh pembuat konsep, lalu melewati verifikasi atau "
                    "persetujuan berjenjang sesuai struktur. Setiap pemeriksa dapat "
                    "mengembalikan konsep dengan catatan perbaikan.",
                    "Penandatanganan memakai tanda tangan elektronik tersertifikasi; di "
                    "instansi pemerintah sertifikatnya umumnya diterbitkan oleh Balai "
                    "Sertifikasi Elektronik (BSrE) BSSN. Setelah ditandatangani, naskah "
                    "mendapat nomor dan dikirim ke penerima; pertinggalnya tersimpan otomatis "
                    "sebagai arsip.",
                ],
            },
            {
                "heading": "Pemberkasan dan penyusutan",
                "paragraphs": [
                    "Unit pengolah membuat berkas berdasarkan kode klasifikasi, lalu "
                    "memasukkan naskah-naskah yang berkaitan ke dalam berkas tersebut. Dari "
                    "sini aplikasi dapat menampilkan daftar berkas dan daftar isi berkas, "
                    "serta menghitung retensi berdasarkan Jadwal Retensi Arsip yang sudah "
                    "dimasukkan admin.",
                    "Berkas yang telah ditutup dan habis retensi aktifnya dapat diusulkan "
                    "untuk dipindahkan ke unit kearsipan; tahap penyusutan berikutnya tetap "
                    "mengikuti prosedur penilaian dan persetujuan yang berlaku.",
                ],
            },
        ],
    },
    {
        "slug": "templat-jra",
        "title": "Templat Jadwal Retensi Arsip (contoh latihan)",
        "kind": "templat",
        "number": "",
        "year": 2025,
        "issuer": "Tim Pelatihan Kearsipan",
        "summary": (
            "Contoh tabel Jadwal Retensi Arsip untuk latihan di kelas, memakai kode "
            "klasifikasi latihan. Retensi di dalamnya bersifat ilustratif dan tidak boleh "
            "dipakai sebagai dasar penyusutan yang sebenarnya."
        ),
        "tags": ["JRA", "templat", "penyusutan", "latihan"],
        "sections": [
            {
                "heading": "Cara membaca tabel",
                "paragraphs": [
                    "Setiap baris memuat satu jenis arsip (biasanya berupa berkas), kode "
                    "klasifikasinya, lama simpan sebagai arsip aktif di unit pengolah, lama "
                    "simpan sebagai arsip inaktif di unit kearsipan, dan keterangan nasib "
                    "akhir: Musnah, Permanen, atau Dinilai Kembali.",
                ],
            },
            {
                "heading": "Cara menghitung retensi",
                "paragraphs": [
                    "Retensi dihitung sejak berkas ditutup, yaitu ketika kegiatannya selesai. "
                    "Contoh: berkas pengadaan bahan pustaka tahun 2023 ditutup pada Desember "
                    "2023. Dengan retensi aktif 2 tahun, berkas disimpan di unit pengolah "
                    "sampai akhir 2025 dan dipindahkan pada 2026. Dengan retensi inaktif 3 "
                    "tahun, berkas disimpan di unit kearsipan sampai akhir 2028 dan dapat "
                    "diusulkan musnah pada 2029.",
                ],
            },
            {
                "heading": "Catatan penting",
                "paragraphs": [
                    "Kode dan retensi di templat ini dibuat untuk latihan. Jadwal Retensi "
                    "Arsip yang berlaku di daerah Anda ditetapkan dengan peraturan kepala "
                    "daerah setelah mendapat persetujuan Kepala ANRI; selalu gunakan dokumen "
                    "resmi tersebut dalam pekerjaan sehari-hari.",
                ],
            },
        ],
        "table": {
            "columns": [
                "No",
                "Kode",
                "Jenis Arsip",
                "Retensi Aktif",
                "Retensi Inaktif",
                "Keterangan",
            ],
            "rows": [
                [
                    "1",
                    "UMU.01.01",
                    "Undangan rapat dan daftar hadir",
                    "1 tahun",
                    "1 tahun",
                    "Musnah",
                ],
                [
                    "2",
                    "PRE.01.01",
                    "Rencana Strategis perangkat daerah",
                    "5 tahun",
                    "5 tahun",
                    "Permanen",
                ],
                [
                    "3",
                    "KEU.02.01",
                    "Surat pertanggungjawaban belanja",
                    "2 tahun",
                    "8 tahun",
                    "Musnah",
                ],
                [
                    "4",
                    "PUS.01.01",
                    "Berkas pengadaan bahan pustaka",
                    "2 tahun",
                    "3 tahun",
                    "Musnah",
                ],
                [
                    "5",
                    "PUS.02.03",
                    "Jadwal dan laporan layanan perpustakaan keliling",
                    "1 tahun",
                    "2 tahun",
                    "Musnah",
                ],
                [
                    "6",
                    "ARS.01.01",
                    "Berkas supervisi kearsipan perangkat daerah",
                    "2 tahun",
                    "3 tahun",
                    "Dinilai Kembali",
                ],
                [
                    "7",
                    "ARS.01.02",
                    "Berkas bimbingan teknis kearsipan",
                    "1 tahun",
                    "2 tahun",
                    "Musnah",
                ],
                [
                    "8",
                    "ARS.02.01",
                    "Berkas penerimaan pemindahan arsip inaktif",
                    "2 tahun",
                    "8 tahun",
                    "Dinilai Kembali",
                ],
                [
                    "9",
                    "ARS.03.02",
                    "Berkas pemusnahan arsip (keputusan, berita acara, daftar)",
                    "2 tahun",
                    "8 tahun",
                    "Permanen",
                ],
                [
                    "10",
                    "ARS.03.03",
                    "Berkas penyerahan arsip statis",
                    "2 tahun",
                    "8 tahun",
                    "Permanen",
                ],
            ],
        },
    },
    {
        "slug": "templat-daftar-arsip",
        "title": "Templat Daftar Arsip Aktif dan Inaktif (contoh latihan)",
        "kind": "templat",
        "number": "",
        "year": 2025,
        "issuer": "Tim Pelatihan Kearsipan",
        "summary": (
            "Contoh formulir daftar arsip yang dipakai dalam latihan pemberkasan, penataan "
            "arsip inaktif, dan pemindahan. Kolomnya mengikuti unsur yang lazim dalam "
            "daftar berkas, daftar isi berkas, dan daftar arsip inaktif."
        ),
        "tags": ["daftar arsip", "templat", "pemberkasan", "arsip inaktif"],
        "sections": [
            {
                "heading": "Daftar arsip aktif",
                "paragraphs": [
                    "Daftar arsip aktif disusun oleh unit pengolah dan terdiri atas dua "
                    "bagian. Daftar berkas mencatat setiap berkas: nomor berkas, kode "
                    "klasifikasi, uraian informasi berkas, kurun waktu, jumlah item, dan "
                    "keterangan. Daftar isi berkas mencatat setiap naskah di dalam berkas: "
                    "nomor berkas, nomor item, kode klasifikasi, uraian informasi arsip, "
                    "tanggal, jumlah, dan keterangan.",
                ],
            },
            {
                "heading": "Daftar arsip inaktif dan daftar usul pindah",
                "paragraphs": [
                    "Daftar arsip inaktif disusun oleh unit kearsipan dan menambahkan "
                    "informasi lokasi simpan (nomor boks dan rak) serta tingkat perkembangan "
                    "arsip (asli, salinan, tembusan, atau konsep). Format yang sama dipakai "
                    "untuk daftar arsip usul pindah yang dilampirkan pada berita acara "
                    "pemindahan.",
                ],
            },
            {
                "heading": "Petunjuk pengisian",
                "paragraphs": [
                    "Uraian informasi ditulis ringkas tetapi cukup untuk ditemukan kembali, "
                    "dengan pola: kegiatan, objek atau pihak, lokasi, dan tahun. Kurun waktu "
                    "ditulis dari tanggal naskah tertua sampai termuda. Jumlah dinyatakan "
                    "dalam item, berkas, atau lembar sesuai ketentuan instansi, dan "
                    "keterangan dipakai untuk kondisi fisik atau catatan khusus.",
                ],
            },
        ],
        "table": {
            "columns": [
                "No. Berkas",
                "Kode Klasifikasi",
                "Uraian Informasi Berkas",
                "Kurun Waktu",
                "Jumlah",
                "Tingkat Perkembangan",
                "Lokasi / Keterangan",
            ],
            "rows": [
                [
                    "1",
                    "ARS.01.01",
                    "Supervisi kearsipan pada perangkat daerah tahun 2025",
                    "Jan-Mar 2025",
                    "3 item",
                    "Asli",
                    "Lemari 1, laci 2",
                ],
                [
                    "2",
                    "ARS.01.02",
                    "Bimbingan teknis kearsipan bagi Kecamatan Sukamaju",
                    "Feb 2025",
                    "2 item",
                    "Asli",
                    "Lemari 1, laci 2",
                ],
                [
                    "3",
                    "PUS.02.03",
                    "Layanan perpustakaan keliling triwulan II tahun 2025",
                    "Apr 2025",
                    "2 item",
                    "Asli",
                    "Lemari 2, laci 1",
                ],
                [
                    "4",
                    "KEU.02.01",
                    "Pertanggungjawaban belanja BBM mobil perpustakaan keliling",
                    "Apr 2025",
                    "1 item",
                    "Salinan",
                    "Asli di Subbagian Keuangan",
                ],
            ],
        },
    },
    {
        "slug": "uu-43-2007",
        "title": "Undang-Undang Nomor 43 Tahun 2007 tentang Perpustakaan (ringkasan)",
        "kind": "regulasi",
        "number": "UU No. 43 Tahun 2007",
        "year": 2007,
        "issuer": "Pemerintah Republik Indonesia",
        "summary": (
            "Undang-undang pokok tentang perpustakaan: jenis perpustakaan, standar "
            "nasional, layanan, tenaga perpustakaan, dan kewajiban pemerintah daerah. "
            "Dasar hukum utama bagi bidang perpustakaan di Dinas Perpustakaan dan "
            "Kearsipan."
        ),
        "tags": ["perpustakaan", "regulasi"],
        "sections": [
            {
                "heading": "Tujuan dan ruang lingkup",
                "paragraphs": [
                    "Undang-undang ini menempatkan perpustakaan sebagai wahana belajar "
                    "sepanjang hayat untuk mencerdaskan kehidupan bangsa. Ruang lingkupnya "
                    "meliputi koleksi, layanan, tenaga, sarana dan prasarana, "
                    "penyelenggaraan, kerja sama, peran serta masyarakat, serta pembudayaan "
                    "kegemaran membaca.",
                ],
            },
            {
                "heading": "Jenis perpustakaan dan standar",
                "paragraphs": [
                    "Jenis perpustakaan terdiri atas Perpustakaan Nasional, perpustakaan "
                    "umum, perpustakaan sekolah/madrasah, perpustakaan perguruan tinggi, dan "
                    "perpustakaan khusus. Penyelenggaraannya mengacu pada Standar Nasional "
                    "Perpustakaan yang mencakup antara lain koleksi, sarana dan prasarana, "
                    "pelayanan, tenaga, penyelenggaraan, dan pengelolaan.",
                ],
            },
            {
                "heading": "Kewajiban pemerintah daerah",
                "paragraphs": [
                    "Pemerintah daerah berkewajiban menyelenggarakan dan mengembangkan "
                    "perpustakaan umum daerah yang koleksinya mendukung pelestarian hasil "
                    "budaya daerah, serta menggalakkan gerakan gemar membaca. Karena itu "
                    "bidang perpustakaan di Dinas Perpustakaan dan Kearsipan memikul tugas "
                    "layanan langsung kepada masyarakat, termasuk layanan keliling dan "
                    "pembinaan perpustakaan desa, sekolah, dan khusus.",
                ],
            },
            {
                "heading": "Tenaga perpustakaan",
                "paragraphs": [
                    "Tenaga perpustakaan terdiri atas pustakawan dan tenaga teknis "
                    "perpustakaan. Pustakawan dituntut memiliki kompetensi profesional dan "
                    "personal, dan organisasi profesi berperan dalam pengembangan "
                    "kompetensinya.",
                ],
            },
        ],
    },
    {
        "slug": "tpbis-panduan",
        "title": "Transformasi Perpustakaan Berbasis Inklusi Sosial (TPBIS): ringkasan panduan",
        "kind": "panduan",
        "number": "",
        "year": 2023,
        "issuer": "Perpustakaan Nasional Republik Indonesia (ringkasan oleh tim pelatihan)",
        "summary": (
            "Ringkasan konsep dan strategi program Transformasi Perpustakaan Berbasis "
            "Inklusi Sosial dari Perpustakaan Nasional. Dipakai dalam bimtek strategi "
            "pengembangan perpustakaan untuk merancang layanan yang berdampak pada "
            "kesejahteraan masyarakat."
        ),
        "tags": ["perpustakaan", "TPBIS", "inklusi sosial", "panduan"],
        "sections": [
            {
                "heading": "Konsep dasar",
                "paragraphs": [
                    "Perpustakaan berbasis inklusi sosial adalah perpustakaan yang membuka "
                    "diri bagi seluruh lapisan masyarakat dan berkomitmen meningkatkan "
                    "kualitas hidup pemustakanya. Perpustakaan tidak lagi hanya menyediakan "
                    "koleksi, tetapi menjadi ruang belajar dan berbagi pengetahuan yang "
                    "mendorong masyarakat mempraktikkan pengetahuan itu dalam kehidupan "
                    "sehari-hari.",
                    "Program ini dijalankan Perpustakaan Nasional bersama perpustakaan umum "
                    "provinsi, kabupaten/kota, dan desa/kelurahan, dan pernah tercantum "
                    "sebagai kegiatan prioritas dalam perencanaan pembangunan nasional "
                    "2020-2024.",
                ],
            },
            {
                "heading": "Tiga strategi utama",
                "paragraphs": [
                    "Pertama, peningkatan layanan perpustakaan: koleksi, akses internet, dan "
                    "kegiatan yang sesuai kebutuhan warga. Kedua, pelibatan masyarakat: "
                    "perpustakaan mengajak komunitas, pelaku usaha kecil, sekolah, dan "
                    "pemerintah desa untuk merancang dan menjalankan kegiatan bersama. "
                    "Ketiga, advokasi: meyakinkan pengambil kebijakan dan pemangku kepentingan "
                    "agar memberi dukungan anggaran, regulasi, dan kemitraan.",
                ],
            },
            {
                "heading": "Contoh kegiatan",
                "paragraphs": [
                    "Kegiatan yang lazim antara lain pelatihan keterampilan berbasis bahan "
                    "bacaan (misalnya pengolahan pangan lokal atau pemasaran daring), kelas "
                    "literasi digital, pendampingan UMKM, dan kegiatan literasi anak. Setiap "
                    "kegiatan dicatat, termasuk cerita perubahan dari peserta, sebagai bukti "
                    "dampak.",
                ],
            },
            {
                "heading": "Keberlanjutan",
                "paragraphs": [
                    "Daerah didorong melakukan replikasi mandiri: memperluas pendekatan ini "
                    "ke perpustakaan desa dan kelurahan lain dengan anggaran dan mitra "
                    "sendiri. Pemantauan dan evaluasi yang rapi, termasuk data kunjungan dan "
                    "dokumentasi kegiatan, menjadi bahan advokasi tahun berikutnya.",
                ],
            },
        ],
    },
    {
        "slug": "peranri-6-2021",
        "title": (
            "Peraturan Arsip Nasional Republik Indonesia Nomor 6 Tahun 2021 tentang "
            "Pengelolaan Arsip Elektronik (ringkasan)"
        ),
        "kind": "regulasi",
        "number": "Peraturan ANRI No. 6 Tahun 2021",
        "year": 2021,
        "issuer": "Arsip Nasional Republik Indonesia",
        "summary": (
            "Peraturan ANRI yang menjadi acuan pengelolaan arsip elektronik di instansi "
            "pemerintah, sejalan dengan SPBE. Relevan ketika instansi memakai SRIKANDI atau "
            "melakukan alih media arsip kertas ke bentuk digital."
        ),
        "tags": ["arsip elektronik", "regulasi", "SPBE", "SRIKANDI"],
        "sections": [
            {
                "heading": "Latar belakang dan ruang lingkup",
                "paragraphs": [
                    "Peraturan ini ditetapkan untuk mendukung SPBE, dengan pertimbangan bahwa "
                    "pemerintahan berbasis elektronik memerlukan pengelolaan arsip elektronik "
                    "yang baik. Sasarannya kementerian, lembaga negara, pemerintahan daerah, "
                    "perguruan tinggi negeri, serta BUMN dan BUMD.",
                ],
            },
            {
                "heading": "Prinsip pengelolaan",
                "paragraphs": [
                    "Arsip elektronik harus tetap autentik, andal, utuh, dan dapat digunakan "
                    "sepanjang masa simpannya. Karena itu pengelolaannya tidak cukup dengan "
                    "menyimpan berkas digital; perlu metadata yang memadai, kendali akses, "
                    "jejak audit, dan rencana menghadapi perubahan teknologi.",
                ],
            },
            {
                "heading": "Kaitan dengan praktik sehari-hari",
                "paragraphs": [
                    "Instrumen arsip konvensional tetap berlaku di dunia elektronik: "
                    "klasifikasi arsip, Jadwal Retensi Arsip, serta klasifikasi keamanan dan "
                    "akses menjadi referensi yang dimasukkan ke aplikasi. Hasil alih media "
                    "arsip kertas juga menjadi arsip elektronik, sehingga harus dikelola "
                    "dengan prinsip yang sama. Untuk rincian ketentuan, rujuk teks resmi "
                    "peraturan ini.",
                ],
            },
        ],
    },
    {
        "slug": "permendagri-83-2022",
        "title": (
            "Peraturan Menteri Dalam Negeri Nomor 83 Tahun 2022 tentang Kode Klasifikasi "
            "Arsip di Lingkungan Kementerian Dalam Negeri dan Pemerintah Daerah (ringkasan)"
        ),
        "kind": "regulasi",
        "number": "Permendagri No. 83 Tahun 2022",
        "year": 2022,
        "issuer": "Kementerian Dalam Negeri",
        "summary": (
            "Acuan kode klasifikasi arsip yang seragam bagi Kementerian Dalam Negeri dan "
            "pemerintah daerah. Kode inilah yang dipakai dalam penomoran naskah dinas, "
            "pemberkasan, dan referensi klasifikasi di SRIKANDI."
        ),
        "tags": ["klasifikasi arsip", "regulasi", "pemerintah daerah"],
        "sections": [
            {
                "heading": "Isi pokok",
                "paragraphs": [
                    "Peraturan ini menetapkan kode klasifikasi arsip sebagai pola pengaturan "
                    "arsip secara berjenjang berdasarkan fungsi dan tugas instansi. Tujuannya "
                    "keseragaman penggunaan kode di seluruh unit kerja Kementerian Dalam "
                    "Negeri dan pemerintah daerah, sekaligus mendukung penerapan sistem "
                    "informasi kearsipan dinamis terintegrasi.",
                ],
            },
            {
                "heading": "Cara menggunakannya",
                "paragraphs": [
                    "Kode klasifikasi dipilih berdasarkan isi dan kegiatan yang direkam "
                    "naskah, bukan berdasarkan unit yang membuatnya. Kode yang sama dipakai "
                    "pada nomor naskah dinas, label berkas, daftar arsip, dan Jadwal Retensi "
                    "Arsip, sehingga satu naskah dapat dilacak dari penciptaan sampai "
                    "penyusutan.",
                    "Pemerintah daerah menyesuaikan referensi klasifikasinya, termasuk di "
                    "aplikasi, dengan peraturan ini. Gunakan lampiran resmi peraturan untuk "
                    "mencari kode yang tepat.",
                ],
            },
        ],
    },
    {
        "slug": "permendagri-1-2023",
        "title": (
            "Peraturan Menteri Dalam Negeri Nomor 1 Tahun 2023 tentang Tata Naskah Dinas "
            "di Lingkungan Pemerintah Daerah (ringkasan)"
        ),
        "kind": "regulasi",
        "number": "Permendagri No. 1 Tahun 2023",
        "year": 2023,
        "issuer": "Kementerian Dalam Negeri",
        "summary": (
            "Pedoman tata naskah dinas bagi pemerintah provinsi dan kabupaten/kota, "
            "menggantikan pedoman sebelumnya. Rujukan utama saat menyusun, menandatangani, "
            "dan mengendalikan naskah dinas, termasuk naskah dinas elektronik."
        ),
        "tags": ["naskah dinas", "regulasi", "pemerintah daerah"],
        "sections": [
            {
                "heading": "Kedudukan",
                "paragraphs": [
                    "Peraturan ini menggantikan Permendagri Nomor 54 Tahun 2009 tentang Tata "
                    "Naskah Dinas di Lingkungan Pemerintah Daerah. Pemerintah daerah perlu "
                    "menyesuaikan peraturan kepala daerah tentang tata naskah dinas serta "
                    "praktik teknisnya.",
                ],
            },
            {
                "heading": "Hal-hal pokok yang diatur",
                "paragraphs": [
                    "Jenis naskah dinas dikelompokkan menjadi naskah dinas arahan, naskah "
                    "dinas korespondensi, naskah dinas khusus, dan naskah dinas lainnya. "
                    "Peraturan ini juga mengatur penyusunan naskah dinas melalui media "
                    "elektronik dan penggunaan tanda tangan elektronik.",
                    "Selain itu diatur kewenangan penandatanganan, termasuk oleh pelaksana "
                    "tugas (Plt.), pelaksana harian (Plh.), penjabat (Pj.), dan penjabat "
                    "sementara (Pjs.), ketentuan stempel dan kop naskah dinas, serta "
                    "pengamanan naskah dinas.",
                ],
            },
            {
                "heading": "Cara memakai ringkasan ini",
                "paragraphs": [
                    "Format rinci setiap jenis naskah (susunan, contoh, dan ukuran) terdapat "
                    "dalam lampiran peraturan dan dijabarkan lebih lanjut oleh peraturan "
                    "kepala daerah masing-masing. Ringkasan ini hanya peta awal.",
                ],
            },
        ],
    },
]
