"""Swedish phrase data (see :mod:`..lang` for the conventions).

Swedish job titles and predicative adjectives do not inflect for the speaker's gender
("jag är nyfiken", "sjuksköterska", "lärare"), so ``<m|f>`` marks are not needed; kinship
words are left out of the templates. Cities take "i" ("i Göteborg"), workplaces "på"
("på Sahlgrenska"), as Swedes write them; GeoNames' English "Gothenburg" becomes
"Göteborg" in :mod:`..places_native`.
"""

AND = "och"
AT = "på"
FROM = "från"


def in_city(city: str) -> str:
    return f"i {city}"


OCCUPATIONS = {
    "nurse": "sjuksköterska", "doctor": "läkare", "pharmacist": "apotekare",
    "dentist": "tandläkare",
    "physiotherapist": "fysioterapeut", "psychologist": "psykolog", "veterinarian": "veterinär",
    "teacher": "lärare", "professor": "universitetslektor", "librarian": "bibliotekarie",
    "software_engineer": "systemutvecklare", "web_developer": "webbutvecklare",
    "data_analyst": "dataanalytiker", "graphic_designer": "grafisk formgivare",
    "ux_designer": "UX-designer", "architect": "arkitekt", "civil_engineer": "byggnadsingenjör",
    "mechanical_engineer": "maskiningenjör", "electrician": "elektriker", "plumber": "rörmokare",
    "carpenter": "snickare", "mechanic": "bilmekaniker", "chef": "kock", "barista": "barista",
    "waiter": "servitör", "baker": "bagare", "accountant": "redovisningsekonom",
    "lawyer": "jurist", "marketing_manager": "marknadschef", "sales_rep": "säljare",
    "project_manager": "projektledare", "hr_specialist": "HR-specialist",
    "entrepreneur": "egenföretagare", "real_estate_agent": "fastighetsmäklare",
    "bank_clerk": "banktjänsteman", "customer_service": "kundtjänstmedarbetare",
    "receptionist": "receptionist", "social_worker": "socialsekreterare",
    "police_officer": "polis", "firefighter": "brandman", "pilot": "pilot",
    "flight_attendant": "flygvärdinna", "truck_driver": "lastbilschaufför", "farmer": "lantbrukare",
    "hairdresser": "frisör", "fitness_trainer": "personlig tränare",
    "shop_assistant": "butikssäljare",
    "journalist": "journalist", "photographer": "fotograf", "translator": "översättare",
    "musician": "musiker", "writer": "författare", "researcher": "forskare",
    "student": "student", "pupil": "elev", "retiree": "pensionär",
}  # fmt: skip
OCCUPATION_WORDS = {
    "sjuksköterskor": "nurse", "läkare": "doctor", "lärare": "teacher", "studenter": "student",
    "pensionärer": "retiree", "bönder": "farmer", "utvecklare": "software_engineer",
}  # fmt: skip

INTERESTS = {
    "hiking": "vandring", "running": "löpning", "cycling": "cykling", "swimming": "simning",
    "yoga": "yoga", "fitness": "gymmet", "football": "fotboll", "basketball": "basket",
    "tennis": "tennis", "climbing": "klättring", "surfing": "surfing", "skiing": "längdskidor",
    "dancing": "dans", "martial_arts": "kampsport", "cooking": "matlagning", "baking": "bakning",
    "coffee": "fika", "wine": "vin", "craft_beer": "hantverksöl", "street_food": "streetfood",
    "gardening": "trädgård", "houseplants": "krukväxter", "photography": "fotografering",
    "painting": "måleri", "drawing": "teckning", "writing": "skrivande", "reading": "läsning",
    "poetry": "poesi", "cinema": "film", "series": "serier", "music": "musik",
    "concerts": "konserter", "guitar": "gitarr", "piano": "piano", "singing": "körsång",
    "karaoke": "karaoke", "podcasts": "poddar", "gaming": "tv-spel", "board_games": "brädspel",
    "chess": "schack", "anime": "anime", "comics": "serietidningar", "travel": "resor",
    "camping": "tältning", "fishing": "fiske", "birdwatching": "fågelskådning", "beach": "havet",
    "volunteering": "volontärarbete", "diy": "snickeri", "knitting": "stickning",
    "pottery": "keramik", "fashion": "mode", "interior_design": "inredning", "history": "historia",
    "science": "vetenskap", "astronomy": "astronomi", "languages": "språk", "tech": "teknik",
    "investing": "aktier", "cars": "veteranbilar", "motorcycles": "motorcyklar", "dogs": "hundar",
    "cats": "katter", "theatre": "teater", "museums": "museer", "meditation": "meditation",
}  # fmt: skip
INTEREST_WORDS = {"vandrar": "hiking", "springer": "running", "cyklar": "cycling"}
GENDER_WORDS = {
    "kvinnor": "female", "tjejer": "female", "mammor": "female", "män": "male", "killar": "male",
    "pappor": "male", "icke-binära": "nonbinary",
}  # fmt: skip
STOPWORDS = "och i på med som från för till av år som bor jobbar gillar de är"

TRAITS = (
    "nyfiken", "lugn", "glad", "strukturerad", "kreativ", "tålmodig", "ambitiös", "lojal",
    "avslappnad", "eftertänksam", "äventyrlig", "praktisk", "rolig", "empatisk", "energisk",
    "självständig", "ödmjuk", "social", "noggrann", "generös", "envis", "spontan", "rak",
    "öppen", "kvick", "målmedveten", "sansad", "ärlig", "drömmande", "omtänksam",
)  # fmt: skip

# The TRAITS that read well after "a little" (for "{t1}, {t2} and a little {t3}").
QUIRKS = (
    "nyfiken", "äventyrlig", "envis", "spontan", "rak", "drömmande", "noggrann", "kvick",
    "avslappnad",
)  # fmt: skip

FIELDS = {
    "nursing": "omvårdnad", "medicine": "medicin", "pharmacy": "farmaci", "dentistry": "odontologi",
    "physiotherapy": "fysioterapi", "psychology": "psykologi", "veterinary": "veterinärmedicin",
    "education": "pedagogik", "computer_science": "datavetenskap", "statistics": "statistik",
    "mathematics": "matematik", "graphic_design": "grafisk design", "architecture": "arkitektur",
    "civil_engineering": "samhällsbyggnad", "mechanical_engineering": "maskinteknik",
    "engineering": "teknik", "electrical_installations": "elteknik", "plumbing": "VVS",
    "carpentry": "snickeri", "automotive": "fordonsteknik",
    "culinary_arts": "restaurang och livsmedel",
    "hospitality": "hotell och turism", "accounting": "redovisning", "business": "företagsekonomi",
    "law": "juridik", "marketing": "marknadsföring", "journalism": "journalistik",
    "social_work": "socialt arbete", "criminology": "kriminologi", "aviation": "flygteknik",
    "agronomy": "agronomi", "hairdressing": "frisör", "sports_science": "idrottsvetenskap",
    "translation": "översättning", "music": "musik", "literature": "svenska", "biology": "biologi",
    "physics": "fysik", "economics": "nationalekonomi", "history": "historia",
}  # fmt: skip

INSTITUTIONS = {
    "university": ("på::Universitetet i {city}", "på::Tekniska högskolan i {city}",
                   "på::Högskolan i {city}"),
    "college": ("på::Yrkeshögskolan {brand}", "på::{brand} folkhögskola"),
    "vocational": ("på::Gymnasiet i {city}", "på::{brand} yrkesgymnasium"),
    "school": ("på::{brand}gymnasiet",),
}  # fmt: skip

WORKPLACES = {
    "hospital": ("på::Sjukhuset i {city}", "på::Universitetssjukhuset i {city}"),
    "clinic": ("på::Vårdcentralen {brand}", "på::{brand} hälsocentral"),
    "dental": ("på::Tandläkarna {brand}",),
    "vet": ("på::Djurkliniken {brand}",),
    "pharmacy": ("på::Apoteket {brand}",),
    "school": ("på::{brand}skolan",),
    "highschool": ("på::{brand}skolan", "på::{brand}gymnasiet"),
    "library": ("på::Stadsbiblioteket i {city}",),
    "tech": ("på::{brand} Tech", "på::{brand} Software"),
    "agency": ("på::Byrån {brand}", "på::{brand} Studio"),
    "company": ("på::{brand} AB", "på::{brand} Group", "på::{surname}s AB"),
    "law": ("på::Advokatfirman {surname}",),
    "accounting": ("på::{brand} Redovisning",),
    "architecture": ("på::{brand} Arkitekter",),
    "engineering": ("på::{brand} Konsult",),
    "construction": ("på::{brand} Bygg", "på::{surname}s Bygg"),
    "trades": ("på::{surname}s El & VVS", "=egen firma"),
    "garage": ("på::{brand} Bilverkstad",),
    "restaurant": ("på::Restaurang {brand}", "på::{brand} Bistro"),
    "cafe": ("på::Café {brand}",),
    "bakery": ("på::{brand} Bageri",),
    "shop": ("på::{brand} Bokhandel", "på::{brand} Butik"),
    "salon": ("på::Salong {brand}",),
    "gym": ("på::{brand} Gym",),
    "media": ("på::Tidningen {brand}", "på::{brand} Media"),
    "studio": ("på::Studio {brand}",),
    "council": ("på::{city} kommun",),
    "police": ("hos::Polisen i {city}",),
    "fire": ("på::Räddningstjänsten {city}",),
    "social": ("på::Socialtjänsten i {city}", "på::Stiftelsen {brand}"),
    "airline": ("på::{brand} Airlines",),
    "logistics": ("på::{brand} Logistik", "på::{surname}s Åkeri"),
    "farm": ("=egen gård", "på::{surname}s gård"),
    "realestate": ("på::{brand} Fastighetsbyrå",),
    "bank": ("på::{brand} Bank",),
    "callcenter": ("på::{brand} Kundservice",),
    "hotel": ("på::Hotell {brand}",),
    "lab": ("på::{brand} Forskningsinstitut",),
    "freelance": ("=frilans",),
    "music": ("i::Symfoniorkestern i {city}", "=frilans"),
    "own": ("på::{brand} Studio", "på::{brand} Butik"),
    "retired": ("=pensionerad",),
}  # fmt: skip

# ------------------------------------------------------------------ bios
X_ROLE = (
    "{Occ} {in_city}", "{Occ} · {city}", "{Occ}. {city}", "!{Occ} sedan {years} år",
    "!Jobbar som {occ} {in_city}", "Bor {in_city}, {occ}", "{Occ} {flag}", "{city} {flag} · {occ}",
    "{Occ}, {age}, {city}", "!{Occ} på dagarna", "!{Occ} av hela hjärtat", "!{Occ} till yrket",
)  # fmt: skip
X_ROLE_WP = ("{Occ} {at_wp}", "{Occ} @ {wp}", "{Occ} | {wp}", "!Jobbar {at_wp}")
X_INTERESTS = (
    "{I1}, {i2} och {i3}", "Gillar {i1} och {i2}", "Helger = {i1}", "Fritid: {i1}",
    "{I1} + {i2} + {i3}", "Min terapi: {i1}", "{e1} {i1} {e2} {i2}", "Min värld: {i1}, {i2}, {i3}",
    "Söndagar är för {i1}", "{I1} är min grej", "!Efter jobbet: {i1}", "Bästa återhämtningen: {i1}",
    "Alltid {i1}, ibland {i2}", "Favoriter: {i1} och {i2}",
    "Klarar mig inte utan {i1}",
    "Just nu: {i1}",
    "Laddar batterierna med {i1} och {i2}",
    "Ledig = {i1}",
    "Gillar {i1}, {i2} och {i3}",
)  # fmt: skip
X_TRAITS = (
    "{T1} och {t2}", "{T1}, {t2} och lite {t3}", "{T1} av naturen", "Oftast {t1}, ibland {t2}",
    "Sägs vara {t1}", "Enligt vännerna {t1}",
)  # fmt: skip
TAGLINES = (
    "Kaffe först", "Lär mig något nytt varje dag", "Letar fortfarande efter min väg",
    "Samlar på små glädjeämnen", "Tänker för mycket", "Återhämtande perfektionist",
    "Jagar solnedgångar", "Livet på shuffle", "Här för de bra historierna", "Små steg, stora vyer",
    "Lär mig hela tiden", "Kallprat är inte min grej", "Drivs av snacks", "Lite ironisk ibland",
    "Jagar det fina ljuset", "Improviserar", "Glaset är halvfullt", "Morgonmänniska mot min vilja",
    "Nattuggla", "Torr humor, goda avsikter", "Älskar lata morgnar", "Listor räddar mig",
    "Drömmer om en stuga vid sjön", "Helgutflykter", "Team te", "Allergisk mot måndagar",
    "Mjukt hjärta, starkt kaffe", "Övar på att säga nej", "Planerar redan nästa resa",
    "Vänlighet kostar inget", "Alltid fem minuter sen", "Söndagar är heliga", "Köksbordsfilosof",
    "Mindre scrollande, mer liv", "Ingen stress", "En dag i taget",
    "Jordnära", "I min egen takt", "Fikaälskare", "Lagom är bäst", "Allemansrätten är min grej",
    "Skog och sjö", "Hej hej", "Tar det som det kommer",
)  # fmt: skip
TIKTOK = (
    "{e1} {occ} {in_city} | {i1} + {i2}", "{occ} på dagen {e1} {i1} på kvällen",
    "{city} 📍 {occ} | {i1}", "bara en {occ} som gillar {i1} och {i2} {e1}",
    "{i1} {e1} {i2} {e2} och vardag", "{occ} med för många hobbyer {e1}{e2}", "{occ} + {i1} {e1}",
    "{e1} {i1} | {e2} {i2} | {city}", "{i1}, {i2} och lite kaos {e1}", "här för {i1} och {i2} {e1}",
    "{occ} {in_city} • {i1} {e1}", "dagbok: {i1} och {i2} {e1} {flag}",
    "klipp om {i1} och {city} {e1}",
    "{occ} | {i1} | {i2} {e1}", "inget proffs, älskar bara {i1} och {i2} {e1}", "{tag} {e1} {i1}",
    "{flag} {occ} • {i1} • {i2}", "i min {i1}-era {e1} {i2}",
    "{i1} i veckorna, {i2} på helgen {e1}",
    "{age} · {occ} · {i1}",
)  # fmt: skip
IG_ROLE = (
    "{Occ} · {city}", "{Occ} | {city}", "📍 {city} | {Occ}", "{Occ} {in_city} {flag}",
    "{Occ} ✦ {city}", "{city} {flag} · {occ}", "{Occ} @ {wp}", "{Occ} • {city}",
)  # fmt: skip
IG_INTERESTS = (
    "{e1} {i1} · {e2} {i2} · {e3} {i3}", "{e1} {i1} | {e2} {i2}", "{I1}, {i2} och {i3} {e1}",
    "{e1}{e2}{e3} {i1}, {i2}, {i3}", "Gillar {i1} & {i2} {e1}", "{e1} {i1} alltid",
    "{I1} {e1} {i2} {e2}", "{e1} helg = {i1}",
)  # fmt: skip
FB_WORK = (
    "!Jobbar som {occ} {in_city}.", "{Occ}, bor {in_city}.", "{Occ} {in_city}.",
    "!{Occ} sedan {years} år.", "!{Occ} av hela hjärtat.",
)  # fmt: skip
FB_WORK_WP = ("{Occ} {at_wp}.", "!Jobbar {at_wp}.", "!Har jobbat {at_wp} i {years} år.")
FB_HOME = ("Bor {in_city}.", "{city} är hemma.", "Trivs {in_city}.")
FB_INTERESTS = (
    "Gillar {i1} och {i2}.", "Vardag: {i1}, {i2} och gott sällskap.", "{I1} är min stora kärlek.",
    "Helgerna är för {i1} och {i2}.", "Intressen: {i1}, {i2} och {i3}.", "Fritid: {i1} och {i2}.",
)  # fmt: skip
FB_PERSONAL = (
    "Familj och vänner först.", "Livet är fint.", "Tacksam för varje dag.",
    "God mat, goda vänner.", "Försöker leva enkelt.", "{Tag}.", "{T1} och {t2}.",
    "Säg gärna hej.",
)  # fmt: skip
SHORT = ("{Occ} · {city}", "{Occ}, {city}", "{Occ} {in_city}", "{Occ}")

# ------------------------------------------------------------------ about
ABOUT_INTRO = (
    "!Hej, jag heter {first} och jobbar som {occ} {in_city}.",
    "!Jag heter {first}, är {occ} och bor {in_city}.",
    "Jag heter {first}, är {age} år och bor {in_city}.",
    "!Hej! Jag heter {first} och har jobbat som {occ} i {years} år.",
    "Hej! Jag är {first} från {city}.",
    "Jag heter {first} och är {occ} {in_city}.",
)  # fmt: skip
ABOUT_WORK = (
    "Jag hamnade i yrket nästan av en slump och har aldrig ångrat mig.",
    "Det bästa med jobbet är alla människor jag träffar.",
    "Vissa dagar är långa, men jag kan inte tänka mig att göra något annat.",
    "!Efter {years} år i yrket lär jag mig fortfarande något nytt varje vecka.",
)  # fmt: skip
ABOUT_WORK_WP = (
    "Just nu jobbar jag {at_wp} och trivs med nästan allt som varje dag bjuder på.",
    "!Jag har jobbat {at_wp} i {years} år.",
    "Största delen av veckan är jag {at_wp}, och ingen dag är den andra lik.",
)  # fmt: skip
ABOUT_STUDY = (
    "Jag pluggar {at_wp}, och mitt favoritämne är {field}.",
    "Mellan lektionerna {at_wp} försöker jag hinna med lite egen tid.",
    "Just nu är det plugget som gäller, och mest gillar jag {field}.",
)  # fmt: skip
ABOUT_RETIRED = (
    "Efter {years} år i arbetslivet har jag äntligen tid för det jag tycker om.",
    "Jag har varit pensionär i några år och har på något sätt mer att göra än någonsin.",
    "Pensionen passar mig, och kalendern är lika full som förr.",
    "Efter ett långt arbetsliv ägnar jag nu tiden åt familjen och mina intressen.",
)  # fmt: skip
ABOUT_EDU = (
    "Jag har läst {field} {at_school}.", "Min utbildning: {field}, {school}.",
    "{Field} {at_school} – där började allt.",
)  # fmt: skip
ABOUT_INTERESTS = (
    "!Efter jobbet ägnar jag mig åt {ilist}.", "På fritiden blir det {i1} och {i2}.",
    "Helgerna går till {i1} och {i2}.", "Mitt nyaste intresse är {i1}, mitt äldsta {i2}.",
    "Lediga kvällar blir det oftast {i1} eller {i2}.",
    "Mina största intressen är {i1} och {i2}.",
    "När jag får en ledig stund blir det ofta {i1}.",
    "Om {i1} och {i2} kan jag prata hur länge som helst.",
)  # fmt: skip
ABOUT_TRAITS = (
    "Folk säger att jag är {t1} och {t2}.",
    "Mina vänner skulle säga att jag är {t1}, {t2} och lite {t3}.",
    "Själv skulle jag säga att jag är {t1}, men familjen tycker att jag är mer {t2}.",
    "Vad jag än gör försöker jag vara mig själv: {t1} och {t2}.",
    "Om jag ska nämna en styrka så är jag {t1}.",
    "Familjen säger att jag är {t1}, och de har nog rätt.",
)  # fmt: skip
ABOUT_CLOSING = (
    "Jag gillar att träffa nya människor, så hör gärna av dig.",
    "Just nu sparar jag till en resa och lär mig något nytt varje vecka.",
    "Livet går fort, men jag skulle inte vilja ändra på mycket.", "Tack för att du tittade in!",
    "Nästa mål: mer tid ute i naturen, mindre framför mobilen.",
    "Har vi samma intressen får du gärna höra av dig.",
    "Jag tror att det bästa ligger framför oss.",
    "Ha en fin dag!",
)  # fmt: skip


def decorate(slots: dict) -> None:
    slots["Field"] = slots["field"][:1].upper() + slots["field"][1:]


RETIRED_AS = "pensionerad {former}"

# Family roles from the description (used only when the record has that role).
FAMILY_LABELS = {
    "parent": "<pappa|mamma|förälder>",
    "parent_toddler": "<småbarnspappa|småbarnsmamma|småbarnsförälder>",
    "single_parent": "<ensamstående pappa|ensamstående mamma|ensamstående förälder>",
    "grandparent": "<morfar|mormor|morförälder>",
}  # fmt: skip
ABOUT_FAMILY = (
    "Som {family} är dagarna fulla, och jag trivs med det.",
    "Tiden med familjen är det viktigaste jag har som {family}.",
)  # fmt: skip


def neutral(m: str, f: str) -> str:
    """A word's neutral form for nonbinary personas: the unmarked (masculine) job title,
    which this language uses for everyone."""
    return m
