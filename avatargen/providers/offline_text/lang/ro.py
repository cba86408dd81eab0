"""Romanian phrase data (see :mod:`..lang` for the conventions).

Job titles and adjectives agree with the speaker's gender (profesor/profesoară,
curios/curioasă), written with ``<m|f>`` marks; the compound past ("am ajuns") does not
inflect. Diacritics are the standard comma-below ș and ț (GeoNames' cedilla forms are
fixed in :mod:`..places_native`). Cities take "în", workplaces "la" ("lucrez la
Spitalul Județean").
"""

AND = "și"
AT = "la"
FROM = "din"


def in_city(city: str) -> str:
    return f"în {city}"


def _ani(n: int) -> str:
    if n == 1:
        return "un an"
    return f"{n} ani" if n % 100 < 20 and n % 100 != 0 or n < 20 else f"{n} de ani"


def decorate(slots: dict) -> None:
    slots["ani"] = _ani(slots["years"])
    slots["age_ro"] = _ani(slots["age"])
    slots["Field"] = slots["field"][:1].upper() + slots["field"][1:]


OCCUPATIONS = {
    "nurse": "asistent<|ă> medical<|ă>", "doctor": "medic", "pharmacist": "farmacist<|ă>",
    "dentist": "medic stomatolog", "physiotherapist": "kinetoterapeut<|ă>",
    "psychologist": "psiholog", "veterinarian": "medic veterinar",
    "teacher": "profes<or|oară>", "professor": "cadru universitar", "librarian": "bibliotecar<|ă>",
    "software_engineer": "programat<or|oare>", "web_developer": "web developer",
    "data_analyst": "analist<|ă> de date", "graphic_designer": "designer grafic",
    "ux_designer": "designer UX", "architect": "arhitect<|ă>",
    "civil_engineer": "inginer<|ă> constructor",
    "mechanical_engineer": "inginer<|ă> mecanic", "electrician": "electrician<|ă>",
    "plumber": "instalator", "carpenter": "tâmplar", "mechanic": "mecanic auto",
    "chef": "<bucătar|bucătăreasă>", "barista": "barista", "waiter": "ospătar<|iță>",
    "baker": "<brutar|brutăriță>", "accountant": "contabil<|ă>", "lawyer": "avocat<|ă>",
    "marketing_manager": "manager de marketing", "sales_rep": "agent<|ă> de vânzări",
    "project_manager": "manager de proiect", "hr_specialist": "specialist<|ă> HR",
    "entrepreneur": "antrepren<or|oare>", "real_estate_agent": "agent<|ă> imobiliar<|ă>",
    "bank_clerk": "funcționar<|ă> bancar<|ă>", "customer_service": "operat<or|oare> call center",
    "receptionist": "recepționer<|ă>", "social_worker": "asistent<|ă> social<|ă>",
    "police_officer": "polițist<|ă>", "firefighter": "pompier<|ă>", "pilot": "pilot de linie",
    "flight_attendant": "<steward|stewardesă>", "truck_driver": "șofer<|iță> de TIR",
    "farmer": "fermier<|ă>", "hairdresser": "coafor<|eză>",
    "fitness_trainer": "antren<or|oare> de fitness",
    "shop_assistant": "vânzăt<or|oare>", "journalist": "jurnalist<|ă>",
    "photographer": "fotograf<|ă>", "translator": "traducăt<or|oare>", "musician": "muzician<|ă>",
    "writer": "scriit<or|oare>", "researcher": "cercetăt<or|oare>", "student": "student<|ă>",
    "pupil": "elev<|ă>", "retiree": "pensionar<|ă>",
}  # fmt: skip
OCCUPATION_WORDS = {
    "asistente": "nurse", "medici": "doctor", "profesori": "teacher", "studenți": "student",
    "pensionari": "retiree", "fermieri": "farmer", "programatori": "software_engineer",
    "elevi": "pupil", "șoferi": "truck_driver",
}  # fmt: skip

INTERESTS = {
    "hiking": "drumețiile", "running": "alergatul", "cycling": "ciclismul", "swimming": "înotul",
    "yoga": "yoga", "fitness": "sala de forță", "football": "fotbalul", "basketball": "baschetul",
    "tennis": "tenisul", "climbing": "cățăratul", "surfing": "surfingul", "skiing": "schiul",
    "dancing": "dansul", "martial_arts": "artele marțiale", "cooking": "gătitul",
    "baking": "prăjiturile de casă", "coffee": "cafeaua", "wine": "vinul",
    "craft_beer": "berea artizanală", "street_food": "street food-ul", "gardening": "grădinăritul",
    "houseplants": "plantele de apartament", "photography": "fotografia", "painting": "pictura",
    "drawing": "desenul", "writing": "scrisul", "reading": "cititul", "poetry": "poezia",
    "cinema": "filmele", "series": "serialele", "music": "muzica", "concerts": "concertele",
    "guitar": "chitara", "piano": "pianul", "singing": "cântatul", "karaoke": "karaoke",
    "podcasts": "podcasturile", "gaming": "jocurile video", "board_games": "jocurile de societate",
    "chess": "șahul", "anime": "anime", "comics": "benzile desenate", "travel": "călătoriile",
    "camping": "campingul", "fishing": "pescuitul", "birdwatching": "observarea păsărilor",
    "beach": "marea", "volunteering": "voluntariatul", "diy": "bricolajul",
    "knitting": "tricotatul",
    "pottery": "olăritul", "fashion": "moda", "interior_design": "amenajările interioare",
    "history": "istoria", "science": "știința", "astronomy": "astronomia",
    "languages": "limbile străine", "tech": "tehnologia", "investing": "investițiile",
    "cars": "mașinile de epocă", "motorcycles": "motocicletele", "dogs": "câinii",
    "cats": "pisicile", "theatre": "teatrul", "museums": "muzeele", "meditation": "meditația",
}  # fmt: skip
INTEREST_WORDS = {"drumeții": "hiking", "alergare": "running", "citit": "reading"}
GENDER_WORDS = {
    "femei": "female", "fete": "female", "mame": "female", "bărbați": "male", "băieți": "male",
    "tați": "male", "non-binare": "nonbinary",
}  # fmt: skip
STOPWORDS = "și în din la cu de pe pentru care ani oameni locuiesc lucrează iubesc sunt"

TRAITS = (
    "curi<os|oasă>", "calm<|ă>", "vesel<|ă>", "organizat<|ă>", "creativ<|ă>", "răbdăt<or|oare>",
    "ambiți<os|oasă>", "loial<|ă>", "relaxat<|ă>", "chibzuit<|ă>", "aventur<os|oasă>",
    "practic<|ă>", "amuzant<|ă>", "empatic<|ă>", "energic<|ă>", "independent<|ă>",
    "modest<|ă>", "sociabil<|ă>", "meticul<os|oasă>", "gener<os|oasă>", "încăpățânat<|ă>",
    "spontan<|ă>", "direct<|ă>", "deschis<|ă>", "spiritual<|ă>", "perseverent<|ă>",
    "echilibrat<|ă>", "sincer<|ă>", "visăt<or|oare>", "atent<|ă>",
)  # fmt: skip

# The TRAITS that read well after "a little" (for "{t1}, {t2} and a little {t3}").
QUIRKS = (
    "curi<os|oasă>", "aventur<os|oasă>", "încăpățânat<|ă>", "spontan<|ă>", "direct<|ă>",
    "visăt<or|oare>", "meticul<os|oasă>", "relaxat<|ă>",
)  # fmt: skip

FIELDS = {
    "nursing": "asistență medicală", "medicine": "medicină", "pharmacy": "farmacie",
    "dentistry": "medicină dentară", "physiotherapy": "kinetoterapie", "psychology": "psihologie",
    "veterinary": "medicină veterinară", "education": "pedagogie",
    "computer_science": "informatică",
    "statistics": "statistică", "mathematics": "matematică", "graphic_design": "design grafic",
    "architecture": "arhitectură", "civil_engineering": "construcții civile",
    "mechanical_engineering": "inginerie mecanică", "engineering": "inginerie",
    "electrical_installations": "electrotehnică", "plumbing": "instalații",
    "carpentry": "tâmplărie", "automotive": "mecanică auto", "culinary_arts": "gastronomie",
    "hospitality": "turism și servicii", "accounting": "contabilitate", "business": "management",
    "law": "drept", "marketing": "marketing", "journalism": "jurnalism",
    "social_work": "asistență socială", "criminology": "ordine publică", "aviation": "aviație",
    "agronomy": "agronomie", "hairdressing": "coafură", "sports_science": "educație fizică",
    "translation": "limbi moderne", "music": "muzică", "literature": "limba română",
    "biology": "biologie", "physics": "fizică", "economics": "economie", "history": "istorie",
}  # fmt: skip

INSTITUTIONS = {
    "university": ("la::Universitatea din {city}", "la::Universitatea Tehnică din {city}",
                   "la::Universitatea de Medicină din {city}"),
    "college": ("la::Școala Postliceală {brand}", "la::Colegiul {brand}"),
    "vocational": ("la::Liceul Tehnologic nr. {num} {city}", "la::Școala Profesională {brand}"),
    "school": ("la::Liceul Teoretic {brand}",),
}  # fmt: skip

WORKPLACES = {
    "hospital": ("la::Spitalul Județean {city}", "la::Spitalul Municipal {city}",
                 "la::Clinica {brand}"),
    "clinic": ("la::Policlinica {brand}", "la::Centrul Medical {brand}"),
    "dental": ("la::Cabinetul Stomatologic {brand}",),
    "vet": ("la::Clinica Veterinară {brand}",),
    "pharmacy": ("la::Farmacia {brand}",),
    "school": ("la::Școala Gimnazială nr. {num}",),
    "highschool": ("la::Liceul Teoretic {brand}", "la::Colegiul Național {brand}",
                   "la::Școala Gimnazială nr. {num}"),
    "library": ("la::Biblioteca Județeană {city}",),
    "tech": ("la::{brand} Software", "la::{brand} Tech"),
    "agency": ("la::Agenția {brand}", "la::{brand} Studio"),
    "company": ("la::{brand} SRL", "la::Grupul {brand}", "la::{surname} & Asociații"),
    "law": ("la::Cabinetul de avocatură {surname}",),
    "accounting": ("la::{brand} Contabilitate",),
    "architecture": ("la::Biroul de arhitectură {brand}",),
    "engineering": ("la::{brand} Engineering",),
    "construction": ("la::{brand} Construct",),
    "trades": ("la::{surname} Instalații", "=pe cont propriu"),
    "garage": ("la::Service Auto {brand}",),
    "restaurant": ("la::Restaurantul {brand}", "la::Bistro {brand}"),
    "cafe": ("la::Cafeneaua {brand}",),
    "bakery": ("la::Brutăria {brand}",),
    "shop": ("la::Librăria {brand}", "la::Magazinul {brand}"),
    "salon": ("la::Salonul {brand}",),
    "gym": ("la::{brand} Fitness",),
    "media": ("la::Radio {city}", "la::{brand} Media"),
    "studio": ("la::Studioul {brand}",),
    "council": ("la::Primăria {city}",),
    "police": ("la::Poliția Municipiului {city}",),
    "fire": ("la::ISU {city}",),
    "social": ("la::Direcția de Asistență Socială {city}", "la::Fundația {brand}"),
    "airline": ("la::{brand} Airlines",),
    "logistics": ("la::{brand} Logistics", "la::{surname} Transport"),
    "farm": ("=gospodăria proprie", "la::Ferma {surname}"),
    "realestate": ("la::Agenția Imobiliară {brand}",),
    "bank": ("la::Banca {brand}",),
    "callcenter": ("la::{brand} Contact Center",),
    "hotel": ("la::Hotelul {brand}",),
    "lab": ("la::Institutul {brand}",),
    "freelance": ("=freelancer",),
    "music": ("la::Filarmonica {city}", "=freelancer"),
    "own": ("la::{brand} Studio", "la::Atelierul {brand}"),
    "retired": ("=la pensie",),
}  # fmt: skip

# ------------------------------------------------------------------ bios
X_ROLE = (
    "{Occ} {in_city}", "{Occ} · {city}", "{Occ}. {city}", "!{Occ} de {ani}",
    "!Lucrez ca {occ} {in_city}", "Locuiesc {in_city}", "{Occ} {flag}", "{city} {flag} · {occ}",
    "{Occ}, {age_ro}, {city}", "!{Occ} din pasiune", "!{Occ} cu acte în regulă",
    "!{Occ} de luni până vineri",
)  # fmt: skip
X_ROLE_WP = ("{Occ} {at_wp}", "{Occ} @ {wp}", "{Occ} | {wp}", "!Lucrez {at_wp}")
X_INTERESTS = (
    "{I1}, {i2} și {i3}", "Pasiuni: {i1} și {i2}", "Weekendul = {i1}", "Timp liber: {i1}",
    "{I1} + {i2} + {i3}", "Terapia mea: {i1}", "{e1} {i1} {e2} {i2}", "Lumea mea: {i1}, {i2}, {i3}",
    "Duminica e pentru {i1}", "Iubesc {i1}", "!După muncă: {i1}", "Cea mai bună pauză: {i1}",
    "Mereu {i1}, uneori {i2}", "Preferate: {i1} și {i2}",
    "Nu pot fără {i1}",
    "Acum mă pasionează {i1}",
    "Îmi încarc bateriile cu {i1} și {i2}",
    "Liber = {i1}",
    "Iubesc {i1}, {i2} și {i3}",
)  # fmt: skip
X_TRAITS = (
    "{T1} și {t2}", "{T1}, {t2} și puțin {t3}", "{T1} din fire", "De obicei {t1}, uneori {t2}",
    "Se zice că sunt {t1}", "După prieteni, {t1}",
)  # fmt: skip
TAGLINES = (
    "Întâi cafeaua", "Învăț ceva nou în fiecare zi", "Încă îmi caut drumul",
    "Colecționez bucurii mărunte", "Gândesc prea mult", "Perfecționist<|ă> în recuperare",
    "Vânăt<or|oare> de apusuri", "Viața pe modul shuffle", "Aici pentru povești bune",
    "Pași mici, priveliști mari", "Mereu învăț", "Small talk-ul nu e pentru mine",
    "Funcționez pe gustări", "Sarcasmul e a doua mea limbă", "În căutarea luminii bune",
    "Improvizez din mers", "Paharul e pe jumătate plin", "Matinal<|ă> fără voie",
    "Bufniță de noapte",
    "Umor sec, intenții bune", "Iubesc diminețile leneșe", "Listele mă salvează",
    "Visez la o căsuță la munte", "Escapade de weekend", "Echipa ceai",
    "Alergic<|ă> la zilele de luni",
    "Suflet moale, cafea tare", "Învăț să spun nu", "Îmi plănuiesc deja următoarea călătorie",
    "Bunătatea nu costă nimic", "Mereu cu cinci minute întârziere", "Duminica e sfântă",
    "Filoz<of|oafă> de bucătărie",
    "Mai puțin scroll, mai multă viață", "Fără grabă", "O zi pe rând", "Cu picioarele pe pământ",
    "În ritmul meu", "<Mare pofticios|Mare pofticioasă>", "Zâmbește, e gratis", "Simplu și bine",
    "Optimist<|ă> incurabil<|ă>", "Munte sau mare? Amândouă", "Trăiesc clipa",
)  # fmt: skip
TIKTOK = (
    "{e1} {occ} {in_city} | {i1} + {i2}", "!ziua {occ} {e1} seara {i1}",
    "{city} 📍 {occ} | iubesc {i1}",
    "doar <un|o> {occ} care iubește {i1} și {i2} {e1}", "{i1} {e1} {i2} {e2} și viața de zi cu zi",
    "{occ} cu prea multe hobby-uri {e1}{e2}", "{occ} care iubește {i1} {e1}",
    "{e1} {i1} și {e2} {i2} din {city}",
    "{i1}, {i2} și puțin haos {e1}", "aici pentru {i1} și {i2} {e1}",
    "{occ} {in_city} • pasiune: {i1} {e1}",
    "jurnal: {i1} și {i2} {e1} {flag}", "clipuri despre {i1} și {city} {e1}",
    "{occ} | pasiuni: {i1} și {i2} {e1}",
    "nu sunt profesionist<|ă>, doar iubesc {i1} și {i2} {e1}", "{tag} {e1} {i1}",
    "{flag} {occ} • iubesc {i1} și {i2}", "{i1} și {i2}, zi de zi {e1}",
    "{i1} în timpul săptămânii, {i2} în weekend {e1}", "am {age_ro} · {occ} · iubesc {i1}",
)  # fmt: skip
IG_ROLE = (
    "{Occ} · {city}", "{Occ} | {city}", "📍 {city} | {Occ}", "{Occ} {in_city} {flag}",
    "{Occ} ✦ {city}", "{city} {flag} · {occ}", "{Occ} @ {wp}", "{Occ} • {city}",
)  # fmt: skip
IG_INTERESTS = (
    "{e1} {i1}, {e2} {i2} și {e3} {i3}", "{e1} {i1} și {e2} {i2}, mereu", "{I1}, {i2} și {i3} {e1}",
    "{e1}{e2}{e3} pasiuni: {i1}, {i2} și {i3}", "Pasiuni: {i1} & {i2} {e1}", "{e1} {i1} mereu",
    "{I1} {e1} și {i2} {e2}", "{e1} weekendul e pentru {i1}",
)  # fmt: skip
FB_WORK = (
    "!Lucrez ca {occ} {in_city}.", "{Occ}, locuiesc {in_city}.", "{Occ} {in_city}.",
    "!{Occ} de {ani}.", "!{Occ} din pasiune.",
)  # fmt: skip
FB_WORK_WP = ("{Occ} {at_wp}.", "!Lucrez {at_wp}.", "!De {ani} lucrez {at_wp}.")
FB_HOME = ("Locuiesc {in_city}.", "{city} e acasă.", "Mă simt bine {in_city}.")
FB_INTERESTS = (
    "Pasiunile mele sunt {i1} și {i2}.", "Zi de zi: {i1}, {i2} și oameni faini.",
    "{I1} e marea mea dragoste.", "Weekendurile sunt pentru {i1} și {i2}.",
    "Hobby-uri: {i1}, {i2} și {i3}.", "Timp liber: {i1} și {i2}.",
)  # fmt: skip
FB_PERSONAL = (
    "Familia și prietenii pe primul loc.", "Viața e frumoasă.",
    "Recunoscăt<or|oare> pentru fiecare zi.",
    "Mâncare bună, oameni buni.", "Încerc să trăiesc simplu.", "{Tag}.", "{T1} și {t2}.",
    "Mereu bucur<os|oasă> de o discuție.",
)  # fmt: skip
SHORT = ("{Occ} · {city}", "{Occ}, {city}", "{Occ} {in_city}", "{Occ}")

# ------------------------------------------------------------------ about
ABOUT_INTRO = (
    "!Bună, sunt {first} și lucrez ca {occ} {in_city}.",
    "!Mă numesc {first}, sunt {occ} și locuiesc {in_city}.",
    "Sunt {first}, am {age_ro} și locuiesc {in_city}.",
    "!Bună! Mă numesc {first} și sunt {occ} de {ani}.",
    "Bună! Sunt {first}, din {city}.",
    "Sunt {first}, {occ} {in_city}.",
)  # fmt: skip
ABOUT_WORK = (
    "Am ajuns în meseria asta aproape din întâmplare și nu am regretat niciodată.",
    "Ce îmi place cel mai mult la munca mea sunt oamenii pe care îi cunosc.",
    "Sunt și zile lungi, dar nu mă văd făcând altceva.",
    "!După {ani} în meserie, încă învăț ceva nou în fiecare săptămână.",
)  # fmt: skip
ABOUT_WORK_WP = (
    "Acum lucrez {at_wp} și îmi place aproape tot ce aduce fiecare zi.",
    "!De {ani} lucrez {at_wp}.",
    "Cea mai mare parte a săptămânii o petrec {at_wp}, și nicio zi nu seamănă cu alta.",
)  # fmt: skip
ABOUT_STUDY = (
    "Învăț {at_wp}, iar materia mea preferată este {field}.",
    "Între cursuri încerc să-mi fac timp și pentru mine.",
    "Acum școala e pe primul loc, iar cel mai mult îmi place {field}.",
)  # fmt: skip
ABOUT_RETIRED = (
    "După {ani} de muncă, am în sfârșit timp pentru ce îmi place.",
    "Sunt la pensie de câțiva ani și, cumva, am mai multe de făcut ca oricând.",
    "Pensia îmi prinde bine, iar agenda e la fel de plină.",
    "După o viață de muncă, acum îmi petrec timpul cu familia și cu pasiunile mele.",
)  # fmt: skip
ABOUT_EDU = (
    "Am studiat {field} {at_school}.", "Studii: {field}, {school}.",
    "{Field} {at_school} – de acolo a început totul.",
)  # fmt: skip
ABOUT_INTERESTS = (
    "!După muncă, pasiunile mele sunt {ilist}.", "În timpul liber: {i1} și {i2}.",
    "Weekendurile mele înseamnă {i1} și {i2}.", "Noua mea pasiune: {i1}; cea mai veche: {i2}.",
    "Serile libere sunt de obicei pentru {i1} sau {i2}.",
    "Cele mai mari pasiuni ale mele sunt {i1} și {i2}.",
    "Când am o oră liberă, aleg {i1}.",
    "Despre {i1} și {i2} pot vorbi ore în șir.",
)  # fmt: skip
ABOUT_TRAITS = (
    "Lumea spune că sunt {t1} și {t2}.", "Prietenii ar spune că sunt {t1}, {t2} și puțin {t3}.",
    "Eu aș spune că sunt {t1}, dar familia crede că sunt mai degrabă {t2}.",
    "În tot ce fac încerc să rămân eu: {t1} și {t2}.",
    "Dacă ar fi să numesc o calitate, aș spune că sunt {t1}.",
    "Familia spune că sunt {t1} și probabil are dreptate.",
)  # fmt: skip
ABOUT_CLOSING = (
    "Îmi place să cunosc oameni noi, așa că scrie-mi liniștit.",
    "Acum strâng bani pentru o călătorie și învăț ceva nou în fiecare săptămână.",
    "Viața trece repede, dar n-aș schimba mare lucru.", "Mulțumesc că ai trecut pe aici!",
    "Următorul plan: mai mult timp afară, mai puțin în fața telefonului.",
    "Dacă avem pasiuni comune, mi-ar face plăcere să ne cunoaștem.",
    "Cred că ce e mai bun abia urmează.",
    "O zi frumoasă tuturor!",
)  # fmt: skip

RETIRED_AS = "{former} pensionar<|ă>"

# Family roles from the description (used only when the record has that role).
FAMILY_LABELS = {
    "parent": "<tată|mamă|părinte>",
    "parent_toddler": "<tată de copil mic|mamă de copil mic|părinte de copil mic>",
    "single_parent": "<tată singur|mamă singură|părinte singur>",
    "grandparent": "<bunic|bunică|bunic(ă)>",
}  # fmt: skip
ABOUT_FAMILY = (
    "Ca {family}, zilele mele sunt pline.",
    "Pentru mine, ca {family}, timpul petrecut cu familia e cel mai de preț.",
)  # fmt: skip


def neutral(m: str, f: str) -> str:
    """A word's neutral form for nonbinary personas (see :mod:`.`): ``m(a)``, ``m/a``."""
    from avatargen.providers.offline_text.lang import slash

    return slash(m, f, paren=True)
