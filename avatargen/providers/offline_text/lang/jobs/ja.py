"""Japanese labels of the larger occupation vocabulary (see :mod:`.`)."""

OCCUPATIONS = {
    "soldier": "自衛官", "military_officer": "幹部自衛官", "judge": "裁判官",
    "prosecutor": "検察官", "court_clerk": "裁判所書記官",
    "fashion_designer": "ファッションデザイナー", "trader": "トレーダー", "surgeon": "外科医",
    "psychiatrist": "精神科医", "pediatrician": "小児科医", "midwife": "助産師",
    "paramedic": "救急救命士", "nursing_assistant": "看護助手", "care_worker": "介護士",
    "radiographer": "診療放射線技師", "lab_technician": "臨床検査技師", "dietitian": "管理栄養士",
    "speech_therapist": "言語聴覚士", "occupational_therapist": "作業療法士", "optician": "眼鏡士",
    "dental_hygienist": "歯科衛生士", "dental_assistant": "歯科助手",
    "pharmacy_technician": "調剤薬局事務", "vet_nurse": "動物看護師",
    "medical_secretary": "医療事務", "massage_therapist": "マッサージ師",
    "kindergarten_teacher": "保育士", "teaching_assistant": "学習支援員",
    "school_principal": "校長", "tutor": "家庭教師", "driving_instructor": "自動車教習所の指導員",
    "music_teacher": "音楽教師", "language_teacher": "語学講師", "nanny": "ベビーシッター",
    "childcare_worker": "保育補助", "construction_worker": "建設作業員", "bricklayer": "左官",
    "house_painter": "塗装工", "welder": "溶接工", "roofer": "屋根職人", "tiler": "タイル職人",
    "locksmith": "鍵師", "hvac_technician": "空調設備士", "gardener": "庭師",
    "maintenance_technician": "設備保守員", "site_manager": "現場監督", "surveyor": "測量士",
    "crane_operator": "クレーン運転士", "bus_driver": "バス運転手", "taxi_driver": "タクシー運転手",
    "delivery_driver": "配達員", "train_driver": "電車の運転士", "warehouse_worker": "倉庫作業員",
    "forklift_operator": "フォークリフト作業員", "logistics_manager": "物流マネージャー",
    "postal_worker": "郵便配達員", "air_traffic_controller": "航空管制官", "sailor": "船員",
    "kitchen_assistant": "調理補助", "pastry_chef": "パティシエ", "bartender": "バーテンダー",
    "sommelier": "ソムリエ", "hotel_manager": "ホテル支配人", "housekeeper": "ホテル客室係",
    "restaurant_manager": "レストラン店長", "tour_guide": "観光ガイド",
    "travel_agent": "旅行代理店スタッフ", "event_planner": "イベントプランナー",
    "butcher": "精肉店員", "cashier": "レジ係", "store_manager": "店長", "florist": "花屋",
    "sales_manager": "営業部長", "secretary": "秘書", "office_administrator": "事務員",
    "bookkeeper": "経理事務", "auditor": "監査人", "tax_advisor": "税理士",
    "financial_advisor": "ファイナンシャルプランナー", "insurance_agent": "保険外交員",
    "economist": "エコノミスト", "consultant": "経営コンサルタント",
    "business_analyst": "ビジネスアナリスト", "operations_manager": "業務部長",
    "purchasing_agent": "購買担当者", "office_manager": "総務担当", "paralegal": "パラリーガル",
    "notary": "公証人", "managing_director": "社長", "civil_servant": "公務員",
    "politician": "政治家", "prison_officer": "刑務官", "customs_officer": "税関職員",
    "security_guard": "警備員", "lifeguard": "ライフセーバー", "detective": "刑事",
    "park_ranger": "森林官", "refuse_collector": "清掃作業員", "urban_planner": "都市計画家",
    "archivist": "アーキビスト", "actor": "<俳優|女優>", "dancer": "ダンサー", "artist": "画家",
    "illustrator": "イラストレーター", "animator": "アニメーター", "video_editor": "動画編集者",
    "film_director": "映画監督", "sound_engineer": "音響エンジニア", "dj": "DJ", "singer": "歌手",
    "copywriter": "コピーライター", "editor": "編集者", "content_creator": "動画クリエイター",
    "interior_designer": "インテリアデザイナー", "game_developer": "ゲームプログラマー",
    "tattoo_artist": "彫師", "makeup_artist": "メイクアップアーティスト",
    "beautician": "エステティシャン", "nail_technician": "ネイリスト", "barber": "理容師",
    "farm_worker": "農場作業員", "fisher": "漁師", "beekeeper": "養蜂家",
    "winemaker": "ワイン醸造家", "agronomist": "農業技術者", "it_support": "ITサポート",
    "sysadmin": "システム管理者", "network_engineer": "ネットワークエンジニア",
    "security_analyst": "セキュリティエンジニア", "data_scientist": "データサイエンティスト",
    "devops_engineer": "インフラエンジニア", "qa_tester": "テストエンジニア",
    "mobile_developer": "アプリ開発者", "product_manager": "プロダクトマネージャー",
    "electronics_technician": "電子技術者", "electrical_engineer": "電気エンジニア",
    "chemical_engineer": "化学エンジニア", "chemist": "化学者", "biologist": "生物学者",
    "physicist": "物理学者", "geologist": "地質学者",
    "environmental_scientist": "環境コンサルタント", "statistician": "統計家",
    "meteorologist": "気象予報士", "archaeologist": "考古学者", "youth_worker": "児童指導員",
    "cleaner": "清掃員", "janitor": "用務員", "factory_worker": "工場作業員",
    "machine_operator": "機械オペレーター", "quality_inspector": "品質検査員",
    "machinist": "旋盤工", "production_manager": "生産管理者", "tailor": "仕立て屋",
    "coach": "スポーツコーチ", "yoga_instructor": "ヨガインストラクター",
    "social_media_manager": "SNS運用担当", "pr_specialist": "広報担当",
}  # fmt: skip

# Description words -> occupation key (plurals are added automatically).
OCCUPATION_WORDS = {
    "自衛隊員": "soldier", "兵士": "soldier", "裁判官": "judge", "介護職": "care_worker",
    "ヘルパー": "care_worker", "保育園の先生": "kindergarten_teacher", "大工さん": "carpenter",
    "運転手": "bus_driver", "ドライバー": "delivery_driver", "タクシードライバー": "taxi_driver",
    "配達ドライバー": "delivery_driver", "郵便屋さん": "postal_worker", "美容部員": "beautician",
    "床屋": "barber", "漁業者": "fisher", "役人": "civil_servant", "会社役員": "managing_director",
    "経営者": "entrepreneur", "芸術家": "artist", "アーティスト": "artist", "俳優": "actor",
    "女優": "actor", "ユーチューバー": "content_creator", "インフルエンサー": "content_creator",
    "清掃スタッフ": "cleaner", "工員": "factory_worker", "コーチ": "coach",
}  # fmt: skip

FIELDS = {
    "chemistry": "化学", "fine_arts": "美術", "building": "建築施工", "metalwork": "溶接",
    "logistics": "物流", "nutrition": "栄養学",
}  # fmt: skip

# Nonbinary personas' labels where no mechanical neutral form fits.
NEUTRAL_OCCUPATIONS = {
    "actor": "俳優",
}  # fmt: skip

# Workplaces of the kinds added with these jobs (army, court, transit).
WORKPLACES = {
    "army": ("陸上自衛隊",),
    "court": ("{city}地方裁判所",),
    "transit": ("{city}交通局",),
}  # fmt: skip
