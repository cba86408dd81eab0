"""Dutch phrase data (see :mod:`..lang` for the conventions)."""

AND = "en"
AT = "bij"
FROM = "uit"


def in_city(city: str) -> str:
    return f"in {city}"


OCCUPATIONS = {
    "nurse": "verpleegkundige", "doctor": "arts", "pharmacist": "apotheker",
    "dentist": "tandarts", "physiotherapist": "fysiotherapeut", "psychologist": "psycholoog",
    "veterinarian": "dierenarts", "teacher": "leerkracht", "professor": "universitair docent",
    "librarian": "bibliothecaris", "software_engineer": "softwareontwikkelaar",
    "web_developer": "webdeveloper", "data_analyst": "data-analist",
    "graphic_designer": "grafisch ontwerper", "ux_designer": "UX-designer",
    "architect": "architect", "civil_engineer": "civiel ingenieur",
    "mechanical_engineer": "werktuigbouwkundig ingenieur", "electrician": "elektricien",
    "plumber": "loodgieter", "carpenter": "timmerman", "mechanic": "automonteur", "chef": "kok",
    "barista": "barista", "waiter": "<ober|serveerster>", "baker": "bakker",
    "accountant": "boekhouder", "lawyer": "advocaat", "marketing_manager": "marketingmanager",
    "sales_rep": "accountmanager", "project_manager": "projectmanager",
    "hr_specialist": "HR-adviseur", "entrepreneur": "ondernemer", "real_estate_agent": "makelaar",
    "bank_clerk": "bankmedewerker", "customer_service": "klantenservicemedewerker",
    "receptionist": "receptionist<|e>", "social_worker": "maatschappelijk werker",
    "police_officer": "politieagent", "firefighter": "brandweer<man|vrouw>", "pilot": "piloot",
    "flight_attendant": "<steward|stewardess>", "truck_driver": "vrachtwagenchauffeur",
    "farmer": "<boer|boerin>", "hairdresser": "<kapper|kapster>",
    "fitness_trainer": "personal trainer", "shop_assistant": "<verkoper|verkoopster>",
    "journalist": "journalist", "photographer": "fotograaf", "translator": "vertaler",
    "musician": "muzikant", "writer": "<schrijver|schrijfster>", "researcher": "onderzoeker",
    "student": "student<|e>", "pupil": "scholier", "retiree": "gepensioneerde",
 "fashion_designer": "modeontwerper", "trader": "trader",
}  # fmt: skip
OCCUPATION_WORDS = {
    "verpleegkundigen": "nurse", "verpleegsters": "nurse", "artsen": "doctor",
    "dokters": "doctor", "leraren": "teacher", "docenten": "teacher", "leerkrachten": "teacher",
    "programmeurs": "software_engineer", "ontwikkelaars": "software_engineer",
    "studenten": "student", "gepensioneerden": "retiree", "boeren": "farmer", "koks": "chef",
    "scholieren": "pupil", "onderzoekers": "researcher", "politieagenten": "police_officer",
}  # fmt: skip

INTERESTS = {
    "hiking": "wandelen", "running": "hardlopen", "cycling": "fietsen", "swimming": "zwemmen",
    "yoga": "yoga", "fitness": "fitness", "football": "voetbal", "basketball": "basketbal",
    "tennis": "tennis", "climbing": "klimmen", "surfing": "surfen", "skiing": "skiën",
    "dancing": "dansen", "martial_arts": "vechtsport", "cooking": "koken", "baking": "bakken",
    "coffee": "koffie", "wine": "wijn", "craft_beer": "speciaalbier", "street_food": "streetfood",
    "gardening": "tuinieren", "houseplants": "kamerplanten", "photography": "fotografie",
    "painting": "schilderen", "drawing": "tekenen", "writing": "schrijven", "reading": "lezen",
    "poetry": "poëzie", "cinema": "film", "series": "series", "music": "muziek",
    "concerts": "concerten", "guitar": "gitaar", "piano": "piano", "singing": "zingen",
    "karaoke": "karaoke", "podcasts": "podcasts", "gaming": "gamen", "board_games": "bordspellen",
    "chess": "schaken", "anime": "anime", "comics": "strips", "travel": "reizen",
    "camping": "kamperen", "fishing": "vissen", "birdwatching": "vogels kijken",
    "beach": "het strand", "volunteering": "vrijwilligerswerk", "diy": "klussen",
    "knitting": "breien", "pottery": "pottenbakken", "fashion": "mode",
    "interior_design": "interieur", "history": "geschiedenis", "science": "wetenschap",
    "astronomy": "sterrenkunde", "languages": "talen", "tech": "tech", "investing": "beleggen",
    "cars": "oldtimers", "motorcycles": "motoren", "dogs": "honden", "cats": "katten",
    "theatre": "theater", "museums": "musea", "meditation": "meditatie",
 "cricket": "cricket", "horse_riding": "paardrijden", "skateboarding": "skateboarden",
    "golf": "golf", "sailing": "zeilen", "baseball": "honkbal", "volleyball": "volleybal",
    "sewing": "naaien", "hockey": "hockey", "rugby": "rugby",
}  # fmt: skip
INTEREST_WORDS = {
    "wandelaars": "hiking", "hardlopers": "running", "fietsers": "cycling", "gamers": "gaming",
    "lezers": "reading", "boeken": "reading", "reizigers": "travel", "zwemmers": "swimming",
}  # fmt: skip
GENDER_WORDS = {
    "vrouwen": "female", "vrouw": "female", "meisjes": "female", "moeders": "female",
    "mannen": "male", "jongens": "male", "vaders": "male", "non-binaire": "nonbinary",
}  # fmt: skip
STOPWORDS = (
    "de het een en of in op aan van met zonder voor door die dat wie als tussen jaar jaren oud "
    "leeftijd mensen personen wonen woont werken werkt houden houdt graag hun zijn is zeer "
    "meer minder uit bij te"
)

TRAITS = (
    "nieuwsgierig", "rustig", "vrolijk", "georganiseerd", "creatief", "geduldig", "ambitieus",
    "loyaal", "relaxed", "bedachtzaam", "avontuurlijk", "praktisch", "grappig", "empathisch",
    "energiek", "betrouwbaar", "optimistisch", "zelfstandig", "bescheiden", "sociaal",
    "nauwkeurig", "gul", "koppig", "spontaan", "nuchter", "hartelijk", "gevat", "vastberaden",
    "kalm", "eerlijk",
)  # fmt: skip

# The TRAITS that read well after "a little" (for "{t1}, {t2} and a little {t3}").
QUIRKS = (
    "nieuwsgierig", "avontuurlijk", "bescheiden", "nauwkeurig", "koppig", "spontaan", "relaxed",
    "gevat", "nuchter",
)  # fmt: skip

FIELDS = {
    "nursing": "verpleegkunde", "medicine": "geneeskunde", "pharmacy": "farmacie",
    "dentistry": "tandheelkunde", "physiotherapy": "fysiotherapie", "psychology": "psychologie",
    "veterinary": "diergeneeskunde", "education": "pedagogiek", "computer_science": "informatica",
    "statistics": "statistiek", "mathematics": "wiskunde", "graphic_design": "grafisch ontwerp",
    "architecture": "bouwkunde", "civil_engineering": "civiele techniek",
    "mechanical_engineering": "werktuigbouwkunde", "engineering": "techniek",
    "electrical_installations": "elektrotechniek", "plumbing": "installatietechniek",
    "carpentry": "timmeren", "automotive": "autotechniek", "culinary_arts": "koksopleiding",
    "hospitality": "hotelmanagement", "accounting": "accountancy",
    "business": "bedrijfskunde", "law": "rechten", "marketing": "marketing",
    "journalism": "journalistiek", "social_work": "social work", "criminology": "criminologie",
    "aviation": "luchtvaarttechniek", "agronomy": "landbouwkunde",
    "hairdressing": "kappersopleiding",
    "sports_science": "bewegingswetenschappen", "translation": "vertaalkunde", "music": "muziek",
    "literature": "Nederlandse taal en cultuur", "biology": "biologie", "physics": "natuurkunde",
    "economics": "economie", "history": "geschiedenis",
}  # fmt: skip

INSTITUTIONS = {
    "university": ("aan de::Universiteit van {city}", "aan de::Universiteit {city}"),
    "college": ("aan de::Hogeschool {city}", "aan de::Hogeschool van {city}"),
    "vocational": ("op het::ROC {city}", "op het::Vakcollege {city}"),
    "school": ("op het::Lyceum {city}",),
}  # fmt: skip

WORKPLACES = {
    "hospital": ("in het::Ziekenhuis {city}", "in het::Medisch Centrum {city}",
                 "in het::{brand} Ziekenhuis"),
    "clinic": ("in de::Huisartsenpraktijk {surname}", "in het::Gezondheidscentrum {city}"),
    "dental": ("in de::Tandartspraktijk {surname}",),
    "vet": ("in de::Dierenkliniek {city}", "in de::Dierenartspraktijk {surname}"),
    "pharmacy": ("bij::Apotheek {surname}", "bij::Apotheek {city}-Centrum"),
    "school": ("op::Basisschool {surname}", "op::Basisschool De {brand}"),
    "highschool": ("op het::{surname} College", "op het::Lyceum {city}"),
    "library": ("in de::Bibliotheek {city}",),
    "tech": ("{brand} Labs", "{brand} Software", "{brand} Digital"),
    "agency": ("{brand} Studio", "bij::Bureau {brand}"),
    "company": ("{brand} B.V.", "{surname} & Partners", "{brand} Groep", "{brand} Solutions"),
    "law": ("bij::Advocatenkantoor {surname} & {surname2}",),
    "accounting": ("bij::Accountantskantoor {surname}", "{surname} Administratie"),
    "architecture": ("{surname} Architecten", "bij::Architectenbureau {brand}"),
    "engineering": ("bij::Ingenieursbureau {surname}", "{brand} Engineering"),
    "construction": ("Bouwbedrijf {surname}", "{brand} Bouw"),
    "trades": ("{surname} Installatietechniek", "Klusbedrijf {surname}", "=zzp'er"),
    "garage": ("bij::Autobedrijf {surname}", "bij::Garage {surname}"),
    "restaurant": ("bij::Restaurant {brand}", "bij::Eetcafé {surname}"),
    "cafe": ("bij::Koffiebar {brand}", "{brand} Coffee"),
    "bakery": ("bij::Bakkerij {surname}",),
    "shop": ("bij::Boekhandel {brand}", "{brand} Store", "bij::Modehuis {surname}"),
    "salon": ("bij::Kapsalon {brand}", "{surname} Haarmode"),
    "gym": ("bij::Sportschool {brand}", "{brand} Fitness"),
    "media": ("bij::Omroep {city}", "{brand} Media"),
    "studio": ("bij::Fotostudio {brand}",),
    "council": ("bij de::Gemeente {city}",),
    "police": ("Politie {city}=>bij de politie in {city}",),
    "fire": ("Brandweer {city}=>bij de brandweer in {city}",),
    "social": ("bij het::Wijkteam {city}", "bij::Stichting {brand}"),
    "airline": ("{brand} Air", "{brand} Airlines"),
    "logistics": ("{surname} Transport", "{brand} Logistics"),
    "farm": ("op::Boerderij {surname}",),
    "realestate": ("{brand} Makelaardij", "{surname} Makelaars"),
    "bank": ("bij de::{brand} Bank", "bij de::Spaarbank {city}"),
    "callcenter": ("{brand} Klantcontact", "{brand} Service"),
    "hotel": ("in::Hotel {brand}", "in het::Grand Hotel {city}"),
    "lab": ("bij het::{brand} Instituut", "bij het::Onderzoekscentrum {city}"),
    "freelance": ("=freelance", "=zzp'er"),
    "music": ("bij het::Philharmonisch Orkest {city}", "=freelance"),
    "own": ("{brand} & Co", "in::Atelier {brand}", "{brand} Conceptstore"),
    "retired": ("=met pensioen",),
}  # fmt: skip

# ------------------------------------------------------------------ bios
X_ROLE = (
    "{Occ} {in_city}", "{Occ} · {city}", "{Occ}. {city}", "{Occ} {from_city}",
    "!{Occ} in hart en nieren", "!Fulltime {occ}", "Al {years} jaar {occ}", "Trotse {occ_attr}",
    "!{Occ} doordeweeks", "{Occ} {flag}", "{city} {flag} · {occ}", "{Occ}, {age}, {city}",
    "!Overdag {occ}", "{Occ} met een zwak voor {city}", "Woon {in_city}, werk als {occ}",
    "{Occ} met {years} jaar ervaring",
)  # fmt: skip
X_ROLE_WP = (
    "{Occ} {at_wp}", "{Occ} @ {wp}", "{Occ} | {wp}", "{Occ} {at_wp}, {city}",
    "Nu: {occ} {at_wp}", "Werkzaam {at_wp}",
)  # fmt: skip
X_INTERESTS = (
    "{I1}, {i2} & {i3}", "Gek op {i1} en {i2}", "Fan van {i1}", "Weekend = {i1}",
    "Altijd in voor {i1}", "Vraag me alles over {i1}", "Vrije tijd: {i1}", "{I1} + {i2} + {i3}",
    "Tussen {i1} en {i2}", "Een beetje verslaafd aan {i1}", "Zondag = {i1}",
    "{e1} {i1} {e2} {i2}", "Mijn therapie: {i1}", "Meer {i1}, minder scherm",
    "Hart voor {i1}", "!Na het werk: {i1}",
)  # fmt: skip
X_TRAITS = (
    "{T1} en {t2}", "{T1}, {t2} en een tikje {t3}", "Van nature {t1}",
    "Meestal {t1}, soms {t2}", "Schijnbaar {t1}", "Volgens vrienden {t1}",
)  # fmt: skip
TAGLINES = (
    "Eerst koffie", "Elke dag iets nieuws", "Nog steeds zoekende",
    "Elke dag een beetje vriendelijker", "Team hond", "Team kat", "Professionele overdenker",
    "Herstellend perfectionist", "Verzamelaar van kleine geluksmomenten", "Het leven op shuffle",
    "Hier voor de goede verhalen", "Kleine stappen, grote uitzichten", "Zonsondergangjager",
    "Nooit uitgeleerd", "Slecht in smalltalk", "Loop op snacks", "Sarcasme is mijn moedertaal",
    "Op jacht naar mooi licht", "Improviseer me erdoorheen", "Glas halfvol",
    "Ochtendmens tegen wil en dank", "Nachtbraker", "Slechte woordgrappen, goede bedoelingen",
    "Fan van trage ochtenden", "Lijstjes maken me blij", "Schrijf nog brieven met de hand",
    "Droom van een huisje in het bos", "Weekendjes weg", "Team thee", "Allergisch voor maandag",
    "Zacht hart, sterke koffie", "Leer nee zeggen", "Plan de volgende reis al",
    "Vriendelijkheid kost niks", "Hobbyrestaurantcriticus", "Altijd net te laat",
    "!<Vader|Moeder> van twee", "Trotse <oom|tante>", "Grote familie, groot hart",
    "Zondag is familiedag", "Keukentafelfilosoof", "Vriend van elke hond",
    "Minder scrollen, meer leven", "Doe maar gewoon", "Eén goede dag tegelijk",
    "Met beide benen op de grond", "Zonder haast",
)  # fmt: skip
TIKTOK = (
    "{e1} {occ} {in_city} | {i1} + {i2}", "overdag {occ} {e1} 's avonds {i1}",
    "{city} 📍 {occ} die gek is op {i1}", "gewoon een {occ} die {i1}-content post {e1}",
    "{i1} {e1} {i2} {e2} en het {occ}-leven", "pov: {occ} met te veel hobby's {e1}{e2}",
    "{occ}-leven + {i1} {e1}", "{e1} {i1} | {e2} {i2} | {city}", "{i1} & {occ}-chaos {e1}",
    "hier voor {i1} en goede vibes {e1}", "verslaafd aan {i1} {e1} {occ} {in_city}",
    "{occ} {in_city} • {i1} {e1}", "kom voor {i1}, blijf voor de chaos {e1}",
    "{i1}-dagboek {e1} {flag}", "jouw {i1}-maatje {e1}", "kleine clips over {i1} en {city} {e1}",
    "{occ} | {i1} | {i2} {e1}", "geen pro, gewoon gek op {i1} {e1}", "{tag} {e1}",
    "{flag} {occ} • {i1} • {i2}", "{occ} in mijn {i1}-tijdperk {e1}",
)  # fmt: skip
IG_ROLE = (
    "{Occ} · {city}", "{Occ} | {city}", "📍 {city} | {Occ}", "{Occ} {in_city} {flag}",
    "{Occ} ✦ {city}", "{city} {flag} · {occ}", "{Occ} @ {wp}", "{Occ} {from_city}",
)  # fmt: skip
IG_INTERESTS = (
    "{e1} {i1} · {e2} {i2} · {e3} {i3}", "{e1} {i1} | {e2} {i2}", "{I1}, {i2} & {i3} {e1}",
    "{e1}{e2}{e3} {i1}, {i2}, {i3}", "Gek op {i1} & {i2} {e1}", "{e1} {i1} forever",
    "{I1} {e1} {i2} {e2}", "{e1} weekend = {i1}",
)  # fmt: skip
FB_WORK = (
    "Ik werk als {occ} {in_city}.", "{Occ} {in_city}.", "Al {years} jaar {occ} {in_city}.",
    "Ik ben {occ} {in_city}.", "!Met hart en ziel {occ}.",
)  # fmt: skip
FB_WORK_WP = (
    "{Occ} {at_wp}.", "Ik werk {at_wp}.", "Al {years} jaar {at_wp}.", "{Occ} {at_wp}, {city}.",
)  # fmt: skip
FB_HOME = ("Ik woon {in_city}.", "{city} is mijn thuis.", "Woon met plezier {in_city}.")
FB_INTERESTS = (
    "Ik hou van {i1} en {i2}.", "Ik geniet van {i1}, {i2} en goed gezelschap.",
    "Groot fan van {i1}.", "In het weekend: {i1} en {i2}.", "Praat graag over {i1}.",
    "Hobby's: {i1}, {i2} en {i3}.", "Vrije tijd: {i1} en {i2}.",
)  # fmt: skip
FB_PERSONAL = (
    "Familie en vrienden op één.", "Het leven is mooi.", "Dankbaar voor elke dag.",
    "Lekker eten, leuke mensen.", "Probeer het simpel te houden.", "{Tag}.", "{T1} en {t2}.",
    "Altijd in voor een praatje.",
)  # fmt: skip
SHORT = ("{Occ} · {city}", "{Occ}, {city}", "{Occ} {in_city}", "{Occ}")

# ------------------------------------------------------------------ about
ABOUT_INTRO = (
    "!Hoi, ik ben {first} en ik werk als {occ} {in_city}.",
    "Ik ben {first}, {occ}, en ik woon {in_city}.",
    "Mijn naam is {first} en ik ben {occ} {in_city}.",
    "Ik ben al {years} jaar {occ} {in_city}.",
    "!Hallo! Ik heet {first}, ben {age} jaar en werk {in_city} als {occ}.",
    "Ik ben {first}, {age}, {occ} en thuis {in_city}.",
)  # fmt: skip
ABOUT_WORK = (
    "Ik ben min of meer toevallig in dit vak beland en heb er nooit spijt van gehad.",
    "Wat ik het leukst vind aan mijn werk, zijn de mensen die ik ontmoet.",
    "Sommige dagen zijn lang, maar ik zou niets anders willen doen.",
    "Na {years} jaar in het vak leer ik nog elke week iets nieuws.",
)  # fmt: skip
ABOUT_WORK_WP = (
    "Tegenwoordig werk ik {at_wp} en ik geniet van bijna alles wat de dag brengt.",
    "Ik werk nu zo'n {years} jaar {at_wp}.",
    "Het grootste deel van mijn week breng ik door {at_wp}, waar geen dag hetzelfde is.",
)  # fmt: skip
ABOUT_STUDY = (
    "Mijn favoriete vak {at_wp} is {field}.",
    "Tussen de lessen {at_wp} door probeer ik tijd voor mezelf te maken.",
    "Het vak dat ik {at_wp} het leukst vind, is {field}, al zijn sommige weken best druk.",
)  # fmt: skip
RETIRED_AS = "gepensioneerd {former}"


def decorate(slots: dict) -> None:
    """``{occ_attr}``: the occupation after an adjective, whose own adjective then takes -e
    ("Trotse gepensioneerde bibliothecaris"; on its own "gepensioneerd bibliothecaris")."""
    occ = slots["occ"]
    lead = RETIRED_AS.split("{", 1)[0]
    slots["occ_attr"] = lead.rstrip() + "e " + occ[len(lead) :] if occ.startswith(lead) else occ


ABOUT_RETIRED = (
    "Na {years} jaar werken heb ik eindelijk tijd voor de dingen waar ik van hou.",
    "Ik ben een paar jaar geleden met pensioen gegaan en heb het drukker dan ooit.",
    "Het pensioen bevalt me prima, en mijn agenda zit nog steeds vol.",
    '[retired]Ik heb {years} jaar als {former} gewerkt en mis de mensen nog steeds.',
    '[retired]Voor mijn pensioen was ik {former}; nu is mijn tijd van mij.',
    '[retired]Mijn jaren als {former} hebben me geduld geleerd, en dat komt nu goed van pas.',
    '[retired]Mensen vragen me nog steeds om raad uit mijn tijd als {former}.',
)  # fmt: skip
ABOUT_EDU = (
    "Ik heb {field} gestudeerd {at_school}.",
    "Ik heb een opleiding in {field} gevolgd {at_school}.",
    "Jaren geleden studeerde ik {field} {at_school}, en dat bepaalt nog steeds hoe ik werk.",
)  # fmt: skip
ABOUT_INTERESTS = (
    "!Naast mijn werk draait het bij mij om {ilist}.",
    "In mijn vrije tijd hou ik van {i1} en {i2}.",
    "Mijn weekenden staan in het teken van {i1} en {i2}.",
    "Sinds kort ben ik begonnen met {i1}, en {i2} is al jaren mijn passie.",
    "Een vrije avond gaat meestal op aan {i1} of {i2}.",
)  # fmt: skip
ABOUT_TRAITS = (
    "Mensen omschrijven me als {t1} en {t2}.",
    "Mijn vrienden zouden zeggen dat ik {t1}, {t2} en een tikje {t3} ben.",
    "Zelf zou ik zeggen dat ik {t1} ben, al vindt mijn familie me vooral {t2}.",
    "Ik probeer in alles wat ik doe {t1} en {t2} te zijn.",
)  # fmt: skip
ABOUT_CLOSING = (
    "Ik leer graag nieuwe mensen kennen, dus zeg gerust hoi.",
    "Op dit moment spaar ik voor een reis en leer ik elke week iets nieuws.",
    "Het leven gaat snel, maar ik zou weinig veranderen.", "Bedankt voor het langskomen!",
    "Volgende op mijn lijstje: meer tijd buiten en minder uren op mijn telefoon.",
)  # fmt: skip


def neutral(m: str, f: str) -> str:
    """A word's neutral form for nonbinary personas: the unmarked (masculine) job title,
    which this language uses for everyone."""
    return m


# Job titles for nonbinary personas where the unmarked form is not used for everyone.
NEUTRAL_OCCUPATIONS = {
    "waiter": "horecamedewerker", "firefighter": "brandweerlid",
    "flight_attendant": "cabinemedewerker",
}  # fmt: skip


# Family roles from the description ("parents of toddlers"); neutral: "ouder".
FAMILY_LABELS = {
    "parent": "<vader|moeder|ouder>",
    "parent_toddler": "<vader|moeder|ouder> van een peuter",
    "single_parent": "<alleenstaande vader|alleenstaande moeder|alleenstaande ouder>",
    "grandparent": "<opa|oma|grootouder>",
}
ABOUT_FAMILY = (
    "Ik ben ook {family}, dus mijn dagen beginnen vroeg en lopen zelden volgens plan.",
    "{Family} zijn is het mooiste en vermoeiendste deel van mijn leven.",
    "Als {family} heb ik geleerd bijna alles met één hand te doen.",
)
