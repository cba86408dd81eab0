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
surgeon|hospital|university|medicine|0|28-70|smart casual|0.3
psychiatrist|hospital clinic|university|medicine psychology|0|28-72|smart casual|0.2
pediatrician|hospital clinic|university|medicine|0|28-70|-|0.3
midwife|hospital clinic|university|nursing|0|22-65|-|0.3
paramedic|hospital fire|college|nursing|0.2|21-60|sporty|0.4
nursing_assistant|hospital clinic|vocational|nursing|0.3|18-67|casual|1
care_worker|social hospital|vocational|nursing social_work|0.5|18-67|casual|1.2
radiographer|hospital clinic|university|medicine|0|22-65|-|0.2
lab_technician|lab hospital|college|biology chemistry|0.1|20-65|-|0.4
dietitian|clinic hospital|university|nutrition|0|22-67|sporty|0.2
speech_therapist|clinic school|university|psychology|0|22-67|-|0.2
occupational_therapist|hospital clinic|university|physiotherapy|0|22-67|-|0.2
optician|shop clinic|college|physics|0.1|20-67|smart casual|0.3
dental_hygienist|dental|college|dentistry|0|20-65|-|0.3
dental_assistant|dental|vocational|dentistry|0.3|18-65|-|0.3
pharmacy_technician|pharmacy|vocational|pharmacy|0.2|19-65|-|0.4
vet_nurse|vet|vocational|veterinary|0.2|19-62|outdoorsy|0.2
medical_secretary|clinic hospital|vocational|business|0.3|19-65|classic|0.4
massage_therapist|salon clinic|vocational|physiotherapy|0.3|20-65|bohemian|0.3
kindergarten_teacher|school|university|education|0|21-65|casual|0.8
teaching_assistant|school|college|education|0.3|19-65|casual|0.5
school_principal|school highschool|university|education|0|35-67|classic|0.2
tutor|freelance|university|mathematics literature education|0.05|19-70|casual|0.3
driving_instructor|freelance|vocational|automotive|0.3|25-70|casual|0.2
music_teacher|school music freelance|college|music|0.1|21-72|bohemian|0.2
language_teacher|school freelance|university|translation literature|0|22-70|classic|0.3
nanny|freelance|none|education|0.7|18-60|casual|0.4
childcare_worker|school|vocational|education|0.3|18-62|casual|0.5
construction_worker|construction|none|building|0.7|18-65|outdoorsy|1.2
bricklayer|construction|vocational|building|0.5|18-65|outdoorsy|0.4
house_painter|trades construction|vocational|building|0.5|18-67|casual|0.4
welder|construction engineering trades|vocational|metalwork|0.4|18-65|outdoorsy|0.5
roofer|construction trades|vocational|building|0.6|18-62|outdoorsy|0.3
tiler|trades construction|vocational|building|0.5|18-65|casual|0.2
locksmith|trades|vocational|metalwork|0.4|18-70|casual|0.2
hvac_technician|trades|vocational|electrical_installations|0.3|19-65|casual|0.4
gardener|council trades|vocational|agronomy|0.5|18-72|outdoorsy|0.6
maintenance_technician|company hotel school|vocational|electrical_installations|0.4|20-67|casual|0.5
site_manager|construction|college|civil_engineering building|0.2|28-65|outdoorsy|0.3
surveyor|engineering construction|university|civil_engineering|0|23-67|outdoorsy|0.2
crane_operator|construction logistics|vocational|building|0.5|21-65|outdoorsy|0.2
bus_driver|transit|none|automotive|0.7|23-67|casual|0.6
taxi_driver|freelance logistics|none|automotive|0.8|21-72|casual|0.5
delivery_driver|logistics|none|automotive|0.8|18-65|streetwear|0.8
train_driver|transit logistics|vocational|logistics|0.3|21-65|classic|0.2
warehouse_worker|logistics|none|logistics|0.8|18-65|casual|1
forklift_operator|logistics|vocational|logistics|0.6|18-65|casual|0.3
logistics_manager|logistics company|university|logistics business|0.1|25-65|smart casual|0.4
postal_worker|logistics council|none|logistics|0.7|18-65|outdoorsy|0.4
air_traffic_controller|airline|college|aviation|0|23-60|classic|0.05
sailor|logistics|vocational|logistics|0.4|18-62|outdoorsy|0.2
kitchen_assistant|restaurant hotel|none|culinary_arts|0.8|18-60|casual|0.5
pastry_chef|bakery restaurant hotel|vocational|culinary_arts|0.3|19-67|casual|0.3
bartender|restaurant hotel cafe|none|hospitality|0.6|18-55|streetwear|0.6
sommelier|restaurant hotel|college|hospitality|0.2|23-67|classic|0.05
hotel_manager|hotel|university|hospitality business|0.05|28-65|business|0.2
housekeeper|hotel hospital|none|hospitality|0.8|18-65|casual|0.5
restaurant_manager|restaurant hotel|college|hospitality business|0.3|25-65|smart casual|0.3
tour_guide|agency freelance|college|history translation|0.2|20-70|outdoorsy|0.3
travel_agent|agency|college|hospitality business|0.3|20-65|smart casual|0.2
event_planner|agency freelance|college|marketing hospitality|0.2|22-60|smart casual|0.3
butcher|shop|vocational|culinary_arts|0.5|18-70|casual|0.3
cashier|shop|none|business|0.8|18-65|casual|1.2
store_manager|shop|college|business|0.3|24-65|smart casual|0.5
florist|shop|vocational|fine_arts|0.5|19-70|bohemian|0.2
sales_manager|company|university|business marketing|0.1|27-65|business|0.4
secretary|company law|vocational|business|0.3|19-67|classic|0.6
office_administrator|company council|college|business|0.3|19-67|smart casual|1
bookkeeper|accounting company|college|accounting|0.2|20-70|classic|0.4
auditor|accounting bank|university|accounting economics|0|23-65|business|0.3
tax_advisor|accounting|university|accounting law|0|25-70|business|0.2
financial_advisor|bank|university|economics business|0.05|24-70|business|0.4
insurance_agent|company bank|college|business|0.3|21-67|business|0.4
economist|bank council university|university|economics|0|24-70|business|0.2
consultant|company|university|business economics|0|23-65|business|0.5
business_analyst|company tech bank|university|business economics|0.05|23-62|smart casual|0.4
operations_manager|company logistics|university|business logistics|0.1|27-65|smart casual|0.4
purchasing_agent|company|college|business logistics|0.2|23-65|smart casual|0.3
office_manager|company|college|business|0.2|25-67|smart casual|0.4
paralegal|law|college|law|0.1|20-65|classic|0.3
notary|law|university|law|0|28-75|business|0.05
managing_director|company|university|business economics|0.05|32-72|business|0.2
civil_servant|council|university|law economics|0.1|20-67|classic|0.8
politician|council|university|law economics history|0.2|28-80|business|0.05
prison_officer|police|vocational|criminology|0.4|21-62|sporty|0.2
customs_officer|police council|college|law|0.3|21-62|classic|0.1
security_guard|company shop hotel|none|criminology|0.7|18-67|casual|0.7
lifeguard|gym council|vocational|sports_science|0.4|18-45|sporty|0.1
detective|police|college|criminology law|0.2|25-62|classic|0.1
park_ranger|council farm|college|biology agronomy|0.1|21-65|outdoorsy|0.1
refuse_collector|council|none|-|1|18-65|outdoorsy|0.3
urban_planner|council architecture|university|architecture|0|24-67|smart casual|0.1
archivist|library council|university|history|0|24-70|classic|0.05
actor|studio freelance|college|fine_arts|0.3|18-80|bohemian|0.3
dancer|studio freelance|college|fine_arts|0.3|18-45|sporty|0.2
artist|studio freelance|university|fine_arts|0.3|20-85|bohemian|0.3
illustrator|freelance agency studio|college|graphic_design fine_arts|0.3|20-70|bohemian|0.2
animator|studio tech|college|graphic_design|0.2|20-60|streetwear|0.1
video_editor|media studio freelance|college|graphic_design journalism|0.3|19-60|streetwear|0.2
film_director|studio media|university|fine_arts|0.3|24-80|bohemian|0.05
sound_engineer|music studio|college|music|0.3|20-65|streetwear|0.1
dj|music freelance|none|music|0.7|18-55|streetwear|0.1
singer|music freelance|college|music|0.4|18-75|bohemian|0.15
copywriter|agency|university|marketing literature journalism|0.1|22-62|smart casual|0.2
editor|media|university|journalism literature|0.05|23-70|classic|0.2
content_creator|freelance|none|marketing journalism|0.6|18-45|streetwear|0.3
interior_designer|agency freelance|college|architecture graphic_design|0.1|22-70|bohemian|0.2
game_developer|tech|university|computer_science|0.1|20-55|streetwear|0.2
tattoo_artist|salon|none|fine_arts|0.6|19-60|streetwear|0.15
makeup_artist|salon freelance|vocational|hairdressing|0.4|18-60|bohemian|0.15
beautician|salon|vocational|hairdressing|0.3|18-65|bohemian|0.4
nail_technician|salon|vocational|hairdressing|0.5|18-60|bohemian|0.15
barber|salon|vocational|hairdressing|0.4|18-70|streetwear|0.3
farm_worker|farm|none|agronomy|0.85|18-70|outdoorsy|0.5
fisher|freelance|none|-|1|18-75|outdoorsy|0.15
beekeeper|farm|vocational|agronomy|0.5|20-80|outdoorsy|0.03
winemaker|farm|university|agronomy chemistry|0.2|23-80|outdoorsy|0.05
agronomist|farm company lab|university|agronomy|0|23-67|outdoorsy|0.1
it_support|tech company|college|computer_science|0.3|19-62|casual|0.6
sysadmin|tech company|college|computer_science|0.2|21-62|casual|0.3
network_engineer|tech company|university|computer_science engineering|0.1|22-62|casual|0.2
security_analyst|tech bank|university|computer_science|0.1|22-60|casual|0.2
data_scientist|tech company|university|statistics computer_science|0|23-60|smart casual|0.3
devops_engineer|tech|university|computer_science|0.15|22-60|casual|0.2
qa_tester|tech|college|computer_science|0.2|20-60|casual|0.2
mobile_developer|tech agency|college|computer_science|0.2|20-58|streetwear|0.2
product_manager|tech company|university|business computer_science|0.05|25-60|smart casual|0.3
electronics_technician|engineering company|vocational|electrical_installations|0.3|19-65|casual|0.3
electrical_engineer|engineering company|university|engineering|0|23-67|-|0.4
chemical_engineer|engineering company lab|university|chemistry engineering|0|23-67|-|0.1
chemist|lab company|university|chemistry|0|23-70|-|0.2
biologist|lab university|university|biology|0|23-70|outdoorsy|0.15
physicist|lab university|university|physics mathematics|0|24-72|-|0.05
geologist|engineering lab|university|physics|0|24-70|outdoorsy|0.05
environmental_scientist|lab council|university|biology chemistry|0|23-67|outdoorsy|0.1
statistician|council company university|university|statistics mathematics|0|23-67|-|0.05
meteorologist|lab media|university|physics|0|24-67|-|0.03
archaeologist|university lab|university|history|0|24-72|outdoorsy|0.03
youth_worker|social council|college|social_work|0.2|21-62|casual|0.15
cleaner|company hotel hospital school|none|-|1|18-67|casual|1.2
janitor|school company|none|-|1|20-67|casual|0.4
factory_worker|company|none|mechanical_engineering|0.8|18-65|casual|1.2
machine_operator|company engineering|vocational|metalwork|0.5|18-65|casual|0.5
quality_inspector|company engineering|college|engineering|0.3|20-65|casual|0.2
machinist|engineering company|vocational|metalwork|0.3|18-65|casual|0.3
production_manager|company engineering|university|engineering business|0.1|27-65|smart casual|0.2
tailor|studio|vocational|fine_arts|0.5|18-80|classic|0.15
coach|gym school|college|sports_science|0.3|20-70|sporty|0.2
yoga_instructor|gym|vocational|sports_science|0.3|20-65|sporty|0.15
social_media_manager|agency company|college|marketing|0.2|20-50|streetwear|0.3
pr_specialist|agency company|university|marketing journalism|0.1|22-62|smart casual|0.2
soldier|army|vocational|-|1|18-55|sporty|0.4
military_officer|army|university|engineering history|0|22-62|classic|0.1
judge|court|university|law|0|32-75|classic|0.05
prosecutor|court|university|law|0|28-67|business|0.05
court_clerk|court|college|law|0.1|21-65|classic|0.1
"""

# Occupations added after the first languages were written: a language without a label for
# one writes its parent's label instead (and the quality report counts the hint as missed).
_PARENT_PAIRS = """
surgeon doctor psychiatrist doctor pediatrician doctor midwife nurse paramedic nurse
nursing_assistant nurse care_worker social_worker radiographer doctor lab_technician researcher
dietitian doctor speech_therapist psychologist occupational_therapist physiotherapist
optician pharmacist dental_hygienist dentist dental_assistant dentist
pharmacy_technician pharmacist vet_nurse veterinarian medical_secretary receptionist
massage_therapist physiotherapist kindergarten_teacher teacher teaching_assistant teacher
school_principal teacher tutor teacher driving_instructor teacher music_teacher teacher
language_teacher teacher nanny social_worker childcare_worker teacher
construction_worker carpenter bricklayer carpenter house_painter carpenter welder mechanic
roofer carpenter tiler carpenter locksmith carpenter hvac_technician electrician
gardener farmer maintenance_technician electrician site_manager civil_engineer
surveyor civil_engineer crane_operator truck_driver bus_driver truck_driver
taxi_driver truck_driver delivery_driver truck_driver train_driver truck_driver
warehouse_worker truck_driver forklift_operator truck_driver logistics_manager project_manager
postal_worker truck_driver air_traffic_controller pilot sailor truck_driver
kitchen_assistant chef pastry_chef baker bartender barista sommelier waiter
hotel_manager project_manager housekeeper receptionist restaurant_manager chef
tour_guide translator travel_agent sales_rep event_planner marketing_manager butcher baker
cashier shop_assistant store_manager shop_assistant florist shop_assistant
sales_manager sales_rep secretary receptionist office_administrator receptionist
bookkeeper accountant auditor accountant tax_advisor accountant financial_advisor bank_clerk
insurance_agent sales_rep economist data_analyst consultant project_manager
business_analyst data_analyst operations_manager project_manager purchasing_agent sales_rep
office_manager project_manager paralegal lawyer notary lawyer managing_director entrepreneur
civil_servant social_worker politician lawyer prison_officer police_officer
customs_officer police_officer security_guard police_officer lifeguard fitness_trainer
detective police_officer park_ranger farmer refuse_collector truck_driver
urban_planner architect archivist librarian actor musician dancer musician artist photographer
illustrator graphic_designer animator graphic_designer video_editor photographer
film_director photographer sound_engineer musician dj musician singer musician
copywriter writer editor journalist content_creator journalist
interior_designer architect game_developer software_engineer tattoo_artist hairdresser
makeup_artist hairdresser beautician hairdresser nail_technician hairdresser barber hairdresser
farm_worker farmer fisher farmer beekeeper farmer winemaker farmer agronomist farmer
it_support software_engineer sysadmin software_engineer network_engineer software_engineer
security_analyst software_engineer data_scientist data_analyst devops_engineer software_engineer
qa_tester software_engineer mobile_developer web_developer product_manager project_manager
electronics_technician electrician electrical_engineer mechanical_engineer
chemical_engineer mechanical_engineer chemist researcher biologist researcher
physicist researcher geologist researcher environmental_scientist researcher
statistician data_analyst meteorologist researcher archaeologist researcher
youth_worker social_worker cleaner receptionist janitor receptionist
factory_worker mechanic machine_operator mechanic quality_inspector mechanical_engineer
machinist mechanic production_manager project_manager tailor fashion_designer
coach fitness_trainer yoga_instructor fitness_trainer social_media_manager marketing_manager
pr_specialist marketing_manager soldier police_officer military_officer police_officer
judge lawyer prosecutor lawyer court_clerk lawyer
"""
OCCUPATION_PARENTS: dict[str, str] = {
    "fashion_designer": "graphic_designer",
    "trader": "data_analyst",
    # The larger vocabulary (issue 14): each job's nearest of the first 58.
    **dict(zip(*[iter(_PARENT_PAIRS.split())] * 2, strict=True)),
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
    "army", "court", "transit",
)  # fmt: skip

FIELD_KEYS: tuple[str, ...] = (
    "nursing", "medicine", "pharmacy", "dentistry", "physiotherapy", "psychology", "veterinary",
    "education", "computer_science", "statistics", "mathematics", "graphic_design",
    "architecture", "civil_engineering", "mechanical_engineering", "engineering",
    "electrical_installations", "plumbing", "carpentry", "automotive", "culinary_arts",
    "hospitality", "accounting", "business", "law", "marketing", "journalism", "social_work",
    "criminology", "aviation", "agronomy", "hairdressing", "sports_science", "translation",
    "music", "literature", "biology", "physics", "economics", "history", "chemistry",
    "fine_arts", "building", "metalwork", "logistics", "nutrition",
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
    "horse_riding": "🐎", "skateboarding": "🛹", "golf": "⛳", "sailing": "⛵",
    "baseball": "⚾", "volleyball": "🏐", "sewing": "🧵", "hockey": "🏒", "rugby": "🏉",
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
