"""Which appearance profile a heritage label calls for (offline provider).

A label is read, case and accents aside, as a demonym ("Cape Verdean", "Filipina"), a
country name in any language the place index knows ("Cabo Verde", "Nigeria"), an ISO code,
or a broad group ("East Asian", "Latino", "Black", "Middle Eastern"). A label none of these
match keeps the country's own appearance mix; the quality report lists such labels so the
user sees which ones the images could not follow.
"""

from __future__ import annotations

from functools import cache

from avatargen.providers.offline_text import appearance, places

# demonym (folded, singular) -> country code
_DEMONYMS = """
afghan AF albanian AL algerian DZ american US angolan AO argentinian AR argentine AR
armenian AM australian AU austrian AT bangladeshi BD belgian BE bolivian BO bosnian BA
brazilian BR british GB bulgarian BG cambodian KH cameroonian CM canadian CA cape_verdean CV
chilean CL chinese CN colombian CO congolese CD croatian HR cuban CU czech CZ danish DK
dominican DO dutch NL ecuadorian EC egyptian EG english GB eritrean ER estonian EE
ethiopian ET filipino PH filipina PH finnish FI french FR georgian GE german DE ghanaian GH
greek GR guatemalan GT guinean GN haitian HT honduran HN hungarian HU icelandic IS indian IN
indonesian ID iranian IR persian IR iraqi IQ irish IE israeli IL italian IT ivorian CI
jamaican JM japanese JP jordanian JO kazakh KZ kenyan KE korean KR kurdish IQ laotian LA
latvian LV lebanese LB libyan LY lithuanian LT malagasy MG malaysian MY malian ML
mexican MX moldovan MD mongolian MN moroccan MA mozambican MZ nepali NP nepalese NP
nicaraguan NI nigerian NG norwegian NO pakistani PK palestinian PS panamanian PA
paraguayan PY peruvian PE polish PL portuguese PT puerto_rican PR romanian RO russian RU
rwandan RW salvadoran SV saudi SA scottish GB senegalese SN serbian RS sierra_leonean SL
singaporean SG slovak SK slovenian SI somali SO south_african ZA spanish ES sri_lankan LK
sudanese SD swedish SE swiss CH syrian SY taiwanese TW tanzanian TZ thai TH tunisian TN
turkish TR ugandan UG ukrainian UA uruguayan UY uzbek UZ venezuelan VE vietnamese VN
welsh GB yemeni YE zambian ZM zimbabwean ZW
"""

# broad groups -> appearance profile
_GROUPS = {
    "east asian": "east_asia", "asian": "east_asia", "southeast asian": "southeast_asia",
    "south asian": "south_asia", "desi": "south_asia", "african": "africa", "black": "africa",
    "african american": "africa", "afro": "africa", "afro brazilian": "africa",
    "afro caribbean": "africa", "west african": "africa", "east african": "africa",
    "white": "north_europe", "european": "north_europe", "northern european": "north_europe",
    "nordic": "north_europe", "scandinavian": "north_europe", "slavic": "north_europe",
    "southern european": "south_europe", "mediterranean": "south_europe",
    "latino": "latam", "latina": "latam", "latinx": "latam", "hispanic": "latam",
    "latin american": "latam", "mestizo": "latam", "indigenous": "latam",
    "middle eastern": "mena", "arab": "mena", "north african": "mena", "berber": "mena",
    "mixed": "anglo", "multiracial": "anglo", "biracial": "anglo",
}  # fmt: skip


def _fold(text: str) -> str:
    return " ".join(places.fold(text).replace("-", " ").split())


@cache
def _demonyms() -> dict[str, str]:
    words = _DEMONYMS.split()
    return {w.replace("_", " "): code for w, code in zip(words[::2], words[1::2], strict=True)}


def profile_for_heritage(label: str) -> str | None:
    """The appearance profile ``label`` calls for, or None when it matches nothing."""
    key = _fold(label)
    for k in (key, key.removesuffix("s")):  # "Filipinos", "Nigerians"
        if k in _GROUPS:
            return _GROUPS[k]
        code = _demonyms().get(k) or places.country_index().get(k)
        if code is None and len(k) == 2 and places.valid_country(k.upper()):
            code = k.upper()
        if code:
            return appearance.profile_for(code, places.continent(code))
    return None
