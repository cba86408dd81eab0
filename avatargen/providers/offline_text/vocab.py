"""Language-neutral vocabulary: occupation, interest, field and workplace keys.

Every language module (:mod:`.lang`) gives a label for each key here; the keys are what
hints, generation and tests talk about.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Occupation:
    key: str
    workplaces: tuple[str, ...]  # workplace kinds (WORKPLACE_KINDS)
    level: str  # education level: university | college | vocational | school | none
    fields: tuple[str, ...]  # education field keys (FIELD_KEYS)
    p_no_education: float  # chance the record has education = None
    min_age: int
    max_age: int
    style: str | None = None  # appearance style this job nudges towards
    weight: float = 1.0  # how common it is in a random population


# key|workplace kinds|education level|fields|P(no education)|ages|style|weight
_OCCUPATION_TABLE = """
nurse|hospital clinic|university|nursing|0|21-67|-|2
doctor|hospital clinic|university|medicine|0|26-72|smart casual|1
pharmacist|pharmacy|university|pharmacy|0|24-70|-|1
dentist|dental|university|dentistry|0|25-70|smart casual|0.5
physiotherapist|clinic|university|physiotherapy|0|22-67|sporty|0.6
psychologist|clinic|university|psychology|0|24-72|-|0.6
veterinarian|vet|university|veterinary|0|25-70|outdoorsy|0.5
teacher|school|university|education mathematics history literature biology|0|22-67|classic|2.5
professor|university|university|physics biology history economics literature|0|30-75|classic|0.5
librarian|library|university|literature history|0.1|23-70|classic|0.4
software_engineer|tech|university|computer_science mathematics|0.1|21-65|casual|2
web_developer|tech agency|college|computer_science graphic_design|0.25|19-60|streetwear|1
data_analyst|company tech bank|university|statistics mathematics economics|0.05|22-62|smart casual|1
graphic_designer|agency|college|graphic_design|0.15|20-65|bohemian|1
ux_designer|tech agency|university|graphic_design psychology|0.1|22-60|smart casual|0.6
architect|architecture|university|architecture|0|24-72|classic|0.6
civil_engineer|engineering construction|university|civil_engineering|0|23-67|-|1
mechanical_engineer|engineering company|university|mechanical_engineering|0|23-67|-|1
electrician|trades construction|vocational|electrical_installations|0.3|18-67|outdoorsy|1
plumber|trades|vocational|plumbing|0.4|18-67|casual|0.6
carpenter|trades construction|vocational|carpentry|0.4|18-70|outdoorsy|0.6
mechanic|garage|vocational|automotive|0.3|18-67|casual|1
chef|restaurant hotel|vocational|culinary_arts|0.3|19-67|-|1.2
barista|cafe|none|hospitality|0.7|17-40|streetwear|0.8
waiter|restaurant hotel|none|hospitality|0.65|17-60|casual|1
baker|bakery|vocational|culinary_arts|0.5|18-70|casual|0.6
accountant|accounting company|university|accounting economics|0|22-67|business|1.2
lawyer|law|university|law|0|24-75|business|1
marketing_manager|company agency|university|marketing business|0.05|25-62|smart casual|1
sales_rep|company|college|business marketing|0.4|19-65|smart casual|1.5
project_manager|company tech construction|university|business engineering|0.05|26-65|smart casual|1
hr_specialist|company|university|psychology business law|0.05|23-65|smart casual|0.7
entrepreneur|own|university|business economics marketing|0.35|22-72|smart casual|0.8
real_estate_agent|realestate|college|business|0.5|21-72|business|0.6
bank_clerk|bank|college|economics business accounting|0.2|20-65|business|0.7
customer_service|callcenter company|none|business|0.6|18-60|casual|1.2
receptionist|hotel clinic company|none|hospitality|0.55|18-65|classic|0.6
social_worker|social council|university|social_work psychology|0|22-67|-|0.6
police_officer|police|college|criminology law|0.5|20-60|sporty|0.7
firefighter|fire|vocational|sports_science|0.6|20-60|sporty|0.5
pilot|airline|college|aviation|0|23-65|classic|0.3
flight_attendant|airline|vocational|hospitality|0.4|20-60|classic|0.4
truck_driver|logistics|none|automotive|0.8|21-67|casual|0.8
farmer|farm|college|agronomy|0.6|18-80|outdoorsy|0.7
hairdresser|salon|vocational|hairdressing|0.3|18-67|bohemian|0.7
fitness_trainer|gym|college|sports_science|0.3|19-55|sporty|0.6
shop_assistant|shop|none|business|0.75|17-65|casual|1.5
journalist|media|university|journalism literature|0.05|22-70|-|0.5
photographer|studio freelance|college|graphic_design|0.4|20-70|bohemian|0.5
translator|freelance agency|university|translation literature|0.05|23-72|-|0.4
musician|music freelance|college|music|0.4|18-75|bohemian|0.4
writer|freelance media|university|literature journalism|0.3|22-80|bohemian|0.3
researcher|lab university|university|biology physics economics|0|24-70|-|0.5
student|university|university|biology law economics computer_science psychology|0|18-28|streetwear|0
pupil|highschool|school|-|1|13-18|streetwear|0
retiree|retired|university|education economics history accounting|0.4|60-110|classic|0
fashion_designer|agency studio own|college|graphic_design|0.2|20-70|bohemian|0.3
trader|bank company|university|economics business mathematics|0.1|21-65|business|0.2
"""

# Occupations added after the first languages were written: a language without a label for
# one writes its parent's label instead (and the quality report counts the hint as missed).
OCCUPATION_PARENTS: dict[str, str] = {
    "fashion_designer": "graphic_designer",
    "trader": "data_analyst",
}


def _parse_occupations(table: str) -> dict[str, Occupation]:
    out = {}
    for line in table.strip().splitlines():
        key, kinds, level, fields, p_none, ages, style, weight = (
            c.strip() for c in line.split("|")
        )
        lo, hi = (int(a) for a in ages.split("-"))
        out[key] = Occupation(
            key, tuple(kinds.split()), level, tuple(fields.split()) if fields != "-" else (),
            float(p_none), lo, hi, None if style == "-" else style, float(weight),
        )  # fmt: skip
    return out


OCCUPATIONS: dict[str, Occupation] = _parse_occupations(_OCCUPATION_TABLE)

# Occupations drawn at random (students, pupils and retirees are decided by age instead).
WORKING_OCCUPATIONS: tuple[str, ...] = tuple(k for k, o in OCCUPATIONS.items() if o.weight > 0)

WORKPLACE_KINDS: tuple[str, ...] = (
    "hospital", "clinic", "dental", "vet", "pharmacy", "school", "highschool", "university",
    "library", "tech", "agency", "company", "law", "accounting", "architecture", "engineering",
    "construction", "trades", "garage", "restaurant", "cafe", "bakery", "shop", "salon", "gym",
    "media", "studio", "council", "police", "fire", "social", "airline", "logistics", "farm",
    "realestate", "bank", "callcenter", "hotel", "lab", "freelance", "music", "own", "retired",
)  # fmt: skip

FIELD_KEYS: tuple[str, ...] = (
    "nursing", "medicine", "pharmacy", "dentistry", "physiotherapy", "psychology", "veterinary",
    "education", "computer_science", "statistics", "mathematics", "graphic_design",
    "architecture", "civil_engineering", "mechanical_engineering", "engineering",
    "electrical_installations", "plumbing", "carpentry", "automotive", "culinary_arts",
    "hospitality", "accounting", "business", "law", "marketing", "journalism", "social_work",
    "criminology", "aviation", "agronomy", "hairdressing", "sports_science", "translation",
    "music", "literature", "biology", "physics", "economics", "history",
)  # fmt: skip

# Interest key -> emoji used by Instagram/TikTok bios.
INTERESTS: dict[str, str] = {
    "hiking": "🥾", "running": "🏃", "cycling": "🚴", "swimming": "🏊", "yoga": "🧘",
    "fitness": "🏋️", "football": "⚽", "basketball": "🏀", "tennis": "🎾", "climbing": "🧗",
    "surfing": "🏄", "skiing": "⛷️", "dancing": "💃", "martial_arts": "🥋", "cooking": "🍳",
    "baking": "🧁", "coffee": "☕", "wine": "🍷", "craft_beer": "🍺", "street_food": "🌮",
    "gardening": "🌱", "houseplants": "🪴", "photography": "📷", "painting": "🎨",
    "drawing": "✏️", "writing": "✍️", "reading": "📚", "poetry": "📝", "cinema": "🎬",
    "series": "📺", "music": "🎧", "concerts": "🎤", "guitar": "🎸", "piano": "🎹",
    "singing": "🎶", "karaoke": "🎙️", "podcasts": "🎧", "gaming": "🎮", "board_games": "🎲",
    "chess": "♟️", "anime": "🍥", "comics": "💥", "travel": "✈️", "camping": "🏕️",
    "fishing": "🎣", "birdwatching": "🐦", "beach": "🏖️", "volunteering": "🤝", "diy": "🔨",
    "knitting": "🧶", "pottery": "🏺", "fashion": "👗", "interior_design": "🛋️",
    "history": "🏛️", "science": "🔬", "astronomy": "🔭", "languages": "🗣️", "tech": "💻",
    "investing": "📈", "cars": "🚗", "motorcycles": "🏍️", "dogs": "🐶", "cats": "🐱",
    "theatre": "🎭", "museums": "🖼️", "meditation": "🕯️", "cricket": "🏏",
    "horse_riding": "🐎", "skateboarding": "🛹",
}  # fmt: skip

INTEREST_KEYS: tuple[str, ...] = tuple(INTERESTS)

# Invented brand roots for company names (language-neutral on purpose).
BRANDS: tuple[str, ...] = (
    "Nimbus", "Orbit", "Quanta", "Kestrel", "Aurora", "Helix", "Boreal", "Cobalt", "Sierra",
    "Vega", "Nexo", "Polaris", "Zenit", "Alto", "Terra", "Luma", "Kairo", "Solis", "Verdi",
    "Pinea", "Marea", "Brio", "Onda", "Rumbo", "Faro", "Atlas", "Lumen", "Vertex", "Cedar",
    "Maple", "Coral", "Indigo", "Nova", "Arbor", "Fjord", "Zephyr", "Tandem", "Prisma", "Kora",
    "Oxalis", "Mistral", "Sable", "Tessera", "Vireo", "Cirrus", "Halcyon", "Equinox", "Lyra",
)  # fmt: skip
