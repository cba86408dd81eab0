"""English phrase data (see :mod:`..lang` for the conventions)."""

AND = "and"


def in_city(city: str) -> str:
    return f"in {city}"


def _article(word: str) -> str:
    low = word.lower()
    if low.startswith(("hr ", "fbi", "hvac")):
        return "an"
    if low.startswith(("uni", "ux", "eu", "one", "use")):
        return "a"
    return "an" if low[:1] in "aeiou" else "a"


def decorate(slots: dict) -> None:
    slots["a_occ"] = f"{_article(slots['occ'])} {slots['occ']}"
    slots["a_former"] = f"{_article(slots['former'])} {slots['former']}"


OCCUPATIONS = {
    "nurse": "nurse", "doctor": "doctor", "pharmacist": "pharmacist", "dentist": "dentist",
    "physiotherapist": "physiotherapist", "psychologist": "psychologist",
    "veterinarian": "veterinarian", "teacher": "teacher", "professor": "university lecturer",
    "librarian": "librarian", "software_engineer": "software engineer",
    "web_developer": "web developer", "data_analyst": "data analyst",
    "graphic_designer": "graphic designer", "ux_designer": "UX designer",
    "architect": "architect", "civil_engineer": "civil engineer",
    "mechanical_engineer": "mechanical engineer", "electrician": "electrician",
    "plumber": "plumber", "carpenter": "carpenter", "mechanic": "car mechanic", "chef": "chef",
    "barista": "barista", "waiter": "<waiter|waitress>", "baker": "baker",
    "accountant": "accountant", "lawyer": "lawyer", "marketing_manager": "marketing manager",
    "sales_rep": "sales representative", "project_manager": "project manager",
    "hr_specialist": "HR specialist", "entrepreneur": "small business owner",
    "real_estate_agent": "real estate agent", "bank_clerk": "bank teller",
    "customer_service": "customer service agent", "receptionist": "receptionist",
    "social_worker": "social worker", "police_officer": "police officer",
    "firefighter": "firefighter", "pilot": "airline pilot", "flight_attendant": "flight attendant",
    "truck_driver": "truck driver", "farmer": "farmer", "hairdresser": "hairdresser",
    "fitness_trainer": "personal trainer", "shop_assistant": "retail assistant",
    "journalist": "journalist", "photographer": "photographer", "translator": "translator",
    "musician": "musician", "writer": "writer", "researcher": "researcher",
    "student": "university student", "pupil": "high school student", "retiree": "retiree",
 "fashion_designer": "fashion designer", "trader": "trader",
}  # fmt: skip

# Extra words people write in descriptions -> occupation key (plurals are added automatically).
OCCUPATION_WORDS = {
    "rn": "nurse", "rns": "nurse", "nursing staff": "nurse", "physicians": "doctor",
    "physician": "doctor", "medics": "doctor", "gps": "doctor", "physios": "physiotherapist",
    "physical therapists": "physiotherapist", "therapists": "psychologist",
    "counsellors": "psychologist", "counselors": "psychologist", "vets": "veterinarian",
    "vet": "veterinarian", "educators": "teacher", "professors": "professor",
    "lecturers": "professor", "academics": "professor", "software developers": "software_engineer",
    "developers": "software_engineer", "programmers": "software_engineer",
    "coders": "software_engineer", "devs": "software_engineer", "engineers": "software_engineer",
    "software engineers": "software_engineer", "frontend developers": "web_developer",
    "data scientists": "data_analyst", "analysts": "data_analyst", "designers": "graphic_designer",
    "product designers": "ux_designer", "mechanics": "mechanic", "cooks": "chef",
    "servers": "waiter", "waiters": "waiter", "waitresses": "waiter", "attorneys": "lawyer",
    "solicitors": "lawyer", "marketers": "marketing_manager", "salespeople": "sales_rep",
    "sales reps": "sales_rep", "salesmen": "sales_rep", "recruiters": "hr_specialist",
    "entrepreneurs": "entrepreneur", "founders": "entrepreneur",
    "business owners": "entrepreneur", "realtors": "real_estate_agent",
    "bankers": "bank_clerk", "call center agents": "customer_service",
    "cops": "police_officer", "policemen": "police_officer", "policewomen": "police_officer",
    "police": "police_officer", "firemen": "firefighter", "pilots": "pilot",
    "cabin crew": "flight_attendant", "stewardesses": "flight_attendant",
    "truckers": "truck_driver", "barbers": "hairdresser", "hairstylists": "hairdresser",
    "stylists": "hairdresser", "trainers": "fitness_trainer", "fitness coaches": "fitness_trainer",
    "cashiers": "shop_assistant", "retail workers": "shop_assistant",
    "reporters": "journalist", "interpreters": "translator", "authors": "writer",
    "novelists": "writer", "scientists": "researcher", "students": "student",
    "college students": "student", "undergrads": "student", "pupils": "pupil",
    "high schoolers": "pupil", "retirees": "retiree", "pensioners": "retiree",
    "retired": "retiree", "farmers": "farmer",
}  # fmt: skip

INTERESTS = {
    "hiking": "hiking", "running": "running", "cycling": "cycling", "swimming": "swimming",
    "yoga": "yoga", "fitness": "the gym", "football": "football", "basketball": "basketball",
    "tennis": "tennis", "climbing": "rock climbing", "surfing": "surfing", "skiing": "skiing",
    "dancing": "dancing", "martial_arts": "martial arts", "cooking": "cooking",
    "baking": "baking", "coffee": "coffee", "wine": "wine", "craft_beer": "craft beer",
    "street_food": "street food", "gardening": "gardening", "houseplants": "houseplants",
    "photography": "photography", "painting": "painting", "drawing": "sketching",
    "writing": "writing", "reading": "reading", "poetry": "poetry", "cinema": "film",
    "series": "TV series", "music": "music", "concerts": "live music", "guitar": "guitar",
    "piano": "piano", "singing": "singing", "karaoke": "karaoke", "podcasts": "podcasts",
    "gaming": "video games", "board_games": "board games", "chess": "chess", "anime": "anime",
    "comics": "comics", "travel": "travel", "camping": "camping", "fishing": "fishing",
    "birdwatching": "birdwatching", "beach": "beach days", "volunteering": "volunteering",
    "diy": "DIY projects", "knitting": "knitting", "pottery": "pottery", "fashion": "fashion",
    "interior_design": "interior design", "history": "history", "science": "science",
    "astronomy": "stargazing", "languages": "learning languages", "tech": "gadgets",
    "investing": "investing", "cars": "classic cars", "motorcycles": "motorcycles",
    "dogs": "dogs", "cats": "cats", "theatre": "theatre", "museums": "museums",
    "meditation": "meditation",
 "cricket": "cricket", "horse_riding": "horse riding", "skateboarding": "skateboarding",
    "golf": "golf", "sailing": "sailing", "baseball": "baseball", "volleyball": "volleyball",
    "sewing": "sewing", "hockey": "hockey", "rugby": "rugby",
}  # fmt: skip

INTEREST_WORDS = {
    "golfers": "golf", "golfer": "golf", "sail": "sailing", "sew": "sewing",
    "hike": "hiking", "hikes": "hiking", "hikers": "hiking", "hiker": "hiking",
    "trekking": "hiking", "trek": "hiking", "run": "running", "runners": "running",
    "jog": "running", "joggers": "running", "jogging": "running", "marathons": "running",
    "cyclists": "cycling", "bike": "cycling", "biking": "cycling", "swim": "swimming",
    "swimmers": "swimming", "yogis": "yoga", "gym": "fitness", "gym-goers": "fitness",
    "weightlifting": "fitness", "crossfit": "fitness", "workout": "fitness", "soccer": "football",
    "climbers": "climbing", "climb": "climbing", "bouldering": "climbing", "surfers": "surfing",
    "surf": "surfing", "skiers": "skiing", "ski": "skiing", "snowboarding": "skiing",
    "dance": "dancing", "dancers": "dancing", "salsa": "dancing", "cook": "cooking",
    "foodies": "street_food", "food": "street_food", "bake": "baking", "garden": "gardening",
    "gardeners": "gardening", "plants": "houseplants", "plant parents": "houseplants",
    "painters": "painting", "paint": "painting", "artists": "painting", "sketch": "drawing",
    "drawing": "drawing", "readers": "reading", "read": "reading", "bookworms": "reading",
    "books": "reading", "poets": "poetry", "films": "cinema", "movies": "cinema",
    "moviegoers": "cinema", "cinephiles": "cinema", "cinema": "cinema", "tv": "series",
    "netflix": "series", "concertgoers": "concerts", "gigs": "concerts", "guitarists": "guitar",
    "pianists": "piano", "singers": "singing", "sing": "singing", "gamers": "gaming",
    "gaming": "gaming", "board gamers": "board_games", "chess players": "chess",
    "otaku": "anime", "comic books": "comics", "travelers": "travel", "travellers": "travel",
    "backpackers": "travel", "traveling": "travel", "travelling": "travel", "campers": "camping",
    "anglers": "fishing", "fish": "fishing", "birders": "birdwatching",
    "birdwatchers": "birdwatching", "beachgoers": "beach", "volunteers": "volunteering",
    "volunteer": "volunteering", "makers": "diy", "knitters": "knitting", "knit": "knitting",
    "potters": "pottery", "ceramics": "pottery", "fashionistas": "fashion",
    "history buffs": "history", "stargazers": "astronomy", "astronomy": "astronomy",
    "polyglots": "languages", "language learners": "languages", "techies": "tech",
    "tech": "tech", "gadgets": "tech", "investors": "investing", "crypto": "investing",
    "petrolheads": "cars", "gearheads": "cars", "car enthusiasts": "cars", "cars": "cars",
    "motorcyclists": "motorcycles", "bikers": "motorcycles", "dog": "dogs", "dog owners": "dogs",
    "cat": "cats", "cat owners": "cats", "theater": "theatre", "meditate": "meditation",
    "mindfulness": "meditation",
}  # fmt: skip

TRAITS = (
    "curious", "calm", "cheerful", "organized", "creative", "patient", "ambitious", "loyal",
    "easygoing", "thoughtful", "adventurous", "practical", "funny", "empathetic", "energetic",
    "reliable", "optimistic", "independent", "quiet", "outgoing", "meticulous", "generous",
    "stubborn", "spontaneous", "down-to-earth", "warm", "witty", "determined", "laid-back",
    "honest",
)  # fmt: skip

# The TRAITS that read well after "a little" (for "{t1}, {t2} and a little {t3}").
QUIRKS = (
    "curious", "adventurous", "quiet", "meticulous", "stubborn", "spontaneous", "laid-back",
    "easygoing", "witty", "outgoing",
)  # fmt: skip

FIELDS = {
    "nursing": "Nursing", "medicine": "Medicine", "pharmacy": "Pharmacy",
    "dentistry": "Dentistry", "physiotherapy": "Physiotherapy", "psychology": "Psychology",
    "veterinary": "Veterinary Medicine", "education": "Education",
    "computer_science": "Computer Science", "statistics": "Statistics",
    "mathematics": "Mathematics", "graphic_design": "Graphic Design",
    "architecture": "Architecture", "civil_engineering": "Civil Engineering",
    "mechanical_engineering": "Mechanical Engineering", "engineering": "Engineering",
    "electrical_installations": "Electrical Installation", "plumbing": "Plumbing",
    "carpentry": "Carpentry", "automotive": "Automotive Technology",
    "culinary_arts": "Culinary Arts", "hospitality": "Hospitality Management",
    "accounting": "Accounting", "business": "Business Administration", "law": "Law",
    "marketing": "Marketing", "journalism": "Journalism", "social_work": "Social Work",
    "criminology": "Criminology", "aviation": "Aviation", "agronomy": "Agriculture",
    "hairdressing": "Hairdressing", "sports_science": "Sports Science",
    "translation": "Translation Studies", "music": "Music", "literature": "English Literature",
    "biology": "Biology", "physics": "Physics", "economics": "Economics", "history": "History",
}  # fmt: skip

INSTITUTIONS = {
    "university": ("at the::University of {city}", "{city} State University",
                   "{city} University"),
    "college": ("{city} Community College", "{city} Institute of Technology",
                "{city} Polytechnic"),
    "vocational": ("{city} Technical College", "{city} Vocational Institute",
                   "{city} Trade School"),
    "school": ("{city} High School",),
}  # fmt: skip

WORKPLACES = {
    "hospital": ("{city} General Hospital", "{surname} Memorial Hospital",
                 "at the::{city} Medical Center"),
    "clinic": ("{city} Family Clinic", "{surname} Health Centre", "{brand} Health"),
    "dental": ("{surname} Dental Care", "{city} Smile Dental"),
    "vet": ("{city} Animal Hospital", "{surname} Veterinary Clinic"),
    "pharmacy": ("{surname} Pharmacy", "{city} Community Pharmacy"),
    "school": ("{city} Elementary School", "{surname} Primary School", "{city} Middle School"),
    "highschool": ("{city} High School", "{surname} Secondary School"),
    "library": ("at the::{city} Public Library", "at the::{city} Central Library"),
    "tech": ("{brand} Labs", "{brand} Software", "{brand} Technologies", "{brand} Digital"),
    "agency": ("{brand} Creative", "{brand} Studio", "{surname} & {surname2} Design"),
    "company": ("{brand} Group", "{surname} & Co.", "{brand} Industries", "{brand} Solutions"),
    "law": ("{surname} & {surname2} LLP", "{surname} Law"),
    "accounting": ("{surname} Accounting", "{surname} & Partners"),
    "architecture": ("{surname} Architects", "{brand} Architecture Studio"),
    "engineering": ("{brand} Engineering", "{surname} Engineering Group"),
    "construction": ("{surname} Construction", "{brand} Builders"),
    "trades": ("{surname} & Sons", "{surname} Home Services", "=self-employed"),
    "garage": ("{surname}'s Garage", "{city} Auto Repair"),
    "restaurant": ("The {brand} Kitchen", "{surname}'s Bistro", "{brand} Grill"),
    "cafe": ("{brand} Coffee", "The Daily {brand}", "{brand} Coffee Roasters"),
    "bakery": ("{surname}'s Bakery", "{brand} Bakehouse"),
    "shop": ("{brand} Home & Living", "{surname}'s Hardware", "{brand} Outfitters",
             "{city} Books"),
    "salon": ("{brand} Hair Studio", "{surname} Salon"),
    "gym": ("{brand} Fitness", "{city} Athletic Club"),
    "media": ("The {city} Herald", "{city} Daily News", "{brand} Media"),
    "studio": ("{brand} Photo Studio", "{surname} Photography"),
    "council": ("at::{city} City Council", "at the::City of {city}"),
    "police": ("at the::{city} Police Department",),
    "fire": ("at the::{city} Fire Department",),
    "social": ("{city} Family Services", "at the::{brand} Community Trust"),
    "airline": ("{brand} Air", "{brand} Airways"),
    "logistics": ("{brand} Freight", "{surname} Logistics"),
    "farm": ("{surname} Family Farm", "{brand} Farms"),
    "realestate": ("{brand} Realty", "{surname} Real Estate"),
    "bank": ("{brand} Bank", "{city} Savings Bank"),
    "callcenter": ("{brand} Connect", "{brand} Customer Care"),
    "hotel": ("Hotel {brand}", "The {city} Grand Hotel", "{brand} Suites"),
    "lab": ("at the::{brand} Research Institute", "at the::{city} Institute of Science"),
    "freelance": ("=freelance", "=self-employed"),
    "music": ("with the::{city} Symphony Orchestra", "=freelance"),
    "own": ("{brand} & Co.", "{surname} Studio", "{brand} Market"),
    "retired": ("=retired",),
}  # fmt: skip

GENDER_WORDS = {
    "women": "female", "woman": "female", "female": "female", "females": "female",
    "girls": "female", "ladies": "female", "mothers": "female", "moms": "female",
    "mums": "female", "men": "male", "man": "male", "male": "male", "males": "male",
    "guys": "male", "fathers": "male", "dads": "male", "nonbinary": "nonbinary",
    "non-binary": "nonbinary", "enbies": "nonbinary", "enby": "nonbinary",
    "genderqueer": "nonbinary",
}  # fmt: skip

STOPWORDS = (
    "a an the and or but in on at of to for from with without by near around who whom that "
    "which whose where while as into onto about is are be being been was were their they them "
    "people persons person folks individuals adults aged age ages between years year old yo "
    "living live lives based working work works love loves like likes enjoy enjoys into fans "
    "fan lovers lover enthusiasts enthusiast also some all many various mostly mainly "
    "typical average area city country region plus than over under older younger above "
    "below least most early mid late their very really just any kind sort group groups "
    "profiles profile personas persona generate random diverse mix mixed play plays playing "
    "do does doing go going practice practise practicing who're also"
)

# ------------------------------------------------------------------ bios (X, TikTok, IG, FB)
X_ROLE = (
    "{Occ} {in_city}", "{Occ} based {in_city}", "{city}-based {occ}", "{Occ}. {city}",
    "{Occ} · {city}", "{Occ} {from_city}", "!{Occ} by trade", "!Full-time {occ}",
    "{Occ}, {years} years and counting", "Proud {occ}", "!Professional {occ}",
    "Your friendly neighbourhood {occ}", "!{Occ} on weekdays", "Just {a_occ} {in_city}",
    "Working as {a_occ} {in_city}", "{Occ} with a soft spot for {city}",
    "Living {in_city}, working as {a_occ}", "{Occ} {flag}", "{city} {flag} {occ}",
    "!{Occ} by day", "{Occ}, {age}, {city}",
)  # fmt: skip
X_ROLE_WP = (
    "{Occ} {at_wp}", "{Occ} @ {wp}", "{Occ} {at_wp}, {city}", "{Occ} | {wp}",
    "Currently: {occ} {at_wp}",
)  # fmt: skip
X_INTERESTS = (
    "Into {i1} and {i2}", "{I1}, {i2} & {i3}", "{I1} on weekends", "Weekends are for {i1}",
    "Always up for {i1}", "Talk to me about {i1}", "Ask me about {i1} or {i2}",
    "{I1} enthusiast", "Part-time {i1} nerd", "Lover of {i1} and {i2}", "{I1} > everything",
    "Probably thinking about {i1}", "Fuelled by {i1} and {i2}", "Obsessed with {i1}",
    "{I1} fan, {i2} beginner", "Will talk {i1} for hours", "Spare time = {i1}",
    "Slightly obsessed with {i1}", "Weekdays work, weekends {i1}", "{I1} + {i2} + {i3}",
    "Currently into {i1}", "Big on {i1} and {i2}", "{e1} {i1} {e2} {i2}",
    "Somewhere between {i1} and {i2}", "Off the clock: {i1}",
)  # fmt: skip
X_TRAITS = (
    "{T1} and {t2}", "{T1}, {t2}, a bit {t3}", "{T1} by nature", "Mostly {t1}, sometimes {t2}",
    "Friends say I'm {t1}", "{T1} most days", "Allegedly {t1}",
)  # fmt: skip
TAGLINES = (
    "Opinions are my own", "Coffee first, then everything else", "Still figuring it out",
    "Trying to be kind every day", "Dog person", "Cat person", "Professional overthinker",
    "Recovering perfectionist", "Collector of small joys", "Living one playlist at a time",
    "Here for the good stories", "Small steps, big views", "Sunrise chaser", "Always learning",
    "Terrible at small talk", "Powered by snacks", "Sarcasm is my love language",
    "Chasing good light", "Making it up as I go", "Glass half full", "Early bird, reluctantly",
    "Night owl", "Bad puns, good intentions", "Slow mornings enthusiast",
    "Spreadsheet fan, unironically", "Still believe in handwritten letters",
    "Future cabin owner", "Weekend road-tripper", "Team tea", "Allergic to Mondays",
    "Soft heart, strong coffee", "Learning to say no", "Dreaming of the next trip",
    "Kindness is free", "Local food critic", "Lists make me happy", "Probably running late",
    "!Parent of two", "<Proud uncle|Proud aunt>", "Big family, bigger heart",
    "Sundays are for family", "Amateur philosopher", "Friend of every dog I meet",
    "Less scrolling, more living", "Keeping it simple", "One good day at a time",
)  # fmt: skip
TIKTOK = (
    "{e1} {occ} {in_city} | {i1} + {i2}", "!{occ} by day {e1} {i1} by night",
    "{city} 📍 {occ} who loves {i1}", "just {a_occ} posting {i1} stuff {e1}",
    "{i1} {e1} {i2} {e2} and {occ} life", "pov: {a_occ} with too many hobbies {e1}{e2}",
    "{occ} life + {i1} {e1}", "{e1} {i1} | {e2} {i2} | {city}", "daily {i1} & {occ} chaos {e1}",
    "{occ} sharing {i1} content {e1}", "here for {i1} and good vibes {e1}",
    "{i1} obsessed {e1} {occ} {in_city}", "{occ} {in_city} • {i1} {e1}",
    "come for the {i1}, stay for the chaos {e1}", "{i1} diaries {e1} {flag}",
    "your {i1} bestie {e1}", "little clips of {i1} and {city} {e1}",
    "{occ} | {i1} | {i2} {e1}", "not a pro, just love {i1} {e1}",
    "{tag} {e1}", "{flag} {occ} • {i1} • {i2}", "{occ} in my {i1} era {e1}",
)  # fmt: skip
IG_ROLE = (
    "{Occ} · {city}", "{Occ} | {city}", "📍 {city} | {Occ}", "{Occ} {in_city} {flag}",
    "{Occ} ✦ {city}", "{city} {flag} · {occ}", "{Occ} based {in_city}", "{Occ} @ {wp}",
)  # fmt: skip
IG_INTERESTS = (
    "{e1} {i1} · {e2} {i2} · {e3} {i3}", "{e1} {i1} | {e2} {i2}", "{I1}, {i2} & {i3} {e1}",
    "{e1}{e2}{e3} {i1}, {i2}, {i3}", "Into {i1} & {i2} {e1}", "{e1} {i1} lover",
    "{I1} {e1} {i2} {e2}", "{e1} weekends = {i1}",
)  # fmt: skip
FB_WORK = (
    "Working as {a_occ} {in_city}.", "I'm {a_occ} {in_city}.", "{Occ} {in_city}.",
    "{Occ} {in_city} for {years} years.", "Proud {occ} {in_city}.",
)  # fmt: skip
FB_WORK_WP = (
    "{Occ} {at_wp}.", "Proud {occ} {at_wp}.", "Working {at_wp}.", "{Occ} {at_wp}, {city}.",
)  # fmt: skip
FB_HOME = (
    "Living {in_city}.", "{city} is home.", "Happily living {in_city}.", "Based {in_city}.",
)  # fmt: skip
FB_INTERESTS = (
    "Love {i1} and {i2}.", "I enjoy {i1}, {i2} and good company.", "Big fan of {i1}.",
    "Weekends are for {i1} and {i2}.", "Always happy to talk about {i1}.",
    "Into {i1}, {i2} and {i3}.", "Free time: {i1} and {i2}.",
)  # fmt: skip
FB_PERSONAL = (
    "Family and friends first.", "Life is good.", "Grateful for every day.",
    "Good food, good people.", "Trying to live simply.", "{Tag}.", "{T1} and {t2}.",
    "Always up for a chat.",
)  # fmt: skip
SHORT = ("{Occ} · {city}", "{Occ}, {city}", "{Occ} {in_city}", "{Occ}")

# ------------------------------------------------------------------ about (first person)
ABOUT_INTRO = (
    "!Hi, I'm {first}! I work as {a_occ} {in_city}.", "I'm {first}, {a_occ} living {in_city}.",
    "My name is {first} and I'm {a_occ} based {in_city}.",
    "I'm {a_occ} {in_city}, and I've been doing this for {years} years.",
    "!Hello! I'm {first}, I'm {age}, and I live {in_city}, where I work as {a_occ}.",
    "I'm {first}, {age}, {a_occ} who calls {city} home.",
)  # fmt: skip
ABOUT_WORK = (
    "I got into this line of work almost by accident and never looked back.",
    "What I like most about my job is the people I get to meet.",
    "Some days are long, but I honestly can't picture myself doing anything else.",
    "After {years} years in the job I still learn something new every week.",
)  # fmt: skip
ABOUT_WORK_WP = (
    "These days I work {at_wp}, and I still enjoy most of what the job throws at me.",
    "I've been {at_wp} for about {years} years now.",
    "Most of my week happens {at_wp}, where no two days are quite the same.",
)  # fmt: skip
ABOUT_STUDY = (
    "I'm studying {field} {at_wp}, and some weeks it is a lot.",
    "Right now I'm {at_wp}, where {field} is the subject I enjoy most.",
    "Between classes {at_wp} I try to keep some time for myself.",
)  # fmt: skip
RETIRED_AS = "retired {former}"
ABOUT_RETIRED = (
    "After {years} years of work I finally have time for the things I love.",
    "I retired a few years ago and somehow I'm busier than ever.",
    "Retirement has been kind to me so far, and my calendar is still full.",
    '[retired]I spent {years} years as {a_former}, and I still miss the people more than the work.',
    '[retired]Before I retired I was {a_former}; these days my time is my own.',
    '[retired]Decades as {a_former} taught me patience, which comes in handy now.',
    '[retired]People still ask me for advice from my years as {a_former}.',
)  # fmt: skip
ABOUT_EDU = (
    "I studied {field} {at_school}.", "I trained in {field} {at_school}.",
    "Years ago I studied {field} {at_school}, and it shaped how I work.",
)  # fmt: skip
ABOUT_INTERESTS = (
    "!Outside of work I'm usually into {i1}, {i2} or {i3}.",
    "In my free time I love {ilist}.", "My weekends are all about {i1} and {i2}.",
    "I've recently got into {i1}, and {i2} has been a passion for years.",
    "When I have a free evening, it usually goes to {i1} or {i2}.",
)  # fmt: skip
ABOUT_TRAITS = (
    "People describe me as {t1} and {t2}.",
    "My friends would say I'm {t1}, {t2} and a little {t3}.",
    "I'd call myself {t1}, though my family says I'm mostly {t2}.",
    "I try to be {t1} and {t2} in everything I do.",
)  # fmt: skip
ABOUT_CLOSING = (
    "I'm always happy to meet new people, so feel free to say hi.",
    "Right now I'm saving up for a trip and learning something new every week.",
    "Life is busy, but I wouldn't change much.", "Thanks for stopping by!",
    "Next on my list: more time outdoors and fewer hours on my phone.",
)  # fmt: skip

# ------------------------------------------------------------------ spelling varieties
# en-US spelling for the US and the Philippines, British spelling for the UK, Ireland,
# Australia, New Zealand, India and most of the Commonwealth (the base mixes both).
_GB_SPELLING = "IE AU NZ IN ZA NG KE GH SG MY PK LK UG TZ ZW MT CY HK JE GG IM"
VARIETY_OF = {"PH": "US", "PR": "US", **dict.fromkeys(_GB_SPELLING.split(), "GB")}
VARIETIES = {
    "US": {
        "words": {
            "neighbourhood": "neighborhood",
            "Fuelled": "fueled",
            "fuelled": "fueled",
            "Centre": "Center",
            "theatre": "theater",
            "practise": "practice",
            "colour": "color",
            "favourite": "favorite",
            "organised": "organized",
            "travelling": "traveling",
            "traveller": "traveler",
            "mum": "mom",
            "Mum": "mom",
        }
    },
    "GB": {
        "words": {
            "organized": "organised",
            "favorite": "favourite",
            "color": "colour",
            "center": "centre",
            "Center": "Centre",
            "theater": "theatre",
            "traveling": "travelling",
            "traveler": "traveller",
            "gray": "grey",
            "mom": "mum",
            "truck driver": "lorry driver",
            "real estate agent": "estate agent",
            "high school student": "secondary school student",
            "Elementary School": "Primary School",
            "Middle School": "Academy",
            "High School": "School",
            "bank teller": "bank cashier",
            "Realty": "Estates",
            "Police Department": "Police",
            "Fire Department": "Fire Service",
            "City Council": "Council",
            "Community College": "College",
            "State University": "University",
            "LLP": "Solicitors",
            "math": "maths",
            "vacation": "holiday",
            "apartment": "flat",
        }
    },
}

# What small business owners run (the occupation of an entrepreneur persona).
BUSINESSES = (
    "bakery owner",
    "café owner",
    "florist",
    "bike shop owner",
    "print shop owner",
    "hair salon owner",
    "bookshop owner",
    "food truck owner",
    "landscaping business owner",
    "cleaning company owner",
    "hardware store owner",
    "restaurant owner",
    "coffee roaster",
    "boutique owner",
    "pet grooming business owner",
    "auto repair shop owner",
)

# Family roles the description may give ("mothers of toddlers"): slot {family}.
FAMILY_LABELS = {
    "parent": "<a dad|a mum|a parent>",
    "parent_toddler": "<a dad|a mum|a parent> of a toddler",
    "single_parent": "<a single dad|a single mum|a single parent>",
    "grandparent": "<a grandad|a grandma|a grandparent>",
}
ABOUT_FAMILY = (
    "I'm also {family}, so my days start early and rarely go to plan.",
    "Being {family} is the best and busiest part of my life.",
    "As {family}, I have learned to do almost everything with one hand.",
    "Most evenings belong to my family: I'm {family} first, everything else second.",
)


# Job titles for nonbinary personas where the label table has two forms.
NEUTRAL_OCCUPATIONS = {"waiter": "server"}
