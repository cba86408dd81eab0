"""German phrase data (see :mod:`..lang` for the conventions).

Job titles and interests are nouns and stay capitalised, so templates use ``{Occ}``.
Places give their full dative phrase (``"Klinikum {city}=>am Klinikum {city}"``).
"""

AND = "und"
AT = "bei"
FROM = "aus"


def in_city(city: str) -> str:
    return f"in {city}"


# Interests that are plural nouns taking -n in the dative ("Fan von Brettspielen",
# "mit Motorrädern"); the others already end in -n or -s, or are singular.
_DATIVE_N = frozenset(
    ("Konzerte", "Videospiele", "Brettspiele", "Strandtage", "Oldtimer", "Motorräder", "Hunde")
)


def dative(label: str) -> str:
    return label + "n" if label in _DATIVE_N else label


def decorate(slots: dict) -> None:
    """``{i1d}``..``{i3d}``: the interests after a dative preposition (von, mit)."""
    for n in (1, 2, 3):
        slots[f"i{n}d"] = dative(slots[f"i{n}"])


OCCUPATIONS = {
    "nurse": "Krankenpfleger<|in>", "doctor": "<Arzt|Ärztin>", "pharmacist": "Apotheker<|in>",
    "dentist": "<Zahnarzt|Zahnärztin>", "physiotherapist": "Physiotherapeut<|in>",
    "psychologist": "Psycholog<e|in>", "veterinarian": "<Tierarzt|Tierärztin>",
    "teacher": "Lehrer<|in>", "professor": "Dozent<|in>", "librarian": "Bibliothekar<|in>",
    "software_engineer": "Softwareentwickler<|in>", "web_developer": "Webentwickler<|in>",
    "data_analyst": "Datenanalyst<|in>", "graphic_designer": "Grafikdesigner<|in>",
    "ux_designer": "UX-Designer<|in>", "architect": "Architekt<|in>",
    "civil_engineer": "Bauingenieur<|in>", "mechanical_engineer": "Maschinenbauingenieur<|in>",
    "electrician": "Elektriker<|in>", "plumber": "Installateur<|in>", "carpenter": "Schreiner<|in>",
    "mechanic": "Kfz-Mechatroniker<|in>", "chef": "<Koch|Köchin>", "barista": "Barista",
    "waiter": "Kellner<|in>", "baker": "Bäcker<|in>", "accountant": "Buchhalter<|in>",
    "lawyer": "<Rechtsanwalt|Rechtsanwältin>", "marketing_manager": "Marketingmanager<|in>",
    "sales_rep": "Vertriebler<|in>", "project_manager": "Projektmanager<|in>",
    "hr_specialist": "HR-Referent<|in>", "entrepreneur": "Unternehmer<|in>",
    "real_estate_agent": "Immobilienmakler<|in>", "bank_clerk": "Bankkauf<mann|frau>",
    "customer_service": "Kundenberater<|in>", "receptionist": "Rezeptionist<|in>",
    "social_worker": "Sozialarbeiter<|in>", "police_officer": "Polizist<|in>",
    "firefighter": "Feuerwehr<mann|frau>", "pilot": "Pilot<|in>",
    "flight_attendant": "Flugbegleiter<|in>", "truck_driver": "Lkw-Fahrer<|in>",
    "farmer": "Landwirt<|in>", "hairdresser": "Friseur<|in>",
    "fitness_trainer": "Personal Trainer<|in>", "shop_assistant": "Verkäufer<|in>",
    "journalist": "Journalist<|in>", "photographer": "Fotograf<|in>",
    "translator": "Übersetzer<|in>", "musician": "Musiker<|in>", "writer": "Autor<|in>",
    "researcher": "Wissenschaftler<|in>", "student": "Student<|in>", "pupil": "Schüler<|in>",
    "retiree": "Rentner<|in>",
 "fashion_designer": "Modedesigner<|in>", "trader": "Trader<|in>",
}  # fmt: skip
OCCUPATION_WORDS = {
    "ärzte": "doctor", "ärztinnen": "doctor", "pflegekräfte": "nurse", "pfleger": "nurse",
    "pflegerinnen": "nurse", "krankenschwestern": "nurse", "lehrkräfte": "teacher",
    "entwickler": "software_engineer", "entwicklerinnen": "software_engineer",
    "programmierer": "software_engineer", "informatiker": "software_engineer",
    "studenten": "student", "studierende": "student", "schüler": "pupil", "köche": "chef",
    "anwälte": "lawyer", "anwältinnen": "lawyer", "handwerker": "carpenter", "bauern": "farmer",
    "bäuerinnen": "farmer", "forscher": "researcher", "feuerwehrleute": "firefighter",
    "polizisten": "police_officer",
}  # fmt: skip

INTERESTS = {
    "hiking": "Wandern", "running": "Laufen", "cycling": "Radfahren", "swimming": "Schwimmen",
    "yoga": "Yoga", "fitness": "Krafttraining", "football": "Fußball",
    "basketball": "Basketball", "tennis": "Tennis", "climbing": "Klettern", "surfing": "Surfen",
    "skiing": "Skifahren", "dancing": "Tanzen", "martial_arts": "Kampfsport",
    "cooking": "Kochen", "baking": "Backen", "coffee": "Kaffee", "wine": "Wein",
    "craft_beer": "Craft Beer", "street_food": "Streetfood", "gardening": "Gärtnern",
    "houseplants": "Zimmerpflanzen", "photography": "Fotografie", "painting": "Malen",
    "drawing": "Zeichnen", "writing": "Schreiben", "reading": "Lesen", "poetry": "Lyrik",
    "cinema": "Kino", "series": "Serien", "music": "Musik", "concerts": "Konzerte",
    "guitar": "Gitarre", "piano": "Klavier", "singing": "Singen", "karaoke": "Karaoke",
    "podcasts": "Podcasts", "gaming": "Videospiele", "board_games": "Brettspiele",
    "chess": "Schach", "anime": "Anime", "comics": "Comics", "travel": "Reisen",
    "camping": "Camping", "fishing": "Angeln", "birdwatching": "Vogelbeobachtung",
    "beach": "Strandtage", "volunteering": "Ehrenamt", "diy": "Heimwerken",
    "knitting": "Stricken", "pottery": "Töpfern", "fashion": "Mode",
    "interior_design": "Inneneinrichtung", "history": "Geschichte", "science": "Wissenschaft",
    "astronomy": "Astronomie", "languages": "Sprachen", "tech": "Technik",
    "investing": "Finanzen", "cars": "Oldtimer", "motorcycles": "Motorräder", "dogs": "Hunde",
    "cats": "Katzen", "theatre": "Theater", "museums": "Museen", "meditation": "Meditation",
 "cricket": "Cricket", "horse_riding": "Reiten", "skateboarding": "Skateboarden",
    "golf": "Golf", "sailing": "Segeln", "baseball": "Baseball", "volleyball": "Volleyball",
    "sewing": "Nähen", "hockey": "Eishockey", "rugby": "Rugby",
}  # fmt: skip
INTEREST_WORDS = {
    "wanderer": "hiking", "wanderinnen": "hiking", "berge": "hiking", "läufer": "running",
    "joggen": "running", "radfahrer": "cycling", "gamer": "gaming", "zocker": "gaming",
    "leseratten": "reading", "bücher": "reading", "hundebesitzer": "dogs",
    "fotografieren": "photography", "gärtner": "gardening",
}  # fmt: skip
GENDER_WORDS = {
    "frauen": "female", "frau": "female", "mädchen": "female", "mütter": "female",
    "männer": "male", "mann": "male", "jungs": "male", "väter": "male",
    "nichtbinäre": "nonbinary", "nicht-binäre": "nonbinary",
}  # fmt: skip
STOPWORDS = (
    "und oder in im am an aus bei mit ohne für von vom zu zum zur der die das den dem des ein "
    "eine einer einen zwischen jahre jahren alt alter menschen leute personen wohnen leben "
    "arbeiten lieben mögen gerne gern sind ist ihre ihren sehr mehr weniger über unter ab bis "
    "die gerne"
)

TRAITS = (
    "neugierig", "ruhig", "fröhlich", "organisiert", "kreativ", "geduldig", "ehrgeizig", "loyal",
    "entspannt", "nachdenklich", "abenteuerlustig", "pragmatisch", "witzig", "einfühlsam",
    "energiegeladen", "zuverlässig", "optimistisch", "unabhängig", "zurückhaltend", "gesellig",
    "gründlich", "großzügig", "stur", "spontan", "bodenständig", "herzlich", "schlagfertig",
    "zielstrebig", "gelassen", "ehrlich",
)  # fmt: skip

# The TRAITS that read well after "a little" (for "{t1}, {t2} and a little {t3}").
QUIRKS = (
    "neugierig", "abenteuerlustig", "zurückhaltend", "gründlich", "stur", "spontan", "entspannt",
    "gelassen", "schlagfertig", "witzig",
)  # fmt: skip

FIELDS = {
    "nursing": "Pflege", "medicine": "Medizin", "pharmacy": "Pharmazie",
    "dentistry": "Zahnmedizin", "physiotherapy": "Physiotherapie", "psychology": "Psychologie",
    "veterinary": "Tiermedizin", "education": "Lehramt", "computer_science": "Informatik",
    "statistics": "Statistik", "mathematics": "Mathematik", "graphic_design": "Grafikdesign",
    "architecture": "Architektur", "civil_engineering": "Bauingenieurwesen",
    "mechanical_engineering": "Maschinenbau", "engineering": "Ingenieurwesen",
    "electrical_installations": "Elektrotechnik", "plumbing": "Sanitärtechnik",
    "carpentry": "Tischlerhandwerk", "automotive": "Kfz-Technik", "culinary_arts": "Gastronomie",
    "hospitality": "Hotelmanagement", "accounting": "Rechnungswesen",
    "business": "Betriebswirtschaft", "law": "Jura", "marketing": "Marketing",
    "journalism": "Journalismus", "social_work": "Soziale Arbeit", "criminology": "Kriminologie",
    "aviation": "Luftfahrttechnik", "agronomy": "Agrarwissenschaften",
    "hairdressing": "Friseurhandwerk", "sports_science": "Sportwissenschaft",
    "translation": "Übersetzen", "music": "Musik", "literature": "Germanistik",
    "biology": "Biologie", "physics": "Physik", "economics": "Volkswirtschaft",
    "history": "Geschichte",
}  # fmt: skip

INSTITUTIONS = {
    "university": ("an der::Universität {city}",
                   "Technische Universität {city}=>an der Technischen Universität {city}"),
    "college": ("an der::Hochschule {city}", "an der::Fachhochschule {city}"),
    "vocational": ("an der::Berufsschule {city}", "Berufskolleg {city}=>am Berufskolleg {city}"),
    "school": ("am::Gymnasium {city}",),
}  # fmt: skip

WORKPLACES = {
    "hospital": ("am::Klinikum {city}", "im::St. Marien-Krankenhaus {city}",
                 "am::Universitätsklinikum {city}"),
    "clinic": ("in der::Praxis Dr. {surname}", "im::Gesundheitszentrum {city}"),
    "dental": ("in der::Zahnarztpraxis {surname}", "im::Zahnzentrum {city}"),
    "vet": ("in der::Tierarztpraxis {surname}", "in der::Tierklinik {city}"),
    "pharmacy": ("in der::{brand}-Apotheke", "in der::Stadt-Apotheke {city}"),
    "school": ("an der::{surname}-Grundschule", "an der::Grundschule {city}-Mitte"),
    "highschool": ("am::{surname}-Gymnasium", "an der::Gesamtschule {city}"),
    "library": ("in der::Stadtbibliothek {city}",),
    "tech": ("{brand} Labs", "{brand} Software GmbH", "{brand} Digital"),
    "agency": ("{brand} Studio", "bei der::Agentur {brand}"),
    "company": ("{brand} GmbH", "{surname} & Partner", "{brand} AG", "{brand} Solutions"),
    "law": ("in der::Kanzlei {surname} & {surname2}",),
    "accounting": ("im::Steuerbüro {surname}", "{surname} & Partner"),
    "architecture": ("{surname} Architekten", "im::Architekturbüro {brand}"),
    "engineering": ("im::Ingenieurbüro {surname}", "{brand} Engineering"),
    "construction": ("{surname} Bau GmbH", "{brand} Bau"),
    "trades": ("{surname} Haustechnik", "im::Handwerksbetrieb {surname}", "=selbstständig"),
    "garage": ("im::Autohaus {surname}", "in der::Kfz-Werkstatt {surname}"),
    "restaurant": ("im::Restaurant {brand}", "im::Gasthaus {surname}"),
    "cafe": ("im::Café {brand}", "{brand} Kaffeerösterei"),
    "bakery": ("in der::Bäckerei {surname}",),
    "shop": ("in der::Buchhandlung {brand}", "{brand} Store", "im::Modehaus {surname}"),
    "salon": ("im::Salon {brand}", "{surname} Friseure"),
    "gym": ("{brand} Fitness", "im::Fitnessstudio {brand}"),
    "media": ("beim::Tagblatt {city}", "bei::Radio {city}", "{brand} Medien"),
    "studio": ("im::Fotostudio {brand}",),
    "council": ("bei der::Stadtverwaltung {city}",),
    "police": ("bei der::Polizei {city}",),
    "fire": ("bei der::Berufsfeuerwehr {city}",),
    "social": ("bei der::Diakonie {city}", "beim::Jugendamt {city}"),
    "airline": ("{brand} Air", "{brand} Airlines"),
    "logistics": ("{surname} Logistik", "bei der::Spedition {surname}"),
    "farm": ("auf dem::Hof {surname}",),
    "realestate": ("{brand} Immobilien", "{surname} Immobilien"),
    "bank": ("bei der::Sparkasse {city}", "{brand} Bank"),
    "callcenter": ("{brand} Service Center", "{brand} Kundenservice"),
    "hotel": ("im::Hotel {brand}", "im::Grand Hotel {city}"),
    "lab": ("am::{brand}-Institut", "am::Forschungszentrum {city}"),
    "freelance": ("=freiberuflich", "=selbstständig"),
    "music": ("bei der::Philharmonie {city}", "=freiberuflich"),
    "own": ("{brand} GmbH", "im::Atelier {brand}", "{brand} Concept Store"),
    "retired": ("=im Ruhestand",),
}  # fmt: skip

# ------------------------------------------------------------------ bios
X_ROLE = (
    "{Occ} {in_city}", "{Occ} · {city}", "{Occ}. {city}", "{Occ} {from_city}",
    "!{Occ} aus Leidenschaft", "!{Occ} in Vollzeit", "Seit {years} Jahren {Occ}",
    "<Stolzer|Stolze> {Occ}", "!{Occ} unter der Woche", "{Occ} {flag}",
    "{city} {flag} · {Occ}", "{Occ}, {age}, {city}", "!Tagsüber {Occ}",
    "{Occ} mit Herz für {city}", "Lebe {in_city}, arbeite als {Occ}",
    "{Occ} mit {years} Jahren Erfahrung",
)  # fmt: skip
X_ROLE_WP = (
    "{Occ} {at_wp}", "{Occ} @ {wp}", "{Occ} | {wp}", "{Occ} {at_wp}, {city}",
    "Aktuell: {Occ} {at_wp}", "Arbeite {at_wp}",
)  # fmt: skip
X_INTERESTS = (
    "{I1}, {i2} & {i3}", "Liebe {i1} und {i2}", "Fan von {i1d}", "Begeistert von {i1d}",
    "Am Wochenende: {i1} und {i2}", "Immer zu haben für {i1}", "Frag mich alles über {i1}",
    "Freizeit = {i1}", "{I1} + {i2} + {i3}", "Zwischen {i1} und {i2}",
    "Leicht besessen von {i1d}", "Sonntags {i1}", "{e1} {i1} {e2} {i2}", "Meine Therapie: {i1}",
    "Mehr {i1}, weniger Bildschirm", "Mein Herz schlägt für {i1}", "!Nach Feierabend: {i1}",
)  # fmt: skip
X_TRAITS = (
    "{T1} und {t2}", "{T1}, {t2} und ein bisschen {t3}", "Von Natur aus {t1}",
    "Meistens {t1}, manchmal {t2}", "Angeblich {t1}", "Laut Freunden {t1}",
)  # fmt: skip
TAGLINES = (
    "Erst mal Kaffee", "Lerne jeden Tag dazu", "Noch auf der Suche",
    "Jeden Tag ein bisschen freundlicher", "Team Hund", "Team Katze", "Profi im Zerdenken",
    "Perfektionist<|in> auf Entzug", "Sammle kleine Glücksmomente", "Leben im Shuffle-Modus",
    "Hier für die guten Geschichten", "Kleine Schritte, große Aussichten",
    "Sonnenuntergangsjäger<|in>", "Nie ausgelernt", "Schlecht in Smalltalk", "Läuft mit Snacks",
    "Sarkasmus ist meine Muttersprache", "Auf der Jagd nach gutem Licht",
    "Improvisiere mich durchs Leben", "Glas halb voll", "Frühaufsteher<|in> wider Willen",
    "Nachteule", "Schlechte Wortwitze, gute Absichten", "Fan von langsamen Morgen",
    "Listen machen mich glücklich", "Schreibe noch Briefe mit der Hand",
    "Träume von einer Hütte im Wald", "Wochenendausflügler<|in>", "Team Tee",
    "Allergisch gegen Montage", "Weiches Herz, starker Kaffee", "Lerne gerade, Nein zu sagen",
    "Plane schon die nächste Reise", "Freundlichkeit kostet nichts",
    "Hobby-Restaurantkritiker<|in>", "Meistens zu spät", "!<Papa|Mama> von zwei Kindern",
    "<Stolzer Onkel|Stolze Tante>", "Große Familie, großes Herz", "Sonntags ist Familientag",
    "Küchenphilosoph<|in>", "Freund<|in> jedes Hundes", "Weniger scrollen, mehr leben",
    "Keep it simple", "Ein guter Tag nach dem anderen", "Mit beiden Beinen auf dem Boden",
    "Ohne Eile",
)  # fmt: skip
TIKTOK = (
    "{e1} {Occ} {in_city} | {i1} + {i2}", "tagsüber {Occ} {e1} nachts {i1}",
    "{city} 📍 {Occ} mit Liebe für {i1}", "nur ein<|e> {Occ} mit zu viel {i1} {e1}",
    "{i1} {e1} {i2} {e2} und {Occ}-Alltag", "pov: {Occ} mit zu vielen Hobbys {e1}{e2}",
    "{Occ}-Alltag + {i1} {e1}", "{e1} {i1} | {e2} {i2} | {city}", "{i1} & {Occ}-Chaos {e1}",
    "hier für {i1} und gute Vibes {e1}", "verliebt in {i1} {e1} {Occ} {in_city}",
    "{Occ} {in_city} • {i1} {e1}", "kommt wegen {i1}, bleibt fürs Chaos {e1}",
    "Tagebuch: {i1} {e1} {flag}", "dein Buddy in Sachen {i1} {e1}",
    "kleine Clips über {i1} und {city} {e1}",
    "{Occ} | {i1} | {i2} {e1}", "kein Profi, nur verliebt in {i1} {e1}", "{tag} {e1}",
    "{flag} {Occ} • {i1} • {i2}", "{Occ}, gerade ganz viel {i1} {e1}",
)  # fmt: skip
IG_ROLE = (
    "{Occ} · {city}", "{Occ} | {city}", "📍 {city} | {Occ}", "{Occ} {in_city} {flag}",
    "{Occ} ✦ {city}", "{city} {flag} · {Occ}", "{Occ} @ {wp}", "{Occ} {from_city}",
)  # fmt: skip
IG_INTERESTS = (
    "{e1} {i1} · {e2} {i2} · {e3} {i3}", "{e1} {i1} | {e2} {i2}", "{I1}, {i2} & {i3} {e1}",
    "{e1}{e2}{e3} {i1}, {i2}, {i3}", "Liebe {i1} & {i2} {e1}", "{e1} {i1} für immer",
    "{I1} {e1} {i2} {e2}", "{e1} Wochenende = {i1}",
)  # fmt: skip
FB_WORK = (
    "Ich arbeite als {Occ} {in_city}.", "{Occ} {in_city}.", "Seit {years} Jahren {Occ} {in_city}.",
    "Ich bin {Occ} {in_city}.", "!Mit Leib und Seele {Occ}.",
)  # fmt: skip
FB_WORK_WP = (
    "{Occ} {at_wp}.", "Ich arbeite {at_wp}.", "Seit {years} Jahren {at_wp}.",
    "{Occ} {at_wp}, {city}.",
)  # fmt: skip
FB_HOME = ("Ich wohne {in_city}.", "{city} ist mein Zuhause.", "Lebe gern {in_city}.")
FB_INTERESTS = (
    "Ich liebe {i1} und {i2}.", "Ich mag {i1}, {i2} und gute Gesellschaft.",
    "Großer Fan von {i1d}.", "Am Wochenende: {i1} und {i2}.", "Rede gern über {i1}.",
    "Hobbys: {i1}, {i2} und {i3}.", "Freizeit: {i1} und {i2}.",
)  # fmt: skip
FB_PERSONAL = (
    "Familie und Freunde zuerst.", "Das Leben ist schön.", "Dankbar für jeden Tag.",
    "Gutes Essen, gute Leute.", "Versuche, einfach zu leben.", "{Tag}.", "{T1} und {t2}.",
    "Immer für ein Gespräch zu haben.",
)  # fmt: skip
SHORT = ("{Occ} · {city}", "{Occ}, {city}", "{Occ} {in_city}", "{Occ}")

# ------------------------------------------------------------------ about
ABOUT_INTRO = (
    "!Hallo, ich bin {first} und arbeite als {Occ} {in_city}.",
    "Ich bin {first}, {Occ}, und lebe {in_city}.",
    "Mein Name ist {first} und ich bin {Occ} {in_city}.",
    "Ich bin seit {years} Jahren {Occ} {in_city}.",
    "!Hallo! Ich heiße {first}, bin {age} Jahre alt und arbeite {in_city} als {Occ}.",
    "Ich bin {first}, {age}, {Occ} und {in_city} zu Hause.",
)  # fmt: skip
ABOUT_WORK = (
    "Zu meinem Beruf bin ich eher zufällig gekommen und habe es nie bereut.",
    "Am meisten mag ich an meiner Arbeit die Menschen, die ich dabei kennenlerne.",
    "Manche Tage sind lang, aber ich kann mir nichts anderes vorstellen.",
    "Nach {years} Jahren im Beruf lerne ich immer noch jede Woche etwas Neues.",
)  # fmt: skip
ABOUT_WORK_WP = (
    "Inzwischen arbeite ich {at_wp} und mag fast alles, was der Alltag dort mit sich bringt.",
    "Ich bin jetzt seit etwa {years} Jahren {at_wp}.",
    "Den Großteil meiner Woche verbringe ich {at_wp}, und kein Tag ist wie der andere.",
)  # fmt: skip
ABOUT_STUDY = (
    "Gerade bin ich {at_wp}, und {field} macht mir am meisten Spaß.",
    "Zwischen den Kursen {at_wp} versuche ich, mir Zeit für mich zu nehmen.",
    "Mein Schwerpunkt {at_wp} ist {field}, und manche Wochen sind ziemlich voll.",
)  # fmt: skip
RETIRED_AS = "{former} im Ruhestand"
ABOUT_RETIRED = (
    "Nach {years} Jahren im Beruf habe ich endlich Zeit für die Dinge, die ich liebe.",
    "Seit ein paar Jahren bin ich im Ruhestand und irgendwie beschäftigter denn je.",
    "Der Ruhestand bekommt mir gut, und mein Kalender ist trotzdem voll.",
    '[retired]{years} Jahre lang war ich {former}, und die Menschen vermisse ich bis heute.',
    '[retired]Bevor ich in Rente ging, war ich {former}; heute gehört meine Zeit mir.',
    '[retired]Die Jahre als {former} haben mich Geduld gelehrt, das hilft mir heute noch.',
    '[retired]Man fragt mich immer noch um Rat aus meiner Zeit als {former}.',
)  # fmt: skip
ABOUT_EDU = (
    "Ich habe {field} {at_school} studiert.",
    "Meine Ausbildung in {field} habe ich {at_school} gemacht.",
    "{field} habe ich {at_school} gelernt, und das prägt bis heute meine Arbeit.",
)  # fmt: skip
ABOUT_INTERESTS = (
    "!Nach Feierabend dreht sich bei mir viel um {ilist}.",
    "In meiner Freizeit liebe ich {i1} und {i2}.",
    "Am Wochenende heißt es bei mir: {i1} und {i2}.",
    "Vor Kurzem habe ich mit {i1d} angefangen, und {i2} begeistert mich schon seit Jahren.",
    "Freie Abende sind bei mir meistens für {i1} oder {i2} reserviert.",
)  # fmt: skip
ABOUT_TRAITS = (
    "Andere beschreiben mich als {t1} und {t2}.",
    "Meine Freunde würden sagen, ich bin {t1}, {t2} und ein bisschen {t3}.",
    "Ich würde mich als {t1} bezeichnen, meine Familie findet mich eher {t2}.",
    "Ich versuche, bei allem {t1} und {t2} zu sein.",
)  # fmt: skip
ABOUT_CLOSING = (
    "Ich lerne gern neue Leute kennen, also sag ruhig Hallo.",
    "Gerade spare ich für eine Reise und lerne jede Woche etwas Neues.",
    "Das Leben ist voll, aber ich würde nicht viel ändern.", "Danke fürs Vorbeischauen!",
    "Als Nächstes auf meiner Liste: mehr Zeit draußen und weniger am Handy.",
)  # fmt: skip

# What small business owners run (the occupation of an entrepreneur persona).
BUSINESSES = (
    "Inhaber<|in> einer Bäckerei",
    "Inhaber<|in> eines Cafés",
    "Florist<|in>",
    "Inhaber<|in> eines Fahrradladens",
    "Inhaber<|in> einer Druckerei",
    "Inhaber<|in> eines Friseursalons",
    "Buchhändler<|in>",
    "Inhaber<|in> eines Foodtrucks",
    "Inhaber<|in> eines Eisenwarenladens",
    "Gastronom<|in>",
    "Inhaber<|in> einer Boutique",
    "Inhaber<|in> einer Autowerkstatt",
)

# Family roles the description may give ("mothers of toddlers"): slot {family}.
FAMILY_LABELS = {
    "parent": "<Vater|Mutter|Elternteil>",
    "parent_toddler": "<Vater|Mutter|Elternteil> eines Kleinkinds",
    "single_parent": "<alleinerziehender Vater|alleinerziehende Mutter|alleinerziehend>",
    "grandparent": "<Opa|Oma|Großelternteil>",
}
ABOUT_FAMILY = (
    "Außerdem bin ich {family}, meine Tage beginnen also früh und laufen selten nach Plan.",
    "{Family} zu sein ist der schönste und anstrengendste Teil meines Lebens.",
    "Als {family} habe ich gelernt, fast alles mit einer Hand zu erledigen.",
)


def neutral(m: str, f: str) -> str:
    """A word's neutral form for nonbinary personas, with the gender star: ``Lehrer*in``,
    ``Ärzt*in``, ``ein*e``; ``Bankkaufmann/-frau`` where no star form exists."""
    if f.endswith("in") and not m.endswith("in"):
        return f"{f[:-2]}*in"
    if f.startswith(m):
        return f"{m}*{f[len(m) :]}"
    if m.startswith(f):
        return f"{f}*{m[len(f) :]}"
    k = 0
    while k < min(len(m), len(f)) and m[k] == f[k]:
        k += 1
    return f"{m}/-{f[k:]}" if k >= 3 else f"{m}/{f}"
