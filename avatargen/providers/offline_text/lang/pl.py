"""Polish phrase data (see :mod:`..lang` for the conventions).

Polish declines nouns, so templates keep interests, traits and job titles in the
nominative (lists, "Z zawodu {occ}", "pracuję jako {occ}") and cities go through
:func:`in_city`, which gives the locative ("w Krakowie") from a table of cities and
regular endings. Places give their full locative phrase (``"Name=>w ..."``).
"""

AND = "i"
AT = "w firmie"
FROM = "z"

_LOC = {
    "Warszawa": "Warszawie", "Kraków": "Krakowie", "Łódź": "Łodzi", "Wrocław": "Wrocławiu",
    "Poznań": "Poznaniu", "Gdańsk": "Gdańsku", "Szczecin": "Szczecinie",
    "Bydgoszcz": "Bydgoszczy", "Lublin": "Lublinie", "Białystok": "Białymstoku",
    "Katowice": "Katowicach", "Gdynia": "Gdyni", "Częstochowa": "Częstochowie",
    "Radom": "Radomiu", "Sosnowiec": "Sosnowcu", "Toruń": "Toruniu", "Kielce": "Kielcach",
    "Rzeszów": "Rzeszowie", "Gliwice": "Gliwicach", "Zabrze": "Zabrzu", "Olsztyn": "Olsztynie",
    "Bielsko-Biała": "Bielsku-Białej", "Bytom": "Bytomiu", "Zielona Góra": "Zielonej Górze",
    "Rybnik": "Rybniku", "Ruda Śląska": "Rudzie Śląskiej", "Opole": "Opolu", "Tychy": "Tychach",
    "Gorzów Wielkopolski": "Gorzowie Wielkopolskim", "Elbląg": "Elblągu", "Płock": "Płocku",
    "Dąbrowa Górnicza": "Dąbrowie Górniczej", "Wałbrzych": "Wałbrzychu",
    "Włocławek": "Włocławku", "Tarnów": "Tarnowie", "Chorzów": "Chorzowie",
    "Koszalin": "Koszalinie", "Kalisz": "Kaliszu", "Legnica": "Legnicy",
    "Grudziądz": "Grudziądzu", "Jaworzno": "Jaworznie", "Słupsk": "Słupsku",
    "Jastrzębie-Zdrój": "Jastrzębiu-Zdroju", "Nowy Sącz": "Nowym Sączu",
    "Jelenia Góra": "Jeleniej Górze", "Siedlce": "Siedlcach", "Mysłowice": "Mysłowicach",
    "Konin": "Koninie", "Piła": "Pile", "Piotrków Trybunalski": "Piotrkowie Trybunalskim",
    "Inowrocław": "Inowrocławiu", "Lubin": "Lubinie",
    "Ostrów Wielkopolski": "Ostrowie Wielkopolskim",
    "Suwałki": "Suwałkach", "Stargard": "Stargardzie", "Gniezno": "Gnieźnie",
    "Ostrowiec Świętokrzyski": "Ostrowcu Świętokrzyskim", "Głogów": "Głogowie",
    "Pabianice": "Pabianicach", "Leszno": "Lesznie", "Zamość": "Zamościu", "Łomża": "Łomży",
    "Żory": "Żorach", "Pruszków": "Pruszkowie", "Ełk": "Ełku", "Chełm": "Chełmie",
    "Tomaszów Mazowiecki": "Tomaszowie Mazowieckim", "Przemyśl": "Przemyślu",
    "Stalowa Wola": "Stalowej Woli", "Kędzierzyn-Koźle": "Kędzierzynie-Koźlu",
    "Mielec": "Mielcu", "Tczew": "Tczewie", "Biała Podlaska": "Białej Podlaskiej",
    "Nowa Sól": "Nowej Soli", "Nysa": "Nysie", "Świdnica": "Świdnicy", "Będzin": "Będzinie",
    "Zgierz": "Zgierzu", "Piekary Śląskie": "Piekarach Śląskich", "Racibórz": "Raciborzu",
    "Legionowo": "Legionowie", "Ostrołęka": "Ostrołęce", "Starachowice": "Starachowicach",
    "Świętochłowice": "Świętochłowicach", "Wejherowo": "Wejherowie", "Zawiercie": "Zawierciu",
    "Puławy": "Puławach", "Wodzisław Śląski": "Wodzisławiu Śląskim", "Otwock": "Otwocku",
    "Skierniewice": "Skierniewicach", "Starogard Gdański": "Starogardzie Gdańskim",
    "Tarnobrzeg": "Tarnobrzegu", "Radomsko": "Radomsku", "Kołobrzeg": "Kołobrzegu",
    "Krosno": "Krośnie", "Rumia": "Rumi", "Sopot": "Sopocie", "Zakopane": "Zakopanem",
    "Wałcz": "Wałczu", "Jastrzębie Zdrój": "Jastrzębiu-Zdroju", "Nowy Jork": "Nowym Jorku",
    "Londyn": "Londynie", "Paryż": "Paryżu",
    "Rzym": "Rzymie", "Wiedeń": "Wiedniu", "Monachium": "Monachium", "Meksyk": "Meksyku",
    "Lizbona": "Lizbonie", "Bruksela": "Brukseli", "Mediolan": "Mediolanie",
    "Neapol": "Neapolu", "Haga": "Hadze", "Genewa": "Genewie", "Kolonia": "Kolonii",
}  # fmt: skip
# Regular locative endings, longest first: (ending, replacement).
_ENDINGS = (
    ("ice", "icach"), ("ów", "owie"), ("wa", "wie"), ("ica", "icy"), ("yca", "ycy"),
    ("nia", "ni"), ("ja", "i"), ("la", "li"), ("ka", "ce"), ("ga", "dze"), ("ra", "rze"),
    ("da", "dzie"), ("ta", "cie"), ("na", "nie"), ("ła", "le"), ("sa", "sie"), ("ma", "mie"),
    ("ba", "bie"), ("pa", "pie"), ("no", "nie"), ("sko", "sku"), ("cko", "cku"), ("le", "lu"),
    ("rze", "rzu"), ("iec", "cu"), ("k", "ku"), ("g", "gu"), ("ch", "chu"), ("cz", "czu"),
    ("sz", "szu"), ("rz", "rzu"), ("ż", "żu"), ("ń", "niu"), ("ś", "siu"), ("ć", "ciu"),
    ("ź", "ziu"), ("l", "lu"), ("j", "ju"), ("m", "miu"), ("w", "wiu"), ("n", "nie"),
    ("t", "cie"), ("d", "dzie"), ("r", "rze"), ("s", "sie"), ("z", "zie"), ("ł", "le"),
    ("b", "bie"), ("p", "pie"), ("f", "fie"), ("x", "ksie"),
)  # fmt: skip


def locative(city: str) -> str | None:
    if city in _LOC:
        return _LOC[city]
    if " " in city or not city[-1:].isalpha():
        return None
    for ending, replacement in _ENDINGS:
        if city.endswith(ending):
            return city[: -len(ending)] + replacement
    return None


def in_city(city: str) -> str:
    loc = locative(city)
    return f"w {loc}" if loc else f"w mieście {city}"


_GEN = {"Łódź": "Łodzi", "Białystok": "Białegostoku", "Wrocław": "Wrocławia"}


def genitives(city: str) -> tuple[str, ...]:
    """The forms a description may give a one-word city after "z"/"do" ("z Krakowa",
    "z Warszawy", "z Katowic"): for recognising it only, so the endings that differ by
    declension are all given."""
    if city in _GEN:
        return (_GEN[city],)
    if not city or " " in city or not city[-1:].isalpha():
        return ()
    if city.endswith(("ia", "ja")):
        return (city[:-1],)
    if city.endswith("a"):
        return (city[:-1] + "y", city[:-1] + "i")
    if city.endswith("ów"):
        return (city[:-2] + "owa",)
    if city.endswith(("ice", "yce")):
        return (city[:-1],)
    if city.endswith(("e", "o")):
        return (city[:-1] + "a",)
    if city.endswith("ec"):
        return (city[:-2] + "ca",)
    soft = {"ń": "ni", "ś": "si", "ć": "ci", "ź": "zi"}.get(city[-1])
    if soft:
        return (city[:-1] + soft + "a",)
    return (city + "a", city + "ia", city + "u")


def _age(n: int) -> str:
    few = n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14)
    return f"{n} {'lata' if few else 'lat'}"


def decorate(slots: dict) -> None:
    years = slots["years"]
    slots["od_years"] = "od roku" if years == 1 else f"od {years} lat"
    slots["Od_years"] = slots["od_years"].capitalize()
    slots["Po_years"] = "Po roku" if years == 1 else f"Po {years} latach"
    slots["age_pl"] = _age(slots["age"])


OCCUPATIONS = {
    "nurse": "pielęgnia<rz|rka>", "doctor": "lek<arz|arka>", "pharmacist": "farmaceut<a|ka>",
    "dentist": "dentyst<a|ka>", "physiotherapist": "fizjoterapeut<a|ka>",
    "psychologist": "<psycholog|psycholożka>", "veterinarian": "<lekarz|lekarka> weterynarii",
    "teacher": "nauczyciel<|ka>", "professor": "wykładow<ca|czyni>",
    "librarian": "bibliotekar<z|ka>", "software_engineer": "programist<a|ka>",
    "web_developer": "<web developer|web developerka>",
    "data_analyst": "<analityk|analityczka> danych",
    "graphic_designer": "grafi<k|czka>", "ux_designer": "projektant<|ka> UX",
    "architect": "architekt<|ka>", "civil_engineer": "<inżynier|inżynierka> budownictwa",
    "mechanical_engineer": "<inżynier|inżynierka> mechaniki", "electrician": "elektry<k|czka>",
    "plumber": "hydrauli<k|czka>", "carpenter": "stolar<z|ka>",
    "mechanic": "mechani<k|czka> samochodow<y|a>", "chef": "<kucharz|kucharka>",
    "barista": "barist<a|ka>", "waiter": "kelne<r|rka>", "baker": "piekar<z|ka>",
    "accountant": "księgow<y|a>", "lawyer": "<prawnik|prawniczka>",
    "marketing_manager": "<menedżer|menedżerka> ds. marketingu",
    "sales_rep": "<przedstawiciel handlowy|przedstawicielka handlowa>",
    "project_manager": "<kierownik|kierowniczka> projektów",
    "hr_specialist": "<specjalista|specjalistka> ds. HR",
    "entrepreneur": "<przedsiębiorca|przedsiębiorczyni>",
    "real_estate_agent": "<agent|agentka> nieruchomości",
    "bank_clerk": "<pracownik|pracowniczka> banku",
    "customer_service": "<konsultant|konsultantka> obsługi klienta",
    "receptionist": "recepcjonist<a|ka>",
    "social_worker": "<pracownik socjalny|pracowniczka socjalna>",
    "police_officer": "<policjant|policjantka>", "firefighter": "<strażak|strażaczka>",
    "pilot": "<pilot|pilotka> liniow<y|a>", "flight_attendant": "<steward|stewardesa>",
    "truck_driver": "<kierowca|kierowczyni> ciężarówki", "farmer": "<rolnik|rolniczka>",
    "hairdresser": "<fryzjer|fryzjerka>", "fitness_trainer": "<trener|trenerka> personaln<y|a>",
    "shop_assistant": "<sprzedawca|sprzedawczyni>", "journalist": "<dziennikarz|dziennikarka>",
    "photographer": "<fotograf|fotografka>", "translator": "<tłumacz|tłumaczka>",
    "musician": "<muzyk|muzyczka>", "writer": "<pisarz|pisarka>", "researcher": "<badacz|badaczka>",
    "student": "<student|studentka>", "pupil": "<licealista|licealistka>",
    "retiree": "<emeryt|emerytka>",
 "fashion_designer": "projektant<|ka> mody", "trader": "trader",
}  # fmt: skip
OCCUPATION_WORDS = {
    "pielęgniarki": "nurse", "pielęgniarze": "nurse", "lekarze": "doctor",
    "nauczyciele": "teacher", "programiści": "software_engineer", "studenci": "student",
    "emeryci": "retiree", "policjanci": "police_officer", "rolnicy": "farmer",
    "kierowcy": "truck_driver", "kucharze": "chef", "informatycy": "software_engineer",
    "naukowcy": "researcher", "uczniowie": "pupil",
}  # fmt: skip

INTERESTS = {
    "hiking": "góry", "running": "bieganie", "cycling": "rower", "swimming": "pływanie",
    "yoga": "joga", "fitness": "siłownia", "football": "piłka nożna", "basketball": "koszykówka",
    "tennis": "tenis", "climbing": "wspinaczka", "surfing": "surfing", "skiing": "narty",
    "dancing": "taniec", "martial_arts": "sztuki walki", "cooking": "gotowanie",
    "baking": "pieczenie", "coffee": "kawa", "wine": "wino", "craft_beer": "piwo kraftowe",
    "street_food": "street food", "gardening": "ogrodnictwo", "houseplants": "rośliny doniczkowe",
    "photography": "fotografia", "painting": "malarstwo", "drawing": "rysunek",
    "writing": "pisanie", "reading": "czytanie", "poetry": "poezja", "cinema": "kino",
    "series": "seriale", "music": "muzyka", "concerts": "koncerty", "guitar": "gitara",
    "piano": "pianino", "singing": "śpiew", "karaoke": "karaoke", "podcasts": "podcasty",
    "gaming": "gry wideo", "board_games": "planszówki", "chess": "szachy", "anime": "anime",
    "comics": "komiksy", "travel": "podróże", "camping": "biwakowanie",
    "fishing": "wędkarstwo", "birdwatching": "obserwacja ptaków", "beach": "plaża",
    "volunteering": "wolontariat", "diy": "majsterkowanie", "knitting": "robótki na drutach",
    "pottery": "ceramika", "fashion": "moda", "interior_design": "wnętrza",
    "history": "historia", "science": "nauka", "astronomy": "astronomia",
    "languages": "języki obce", "tech": "nowe technologie", "investing": "inwestowanie",
    "cars": "klasyczne auta", "motorcycles": "motocykle", "dogs": "psy", "cats": "koty",
    "theatre": "teatr", "museums": "muzea", "meditation": "medytacja",
 "cricket": "krykiet", "horse_riding": "jazda konna", "skateboarding": "deskorolka",
    "golf": "golf", "sailing": "żeglarstwo", "baseball": "baseball", "volleyball": "siatkówka",
    "sewing": "szycie", "hockey": "hokej", "rugby": "rugby",
}  # fmt: skip
INTEREST_WORDS = {
    "wędrówki": "hiking", "górach": "hiking", "biegacze": "running", "rowerzyści": "cycling",
    "gracze": "gaming", "gamerzy": "gaming", "książki": "reading", "podróżnicy": "travel",
}  # fmt: skip
GENDER_WORDS = {
    "kobiety": "female", "kobieta": "female", "dziewczyny": "female", "matki": "female",
    "mamy": "female", "mężczyźni": "male", "mężczyzna": "male", "faceci": "male",
    "ojcowie": "male", "niebinarne": "nonbinary", "niebinarni": "nonbinary",
}  # fmt: skip
STOPWORDS = (
    "i oraz lub albo w we z ze na do od po przy dla o u ktorzy ktore ktora ktory lat lata "
    "wieku wiek ludzie osoby mieszkaja mieszka pracuja pracuje lubia lubi kochaja kocha ich "
    "bardzo wiecej mniej jest sa miedzy"
)

TRAITS = (
    "ciekaw<y|a> świata", "spokojn<y|a>", "wesoł<y|a>", "zorganizowan<y|a>", "kreatywn<y|a>",
    "cierpliw<y|a>", "ambitn<y|a>", "lojaln<y|a>", "wyluzowan<y|a>", "rozważn<y|a>",
    "żądn<y|a> przygód", "praktyczn<y|a>", "zabawn<y|a>", "empatyczn<y|a>", "energiczn<y|a>",
    "solidn<y|a>", "pozytywnie nastawion<y|a>", "niezależn<y|a>", "skromn<y|a>",
    "towarzysk<i|a>", "dokładn<y|a>", "hojn<y|a>", "upart<y|a>", "spontaniczn<y|a>",
    "bezpośredni<|a>", "serdeczn<y|a>", "dowcipn<y|a>", "zdeterminowan<y|a>", "opanowan<y|a>",
    "szczer<y|a>",
)  # fmt: skip

# The TRAITS that read well after "a little" (for "{t1}, {t2} and a little {t3}").
QUIRKS = (
    "ciekaw<y|a> świata", "wyluzowan<y|a>", "skromn<y|a>", "dokładn<y|a>", "upart<y|a>",
    "spontaniczn<y|a>", "dowcipn<y|a>", "bezpośredni<|a>",
)  # fmt: skip

FIELDS = {
    "nursing": "pielęgniarstwo", "medicine": "medycyna", "pharmacy": "farmacja",
    "dentistry": "stomatologia", "physiotherapy": "fizjoterapia", "psychology": "psychologia",
    "veterinary": "weterynaria", "education": "pedagogika", "computer_science": "informatyka",
    "statistics": "statystyka", "mathematics": "matematyka", "graphic_design": "grafika",
    "architecture": "architektura", "civil_engineering": "budownictwo",
    "mechanical_engineering": "mechanika i budowa maszyn", "engineering": "inżynieria",
    "electrical_installations": "elektrotechnika", "plumbing": "instalacje sanitarne",
    "carpentry": "stolarstwo", "automotive": "mechanika pojazdowa", "culinary_arts": "gastronomia",
    "hospitality": "hotelarstwo", "accounting": "rachunkowość", "business": "zarządzanie",
    "law": "prawo", "marketing": "marketing", "journalism": "dziennikarstwo",
    "social_work": "praca socjalna", "criminology": "kryminologia", "aviation": "lotnictwo",
    "agronomy": "rolnictwo", "hairdressing": "fryzjerstwo", "sports_science": "wychowanie fizyczne",
    "translation": "lingwistyka stosowana", "music": "muzyka", "literature": "filologia polska",
    "biology": "biologia", "physics": "fizyka", "economics": "ekonomia", "history": "historia",
}  # fmt: skip

INSTITUTIONS = {
    "university": ("Uniwersytet {in_city}=>na Uniwersytecie {in_city}",
                   "Politechnika {in_city}=>na Politechnice {in_city}"),
    "college": ("Wyższa Szkoła Zawodowa {in_city}=>w Wyższej Szkole Zawodowej {in_city}",
                "Akademia {brand}=>w Akademii {brand}"),
    "vocational": ("Technikum nr {num} {in_city}=>w Technikum nr {num} {in_city}",
                   "Szkoła Branżowa {in_city}=>w Szkole Branżowej {in_city}"),
    "school": ("Liceum nr {num} {in_city}=>w Liceum nr {num} {in_city}",),
}  # fmt: skip

WORKPLACES = {
    "hospital": ("Szpital Miejski {in_city}=>w Szpitalu Miejskim {in_city}",
                 "Szpital Wojewódzki {in_city}=>w Szpitalu Wojewódzkim {in_city}",
                 "Klinika {brand}=>w Klinice {brand}"),
    "clinic": ("Przychodnia {brand}=>w Przychodni {brand}",
               "Centrum Medyczne {brand}=>w Centrum Medycznym {brand}"),
    "dental": ("Gabinet Stomatologiczny {brand}=>w Gabinecie Stomatologicznym {brand}",),
    "vet": ("Klinika Weterynaryjna {brand}=>w Klinice Weterynaryjnej {brand}",),
    "pharmacy": ("Apteka {brand}=>w Aptece {brand}",),
    "school": ("Szkoła Podstawowa nr {num} {in_city}=>w Szkole Podstawowej nr {num} {in_city}",),
    "highschool": ("Liceum Ogólnokształcące nr {num} {in_city}"
                   "=>w Liceum Ogólnokształcącym nr {num} {in_city}",),
    "library": ("Biblioteka Miejska {in_city}=>w Bibliotece Miejskiej {in_city}",),
    "tech": ("{brand} Labs", "{brand} Software", "{brand} Tech"),
    "agency": ("Agencja {brand}=>w Agencji {brand}", "{brand} Studio"),
    "company": ("{brand} Sp. z o.o.", "{brand} Group", "{surname} i Wspólnicy"),
    "law": ("Kancelaria {surname}=>w Kancelarii {surname}",),
    "accounting": ("Biuro Rachunkowe {brand}=>w Biurze Rachunkowym {brand}",),
    "architecture": ("Pracownia {brand}=>w Pracowni {brand}",),
    "engineering": ("{brand} Engineering",
    "Biuro Projektowe {brand}=>w Biurze Projektowym {brand}"),
    "construction": ("{brand} Budownictwo", "{surname} Bud"),
    "trades": ("{surname} Instalacje", "=własna działalność"),
    "garage": ("Warsztat {brand}=>w Warsztacie {brand}",),
    "restaurant": ("Restauracja {brand}=>w Restauracji {brand}",
    "Bistro {brand}=>w Bistro {brand}"),
    "cafe": ("Kawiarnia {brand}=>w Kawiarni {brand}",),
    "bakery": ("Piekarnia {brand}=>w Piekarni {brand}",),
    "shop": ("Księgarnia {brand}=>w Księgarni {brand}", "Sklep {brand}=>w Sklepie {brand}"),
    "salon": ("Salon Fryzjerski {brand}=>w Salonie Fryzjerskim {brand}",),
    "gym": ("Siłownia {brand}=>w Siłowni {brand}", "{brand} Fitness"),
    "media": ("Radio {city}=>w Radiu {city}", "{brand} Media"),
    "studio": ("Studio {brand}=>w Studiu {brand}",),
    "council": ("Urząd Miasta=>w Urzędzie Miasta", "Urząd Gminy=>w Urzędzie Gminy"),
    "police": ("Komenda Miejska Policji=>w Komendzie Miejskiej Policji",),
    "fire": ("Państwowa Straż Pożarna=>w Państwowej Straży Pożarnej",),
    "social": ("Miejski Ośrodek Pomocy Społecznej=>w Miejskim Ośrodku Pomocy Społecznej",
               "Fundacja {brand}=>w Fundacji {brand}"),
    "airline": ("{brand} Airlines", "{brand} Air"),
    "logistics": ("{brand} Logistics", "{surname} Transport"),
    "farm": ("=własne gospodarstwo",
    "Gospodarstwo Rolne {surname}=>w Gospodarstwie Rolnym {surname}"),
    "realestate": ("Biuro Nieruchomości {brand}=>w Biurze Nieruchomości {brand}",),
    "bank": ("Bank {brand}=>w Banku {brand}",),
    "callcenter": ("{brand} Contact Center",),
    "hotel": ("Hotel {brand}=>w Hotelu {brand}",),
    "lab": ("Instytut {brand}=>w Instytucie {brand}",
            "Centrum Badawcze {brand}=>w Centrum Badawczym {brand}"),
    "freelance": ("=freelance", "=własna działalność"),
    "music": ("Orkiestra Symfoniczna {brand}=>w Orkiestrze Symfonicznej {brand}", "=freelance"),
    "own": ("{brand} Studio", "Pracownia {brand}=>w Pracowni {brand}",
    "Sklep {brand}=>w Sklepie {brand}"),
    "retired": ("=na emeryturze",),
}  # fmt: skip

# ------------------------------------------------------------------ bios
X_ROLE = (
    "{Occ} {in_city}", "{Occ} · {city}", "{Occ}. {city}", "!{Occ} z zawodu i z pasji",
    "!{Occ} na pełen etat", "!{Occ} {od_years}", "Pracuję jako {occ} {in_city}",
    "Mieszkam {in_city}, pracuję jako {occ}", "!{Occ} od poniedziałku do piątku",
    "{Occ} {flag}", "{city} {flag} · {occ}", "{Occ}, {age}, {city}", "!W dzień {occ}",
    "{Occ} zakochan<y|a> {in_city}", "!Z zawodu {occ}",
)  # fmt: skip
X_ROLE_WP = (
    "{Occ} {at_wp}", "{Occ} @ {wp}", "{Occ} | {wp}", "Obecnie: {occ} {at_wp}",
    "Pracuję {at_wp}",
)  # fmt: skip
X_INTERESTS = (
    "{I1}, {i2} i {i3}", "Pasje: {i1} i {i2}", "Weekendy = {i1}", "Wolny czas: {i1}",
    "{I1} + {i2} + {i3}", "Moja terapia: {i1}", "{e1} {i1} {e2} {i2}",
    "Mój świat: {i1}, {i2}, {i3}", "Niedziele to {i1}", "{I1} to moja miłość",
    "Na luzie: {i1} i {i2}", "!Po pracy: {i1}", "Najlepszy reset: {i1}",
    "Zawsze: {i1}. Czasem: {i2}", "Ulubione: {i1} i {i2}",
)  # fmt: skip
X_TRAITS = (
    "{T1} i {t2}", "{T1}, {t2} i trochę {t3}", "Z natury {t1}", "Zwykle {t1}, czasem {t2}",
    "Podobno {t1}", "Według znajomych {t1}",
)  # fmt: skip
TAGLINES = (
    "Najpierw kawa", "Codziennie uczę się czegoś nowego", "Wciąż szukam swojej drogi",
    "<Staram się być miłym|Staram się być miłą> każdego dnia", "<Psiarz|Psiara>",
    "<Kociarz|Kociara>", "Mistrz<|yni> nadmiernego myślenia", "Perfekcjonist<a|ka> na odwyku",
    "Kolekcjoner<|ka> małych radości", "Życie w trybie shuffle", "Tu dla dobrych historii",
    "Małe kroki, wielkie widoki", "Łowc<a|zyni> zachodów słońca", "Wiecznie się uczę",
    "Small talk to nie moja bajka", "Działam na przekąskach", "Sarkazm to mój język ojczysty",
    "W pogoni za dobrym światłem", "Improwizuję na bieżąco", "Szklanka do połowy pełna",
    "Ranny ptaszek wbrew sobie", "Nocny marek", "Suche żarty, dobre intencje",
    "Fan<|ka> leniwych poranków", "Listy to mój sposób na spokój", "Wciąż piszę listy odręcznie",
    "Marzę o domku w górach", "Weekendowe wypady", "Team herbata", "Alergia na poniedziałki",
    "Miękkie serce, mocna kawa", "Uczę się mówić nie", "Planuję już kolejną podróż",
    "Życzliwość nic nie kosztuje", "Zawsze trochę spóźnion<y|a>", "!<Tata|Mama> dwójki dzieci",
    "<Dumny wujek|Dumna ciocia>", "Duża rodzina, wielkie serce", "Niedziela to dzień dla rodziny",
    "Filozof<|ka> przy kuchennym stole", "<Przyjaciel|Przyjaciółka> każdego psa",
    "Mniej scrollowania, więcej życia", "Bez spiny", "Dzień po dniu", "Twardo stąpam po ziemi",
    "Bez pośpiechu",
)  # fmt: skip
TIKTOK = (
    "{e1} {occ} {in_city} | {i1} + {i2}", "w dzień {occ} {e1} wieczorem {i1}",
    "{city} 📍 {occ} | {i1}", "po prostu {occ} i {i1} {e1}",
    "{i1} {e1} {i2} {e2} i codzienność w pracy", "pov: {occ} z za dużą liczbą hobby {e1}{e2}",
    "{occ} + {i1} {e1}", "{e1} {i1} | {e2} {i2} | {city}", "{i1} i chaos w pracy {e1}",
    "tu dla dobrych vibe'ów {e1} {i1}", "{occ} {in_city} • {i1} {e1}",
    "{i1}: przyjdź dla vibe'u, zostań dla chaosu {e1}", "{i1} — pamiętnik {e1} {flag}",
    "krótkie klipy: {i1} i {city} {e1}", "{occ} | {i1} | {i2} {e1}",
    "nie jestem pro, po prostu to kocham {e1} {i1}", "{tag} {e1}",
    "{flag} {occ} • {i1} • {i2}", "moja era: {i1} {e1}",
)  # fmt: skip
IG_ROLE = (
    "{Occ} · {city}", "{Occ} | {city}", "📍 {city} | {Occ}", "{Occ} {in_city} {flag}",
    "{Occ} ✦ {city}", "{city} {flag} · {occ}", "{Occ} @ {wp}", "{Occ} • {city}",
)  # fmt: skip
IG_INTERESTS = (
    "{e1} {i1} · {e2} {i2} · {e3} {i3}", "{e1} {i1} | {e2} {i2}", "{I1}, {i2} i {i3} {e1}",
    "{e1}{e2}{e3} {i1}, {i2}, {i3}", "Pasje: {i1} & {i2} {e1}", "{e1} {i1} zawsze",
    "{I1} {e1} {i2} {e2}", "{e1} weekend = {i1}",
)  # fmt: skip
FB_WORK = (
    "Pracuję jako {occ} {in_city}.", "Z zawodu {occ}, mieszkam {in_city}.", "{Occ} {in_city}.",
    "!{Occ} {od_years}, {in_city}.", "!Z zawodu i z pasji {occ}.",
)  # fmt: skip
FB_WORK_WP = ("{Occ} {at_wp}.", "Pracuję {at_wp}.", "!{Od_years} pracuję {at_wp}.")
FB_HOME = ("Mieszkam {in_city}.", "{city} to mój dom.", "Dobrze mi {in_city}.")
FB_INTERESTS = (
    "Moje pasje to {i1} i {i2}.", "Na co dzień: {i1}, {i2} i dobre towarzystwo.",
    "{I1} to moja wielka miłość.", "Weekendy to {i1} i {i2}.", "Hobby: {i1}, {i2} i {i3}.",
    "Wolny czas: {i1} i {i2}.",
)  # fmt: skip
FB_PERSONAL = (
    "Rodzina i przyjaciele na pierwszym miejscu.", "Życie jest piękne.",
    "Wdzięczn<y|a> za każdy dzień.", "Dobre jedzenie, dobrzy ludzie.", "Staram się żyć prosto.",
    "{Tag}.", "{T1} i {t2}.", "Zawsze chętnie pogadam.",
)  # fmt: skip
SHORT = ("{Occ} · {city}", "{Occ}, {city}", "{Occ} {in_city}", "{Occ}")

# ------------------------------------------------------------------ about
ABOUT_INTRO = (
    "!Cześć, jestem {first} i pracuję jako {occ} {in_city}.",
    "!Nazywam się {first}, z zawodu {occ}, mieszkam {in_city}.",
    "Jestem {first}, mam {age_pl} i mieszkam {in_city}; na co dzień {occ}.",
    "!Mam na imię {first} i {od_years} pracuję jako {occ} {in_city}.",
    "!Cześć! Mam na imię {first}, mam {age_pl} i pracuję {in_city} jako {occ}.",
    "Jestem {first}, {occ} {in_city}.",
)  # fmt: skip
ABOUT_WORK = (
    "Do tego zawodu trafił<em|am> trochę przypadkiem i nigdy tego nie żałował<em|am>.",
    "W mojej pracy najbardziej lubię ludzi, których poznaję.",
    "Bywają długie dni, ale nie wyobrażam sobie robić nic innego.",
    "!{Po_years} w zawodzie wciąż co tydzień uczę się czegoś nowego.",
)  # fmt: skip
ABOUT_WORK_WP = (
    "Obecnie pracuję {at_wp} i lubię niemal wszystko, co przynosi codzienność.",
    "!{Od_years} pracuję {at_wp}.",
    "Większość tygodnia spędzam {at_wp}, gdzie żaden dzień nie jest taki sam.",
)  # fmt: skip
ABOUT_STUDY = (
    "Uczę się {at_wp}, a moim ulubionym przedmiotem jest {field}.",
    "Między zajęciami {at_wp} staram się znaleźć czas dla siebie.",
    "Na pierwszym miejscu jest u mnie {field}, choć bywają intensywne tygodnie.",
)  # fmt: skip
RETIRED_AS = "{former} na emeryturze"
ABOUT_RETIRED = (
    "Po {years} latach pracy wreszcie mam czas na to, co lubię.",
    "Od kilku lat jestem na emeryturze i jakimś cudem mam więcej zajęć niż kiedykolwiek.",
    "Emerytura mi służy, a kalendarz wciąż mam pełny.",
    '[retired]Przez {years} lat pracował<em|am> jako {former} i wciąż tęsknię za ludźmi.',
    '[retired]Zanim przeszł<em|am> na emeryturę, był<em|am> {former}; teraz mam czas dla siebie.',
    '[retired]Lata pracy jako {former} nauczyły mnie cierpliwości, która przydaje się do dziś.',
    '[retired]Ludzie wciąż pytają mnie o radę z czasów, gdy był<em|am> {former}.',
)  # fmt: skip
ABOUT_EDU = (
    "Ukończył<em|am> kierunek {field} {at_school}.", "Moje wykształcenie: {field}, {school}.",
    "Kierunek {field} {at_school} – to tam wszystko się zaczęło.",
)  # fmt: skip
ABOUT_INTERESTS = (
    "!Po pracy moje pasje to {ilist}.", "W wolnym czasie: {i1} i {i2}.",
    "Weekendy to u mnie {i1} i {i2}.",
    "Moja nowa pasja to {i1}, a ta najstarsza to {i2}.",
    "Wolne wieczory to najczęściej {i1} albo {i2}.",
)  # fmt: skip
ABOUT_TRAITS = (
    "Ludzie mówią, że jestem {t1} i {t2}.",
    "Znajomi powiedzieliby, że jestem {t1}, {t2} i trochę {t3}.",
    "Sam<|a> powiedział<bym|abym>, że jestem {t1}, ale rodzina uważa, że raczej {t2}.",
    "We wszystkim, co robię, staram się być sobą: {t1} i {t2}.",
)  # fmt: skip
ABOUT_CLOSING = (
    "Lubię poznawać nowych ludzi, więc śmiało napisz.",
    "Teraz odkładam na podróż i co tydzień uczę się czegoś nowego.",
    "Życie pędzi, ale niewiele bym zmienił<|a>.", "Dzięki za odwiedziny!",
    "Następne na liście: więcej czasu na świeżym powietrzu, mniej przed telefonem.",
)  # fmt: skip


def neutral(m: str, f: str) -> str:
    """A word's neutral form for nonbinary personas (see :mod:`.`): ``m/a``."""
    from avatargen.providers.offline_text.lang import slash

    return slash(m, f)


# Family roles from the description ("parents of toddlers"); neutral: "rodzic". After
# "jako" (nominative) and in the present tense, so no ending depends on the gender.
FAMILY_LABELS = {
    "parent": "<tata|mama|rodzic>",
    "parent_toddler": "<tata|mama|rodzic> małego dziecka",
    "single_parent": "<samotny tata|samotna mama|samotny rodzic>",
    "grandparent": "<dziadek|babcia|dziadek/babcia>",
}
ABOUT_FAMILY = (
    "Jako {family} zaczynam dzień wcześnie i rzadko idzie on zgodnie z planem.",
    "Jako {family} mam pełne ręce roboty, ale nie narzekam.",
    "Jako {family} robię prawie wszystko jedną ręką.",
)
