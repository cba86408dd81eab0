"""Turkish phrase data (see :mod:`..lang` for the conventions).

Turkish marks place with suffixes: :func:`in_city` and :func:`at` add the locative
("İstanbul'da", "Nimbus Labs'ta") and :func:`from_city` the ablative with vowel harmony
and consonant assimilation; institution names ending in a possessive ("Hastanesi") give
their full phrase (``"Name=>Name'nde"``). Templates keep nouns in the nominative.
"""

AND = "ve"
_BACK = "aıouAIOU"
_FRONT = "eiöüEİÖÜ"
_HARD = "fstkçşhpFSTKÇŞHP"


def _suffix(word: str, front: str, back: str) -> str:
    vowel = next((ch for ch in reversed(word) if ch in _BACK or ch in _FRONT), "a")
    suffix = back if vowel in _BACK else front
    if word[-1:] in _HARD:
        suffix = "t" + suffix[1:]
    return f"{word}'{suffix}"


def in_city(city: str) -> str:
    return _suffix(city, "de", "da")


def from_city(city: str) -> str:
    return _suffix(city, "den", "dan")


def at(name: str) -> str:
    return _suffix(name, "de", "da")


def capitalize(text: str) -> str:
    first = {"i": "İ", "ı": "I"}.get(text[:1], text[:1].upper())
    return first + text[1:]


OCCUPATIONS = {
    "nurse": "hemşire", "doctor": "doktor", "pharmacist": "eczacı", "dentist": "diş hekimi",
    "physiotherapist": "fizyoterapist", "psychologist": "psikolog", "veterinarian": "veteriner",
    "teacher": "öğretmen", "professor": "öğretim görevlisi", "librarian": "kütüphaneci",
    "software_engineer": "yazılım mühendisi", "web_developer": "web geliştirici",
    "data_analyst": "veri analisti", "graphic_designer": "grafik tasarımcı",
    "ux_designer": "UX tasarımcı", "architect": "mimar", "civil_engineer": "inşaat mühendisi",
    "mechanical_engineer": "makine mühendisi", "electrician": "elektrikçi",
    "plumber": "tesisatçı", "carpenter": "marangoz", "mechanic": "oto tamircisi", "chef": "aşçı",
    "barista": "barista", "waiter": "garson", "baker": "fırıncı", "accountant": "muhasebeci",
    "lawyer": "avukat", "marketing_manager": "pazarlama müdürü",
    "sales_rep": "satış temsilcisi", "project_manager": "proje yöneticisi",
    "hr_specialist": "İK uzmanı", "entrepreneur": "girişimci", "real_estate_agent": "emlakçı",
    "bank_clerk": "bankacı", "customer_service": "çağrı merkezi temsilcisi",
    "receptionist": "resepsiyonist", "social_worker": "sosyal hizmet uzmanı",
    "police_officer": "polis memuru", "firefighter": "itfaiyeci", "pilot": "pilot",
    "flight_attendant": "kabin memuru", "truck_driver": "tır şoförü", "farmer": "çiftçi",
    "hairdresser": "kuaför", "fitness_trainer": "kişisel antrenör",
    "shop_assistant": "satış danışmanı", "journalist": "gazeteci", "photographer": "fotoğrafçı",
    "translator": "çevirmen", "musician": "müzisyen", "writer": "yazar",
    "researcher": "araştırmacı", "student": "üniversite öğrencisi", "pupil": "lise öğrencisi",
    "retiree": "emekli",
 "fashion_designer": "moda tasarımcısı", "trader": "borsa yatırımcısı",
}  # fmt: skip
OCCUPATION_WORDS = {
    "yazılımcılar": "software_engineer", "yazılımcı": "software_engineer",
    "geliştiriciler": "software_engineer", "mühendisler": "civil_engineer",
    "öğrenciler": "student", "öğrenci": "student", "doktorlar": "doctor",
    "hemşireler": "nurse", "öğretmenler": "teacher", "emekliler": "retiree",
}  # fmt: skip

INTERESTS = {
    "hiking": "doğa yürüyüşü", "running": "koşu", "cycling": "bisiklet", "swimming": "yüzme",
    "yoga": "yoga", "fitness": "spor salonu", "football": "futbol", "basketball": "basketbol",
    "tennis": "tenis", "climbing": "tırmanış", "surfing": "sörf", "skiing": "kayak",
    "dancing": "dans", "martial_arts": "dövüş sanatları", "cooking": "yemek yapmak",
    "baking": "pasta yapmak", "coffee": "kahve", "wine": "şarap", "craft_beer": "craft bira",
    "street_food": "sokak lezzetleri", "gardening": "bahçecilik", "houseplants": "saksı bitkileri",
    "photography": "fotoğrafçılık", "painting": "resim", "drawing": "çizim",
    "writing": "yazı yazmak", "reading": "kitap okumak", "poetry": "şiir", "cinema": "sinema",
    "series": "diziler", "music": "müzik", "concerts": "konserler", "guitar": "gitar",
    "piano": "piyano", "singing": "şarkı söylemek", "karaoke": "karaoke", "podcasts": "podcast",
    "gaming": "video oyunları", "board_games": "kutu oyunları", "chess": "satranç",
    "anime": "anime", "comics": "çizgi roman", "travel": "seyahat", "camping": "kamp",
    "fishing": "balık tutmak", "birdwatching": "kuş gözlemi", "beach": "deniz kenarı",
    "volunteering": "gönüllülük", "diy": "kendin yap projeleri", "knitting": "örgü",
    "pottery": "seramik", "fashion": "moda", "interior_design": "dekorasyon", "history": "tarih",
    "science": "bilim", "astronomy": "astronomi", "languages": "yabancı diller",
    "tech": "teknoloji", "investing": "yatırım", "cars": "klasik arabalar",
    "motorcycles": "motosikletler", "dogs": "köpekler", "cats": "kediler", "theatre": "tiyatro",
    "museums": "müzeler", "meditation": "meditasyon",
 "cricket": "kriket", "horse_riding": "binicilik", "skateboarding": "kaykay",
    "golf": "golf", "sailing": "yelken", "baseball": "beyzbol", "volleyball": "voleybol",
    "sewing": "dikiş", "hockey": "hokey", "rugby": "ragbi",
}  # fmt: skip
INTEREST_WORDS = {
    "yürüyüş": "hiking", "doğa": "hiking", "kitap": "reading", "okumak": "reading",
    "oyuncular": "gaming", "gezginler": "travel", "koşucular": "running",
}  # fmt: skip
GENDER_WORDS = {
    "kadınlar": "female", "kadın": "female", "kızlar": "female", "anneler": "female",
    "erkekler": "male", "erkek": "male", "babalar": "male",
}  # fmt: skip
STOPWORDS = (
    "ve veya ile icin olan olanlar yasinda yas arasi arasinda yaslari insanlar kisiler kisi "
    "yasayan yasayanlar calisan calisanlar seven sevenler bir bu cok daha az gibi de da"
)

TRAITS = (
    "meraklı", "sakin", "neşeli", "düzenli", "yaratıcı", "sabırlı", "hırslı", "sadık", "rahat",
    "düşünceli", "maceracı", "pratik", "esprili", "empatik", "enerjik", "güvenilir", "iyimser",
    "bağımsız", "sessiz", "sosyal", "titiz", "cömert", "inatçı", "spontane", "mütevazı",
    "sıcakkanlı", "hazırcevap", "kararlı", "soğukkanlı", "dürüst",
)  # fmt: skip

# The TRAITS that read well after "a little" (for "{t1}, {t2} and a little {t3}").
QUIRKS = (
    "meraklı", "maceracı", "sessiz", "titiz", "inatçı", "spontane", "rahat", "hazırcevap",
)  # fmt: skip

FIELDS = {
    "nursing": "hemşirelik", "medicine": "tıp", "pharmacy": "eczacılık",
    "dentistry": "diş hekimliği", "physiotherapy": "fizyoterapi", "psychology": "psikoloji",
    "veterinary": "veterinerlik", "education": "eğitim bilimleri",
    "computer_science": "bilgisayar mühendisliği", "statistics": "istatistik",
    "mathematics": "matematik", "graphic_design": "grafik tasarım", "architecture": "mimarlık",
    "civil_engineering": "inşaat mühendisliği", "mechanical_engineering": "makine mühendisliği",
    "engineering": "mühendislik", "electrical_installations": "elektrik tesisatı",
    "plumbing": "tesisatçılık", "carpentry": "marangozluk", "automotive": "otomotiv",
    "culinary_arts": "aşçılık", "hospitality": "turizm ve otelcilik", "accounting": "muhasebe",
    "business": "işletme", "law": "hukuk", "marketing": "pazarlama", "journalism": "gazetecilik",
    "social_work": "sosyal hizmet", "criminology": "kriminoloji", "aviation": "havacılık",
    "agronomy": "ziraat", "hairdressing": "kuaförlük", "sports_science": "spor bilimleri",
    "translation": "mütercim tercümanlık", "music": "müzik", "literature": "Türk dili ve edebiyatı",
    "biology": "biyoloji", "physics": "fizik", "economics": "iktisat", "history": "tarih",
}  # fmt: skip

INSTITUTIONS = {
    "university": ("{city} Üniversitesi=>{city} Üniversitesi'nde",
                   "{city} Teknik Üniversitesi=>{city} Teknik Üniversitesi'nde"),
    "college": ("{city} Meslek Yüksekokulu=>{city} Meslek Yüksekokulu'nda",),
    "vocational": ("{city} Mesleki ve Teknik Anadolu Lisesi"
                   "=>{city} Mesleki ve Teknik Anadolu Lisesi'nde",),
    "school": ("{city} Anadolu Lisesi=>{city} Anadolu Lisesi'nde",),
}  # fmt: skip

WORKPLACES = {
    "hospital": ("{city} Şehir Hastanesi=>{city} Şehir Hastanesi'nde",
                 "Özel {brand} Hastanesi=>Özel {brand} Hastanesi'nde"),
    "clinic": ("{brand} Tıp Merkezi=>{brand} Tıp Merkezi'nde",
               "{city} Aile Sağlığı Merkezi=>{city} Aile Sağlığı Merkezi'nde"),
    "dental": ("{brand} Diş Kliniği=>{brand} Diş Kliniği'nde",),
    "vet": ("{brand} Veteriner Kliniği=>{brand} Veteriner Kliniği'nde",),
    "pharmacy": ("{brand} Eczanesi=>{brand} Eczanesi'nde",),
    "school": ("{city} İlkokulu=>{city} İlkokulu'nda",
    "{surname} İlkokulu=>{surname} İlkokulu'nda"),
    "highschool": ("{city} Anadolu Lisesi=>{city} Anadolu Lisesi'nde",),
    "library": ("{city} İl Halk Kütüphanesi=>{city} İl Halk Kütüphanesi'nde",),
    "tech": ("{brand} Yazılım", "{brand} Teknoloji", "{brand} Labs"),
    "agency": ("{brand} Ajans", "{brand} Tasarım"),
    "company": ("{brand} Holding", "{surname} Ticaret", "{brand} Grup"),
    "law": ("{surname} Hukuk Bürosu=>{surname} Hukuk Bürosu'nda",),
    "accounting": ("{surname} Mali Müşavirlik",),
    "architecture": ("{brand} Mimarlık",),
    "engineering": ("{brand} Mühendislik",),
    "construction": ("{surname} İnşaat",),
    "trades": ("{surname} Tesisat", "=kendi işim"),
    "garage": ("{surname} Oto Servis",),
    "restaurant": ("{brand} Restoran", "{surname} Lokantası=>{surname} Lokantası'nda"),
    "cafe": ("{brand} Kahve", "{brand} Kafe"),
    "bakery": ("{surname} Fırını=>{surname} Fırını'nda",),
    "shop": ("{brand} Kitabevi=>{brand} Kitabevi'nde", "{brand} Mağazası=>{brand} Mağazası'nda"),
    "salon": ("{brand} Kuaför",),
    "gym": ("{brand} Fitness", "{brand} Spor Merkezi=>{brand} Spor Merkezi'nde"),
    "media": ("{city} Gazetesi=>{city} Gazetesi'nde", "Radyo {city}"),
    "studio": ("{brand} Fotoğraf Stüdyosu=>{brand} Fotoğraf Stüdyosu'nda",),
    "council": ("{city} Belediyesi=>{city} Belediyesi'nde",),
    "police": ("{city} Emniyet Müdürlüğü=>{city} Emniyet Müdürlüğü'nde",),
    "fire": ("{city} İtfaiyesi=>{city} İtfaiyesi'nde",),
    "social": ("{city} Sosyal Hizmet Merkezi=>{city} Sosyal Hizmet Merkezi'nde",
               "{brand} Vakfı=>{brand} Vakfı'nda"),
    "airline": ("{brand} Hava Yolları=>{brand} Hava Yolları'nda",),
    "logistics": ("{surname} Lojistik",),
    "farm": ("=kendi çiftliğim",),
    "realestate": ("{brand} Emlak",),
    "bank": ("{brand} Bank",),
    "callcenter": ("{brand} Çağrı Merkezi=>{brand} Çağrı Merkezi'nde",),
    "hotel": ("Otel {brand}", "{brand} Otel"),
    "lab": ("{brand} Araştırma Enstitüsü=>{brand} Araştırma Enstitüsü'nde",),
    "freelance": ("=serbest",),
    "music": ("{city} Senfoni Orkestrası=>{city} Senfoni Orkestrası'nda", "=serbest"),
    "own": ("{brand} Atölye", "{brand} Butik"),
    "retired": ("=emekli",),
}  # fmt: skip

# ------------------------------------------------------------------ bios
X_ROLE = (
    "{in_city} {occ}", "{Occ} · {city}", "{Occ}. {city}", "{from_city} bir {occ}",
    "!Tam zamanlı {occ}", "{years} yıldır {occ}", "Gururlu bir {occ}", "!Hafta içi {occ}",
    "{Occ} {flag}", "{city} {flag} · {occ}", "{Occ}, {age}, {city}", "Gündüzleri {occ}",
    "{in_city} yaşayan bir {occ}", "{city} aşığı bir {occ}", "!İşini seven bir {occ}",
)  # fmt: skip
X_ROLE_WP = (
    "{Occ} @ {wp}", "{Occ} | {wp}", "{at_wp} {occ}", "Şu an: {at_wp} {occ}",
    "{at_wp} çalışıyorum",
)  # fmt: skip
X_INTERESTS = (
    "{I1}, {i2} ve {i3}", "İlgi alanlarım: {i1} ve {i2}", "Hafta sonları: {i1} ve {i2}",
    "Boş zaman = {i1}", "{I1} + {i2} + {i3}", "Terapim: {i1}", "{e1} {i1} {e2} {i2}",
    "Vazgeçilmezim: {i1}", "Daha çok {i1}, daha az ekran", "Pazarları {i1}",
    "!İşten sonra: {i1}", "En sevdiklerim: {i1} ve {i2}", "Her zaman {i1}, bazen {i2}",
)  # fmt: skip
X_TRAITS = (
    "{T1} ve {t2}", "{T1}, {t2} ve biraz {t3}", "Doğuştan {t1}", "Çoğu zaman {t1}, bazen {t2}",
    "Arkadaşlarıma göre {t1}", "Genelde {t1}",
)  # fmt: skip
TAGLINES = (
    "Önce kahve", "Her gün yeni bir şey öğreniyorum", "Hâlâ kendimi keşfediyorum",
    "Her gün biraz daha nazik", "Köpek insanı", "Kedi insanı", "Her şeyi fazla düşünen biri",
    "İyileşmekte olan bir mükemmeliyetçi", "Küçük mutluluklar koleksiyoncusu",
    "Hayat bir çalma listesi", "Güzel hikâyeler için buradayım",
    "Küçük adımlar, büyük manzaralar", "Gün batımı avcısı", "Öğrenmeye devam",
    "Küçük sohbetlerde berbatım", "Atıştırmalıkla çalışırım", "Sarkazm ana dilim",
    "Güzel ışığın peşinde", "Doğaçlama yaşıyorum", "Bardağın dolu tarafı",
    "İsteksiz bir sabahçı", "Gece kuşu", "Kötü espriler, iyi niyetler",
    "Yavaş sabahların hayranı", "Listeler beni mutlu eder",
    "Hâlâ el yazısı mektuplara inanıyorum", "Bir gün dağ evim olacak", "Hafta sonu kaçamakları",
    "Çaysız olmaz", "Pazartesi alerjisi", "Yumuşak kalp, sert kahve", "Hayır demeyi öğreniyorum",
    "Sıradaki seyahati hayal ediyorum", "Nezaket bedavadır", "Amatör yemek eleştirmeni",
    "Hep biraz geç kalırım", "!İki çocuk <babası|annesi>", "Gururlu <amca|teyze>",
    "Kalabalık aile, kocaman kalp", "Pazarlar aileye ayrılır", "Mutfak filozofu",
    "Her köpeğin arkadaşı", "Daha az kaydır, daha çok yaşa", "Sade ve net",
    "Her gün yeni bir gün", "Ayakları yere basan biri", "Acele yok",
)  # fmt: skip
TIKTOK = (
    "{e1} {in_city} {occ} | {i1} + {i2}", "gündüz {occ} {e1} gece {i1}",
    "{city} 📍 {i1} seven bir {occ}", "sadece {i1} paylaşan bir {occ} {e1}",
    "{i1} {e1} {i2} {e2} ve {occ} hayatı", "pov: çok fazla hobisi olan bir {occ} {e1}{e2}",
    "{occ} hayatı + {i1} {e1}", "{e1} {i1} | {e2} {i2} | {city}", "{i1} ve {occ} kaosu {e1}",
    "{i1} ve iyi enerji için buradayım {e1}", "{in_city} {occ} • {i1} {e1}",
    "{i1} günlüğü {e1} {flag}", "{city} ve {i1} videoları {e1}", "{occ} | {i1} | {i2} {e1}",
    "profesyonel değil, sadece meraklı {e1} {i1}", "{tag} {e1}", "{flag} {occ} • {i1} • {i2}",
    "{i1} dönemindeyim {e1}",
)  # fmt: skip
IG_ROLE = (
    "{Occ} · {city}", "{Occ} | {city}", "📍 {city} | {Occ}", "{in_city} {occ} {flag}",
    "{Occ} ✦ {city}", "{city} {flag} · {occ}", "{Occ} @ {wp}", "{from_city} {occ}",
)  # fmt: skip
IG_INTERESTS = (
    "{e1} {i1} · {e2} {i2} · {e3} {i3}", "{e1} {i1} | {e2} {i2}", "{I1}, {i2} ve {i3} {e1}",
    "{e1}{e2}{e3} {i1}, {i2}, {i3}", "{I1} & {i2} {e1}", "{e1} {i1} her zaman",
    "{I1} {e1} {i2} {e2}", "{e1} hafta sonu = {i1}",
)  # fmt: skip
FB_WORK = (
    "{in_city} {occ} olarak çalışıyorum.", "{years} yıldır {in_city} {occ} olarak çalışıyorum.",
    "Mesleğim: {occ}.", "{in_city} yaşayan bir {occ}.", "!İşini seven bir {occ}.",
)  # fmt: skip
FB_WORK_WP = (
    "{at_wp} {occ} olarak çalışıyorum.", "{at_wp} çalışıyorum.",
    "{years} yıldır {at_wp} çalışıyorum.", "{Occ}, {wp}.",
)  # fmt: skip
FB_HOME = ("{in_city} yaşıyorum.", "{city} benim evim.", "{city} aşığıyım.")
FB_INTERESTS = (
    "{I1} ve {i2} vazgeçilmezim.", "{I1}, {i2} ve güzel sohbetler.",
    "Hobilerim: {i1}, {i2} ve {i3}.", "Hafta sonları: {i1} ve {i2}.",
    "En büyük keyfim: {i1}.", "Benim için {i1} bir yaşam biçimi.",
)  # fmt: skip
FB_PERSONAL = (
    "Önce aile ve dostlar.", "Hayat güzel.", "Her gün için şükür.", "İyi yemek, iyi insanlar.",
    "Sade yaşamaya çalışıyorum.", "{Tag}.", "{T1} ve {t2}.", "Sohbete her zaman varım.",
)  # fmt: skip
SHORT = ("{Occ} · {city}", "{Occ}, {city}", "{in_city} {occ}", "{Occ}")

# ------------------------------------------------------------------ about
ABOUT_INTRO = (
    "!Merhaba, ben {first}! {in_city} {occ} olarak çalışıyorum.",
    "Ben {first}, {in_city} yaşayan bir {occ}.",
    "!Adım {first}, {in_city} {occ} olarak çalışıyorum.",
    "{years} yıldır {in_city} {occ} olarak çalışıyorum.",
    "!Merhaba! Ben {first}, {age} yaşındayım, {in_city} yaşıyorum ve {occ} olarak çalışıyorum.",
    "Ben {first}, {age} yaşında bir {occ}; evim {city}.",
)  # fmt: skip
ABOUT_WORK = (
    "Bu mesleğe neredeyse tesadüfen başladım ve hiç pişman olmadım.",
    "İşimde en çok tanıştığım insanları seviyorum.",
    "Bazı günler uzun sürüyor ama kendimi başka bir işte hayal edemiyorum.",
    "{years} yıl sonra bile her hafta yeni bir şey öğreniyorum.",
)  # fmt: skip
ABOUT_WORK_WP = (
    "Şu an {at_wp} çalışıyorum ve işimin neredeyse her anından keyif alıyorum.",
    "Yaklaşık {years} yıldır {at_wp} çalışıyorum.",
    "Haftamın büyük kısmı {at_wp} geçiyor ve hiçbir gün birbirine benzemiyor.",
)  # fmt: skip
ABOUT_STUDY = (
    "{at_wp} okuyorum; en sevdiğim ders {field}.",
    "{at_wp} derslerin arasında kendime vakit ayırmaya çalışıyorum.",
    "Şu sıralar en çok {field} ile uğraşıyorum ve bazı haftalar epey yoğun geçiyor.",
)  # fmt: skip
RETIRED_AS = "emekli {former}"
ABOUT_RETIRED = (
    "{years} yıl çalıştıktan sonra nihayet sevdiğim şeylere vakit ayırabiliyorum.",
    "Birkaç yıl önce emekli oldum ve nasıl olduysa hiç olmadığım kadar meşgulüm.",
    "Emeklilik bana iyi geldi, ajandam hâlâ dolu.",
    '[retired]{years} yıl {former} olarak çalıştım, insanları hâlâ özlüyorum.',
    '[retired]Emekli olmadan önce {former} idim; artık zamanım bana ait.',
    '[retired]{Former} olarak geçen yıllar bana sabrı öğretti, hâlâ işime yarıyor.',
    '[retired]İnsanlar hâlâ {former} olduğum yıllardan tavsiye istiyor.',
)  # fmt: skip
ABOUT_EDU = (
    "{at_school} {field} okudum.", "{at_school} {field} eğitimi aldım.",
    "Yıllar önce {at_school} {field} okudum ve bu, çalışma şeklimi belirledi.",
)  # fmt: skip
ABOUT_INTERESTS = (
    "!İş dışında en çok {ilist} ile ilgileniyorum.",
    "Boş zamanlarımda {i1} ve {i2} vazgeçilmezim.", "Hafta sonlarım {i1} ve {i2} ile geçiyor.",
    "Kısa süre önce {i1} ile tanıştım, {i2} ise yıllardır tutkum.",
    "Boş bir akşamım olduğunda genelde {i1} ya da {i2} ile vakit geçiririm.",
)  # fmt: skip
ABOUT_TRAITS = (
    "İnsanlar beni {t1} ve {t2} biri olarak tanımlar.",
    "Arkadaşlarım {t1}, {t2} ve biraz da {t3} olduğumu söyler.",
    "Kendimi {t1} biri olarak görüyorum, ailem ise daha çok {t2} olduğumu düşünüyor.",
    "Yaptığım her şeyde {t1} ve {t2} olmaya çalışıyorum.",
)  # fmt: skip
ABOUT_CLOSING = (
    "Yeni insanlarla tanışmayı severim, selam vermekten çekinme.",
    "Şu sıralar bir seyahat için para biriktiriyorum ve her hafta yeni bir şey öğreniyorum.",
    "Hayat hızlı akıyor ama pek bir şeyi değiştirmezdim.", "Uğradığın için teşekkürler!",
    "Listemde sırada: daha çok açık hava, daha az telefon.",
)  # fmt: skip


# Family roles from the description ("parents of toddlers"); neutral: "ebeveyn".
FAMILY_LABELS = {
    "parent": "<bir baba|bir anne|bir ebeveyn>",
    "parent_toddler": "<küçük bir çocuk babası|küçük bir çocuk annesi|küçük bir çocuk ebeveyni>",
    "single_parent": "<bekâr bir baba|bekâr bir anne|bekâr bir ebeveyn>",
    "grandparent": "<bir dede|bir büyükanne|torun sahibi biri>",
}
ABOUT_FAMILY = (
    "{Family} olarak günlerim erken başlıyor ve nadiren plana uygun gidiyor.",
    "{Family} olmak hayatımın en güzel ve en yorucu kısmı.",
    "{Family} olarak neredeyse her şeyi tek elle yapmayı öğrendim.",
)
