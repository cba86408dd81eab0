"""Arabic (Modern Standard) phrase data (see :mod:`..lang` for the conventions).

Nouns, adjectives and verbs agree with the speaker's gender (طبيب/طبيبة, فضولي/فضولية,
"أنا سعيد/سعيدة"), written with ``<m|f>`` marks. Templates avoid case endings after
verbs ("أنا ممرضة في القاهرة" rather than "أعمل ممرضةً"), so job titles stay in the
nominative. Number phrases follow MSA agreement (:func:`decorate`: عام، عامين، ٣ أعوام،
١٥ عامًا). Sentences end with "." as Arabic social media writes them; lists use "،".
Places take في; cities come from the native table in :mod:`..places_native`.
"""

AND = "و"
X_SEPARATORS = (" | ", " · ", " • ", " — ", " ✦ ")


def in_city(city: str) -> str:
    return f"في {city}"


def from_city(city: str) -> str:
    return f"من {city}"


def at(name: str) -> str:
    return f"في {name}"


def capitalize(text: str) -> str:
    return text


def join(items: list[str]) -> str:
    if len(items) < 2:
        return "".join(items)
    return "، ".join(items[:-1]) + " و" + items[-1]


def _years(n: int) -> str:
    if n == 1:
        return "عام"
    if n == 2:
        return "عامين"
    if 3 <= n <= 10:
        return f"{n} أعوام"
    return f"{n} عامًا"


def decorate(slots: dict) -> None:
    slots["years_ar"] = _years(slots["years"])
    slots["age_ar"] = f"{slots['age']} عامًا" if slots["age"] < 100 else f"{slots['age']} عام"


BRANDS = (
    "نيمبوس", "المدار", "كوانتا", "الشفق", "الحلزون", "الكوبالت", "سييرا", "النسر", "النجم القطبي",
    "السمت", "الأفق", "الأرض", "النور", "الشمس", "الأطلس", "المنارة", "القمة", "الأرز", "النخلة",
    "المرجان", "النيلي", "نوفا", "الموجة", "النسيم", "الواحة", "المنشور", "السماء", "الياسمين",
    "الفجر", "الريادة", "الأمل", "البيان", "الرواد", "الهلال", "الزيتونة", "الندى",
)  # fmt: skip

OCCUPATIONS = {
    "nurse": "<ممرض|ممرضة>", "doctor": "<طبيب|طبيبة>", "pharmacist": "<صيدلي|صيدلانية>",
    "dentist": "<طبيب أسنان|طبيبة أسنان>", "physiotherapist": "<أخصائي|أخصائية> علاج طبيعي",
    "psychologist": "<أخصائي|أخصائية> نفسي<|ة>", "veterinarian": "<طبيب بيطري|طبيبة بيطرية>",
    "teacher": "<معلم|معلمة>", "professor": "<أستاذ جامعي|أستاذة جامعية>",
    "librarian": "<أمين|أمينة> مكتبة", "software_engineer": "<مهندس|مهندسة> برمجيات",
    "web_developer": "<مطور|مطورة> مواقع", "data_analyst": "<محلل|محللة> بيانات",
    "graphic_designer": "<مصمم|مصممة> جرافيك", "ux_designer": "<مصمم|مصممة> تجربة مستخدم",
    "architect": "<مهندس معماري|مهندسة معمارية>", "civil_engineer": "<مهندس مدني|مهندسة مدنية>",
    "mechanical_engineer": "<مهندس ميكانيكي|مهندسة ميكانيكية>",
    "electrician": "<كهربائي|فنية كهرباء>",
    "plumber": "<سباك|فنية سباكة>", "carpenter": "<نجار|فنية نجارة>",
    "mechanic": "<ميكانيكي|ميكانيكية> سيارات",
    "chef": "<طاهٍ|طاهية>", "barista": "باريستا", "waiter": "<نادل|نادلة>",
    "baker": "<خباز|خبازة>", "accountant": "<محاسب|محاسبة>", "lawyer": "<محامٍ|محامية>",
    "marketing_manager": "<مدير|مديرة> تسويق", "sales_rep": "<مندوب|مندوبة> مبيعات",
    "project_manager": "<مدير|مديرة> مشاريع", "hr_specialist": "<أخصائي|أخصائية> موارد بشرية",
    "entrepreneur": "<رائد|رائدة> أعمال", "real_estate_agent": "<وسيط|وسيطة> عقاري<|ة>",
    "bank_clerk": "<موظف|موظفة> بنك", "customer_service": "<موظف|موظفة> خدمة عملاء",
    "receptionist": "<موظف|موظفة> استقبال", "social_worker": "<أخصائي|أخصائية> اجتماعي<|ة>",
    "police_officer": "<ضابط|ضابطة> شرطة", "firefighter": "<رجل|امرأة> إطفاء",
    "pilot": "<طيار|قائدة طائرة>", "flight_attendant": "<مضيف|مضيفة> طيران",
    "truck_driver": "<سائق|سائقة> شاحنة", "farmer": "<مزارع|مزارعة>",
    "hairdresser": "<مصفف|مصففة> شعر", "fitness_trainer": "<مدرب|مدربة> لياقة",
    "shop_assistant": "<بائع|بائعة>", "journalist": "<صحفي|صحفية>", "photographer": "<مصور|مصورة>",
    "translator": "<مترجم|مترجمة>", "musician": "<موسيقي|موسيقية>", "writer": "<كاتب|كاتبة>",
    "researcher": "<باحث|باحثة>", "student": "<طالب|طالبة> جامعي<|ة>", "pupil": "<طالب|طالبة>",
    "retiree": "<متقاعد|متقاعدة>",
}  # fmt: skip
OCCUPATION_WORDS = {"ممرضات": "nurse", "أطباء": "doctor", "معلمون": "teacher", "طلاب": "student"}

INTERESTS = {
    "hiking": "المشي في الطبيعة", "running": "الجري", "cycling": "ركوب الدراجات",
    "swimming": "السباحة", "yoga": "اليوغا", "fitness": "الجيم", "football": "كرة القدم",
    "basketball": "كرة السلة", "tennis": "التنس", "climbing": "التسلق", "surfing": "ركوب الأمواج",
    "skiing": "التزلج", "dancing": "الرقص", "martial_arts": "الفنون القتالية", "cooking": "الطبخ",
    "baking": "الخبز والحلويات", "coffee": "القهوة", "wine": "تذوق النبيذ",
    "craft_beer": "المشروبات الحرفية", "street_food": "أكل الشارع", "gardening": "البستنة",
    "houseplants": "النباتات المنزلية", "photography": "التصوير", "painting": "الرسم الزيتي",
    "drawing": "الرسم", "writing": "الكتابة", "reading": "القراءة", "poetry": "الشعر",
    "cinema": "السينما", "series": "المسلسلات", "music": "الموسيقى", "concerts": "الحفلات",
    "guitar": "الجيتار", "piano": "البيانو", "singing": "الغناء", "karaoke": "الكاريوكي",
    "podcasts": "البودكاست", "gaming": "ألعاب الفيديو", "board_games": "ألعاب الطاولة",
    "chess": "الشطرنج", "anime": "الأنمي", "comics": "القصص المصورة", "travel": "السفر",
    "camping": "التخييم", "fishing": "صيد السمك", "birdwatching": "مراقبة الطيور",
    "beach": "البحر", "volunteering": "العمل التطوعي", "diy": "الأعمال اليدوية",
    "knitting": "الحياكة", "pottery": "الفخار", "fashion": "الموضة", "interior_design": "الديكور",
    "history": "التاريخ", "science": "العلوم", "astronomy": "الفلك", "languages": "تعلم اللغات",
    "tech": "التقنية", "investing": "الاستثمار", "cars": "السيارات الكلاسيكية",
    "motorcycles": "الدراجات النارية", "dogs": "الكلاب", "cats": "القطط", "theatre": "المسرح",
    "museums": "المتاحف", "meditation": "التأمل",
}  # fmt: skip
GENDER_WORDS = {
    "نساء": "female", "رجال": "male", "أمهات": "female", "آباء": "male",
    "غير ثنائيي الجنس": "nonbinary", "غير الثنائيين": "nonbinary",
}  # fmt: skip
STOPWORDS = "و أو في من على إلى عن الذين التي الذي عاما سنة"

TRAITS = (
    "فضولي<|ة>", "هادئ<|ة>", "مرح<|ة>", "منظم<|ة>", "مبدع<|ة>", "صبور<|ة>", "طموح<|ة>",
    "وفي<|ة>", "متسامح<|ة>", "عقلاني<|ة>", "مغامر<|ة>", "عملي<|ة>", "خفيف<|ة> الظل",
    "متعاطف<|ة>", "نشيط<|ة>", "مستقل<|ة>", "متواضع<|ة>", "اجتماعي<|ة>", "دقيق<|ة>",
    "كريم<|ة>", "عنيد<|ة>", "عفوي<|ة>", "صريح<|ة>", "منفتح<|ة>", "ذكي<|ة>", "مثابر<|ة>",
    "رزين<|ة>", "صادق<|ة>", "حالم<|ة>", "متفائل<|ة>",
)  # fmt: skip

FIELDS = {
    "nursing": "التمريض", "medicine": "الطب", "pharmacy": "الصيدلة", "dentistry": "طب الأسنان",
    "physiotherapy": "العلاج الطبيعي", "psychology": "علم النفس", "veterinary": "الطب البيطري",
    "education": "التربية", "computer_science": "علوم الحاسب", "statistics": "الإحصاء",
    "mathematics": "الرياضيات", "graphic_design": "التصميم الجرافيكي", "architecture": "العمارة",
    "civil_engineering": "الهندسة المدنية", "mechanical_engineering": "الهندسة الميكانيكية",
    "engineering": "الهندسة", "electrical_installations": "التمديدات الكهربائية",
    "plumbing": "السباكة", "carpentry": "النجارة", "automotive": "ميكانيكا السيارات",
    "culinary_arts": "فنون الطهي", "hospitality": "إدارة الفنادق", "accounting": "المحاسبة",
    "business": "إدارة الأعمال", "law": "القانون", "marketing": "التسويق", "journalism": "الإعلام",
    "social_work": "الخدمة الاجتماعية", "criminology": "العلوم الأمنية", "aviation": "الطيران",
    "agronomy": "الزراعة", "hairdressing": "تصفيف الشعر", "sports_science": "التربية البدنية",
    "translation": "الترجمة", "music": "الموسيقى", "literature": "اللغة العربية",
    "biology": "الأحياء", "physics": "الفيزياء", "economics": "الاقتصاد", "history": "التاريخ",
}  # fmt: skip

INSTITUTIONS = {
    "university": ("جامعة {city}", "جامعة {brand}", "الجامعة الأهلية في {city}"),
    "college": ("كلية {brand}", "المعهد العالي في {city}"),
    "vocational": ("المعهد الفني في {city}", "معهد {brand} للتدريب المهني"),
    "school": ("مدرسة {city} الثانوية",),
}  # fmt: skip

WORKPLACES = {
    "hospital": ("مستشفى {city} العام", "مستشفى {brand}", "المستشفى الجامعي في {city}"),
    "clinic": ("عيادة {brand}", "مركز {brand} الطبي"),
    "dental": ("عيادة {brand} لطب الأسنان",),
    "vet": ("عيادة {brand} البيطرية",),
    "pharmacy": ("صيدلية {brand}",),
    "school": ("مدرسة {brand} الابتدائية", "مدرسة {city} الابتدائية"),
    "highschool": ("مدرسة {brand} الثانوية", "مدرسة {city} الإعدادية"),
    "library": ("مكتبة {city} العامة",),
    "tech": ("شركة {brand} للتقنية", "{brand} للبرمجيات"),
    "agency": ("وكالة {brand}", "استوديو {brand}"),
    "company": ("شركة {brand}", "مجموعة {brand}", "{brand} للتجارة"),
    "law": ("مكتب {brand} للمحاماة",),
    "accounting": ("مكتب {brand} للمحاسبة",),
    "architecture": ("مكتب {brand} الهندسي",),
    "engineering": ("{brand} للاستشارات الهندسية",),
    "construction": ("شركة {brand} للمقاولات",),
    "trades": ("ورشة {brand}", "=عمل حر"),
    "garage": ("مركز {brand} لصيانة السيارات",),
    "restaurant": ("مطعم {brand}", "مطعم {surname}"),
    "cafe": ("مقهى {brand}",),
    "bakery": ("مخبز {brand}",),
    "shop": ("مكتبة {brand}", "متجر {brand}"),
    "salon": ("صالون {brand}",),
    "gym": ("نادي {brand} الرياضي",),
    "media": ("صحيفة {brand}", "إذاعة {brand}"),
    "studio": ("استوديو {brand} للتصوير",),
    "council": ("بلدية {city}",),
    "police": ("مديرية أمن {city}",),
    "fire": ("الدفاع المدني في {city}",),
    "social": ("جمعية {brand} الخيرية", "مؤسسة {brand}"),
    "airline": ("طيران {brand}",),
    "logistics": ("{brand} للنقل", "{brand} للشحن"),
    "farm": ("=مزرعة العائلة", "مزرعة {brand}"),
    "realestate": ("{brand} العقارية",),
    "bank": ("بنك {brand}",),
    "callcenter": ("مركز اتصال {brand}",),
    "hotel": ("فندق {brand}",),
    "lab": ("مركز {brand} للأبحاث",),
    "freelance": ("=عمل حر",),
    "music": ("فرقة {brand}", "=عمل حر"),
    "own": ("استوديو {brand}", "متجر {brand}"),
    "retired": ("=متقاعد<|ة>",),
}  # fmt: skip

# ------------------------------------------------------------------ bios
X_ROLE = (
    "{occ} {in_city}", "{occ} | {city}", "!{occ} منذ {years_ar}", "!بالمهنة {occ}",
    "{occ} من {city}", "{occ}، {age_ar}، {city}", "{flag} {city}", "!{occ} في النهار",
    "{occ}، {city}", "!{occ} بالمهنة وبالشغف", "أعيش {in_city}", "{occ} {flag}",
)  # fmt: skip
X_ROLE_WP = ("{occ} في {wp}", "{occ} @ {wp}", "!أعمل في {wp}", "!في {wp} منذ {years_ar}")
X_INTERESTS = (
    "أحب {i1} و{i2}", "هواياتي: {i1} و{i2}", "عطلة نهاية الأسبوع = {i1}", "في وقت الفراغ: {i1}",
    "{i1} + {i2} + {i3}", "علاجي: {i1}", "{e1} {i1} {e2} {i2}", "عالمي: {i1}، {i2}، {i3}",
    "يوم الجمعة يعني {i1}", "{i1} هو شغفي", "!بعد العمل: {i1}", "أفضل استراحة: {i1}",
    "دائمًا {i1}، وأحيانًا {i2}", "المفضل: {i1} و{i2}",
    "لا أستغني عن {i1}",
    "المفضل هذه الأيام: {i1}",
    "طاقتي من {i1} و{i2}",
    "العطلة تعني {i1}",
    "أحب {i1} و{i2} و{i3}",
)  # fmt: skip
X_TRAITS = (
    "{t1} و{t2}", "{t1} بطبعي", "بحسب الأصدقاء: {t1}", "غالبًا {t1}، وأحيانًا {t2}",
    "يقولون إنني {t1}", "{t1} و{t2} و{t3} أحيانًا",
)  # fmt: skip
TAGLINES = (
    "القهوة أولًا", "أتعلم شيئًا جديدًا كل يوم", "ما زلت أبحث عن طريقي", "أجمع اللحظات الصغيرة",
    "أفكر أكثر من اللازم", "أتعافى من الكمال", "<عاشق|عاشقة> لغروب الشمس",
    "الحياة على وضع العشوائي",
    "هنا من أجل القصص الجميلة", "خطوات صغيرة، مناظر كبيرة", "أتعلم دائمًا", "لا أجيد المجاملات",
    "أعيش على الوجبات الخفيفة", "السخرية لغتي الثانية", "أطارد الضوء الجميل", "أرتجل على الطريق",
    "الكأس نصف ممتلئ", "أحاول أن أستيقظ مبكرًا", "من عشاق السهر", "أحب الصباحات الهادئة",
    "القوائم تنقذني", "أحلم ببيت صغير في الجبال", "رحلات قصيرة في العطل",
    "<من محبي|من محبات> الشاي",
    "حساسية من يوم الأحد", "قلب طيب وقهوة قوية", "أتعلم قول لا", "أخطط للرحلة القادمة",
    "اللطف لا يكلف شيئًا", "متأخر<|ة> خمس دقائق دائمًا", "الجمعة يوم الراحة",
    "<فيلسوف|فيلسوفة> المطبخ",
    "تصفح أقل، حياة أكثر", "بلا استعجال", "يومًا بيوم", "قدماي على الأرض",
    "على مهلي", "<محب|محبة> للأكل الطيب", "الحمد لله دائمًا", "ابتسم للحياة", "بساطة وهدوء",
    "التفاؤل أسلوب حياة", "كل شيء في وقته", "الحياة حلوة",
)  # fmt: skip
TIKTOK = (
    "{e1} {occ} {in_city} | {i1} و{i2}", "{occ} في النهار {e1} {i1} في المساء",
    "{city} 📍 يومياتي مع {i1}", "مجرد {occ} <يحب|تحب> {i1} و{i2} {e1}",
    "يوميات {i1} {e1} و{i2} {e2}", "هوايات كثيرة جدًا {e1}{e2} {i1} و{i2}",
    "{occ} × {i1} {e1}", "{e1} {i1} | {e2} {i2} | {city}", "{i1} و{i2} و{i3} {e1}",
    "هنا لمحبي {i1} و{i2} {e1}", "{occ} {in_city} • {i1} {e1}",
    "{i1} و{i2} كل يوم {e1}{flag}", "فيديوهات {i1} من {city} {e1}", "{occ} | {i1} | {i2} {e1}",
    "لست <محترفًا|محترفة>، فقط أحب {i1} و{i2} {e1}", "{tag} {e1} {i1}", "{flag} {occ} · {i1} · {i2}",
    "<مهووس|مهووسة> ب{i1} هذه الأيام {e1}", "{i1} في الأسبوع، {i2} في العطلة {e1}",
    "{occ}، {age_ar}، {i1}",
)  # fmt: skip
IG_ROLE = (
    "{occ} · {city}", "{occ} | {city}", "📍 {city} | {occ}", "{city} {flag} · {occ}",
    "{occ} ✦ {city}", "{occ} @ {wp}", "{occ} • {city}", "{age_ar} · {city} · {occ}",
)  # fmt: skip
IG_INTERESTS = (
    "{e1} {i1} · {e2} {i2} · {e3} {i3}", "{e1} {i1} | {e2} {i2}", "{i1} و{i2} و{i3} {e1}",
    "{e1}{e2}{e3} {i1}، {i2}، {i3}", "هواياتي: {i1} و{i2} {e1}", "{e1} {i1} دائمًا",
    "{i1} {e1} {i2} {e2}", "{e1} العطلة = {i1}",
)  # fmt: skip
FB_WORK = (
    "!أنا {occ} {in_city}.", "{occ}، أعيش {in_city}.", "{occ} من {city}.",
    "!{occ} منذ {years_ar}.", "!{occ} وأحب عملي.",
)  # fmt: skip
FB_WORK_WP = ("{occ} في {wp}.", "!أعمل في {wp}.", "!أعمل في {wp} منذ {years_ar}.")
FB_HOME = ("أعيش {in_city}.", "{city} بيتي.", "سعيد<|ة> بالحياة {in_city}.")
FB_INTERESTS = (
    "هواياتي {i1} و{i2}.", "كل يوم: {i1} و{i2} وصحبة طيبة.", "أعشق {i1}.",
    "عطلة نهاية الأسبوع تعني {i1} و{i2}.", "هواياتي: {i1}، {i2}، {i3}.",
    "في وقت الفراغ: {i1} و{i2}.",
)  # fmt: skip
FB_PERSONAL = (
    "العائلة والأصدقاء أولًا.", "الحياة جميلة.", "<ممتن|ممتنة> لكل يوم.", "أكل طيب وناس طيبون.",
    "أحب البساطة.", "{tag}.", "{t1} و{t2}.", "يسعدني التواصل دائمًا.",
)  # fmt: skip
SHORT = ("{occ} · {city}", "{occ}، {city}", "{occ} {in_city}", "{occ}")

# ------------------------------------------------------------------ about
ABOUT_INTRO = (
    "!مرحبًا، أنا {first}، {occ} {in_city}.",
    "!اسمي {first}، {occ} وأعيش {in_city}.",
    "أنا {first}، عمري {age_ar} وأعيش {in_city}.",
    "!مرحبًا! اسمي {first}، وأنا {occ} منذ {years_ar}.",
    "مرحبًا! أنا {first} من {city}.",
    "أنا {first}، {occ} {in_city}.",
)  # fmt: skip
ABOUT_WORK = (
    "دخلت هذا المجال بالصدفة تقريبًا، ولم أندم يومًا.",
    "أكثر ما أحبه في عملي هو الناس الذين ألتقيهم.",
    "بعض الأيام طويلة، لكنني لا أتخيل نفسي في عمل آخر.",
    "!بعد {years_ar} في المهنة ما زلت أتعلم شيئًا جديدًا كل أسبوع.",
)  # fmt: skip
ABOUT_WORK_WP = (
    "أعمل حاليًا في {wp}، وكل يوم مختلف عن الآخر.", "!أعمل في {wp} منذ {years_ar}.",
    "أقضي معظم الأسبوع في {wp}، ولا يشبه يوم يومًا آخر.",
)  # fmt: skip
ABOUT_STUDY = (
    "أدرس في {wp}، ومادتي المفضلة هي {field}.",
    "بين الحصص في {wp} أحاول أن أجد وقتًا لنفسي.",
    "الدراسة أولويتي الآن، وأكثر ما أحبه هو {field}.",
)  # fmt: skip
ABOUT_RETIRED = (
    "بعد سنوات طويلة من العمل صار لدي أخيرًا وقت لما أحب.",
    "تقاعدت منذ بضع سنوات، ولا أعرف كيف صرت أكثر انشغالًا من قبل.",
    "الحياة بعد التقاعد أغنى بكثير مما توقعت.",
    "بعد مشوار طويل في العمل أقضي وقتي الآن مع العائلة وهواياتي.",
)  # fmt: skip
ABOUT_EDU = (
    "درست {field} في {school}.", "تخصصي {field}، {school}.",
    "دراسة {field} في {school} كانت بداية كل شيء.",
)  # fmt: skip
ABOUT_INTERESTS = (
    "!بعد العمل أستمتع ب{ilist}.", "في وقت الفراغ: {i1} و{i2}.",
    "عطلتي الأسبوعية تعني {i1} و{i2}.", "هوايتي الجديدة {i1}، وأقدم هواياتي {i2}.",
    "أمسياتي الحرة غالبًا بين {i1} و{i2}.",
    "أكبر هواياتي {i1} و{i2}.",
    "كلما وجدت وقتًا فكرت في {i1}.",
    "أستطيع الحديث عن {i1} و{i2} لساعات.",
)  # fmt: skip
ABOUT_TRAITS = (
    "يقول الناس إنني {t1} و{t2}.", "سيقول أصدقائي إنني {t1} و{t2} و{t3} أحيانًا.",
    "أظن أنني {t1}، لكن عائلتي تقول إنني {t2}.",
    "في كل ما أفعله أحاول أن أبقى على طبيعتي: {t1} و{t2}.",
    "لو سُئلت عن أهم صفاتي لقلت إنني {t1}.",
    "تقول عائلتي إنني {t1}، وربما هم على حق.",
)  # fmt: skip
ABOUT_CLOSING = (
    "أحب التعرف على أشخاص جدد، فلا تتردد في مراسلتي.",
    "أدخر حاليًا لرحلة، وأتعلم شيئًا جديدًا كل أسبوع.",
    "الحياة تمضي بسرعة، لكنني لن أغير فيها الكثير.", "شكرًا على الزيارة!",
    "الخطة القادمة: وقت أكثر في الهواء الطلق، ووقت أقل على الهاتف.",
    "إن كانت لدينا اهتمامات مشتركة فسأسعد بالتعارف.",
    "أؤمن بأن الأجمل لم يأت بعد.",
    "يومًا سعيدًا للجميع!",
)  # fmt: skip

RETIRED_AS = "{former} متقاعد<|ة>"

# Family roles from the description (used only when the record has that role).
FAMILY_LABELS = {
    "parent": "<أب|أم|أب/أم>",
    "parent_toddler": "<أب لطفل صغير|أم لطفل صغير|أب/أم لطفل صغير>",
    "single_parent": "<أب يربي أطفاله وحده|أم تربي أطفالها وحدها|أب/أم أربي أطفالي وحدي>",
    "grandparent": "<جد|جدة|جد/جدة>",
}  # fmt: skip
ABOUT_FAMILY = (
    "أنا {family}، وأيامي مليئة بالحركة.",
    "بصفتي {family}، الوقت مع العائلة هو أثمن ما لدي.",
)  # fmt: skip


def neutral(m: str, f: str) -> str:
    """A word's neutral form for nonbinary personas (see :mod:`.`): ``m/a``."""
    from avatargen.providers.offline_text.lang import slash

    return slash(m, f)
