"""Indonesian phrase data (see :mod:`..lang` for the conventions).

Bios use the relaxed register common on Indonesian social media ("aku", "suka", "ngobrol");
the "about" text the neutral "saya".
"""

AND = "dan"
AT = "di"
FROM = "dari"


def in_city(city: str) -> str:
    return f"di {city}"


def join(items: list[str]) -> str:
    if len(items) < 3:
        return " dan ".join(items)
    return f"{', '.join(items[:-1])}, dan {items[-1]}"


OCCUPATIONS = {
    "nurse": "perawat", "doctor": "dokter", "pharmacist": "apoteker", "dentist": "dokter gigi",
    "physiotherapist": "fisioterapis", "psychologist": "psikolog", "veterinarian": "dokter hewan",
    "teacher": "guru", "professor": "dosen", "librarian": "pustakawan",
    "software_engineer": "software engineer", "web_developer": "web developer",
    "data_analyst": "analis data", "graphic_designer": "desainer grafis",
    "ux_designer": "desainer UX", "architect": "arsitek", "civil_engineer": "insinyur sipil",
    "mechanical_engineer": "insinyur mesin", "electrician": "teknisi listrik",
    "plumber": "tukang ledeng", "carpenter": "tukang kayu", "mechanic": "montir", "chef": "koki",
    "barista": "barista", "waiter": "pelayan restoran", "baker": "pembuat roti",
    "accountant": "akuntan", "lawyer": "pengacara", "marketing_manager": "manajer pemasaran",
    "sales_rep": "sales", "project_manager": "manajer proyek", "hr_specialist": "staf HRD",
    "entrepreneur": "pengusaha", "real_estate_agent": "agen properti", "bank_clerk": "teller bank",
    "customer_service": "customer service", "receptionist": "resepsionis",
    "social_worker": "pekerja sosial", "police_officer": "polisi",
    "firefighter": "petugas pemadam kebakaran", "pilot": "pilot",
    "flight_attendant": "<pramugara|pramugari>", "truck_driver": "sopir truk", "farmer": "petani",
    "hairdresser": "penata rambut", "fitness_trainer": "personal trainer",
    "shop_assistant": "pramuniaga", "journalist": "jurnalis", "photographer": "fotografer",
    "translator": "penerjemah", "musician": "musisi", "writer": "penulis",
    "researcher": "peneliti", "student": "<mahasiswa|mahasiswi>", "pupil": "pelajar SMA",
    "retiree": "pensiunan",
 "fashion_designer": "perancang busana", "trader": "trader",
}  # fmt: skip
OCCUPATION_WORDS = {
    "programmer": "software_engineer", "pelajar": "pupil", "siswa": "pupil",
    "guru-guru": "teacher", "dokter-dokter": "doctor", "perawat-perawat": "nurse",
}  # fmt: skip

INTERESTS = {
    "hiking": "mendaki gunung", "running": "lari", "cycling": "bersepeda", "swimming": "berenang",
    "yoga": "yoga", "fitness": "gym", "football": "sepak bola", "basketball": "basket",
    "tennis": "tenis", "climbing": "panjat tebing", "surfing": "selancar", "skiing": "ski",
    "dancing": "menari", "martial_arts": "bela diri", "cooking": "memasak",
    "baking": "membuat kue", "coffee": "kopi", "wine": "wine", "craft_beer": "craft beer",
    "street_food": "kuliner kaki lima", "gardening": "berkebun", "houseplants": "tanaman hias",
    "photography": "fotografi", "painting": "melukis", "drawing": "menggambar",
    "writing": "menulis", "reading": "membaca", "poetry": "puisi", "cinema": "film",
    "series": "serial", "music": "musik", "concerts": "konser", "guitar": "gitar",
    "piano": "piano", "singing": "menyanyi", "karaoke": "karaoke", "podcasts": "podcast",
    "gaming": "game", "board_games": "board game", "chess": "catur", "anime": "anime",
    "comics": "komik", "travel": "traveling", "camping": "berkemah", "fishing": "memancing",
    "birdwatching": "mengamati burung", "beach": "pantai", "volunteering": "kegiatan sosial",
    "diy": "DIY", "knitting": "merajut", "pottery": "keramik", "fashion": "fashion",
    "interior_design": "desain interior", "history": "sejarah", "science": "sains",
    "astronomy": "astronomi", "languages": "belajar bahasa", "tech": "teknologi",
    "investing": "investasi", "cars": "mobil klasik", "motorcycles": "motor", "dogs": "anjing",
    "cats": "kucing", "theatre": "teater", "museums": "museum", "meditation": "meditasi",
 "cricket": "kriket", "horse_riding": "berkuda", "skateboarding": "skateboard",
    "golf": "golf", "sailing": "berlayar", "baseball": "bisbol", "volleyball": "voli",
    "sewing": "menjahit", "hockey": "hoki", "rugby": "rugbi",
}  # fmt: skip
INTEREST_WORDS = {
    "mendaki": "hiking", "pendaki": "hiking", "naik gunung": "hiking", "pelari": "running",
    "pesepeda": "cycling", "gamer": "gaming", "jalan-jalan": "travel", "buku": "reading",
}  # fmt: skip
GENDER_WORDS = {
    "perempuan": "female", "wanita": "female", "ibu-ibu": "female", "laki-laki": "male",
    "pria": "male", "bapak-bapak": "male", "non-biner": "nonbinary",
}  # fmt: skip
STOPWORDS = (
    "dan atau di ke dari yang untuk dengan tanpa para usia umur tahun antara orang-orang orang "
    "tinggal bekerja suka senang gemar mereka sangat lebih kurang adalah ini itu"
)

TRAITS = (
    "ingin tahu", "tenang", "ceria", "teratur", "kreatif", "sabar", "ambisius", "setia",
    "santai", "bijaksana", "suka bertualang", "praktis", "lucu", "peka", "enerjik",
    "bisa diandalkan", "optimis", "mandiri", "pendiam", "supel", "teliti", "murah hati",
    "keras kepala", "spontan", "sederhana", "hangat", "jenaka", "gigih", "kalem", "jujur",
)  # fmt: skip

# The TRAITS that read well after "a little" (for "{t1}, {t2} and a little {t3}").
QUIRKS = (
    "ingin tahu", "pendiam", "teliti", "keras kepala", "spontan", "santai", "jenaka",
    "suka bertualang",
)  # fmt: skip

FIELDS = {
    "nursing": "Keperawatan", "medicine": "Kedokteran", "pharmacy": "Farmasi",
    "dentistry": "Kedokteran Gigi", "physiotherapy": "Fisioterapi", "psychology": "Psikologi",
    "veterinary": "Kedokteran Hewan", "education": "Pendidikan",
    "computer_science": "Teknik Informatika", "statistics": "Statistika",
    "mathematics": "Matematika", "graphic_design": "Desain Komunikasi Visual",
    "architecture": "Arsitektur", "civil_engineering": "Teknik Sipil",
    "mechanical_engineering": "Teknik Mesin", "engineering": "Teknik",
    "electrical_installations": "Teknik Instalasi Listrik", "plumbing": "Teknik Plambing",
    "carpentry": "Teknik Konstruksi Kayu", "automotive": "Teknik Otomotif",
    "culinary_arts": "Tata Boga", "hospitality": "Perhotelan", "accounting": "Akuntansi",
    "business": "Manajemen", "law": "Ilmu Hukum", "marketing": "Pemasaran",
    "journalism": "Jurnalistik", "social_work": "Kesejahteraan Sosial",
    "criminology": "Kriminologi", "aviation": "Penerbangan", "agronomy": "Agroteknologi",
    "hairdressing": "Tata Rias", "sports_science": "Ilmu Keolahragaan",
    "translation": "Sastra Inggris", "music": "Musik", "literature": "Sastra Indonesia",
    "biology": "Biologi", "physics": "Fisika", "economics": "Ilmu Ekonomi", "history": "Sejarah",
}  # fmt: skip

INSTITUTIONS = {
    "university": ("Universitas {city}", "Universitas Negeri {city}", "Institut Teknologi {city}"),
    "college": ("Politeknik Negeri {city}", "Akademi {brand}"),
    "vocational": ("SMK Negeri {num} {city}", "Balai Latihan Kerja {city}"),
    "school": ("SMA Negeri {num} {city}",),
}  # fmt: skip

WORKPLACES = {
    "hospital": ("RSUD {city}", "RS {brand} Medika", "Rumah Sakit {surname}"),
    "clinic": ("Klinik {brand}", "Puskesmas {city}"),
    "dental": ("Klinik Gigi {brand}",),
    "vet": ("Klinik Hewan {brand}",),
    "pharmacy": ("Apotek {brand}", "Apotek {surname}"),
    "school": ("SD Negeri {num} {city}", "SD {brand}"),
    "highschool": ("SMA Negeri {num} {city}", "SMA {brand}"),
    "library": ("Perpustakaan Daerah {city}",),
    "tech": ("{brand} Labs", "PT {brand} Teknologi", "{brand} Digital"),
    "agency": ("{brand} Studio", "Agensi {brand}"),
    "company": ("PT {brand} Indonesia", "CV {surname} Jaya", "PT {brand} Solusi"),
    "law": ("Kantor Hukum {surname} & Rekan",),
    "accounting": ("KAP {surname} & Rekan", "Kantor Akuntan {surname}"),
    "architecture": ("{brand} Arsitek", "Studio {brand}"),
    "engineering": ("PT {brand} Engineering", "CV {surname} Teknik"),
    "construction": ("PT {surname} Konstruksi", "CV {brand} Bangun"),
    "trades": ("CV {surname} Teknik", "=wiraswasta"),
    "garage": ("Bengkel {surname}", "Bengkel {brand} Motor"),
    "restaurant": ("Restoran {brand}", "Rumah Makan {surname}", "Warung {surname}"),
    "cafe": ("Kopi {brand}", "Kafe {brand}"),
    "bakery": ("Toko Roti {brand}",),
    "shop": ("Toko Buku {brand}", "Toko {surname}", "{brand} Store"),
    "salon": ("Salon {brand}",),
    "gym": ("{brand} Fitness", "{brand} Gym"),
    "media": ("Harian {city}", "Radio {city}", "{brand} Media"),
    "studio": ("Studio Foto {brand}",),
    "council": ("Pemkot {city}", "Kantor Wali Kota {city}"),
    "police": ("Polres {city}",),
    "fire": ("Dinas Pemadam Kebakaran {city}",),
    "social": ("Dinas Sosial {city}", "Yayasan {brand}"),
    "airline": ("{brand} Air", "{brand} Airlines"),
    "logistics": ("PT {brand} Logistik", "{surname} Ekspres"),
    "farm": ("=kebun sendiri", "=sawah keluarga"),
    "realestate": ("{brand} Properti",),
    "bank": ("Bank {brand}",),
    "callcenter": ("{brand} Contact Center",),
    "hotel": ("Hotel {brand}", "Grand {brand} Hotel"),
    "lab": ("Lembaga Riset {brand}", "Pusat Penelitian {city}"),
    "freelance": ("=freelance", "=wiraswasta"),
    "music": ("Orkestra {city}", "=freelance"),
    "own": ("{brand} & Co", "Toko {brand}", "Studio {brand}"),
    "retired": ("=pensiunan",),
}  # fmt: skip

# ------------------------------------------------------------------ bios
X_ROLE = (
    "{Occ} {in_city}", "{Occ} · {city}", "{Occ}. {city}", "{Occ} {from_city}",
    "!{Occ} sepenuh hati", "!{Occ} full-time", "Sudah {years} tahun jadi {occ}",
    "Bangga jadi {occ}", "Kerja sebagai {occ} {in_city}", "Tinggal {in_city}, kerja sebagai {occ}",
    "!{Occ} di hari kerja", "{Occ} {flag}", "{city} {flag} · {occ}", "{Occ}, {age}, {city}",
    "Siang jadi {occ}", "{Occ} yang cinta {city}", "Cuma {occ} biasa {in_city}",
)  # fmt: skip
X_ROLE_WP = (
    "{Occ} {at_wp}", "{Occ} @ {wp}", "{Occ} | {wp}", "{Occ} {at_wp}, {city}",
    "Sekarang: {occ} {at_wp}", "Kerja {at_wp}",
)  # fmt: skip
X_INTERESTS = (
    "{I1}, {i2} & {i3}", "Suka {i1} dan {i2}", "Pecinta {i1}", "Akhir pekan = {i1}",
    "Selalu semangat soal {i1}", "Ajak aku ngobrol soal {i1}", "Waktu luang = {i1}",
    "{I1} + {i2} + {i3}", "Antara {i1} dan {i2}", "Agak terobsesi sama {i1}", "Minggu = {i1}",
    "{e1} {i1} {e2} {i2}", "Terapiku: {i1}", "Lebih banyak {i1}, lebih sedikit layar",
    "Penggemar {i1}", "!Pulang kerja: {i1}",
)  # fmt: skip
X_TRAITS = (
    "{T1} dan {t2}", "{T1}, {t2}, dan sedikit {t3}", "{T1} dari sananya",
    "Kadang {t1}, kadang {t2}", "Kata teman, aku {t1}", "Biasanya {t1}",
)  # fmt: skip
TAGLINES = (
    "Kopi dulu", "Belajar tiap hari", "Masih mencari jati diri", "Berusaha baik setiap hari",
    "Tim anjing", "Tim kucing", "Overthinker profesional", "Perfeksionis yang lagi belajar santai",
    "Kolektor kebahagiaan kecil", "Hidup itu satu playlist", "Di sini demi cerita-cerita bagus",
    "Langkah kecil, pemandangan besar", "Pemburu senja", "Selalu belajar",
    "Payah dalam basa-basi", "Hidup dari camilan", "Sarkasme bahasa ibuku",
    "Mengejar cahaya yang pas", "Improvisasi terus", "Gelas setengah penuh",
    "Terpaksa bangun pagi", "Kalong malam", "Jokes receh, niat baik",
    "Penggemar pagi yang santai", "Bikin daftar bikin hati tenang",
    "Masih percaya surat tulisan tangan", "Suatu hari punya rumah di gunung",
    "Jalan-jalan akhir pekan", "Tim teh", "Alergi hari Senin", "Hati lembut, kopi kuat",
    "Belajar bilang tidak", "Memimpikan perjalanan berikutnya", "Kebaikan itu gratis",
    "Kritikus kuliner amatir", "Selalu agak telat", "!<Ayah|Ibu> dua anak",
    "<Om|Tante> yang bangga", "Keluarga besar, hati besar", "Minggu untuk keluarga",
    "Filsuf warung kopi", "Teman semua anjing", "Kurangi scroll, perbanyak hidup", "Simpel aja",
    "Jalani hari satu per satu", "Tetap membumi", "Nggak buru-buru",
)  # fmt: skip
TIKTOK = (
    "{e1} {occ} {in_city} | {i1} + {i2}", "siang {occ} {e1} malam {i1}",
    "{city} 📍 {occ} yang suka {i1}", "cuma {occ} yang posting soal {i1} {e1}",
    "{i1} {e1} {i2} {e2} dan kehidupan {occ}", "pov: {occ} dengan kebanyakan hobi {e1}{e2}",
    "kehidupan {occ} + {i1} {e1}", "{e1} {i1} | {e2} {i2} | {city}", "{i1} & chaos {occ} {e1}",
    "di sini buat {i1} dan good vibes {e1}", "terobsesi {i1} {e1} {occ} {in_city}",
    "{occ} {in_city} • {i1} {e1}", "datang karena {i1}, stay karena chaos {e1}",
    "diary {i1} {e1} {flag}", "teman {i1} kamu {e1}", "klip {i1} dan {city} {e1}",
    "{occ} | {i1} | {i2} {e1}", "bukan pro, cuma suka {i1} {e1}", "{tag} {e1}",
    "{flag} {occ} • {i1} • {i2}", "{occ} lagi di era {i1} {e1}",
)  # fmt: skip
IG_ROLE = (
    "{Occ} · {city}", "{Occ} | {city}", "📍 {city} | {Occ}", "{Occ} {in_city} {flag}",
    "{Occ} ✦ {city}", "{city} {flag} · {occ}", "{Occ} @ {wp}", "{Occ} {from_city}",
)  # fmt: skip
IG_INTERESTS = (
    "{e1} {i1} · {e2} {i2} · {e3} {i3}", "{e1} {i1} | {e2} {i2}", "{I1}, {i2} & {i3} {e1}",
    "{e1}{e2}{e3} {i1}, {i2}, {i3}", "Suka {i1} & {i2} {e1}", "{e1} {i1} selalu",
    "{I1} {e1} {i2} {e2}", "{e1} akhir pekan = {i1}",
)  # fmt: skip
FB_WORK = (
    "Bekerja sebagai {occ} {in_city}.", "Saya {occ} {in_city}.", "{Occ} {in_city}.",
    "Sudah {years} tahun jadi {occ} {in_city}.", "Bangga menjadi {occ} {in_city}.",
)  # fmt: skip
FB_WORK_WP = (
    "{Occ} {at_wp}.", "Bekerja {at_wp}.", "Bangga bekerja {at_wp}.", "{Occ} {at_wp}, {city}.",
)  # fmt: skip
FB_HOME = ("Tinggal {in_city}.", "{city} adalah rumahku.", "Senang tinggal {in_city}.")
FB_INTERESTS = (
    "Suka {i1} dan {i2}.", "Senang {i1}, {i2}, dan kumpul bareng teman.",
    "Penggemar berat {i1}.", "Akhir pekan untuk {i1} dan {i2}.",
    "Selalu senang ngobrol soal {i1}.", "Hobi: {i1}, {i2}, dan {i3}.",
    "Waktu luang: {i1} dan {i2}.",
)  # fmt: skip
FB_PERSONAL = (
    "Keluarga dan teman nomor satu.", "Hidup itu indah.", "Bersyukur setiap hari.",
    "Makanan enak, orang baik.", "Berusaha hidup sederhana.", "{Tag}.", "{T1} dan {t2}.",
    "Selalu siap ngobrol.",
)  # fmt: skip
SHORT = ("{Occ} · {city}", "{Occ}, {city}", "{Occ} {in_city}", "{Occ}")

# ------------------------------------------------------------------ about
ABOUT_INTRO = (
    "!Halo, saya {first}! Saya bekerja sebagai {occ} {in_city}.",
    "Saya {first}, seorang {occ} yang tinggal {in_city}.",
    "Nama saya {first}, dan saya {occ} {in_city}.",
    "Saya sudah {years} tahun menjadi {occ} {in_city}.",
    "!Halo! Saya {first}, umur {age} tahun, tinggal {in_city} dan bekerja sebagai {occ}.",
    "Saya {first}, {age} tahun, {occ}, dan {city} adalah rumah saya.",
)  # fmt: skip
ABOUT_WORK = (
    "Saya masuk ke bidang ini hampir secara kebetulan dan tidak pernah menyesal.",
    "Yang paling saya suka dari pekerjaan ini adalah orang-orang yang saya temui.",
    "Ada hari-hari yang panjang, tapi saya tidak bisa membayangkan melakukan hal lain.",
    "Setelah {years} tahun, saya masih belajar hal baru setiap minggu.",
)  # fmt: skip
ABOUT_WORK_WP = (
    "Sekarang saya bekerja {at_wp} dan menikmati hampir semua hal dari rutinitas sehari-hari.",
    "Saya sudah sekitar {years} tahun bekerja {at_wp}.",
    "Sebagian besar minggu saya habiskan {at_wp}, dan tidak ada hari yang sama.",
)  # fmt: skip
ABOUT_STUDY = (
    "Saya belajar {field} {at_wp}, dan ada minggu-minggu yang cukup padat.",
    "Saat ini saya {at_wp}, dan pelajaran favorit saya adalah {field}.",
    "Di sela-sela jadwal {at_wp}, saya berusaha menyisihkan waktu untuk diri sendiri.",
)  # fmt: skip
RETIRED_AS = "pensiunan {former}"
ABOUT_RETIRED = (
    "Setelah {years} tahun bekerja, akhirnya saya punya waktu untuk hal-hal yang saya sukai.",
    "Saya pensiun beberapa tahun lalu dan entah kenapa malah lebih sibuk dari sebelumnya.",
    "Masa pensiun ini menyenangkan, dan jadwal saya tetap penuh.",
    '[retired]Saya {years} tahun menjadi {former}, dan sampai sekarang masih rindu orang-orangnya.',
    '[retired]Sebelum pensiun saya seorang {former}; sekarang waktu saya milik saya sendiri.',
    '[retired]Bertahun-tahun menjadi {former} mengajari saya kesabaran.',
    '[retired]Orang masih sering minta saran dari pengalaman saya sebagai {former}.',
)  # fmt: skip
ABOUT_EDU = (
    "Saya kuliah {field} {at_school}.", "Saya menempuh pendidikan {field} {at_school}.",
    "Dulu saya belajar {field} {at_school}, dan itu membentuk cara saya bekerja.",
)  # fmt: skip
ABOUT_INTERESTS = (
    "!Di luar pekerjaan, saya paling suka {ilist}.", "Di waktu luang, saya senang {i1} dan {i2}.",
    "Akhir pekan saya biasanya diisi dengan {i1} dan {i2}.",
    "Belakangan ini saya mulai mencoba {i1}, sementara {i2} sudah jadi passion saya sejak lama.",
    "Kalau ada malam kosong, biasanya saya pakai untuk {i1} atau {i2}.",
)  # fmt: skip
ABOUT_TRAITS = (
    "Orang-orang bilang saya {t1} dan {t2}.",
    "Teman-teman saya akan bilang saya {t1}, {t2}, dan sedikit {t3}.",
    "Saya merasa diri saya {t1}, tapi keluarga bilang saya lebih {t2}.",
    "Saya berusaha {t1} dan {t2} dalam semua hal.",
)  # fmt: skip
ABOUT_CLOSING = (
    "Saya senang kenalan dengan orang baru, jadi jangan ragu menyapa.",
    "Sekarang saya sedang menabung untuk liburan dan belajar hal baru setiap minggu.",
    "Hidup memang sibuk, tapi saya tidak mau banyak mengubahnya.", "Terima kasih sudah mampir!",
    "Target berikutnya: lebih banyak waktu di luar rumah dan lebih sedikit main HP.",
)  # fmt: skip


def neutral(m: str, f: str) -> str:
    """A word's neutral form for nonbinary personas: the unmarked (masculine) job title,
    which this language uses for everyone."""
    return m


# Job titles for nonbinary personas where the label table has two forms.
NEUTRAL_OCCUPATIONS = {"flight_attendant": "awak kabin"}


# Family roles from the description ("parents of toddlers"); neutral: "orang tua".
FAMILY_LABELS = {
    "parent": "<ayah|ibu|orang tua>",
    "parent_toddler": "<ayah|ibu|orang tua> dari balita",
    "single_parent": "<ayah tunggal|ibu tunggal|orang tua tunggal>",
    "grandparent": "<kakek|nenek|kakek/nenek>",
}
ABOUT_FAMILY = (
    "Saya juga seorang {family}, jadi hari-hari saya mulai pagi dan jarang sesuai rencana.",
    "Menjadi {family} adalah bagian terindah sekaligus paling melelahkan dalam hidup saya.",
    "Sebagai {family}, saya belajar melakukan hampir semuanya dengan satu tangan.",
)
