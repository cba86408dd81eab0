"""Ukrainian labels of the larger occupation vocabulary (see :mod:`.`); feminine forms are
the feminitives in current use (хірургиня, водійка)."""

OCCUPATIONS = {
    "soldier": "військовослужбов<ець|иця>", "military_officer": "офіцер<|ка>", "judge": "суддя",
    "prosecutor": "прокурор<|ка>", "court_clerk": "секретар<|ка> суду",
    "fashion_designer": "модельєр<|ка>", "trader": "трейдер<|ка>", "surgeon": "хірург<|иня>",
    "psychiatrist": "психіатр<|иня>", "pediatrician": "педіатр<|иня>", "midwife": "акушер<|ка>",
    "paramedic": "фельдшер<|ка> швидкої допомоги",
    "nursing_assistant": "молодш<ий медбрат|а медсестра>", "care_worker": "доглядаль<ник|ниця>",
    "radiographer": "рентгенлаборант<|ка>", "lab_technician": "лаборант<|ка>",
    "dietitian": "дієтолог<|иня>", "speech_therapist": "логопед<|иня>",
    "occupational_therapist": "ерготерапевт<|ка>", "optician": "оптик<|иня>",
    "dental_hygienist": "гігієніст<|ка> стоматологічн<ий|а>",
    "dental_assistant": "асистент<|ка> стоматолога", "pharmacy_technician": "провізор<|ка>",
    "vet_nurse": "ветеринарн<ий|а> фельдшер<|ка>",
    "medical_secretary": "медичн<ий|а> реєстратор<|ка>", "massage_therapist": "масажист<|ка>",
    "kindergarten_teacher": "вихова<тель|телька> дитячого садка",
    "teaching_assistant": "асистент<|ка> вчителя", "school_principal": "директор<|ка> школи",
    "tutor": "репетитор<|ка>", "driving_instructor": "інструктор<|ка> з водіння",
    "music_teacher": "вчител<ь|ька> музики", "language_teacher": "викладач<|ка> іноземних мов",
    "nanny": "няня", "childcare_worker": "помічни<к|ця> вихователя",
    "construction_worker": "будівельни<к|ця>", "bricklayer": "муляр<|ка>",
    "house_painter": "маляр<|ка>", "welder": "зварни<к|ця>", "roofer": "покрівельни<к|ця>",
    "tiler": "плиточни<к|ця>", "locksmith": "слюсар<|ка>",
    "hvac_technician": "монтажни<к|ця> систем вентиляції", "gardener": "садівни<к|ця>",
    "maintenance_technician": "технік<|иня> з обслуговування будівель",
    "site_manager": "виконроб<|ка>", "surveyor": "геодезист<|ка>",
    "crane_operator": "кранівни<к|ця>", "bus_driver": "воді<й|йка> автобуса",
    "taxi_driver": "таксист<|ка>", "delivery_driver": "кур'єр<|ка>",
    "train_driver": "машиніст<|ка> потяга", "warehouse_worker": "комірни<к|ця>",
    "forklift_operator": "воді<й|йка> навантажувача", "logistics_manager": "логіст<|ка>",
    "postal_worker": "листоноша", "air_traffic_controller": "авіадиспетчер<|ка>",
    "sailor": "моря<к|чка>", "kitchen_assistant": "помічни<к|ця> кухаря",
    "pastry_chef": "кондитер<|ка>", "bartender": "бармен<|ка>", "sommelier": "сомельє",
    "hotel_manager": "управитель<|ка> готелю", "housekeeper": "покоїв<ий|а>",
    "restaurant_manager": "управитель<|ка> ресторану", "tour_guide": "екскурсовод<|иня>",
    "travel_agent": "менеджер<|ка> з туризму", "event_planner": "організатор<|ка> заходів",
    "butcher": "м'ясни<к|ця>", "cashier": "касир<|ка>", "store_manager": "директор<|ка> магазину",
    "florist": "флорист<|ка>", "sales_manager": "керівни<к|ця> відділу продажів",
    "secretary": "секретар<|ка>", "office_administrator": "офіс-менеджер<|ка>",
    "bookkeeper": "помічни<к|ця> бухгалтера", "auditor": "аудитор<|ка>",
    "tax_advisor": "податков<ий|а> консультант<|ка>",
    "financial_advisor": "фінансов<ий|а> консультант<|ка>",
    "insurance_agent": "страхов<ий|а> агент<|ка>", "economist": "економіст<|ка>",
    "consultant": "бізнес-консультант<|ка>", "business_analyst": "бізнес-аналіти<к|киня>",
    "operations_manager": "операційн<ий|а> директор<|ка>",
    "purchasing_agent": "менеджер<|ка> із закупівель", "office_manager": "керівни<к|ця> офісу",
    "paralegal": "помічни<к|ця> юриста", "notary": "нотаріус<|ка>",
    "managing_director": "генеральн<ий|а> директор<|ка>", "civil_servant": "держслужбов<ець|иця>",
    "politician": "політи<к|киня>", "prison_officer": "наглядач<|ка> в'язниці",
    "customs_officer": "митни<к|ця>", "security_guard": "охорон<ець|иця>",
    "lifeguard": "рятувальни<к|ця> на пляжі", "detective": "слідч<ий|а>",
    "park_ranger": "лісни<к|чиня>", "refuse_collector": "сміттяр<|ка>",
    "urban_planner": "містобудівни<к|ця>", "archivist": "архівіст<|ка>", "actor": "<актор|акторка>",
    "dancer": "танцівни<к|ця>", "artist": "художни<к|ця>", "illustrator": "ілюстратор<|ка>",
    "animator": "аніматор<|ка>", "video_editor": "відеомонтажер<|ка>",
    "film_director": "режисер<|ка>", "sound_engineer": "звукорежисер<|ка>", "dj": "діджей<|ка>",
    "singer": "спів<ак|ачка>", "copywriter": "копірайтер<|ка>", "editor": "редактор<|ка>",
    "content_creator": "блогер<|ка>", "interior_designer": "дизайнер<|ка> інтер'єру",
    "game_developer": "розробни<к|ця> ігор", "tattoo_artist": "тату-майстр<|иня>",
    "makeup_artist": "візажист<|ка>", "beautician": "косметолог<|иня>",
    "nail_technician": "майстр<|иня> манікюру", "barber": "барбер<|ка>",
    "farm_worker": "сільськогосподарськ<ий робітник|а робітниця>", "fisher": "риба<к|чка>",
    "beekeeper": "бджоляр<|ка>", "winemaker": "винороб<|ка>", "agronomist": "агроном<|ка>",
    "it_support": "фахів<ець|чиня> техпідтримки", "sysadmin": "системн<ий|а> адміністратор<|ка>",
    "network_engineer": "мережев<ий|а> інженер<|ка>",
    "security_analyst": "фахів<ець|чиня> з кібербезпеки", "data_scientist": "дата-саєнтист<|ка>",
    "devops_engineer": "девопс-інженер<|ка>", "qa_tester": "тестувальни<к|ця>",
    "mobile_developer": "мобільн<ий|а> розробни<к|ця>", "product_manager": "продакт-менеджер<|ка>",
    "electronics_technician": "радіомеханік<|иня>", "electrical_engineer": "інженер<|ка>-електрик",
    "chemical_engineer": "інженер<|ка>-хімік", "chemist": "хімік<|иня>",
    "biologist": "біолог<|иня>", "physicist": "фізи<к|киня>", "geologist": "геолог<|иня>",
    "environmental_scientist": "еколог<|иня>", "statistician": "статисти<к|киня>",
    "meteorologist": "метеоролог<|иня>", "archaeologist": "археолог<|иня>",
    "youth_worker": "соціальн<ий|а> педагог<|иня>", "cleaner": "прибираль<ник|ниця>",
    "janitor": "двірни<к|чка>", "factory_worker": "робітни<к|ця> заводу",
    "machine_operator": "оператор<|ка> верстатів", "quality_inspector": "контролер<|ка> якості",
    "machinist": "токар<|ка>", "production_manager": "начальни<к|ця> виробництва",
    "tailor": "<кравець|кравчиня>", "coach": "тренер<|ка>",
    "yoga_instructor": "інструктор<|ка> з йоги", "social_media_manager": "SMM-менеджер<|ка>",
    "pr_specialist": "PR-менеджер<|ка>",
}  # fmt: skip

# Description words -> occupation key (plurals are added automatically).

OCCUPATION_WORDS = {
    "військові": "soldier", "військовослужбовці": "soldier", "солдати": "soldier", "судді": "judge",
    "прокурори": "prosecutor", "офіцери": "military_officer", "акушерки": "midwife",
    "няні": "nanny", "будівельники": "construction_worker", "робітники": "factory_worker",
    "слюсарі": "locksmith", "кур'єри": "delivery_driver", "курʼєри": "delivery_driver",
    "листоноші": "postal_worker", "моряки": "sailor", "кухарі": "chef", "секретарі": "secretary",
    "директори": "managing_director", "менеджери": "managing_director",
    "чиновники": "civil_servant", "держслужбовці": "civil_servant", "охоронці": "security_guard",
    "слідчі": "detective", "актори": "actor", "акторки": "actor", "співаки": "singer",
    "співачки": "singer", "блогери": "content_creator", "тестувальники": "qa_tester",
    "прибиральниці": "cleaner", "двірники": "janitor", "кравці": "tailor", "швачки": "tailor",
    "тренери": "coach", "муляри": "bricklayer", "маляри": "house_painter", "токарі": "machinist",
    "сомельє": "sommelier",
}  # fmt: skip

FIELDS = {
    "chemistry": "хімія", "fine_arts": "образотворче мистецтво", "building": "будівництво",
    "metalwork": "зварювальне виробництво", "logistics": "логістика", "nutrition": "дієтологія",
}  # fmt: skip

# Nonbinary personas' labels where no mechanical neutral form fits.

NEUTRAL_OCCUPATIONS = {
    "nursing_assistant": "молодший медпрацівник",
}  # fmt: skip

# Workplaces of the kinds added with these jobs (army, court).

WORKPLACES = {
    "army": (
        "Збройні сили України=>у Збройних силах України",
        "Військова частина № {num}=>у військовій частині № {num}",
    ),
    "court": ("Районний суд=>у районному суді",),
}  # fmt: skip
