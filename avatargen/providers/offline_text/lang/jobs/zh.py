"""Chinese (Simplified) labels of the larger occupation vocabulary (see :mod:`.`)."""

OCCUPATIONS = {
    "soldier": "军人", "military_officer": "军官", "judge": "法官", "prosecutor": "检察官",
    "court_clerk": "书记员", "fashion_designer": "服装设计师", "trader": "交易员",
    "surgeon": "外科医生", "psychiatrist": "精神科医生", "pediatrician": "儿科医生",
    "midwife": "助产士", "paramedic": "急救员", "nursing_assistant": "护理员",
    "care_worker": "养老护理员", "radiographer": "放射技师", "lab_technician": "检验师",
    "dietitian": "营养师", "speech_therapist": "言语治疗师", "occupational_therapist": "作业治疗师",
    "optician": "验光师", "dental_hygienist": "口腔卫生士", "dental_assistant": "牙科助理",
    "pharmacy_technician": "药店店员", "vet_nurse": "宠物医院助理", "medical_secretary": "医院前台",
    "massage_therapist": "按摩师", "kindergarten_teacher": "幼儿园老师",
    "teaching_assistant": "助教", "school_principal": "校长", "tutor": "家教",
    "driving_instructor": "驾校教练", "music_teacher": "音乐老师", "language_teacher": "外语老师",
    "nanny": "保姆", "childcare_worker": "育婴师", "construction_worker": "建筑工人",
    "bricklayer": "瓦工", "house_painter": "油漆工", "welder": "电焊工", "roofer": "屋面工",
    "tiler": "瓷砖工", "locksmith": "锁匠", "hvac_technician": "空调安装工", "gardener": "园丁",
    "maintenance_technician": "维修工", "site_manager": "工地项目经理", "surveyor": "测绘员",
    "crane_operator": "塔吊司机", "bus_driver": "公交司机", "taxi_driver": "出租车司机",
    "delivery_driver": "快递员", "train_driver": "火车司机", "warehouse_worker": "仓库管理员",
    "forklift_operator": "叉车司机", "logistics_manager": "物流经理", "postal_worker": "邮递员",
    "air_traffic_controller": "空中交通管制员", "sailor": "海员", "kitchen_assistant": "厨房帮工",
    "pastry_chef": "甜点师", "bartender": "调酒师", "sommelier": "侍酒师",
    "hotel_manager": "酒店经理", "housekeeper": "客房服务员", "restaurant_manager": "餐厅经理",
    "tour_guide": "导游", "travel_agent": "旅行社顾问", "event_planner": "活动策划",
    "butcher": "屠夫", "cashier": "收银员", "store_manager": "店长", "florist": "花艺师",
    "sales_manager": "销售经理", "secretary": "秘书", "office_administrator": "行政专员",
    "bookkeeper": "出纳", "auditor": "审计师", "tax_advisor": "税务师",
    "financial_advisor": "理财顾问", "insurance_agent": "保险代理人", "economist": "经济学家",
    "consultant": "管理咨询顾问", "business_analyst": "业务分析师",
    "operations_manager": "运营经理", "purchasing_agent": "采购员", "office_manager": "办公室主任",
    "paralegal": "律师助理", "notary": "公证员", "managing_director": "总经理",
    "civil_servant": "公务员", "politician": "政治家", "prison_officer": "狱警",
    "customs_officer": "海关关员", "security_guard": "保安", "lifeguard": "救生员",
    "detective": "刑警", "park_ranger": "护林员", "refuse_collector": "环卫工人",
    "urban_planner": "城市规划师", "archivist": "档案管理员", "actor": "<男演员|女演员>",
    "dancer": "舞蹈演员", "artist": "画家", "illustrator": "插画师", "animator": "动画师",
    "video_editor": "视频剪辑师", "film_director": "电影导演", "sound_engineer": "录音师",
    "dj": "DJ", "singer": "歌手", "copywriter": "文案", "editor": "编辑",
    "content_creator": "自媒体博主", "interior_designer": "室内设计师",
    "game_developer": "游戏开发工程师", "tattoo_artist": "纹身师", "makeup_artist": "化妆师",
    "beautician": "美容师", "nail_technician": "美甲师", "barber": "理发师",
    "farm_worker": "农场工人", "fisher": "渔民", "beekeeper": "养蜂人", "winemaker": "酿酒师",
    "agronomist": "农艺师", "it_support": "IT运维", "sysadmin": "系统管理员",
    "network_engineer": "网络工程师", "security_analyst": "网络安全工程师",
    "data_scientist": "数据科学家", "devops_engineer": "运维工程师", "qa_tester": "测试工程师",
    "mobile_developer": "移动开发工程师", "product_manager": "产品经理",
    "electronics_technician": "电子技术员", "electrical_engineer": "电气工程师",
    "chemical_engineer": "化学工程师", "chemist": "化学家", "biologist": "生物学家",
    "physicist": "物理学家", "geologist": "地质学家", "environmental_scientist": "环境工程师",
    "statistician": "统计师", "meteorologist": "气象员", "archaeologist": "考古学家",
    "youth_worker": "社区青少年社工", "cleaner": "保洁员", "janitor": "门卫",
    "factory_worker": "工厂工人", "machine_operator": "机床操作工", "quality_inspector": "质检员",
    "machinist": "数控车工", "production_manager": "生产主管", "tailor": "裁缝",
    "coach": "体育教练", "yoga_instructor": "瑜伽老师", "social_media_manager": "新媒体运营",
    "pr_specialist": "公关专员",
}  # fmt: skip

# Description words -> occupation key (plurals are added automatically).
OCCUPATION_WORDS = {
    "士兵": "soldier", "军人们": "soldier", "护工": "care_worker", "司机": "bus_driver",
    "外卖员": "delivery_driver", "外卖骑手": "delivery_driver", "骑手": "delivery_driver",
    "快递小哥": "delivery_driver", "厨师": "chef", "演员": "actor", "艺术家": "artist",
    "网红": "content_creator", "博主": "content_creator", "主播": "content_creator",
    "工人": "factory_worker", "农民工": "construction_worker", "清洁工": "cleaner", "教练": "coach",
    "经理": "managing_director",
}  # fmt: skip

FIELDS = {
    "chemistry": "化学", "fine_arts": "美术", "building": "建筑施工", "metalwork": "焊接技术",
    "logistics": "物流管理", "nutrition": "营养学",
}  # fmt: skip

# Nonbinary personas' labels where no mechanical neutral form fits.
NEUTRAL_OCCUPATIONS = {
    "actor": "演员",
}  # fmt: skip

# Workplaces of the kinds added with these jobs (army, court, transit).
WORKPLACES = {
    "army": ("部队",),
    "court": ("{city}人民法院",),
    "transit": ("{city}公共交通集团",),
}  # fmt: skip
