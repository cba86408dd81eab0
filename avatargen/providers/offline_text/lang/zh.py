"""Chinese (Simplified) phrase data (see :mod:`..lang` for the conventions).

No grammatical gender: ``<m|f>`` marks are not used (kinship words are neutral, 两个孩子的家长).
Bios follow the short style of Chinese social profiles ("坐标成都｜护士｜爱爬山"),
the "about" text is plain written Mandarin. Sentences end with "。" and are joined
without spaces. Templates use characters that exist only in Simplified Chinese or
Chinese-only function words (的、在、我、们、这), so a detector does not take a short bio
for Japanese. Traditional Chinese (zh-TW, zh-Hant) is refused by :func:`..resolve`.
"""

AND = "和"
SENTENCE_SEP = ""
X_SEPARATORS = ("｜", " / ", "。", " · ", "，")


def in_city(city: str) -> str:
    return f"在{city}"


def from_city(city: str) -> str:
    return f"来自{city}"


def at(name: str) -> str:
    return f"在{name}"


def join(items: list[str]) -> str:
    if len(items) < 2:
        return "".join(items)
    return "、".join(items[:-1]) + "和" + items[-1]


def capitalize(text: str) -> str:
    return text


BRANDS = (
    "星云", "环宇", "量子", "极光", "螺旋", "钴蓝", "山峰", "织女", "北极星", "天顶", "高远",
    "沃土", "流明", "朝阳", "阿特拉斯", "顶点", "雪松", "枫叶", "珊瑚", "靛蓝", "新星", "乔木",
    "峡湾", "和风", "同行", "棱镜", "长风", "天琴", "远航", "启明", "青禾", "锦程", "恒信",
    "博远", "嘉和", "立行",
)  # fmt: skip

OCCUPATIONS = {
    "nurse": "护士", "doctor": "医生", "pharmacist": "药剂师", "dentist": "牙医",
    "physiotherapist": "康复治疗师", "psychologist": "心理咨询师", "veterinarian": "兽医",
    "teacher": "老师", "professor": "大学老师", "librarian": "图书管理员",
    "software_engineer": "程序员", "web_developer": "前端工程师", "data_analyst": "数据分析师",
    "graphic_designer": "平面设计师", "ux_designer": "交互设计师", "architect": "建筑师",
    "civil_engineer": "土木工程师", "mechanical_engineer": "机械工程师", "electrician": "电工",
    "plumber": "水管工", "carpenter": "木工师傅", "mechanic": "汽修师傅", "chef": "厨师",
    "barista": "咖啡师", "waiter": "服务员", "baker": "面包师", "accountant": "会计",
    "lawyer": "律师", "marketing_manager": "市场经理", "sales_rep": "销售",
    "project_manager": "项目经理", "hr_specialist": "人力资源专员", "entrepreneur": "创业者",
    "real_estate_agent": "房产经纪人", "bank_clerk": "银行职员", "customer_service": "客服",
    "receptionist": "前台", "social_worker": "社工", "police_officer": "警察",
    "firefighter": "消防员", "pilot": "飞行员", "flight_attendant": "空乘",
    "truck_driver": "货车司机", "farmer": "农民", "hairdresser": "发型师",
    "fitness_trainer": "健身教练", "shop_assistant": "店员", "journalist": "记者",
    "photographer": "摄影师", "translator": "翻译", "musician": "音乐人", "writer": "作家",
    "researcher": "研究员", "student": "大学生", "pupil": "中学生", "retiree": "退休人员",
}  # fmt: skip
OCCUPATION_WORDS = {"医生": "doctor", "老师": "teacher", "学生": "student", "退休": "retiree"}

INTERESTS = {
    "hiking": "爬山", "running": "跑步", "cycling": "骑行", "swimming": "游泳", "yoga": "瑜伽",
    "fitness": "健身", "football": "足球", "basketball": "篮球", "tennis": "网球",
    "climbing": "攀岩", "surfing": "冲浪", "skiing": "滑雪", "dancing": "跳舞",
    "martial_arts": "武术", "cooking": "做饭", "baking": "烘焙", "coffee": "咖啡",
    "wine": "红酒", "craft_beer": "精酿啤酒", "street_food": "街头小吃", "gardening": "种菜",
    "houseplants": "养绿植", "photography": "摄影", "painting": "画画", "drawing": "素描",
    "writing": "写作", "reading": "看书", "poetry": "诗歌", "cinema": "看电影", "series": "追剧",
    "music": "听音乐", "concerts": "看演出", "guitar": "吉他", "piano": "钢琴", "singing": "唱歌",
    "karaoke": "K歌", "podcasts": "播客", "gaming": "打游戏", "board_games": "桌游",
    "chess": "下棋", "anime": "动漫", "comics": "漫画", "travel": "旅行", "camping": "露营",
    "fishing": "钓鱼", "birdwatching": "观鸟", "beach": "海边", "volunteering": "做志愿者",
    "diy": "手工", "knitting": "织毛衣", "pottery": "陶艺", "fashion": "穿搭",
    "interior_design": "家居设计", "history": "历史", "science": "科普", "astronomy": "天文",
    "languages": "学外语", "tech": "数码", "investing": "理财", "cars": "老爷车",
    "motorcycles": "摩托车", "dogs": "狗狗", "cats": "猫咪", "theatre": "话剧",
    "museums": "逛博物馆", "meditation": "冥想",
}  # fmt: skip
GENDER_WORDS = {
    "女性": "female", "男性": "male", "妈妈": "female", "爸爸": "male", "非二元": "nonbinary",
}  # fmt: skip
STOPWORDS = ""

TRAITS = (
    "好奇心强", "性格温和", "乐观开朗", "做事认真", "有创意", "有耐心", "有上进心", "靠谱",
    "随和", "理性", "爱冒险", "务实", "幽默", "热心肠", "精力充沛", "独立", "低调", "爱交朋友",
    "细心", "大方", "有点固执", "随性", "直爽", "真诚", "慢热", "自律", "踏实", "心大",
    "爱操心", "安静",
)  # fmt: skip

FIELDS = {
    "nursing": "护理学", "medicine": "临床医学", "pharmacy": "药学", "dentistry": "口腔医学",
    "physiotherapy": "康复治疗学", "psychology": "心理学", "veterinary": "动物医学",
    "education": "教育学", "computer_science": "计算机科学", "statistics": "统计学",
    "mathematics": "数学", "graphic_design": "视觉传达设计", "architecture": "建筑学",
    "civil_engineering": "土木工程", "mechanical_engineering": "机械工程", "engineering": "工程学",
    "electrical_installations": "电气工程", "plumbing": "给排水工程", "carpentry": "木工工艺",
    "automotive": "汽车维修", "culinary_arts": "烹饪", "hospitality": "酒店管理",
    "accounting": "会计学", "business": "工商管理", "law": "法学", "marketing": "市场营销",
    "journalism": "新闻学", "social_work": "社会工作", "criminology": "侦查学",
    "aviation": "飞行技术", "agronomy": "农学", "hairdressing": "美发", "sports_science": "体育",
    "translation": "翻译", "music": "音乐", "literature": "语文", "biology": "生物",
    "physics": "物理", "economics": "经济学", "history": "历史",
}  # fmt: skip

INSTITUTIONS = {
    "university": ("{city}大学", "{city}理工大学", "{city}师范大学", "{city}财经大学"),
    "college": ("{city}职业技术学院", "{brand}学院"),
    "vocational": ("{city}技师学院", "{city}职业学校"),
    "school": ("{city}第{num}中学",),
}  # fmt: skip

WORKPLACES = {
    "hospital": ("{city}市人民医院", "{city}第{num}人民医院", "{city}中心医院"),
    "clinic": ("{brand}诊所", "{city}社区卫生服务中心"),
    "dental": ("{brand}口腔", "{surname}氏口腔诊所"),
    "vet": ("{brand}宠物医院",),
    "pharmacy": ("{brand}大药房",),
    "school": ("{city}实验小学", "{city}第{num}小学"),
    "highschool": ("{city}第{num}中学", "{city}外国语学校"),
    "library": ("{city}图书馆",),
    "tech": ("{brand}科技", "{brand}网络科技有限公司"),
    "agency": ("{brand}广告", "{brand}设计工作室"),
    "company": ("{brand}集团", "{brand}有限公司", "{brand}贸易公司"),
    "law": ("{brand}律师事务所",),
    "accounting": ("{brand}会计师事务所",),
    "architecture": ("{brand}建筑设计院",),
    "engineering": ("{brand}工程技术公司",),
    "construction": ("{brand}建设集团", "{city}建工"),
    "trades": ("{brand}装修", "=个体经营"),
    "garage": ("{brand}汽修",),
    "restaurant": ("{brand}餐厅", "{surname}家小馆"),
    "cafe": ("{brand}咖啡",),
    "bakery": ("{brand}烘焙坊",),
    "shop": ("{brand}书店", "{brand}便利店"),
    "salon": ("{brand}造型",),
    "gym": ("{brand}健身",),
    "media": ("{city}日报", "{brand}传媒"),
    "studio": ("{brand}摄影工作室",),
    "council": ("{city}市政府", "街道办事处"),
    "police": ("{city}公安局", "派出所"),
    "fire": ("{city}消防救援支队",),
    "social": ("{city}社工服务中心", "{brand}公益基金会"),
    "airline": ("{brand}航空",),
    "logistics": ("{brand}物流", "{brand}快运"),
    "farm": ("=自家农场", "{brand}农业合作社"),
    "realestate": ("{brand}地产",),
    "bank": ("{brand}银行",),
    "callcenter": ("{brand}客服中心",),
    "hotel": ("{brand}酒店",),
    "lab": ("{brand}研究院", "{city}科学研究所"),
    "freelance": ("=自由职业",),
    "music": ("{city}交响乐团", "=自由职业"),
    "own": ("{brand}工作室", "{brand}小店"),
    "retired": ("=已退休",),
}  # fmt: skip

# ------------------------------------------------------------------ bios
X_ROLE = (
    "坐标{city}的{occ}", "!{city}一枚{occ}", "!{occ}一枚", "!干{occ}这行{years}年了",
    "!职业是{occ}", "在{city}生活的{occ}", "{age}岁，{occ}", "{flag} 坐标{city}",
    "!本职工作：{occ}", "{occ}，在{city}", "!一个热爱工作的{occ}", "我是{city}的{occ}",
)  # fmt: skip
X_ROLE_WP = ("!在{wp}当{occ}", "{wp}的{occ}", "!就职于{wp}", "!在{wp}工作{years}年了")
X_INTERESTS = (
    "喜欢{i1}和{i2}", "爱好是{i1}和{i2}", "周末就是{i1}", "休息的时候离不开{i1}和{i2}",
    "{i1}、{i2}、{i3}都喜欢", "最近迷上了{i1}", "{e1}{i1}{e2}{i2}都爱",
    "{i1}是我的快乐源泉", "周日属于{i1}", "聊{i1}和{i2}我能聊一整天", "!下班后的时间留给{i1}",
    "靠{i1}回血", "最爱{i1}，其次是{i2}", "喜欢的东西：{i1}和{i2}",
    "离不开{i1}",
    "最近的心头好：{i1}",
    "靠{i1}和{i2}充电",
    "假期就是{i1}",
    "{i1}、{i2}、{i3}都爱",
)  # fmt: skip
X_TRAITS = (
    "{t1}，{t2}", "朋友说我{t1}", "自认{t1}", "{t1}但也{t2}", "大家都说我{t1}", "基本上{t1}",
)  # fmt: skip
TAGLINES = (
    "先来杯咖啡再说", "每天学点新东西", "还在找自己的路", "收集生活里的小确幸",
    "想太多选手", "正在戒掉完美主义", "喜欢看日落", "人生随机播放中",
    "为好故事而来", "慢慢来，比较快", "一直在学习", "不太会寒暄", "零食续命", "偶尔毒舌",
    "追光的人", "走一步看一步", "杯子还有一半是满的", "想早起的夜猫子", "资深夜猫子",
    "喜欢慵懒的早晨", "清单控", "梦想是山里有个小房子", "周末说走就走", "喝茶党",
    "周一综合症患者", "心软，咖啡要浓", "正在学习说不", "已经在计划下一次旅行",
    "善良不花钱", "总是迟到五分钟", "周日是休息日",
    "厨房里的哲学家", "少刷手机，多过生活", "不慌不忙", "认真生活",
    "脚踏实地", "按自己的节奏来", "快乐最重要", "吃货一枚", "请多关照",
)  # fmt: skip
TIKTOK = (
    "{e1} {city}的{occ}｜{i1}和{i2}", "白天是{occ} {e1} 晚上{i1}", "{city}📍{occ}的日常和{i1}",
    "一个普通的{occ} {e1}爱{i1}和{i2}", "记录{i1}{e1}和{i2}{e2}", "爱好太多的{occ}{e1}{e2}",
    "{occ}×{i1}的生活 {e1}", "{e1}{i1}｜{e2}{i2}｜来自{city}", "{i1}、{i2}和{i3}的日子 {e1}",
    "想认识喜欢{i1}和{i2}的朋友{e1}", "!在{city}做{occ}·爱{i1}和{i2}{e1}",
    "{i1}和{i2}的每一天 {e1}{flag}", "{city}的{occ}聊聊{i1} {e1}", "{occ}｜聊{i1}和{i2} {e1}",
    "不是专业的，就是喜欢{i1}和{i2} {e1}", "{tag} {e1}{i1}和{i2}", "{flag} {occ}·爱{i1}和{i2}",
    "最近迷上{i1}的{occ} {e1}", "工作日{i1}，周末{i2} {e1}", "{age}岁的{occ}·爱{i1}",
)  # fmt: skip
IG_ROLE = (
    "坐标{city}｜{occ}", "{occ}｜生活在{city}", "📍{city}｜我是{occ}", "{city} {flag} 的{occ}",
    "{occ} ✦ 在{city}", "{wp}的{occ}", "{occ}·在{city}生活", "{age}岁·{city}的{occ}",
)  # fmt: skip
IG_INTERESTS = (
    "{e1}{i1}·{e2}{i2}·{e3}{i3}都爱", "{e1}{i1}｜{e2}{i2}的记录", "喜欢{i1}、{i2}和{i3}{e1}",
    "{e1}{e2}{e3} 爱好：{i1}、{i2}、{i3}", "爱好：{i1}和{i2} {e1}", "{e1}一直喜欢{i1}",
    "{i1}{e1}和{i2}{e2}的日常", "{e1}周末就是{i1}",
)  # fmt: skip
FB_WORK = (
    "!我在{city}做{occ}。", "我是一名{occ}，住在{city}。", "{city}的{occ}。",
    "!做{occ}已经{years}年了。", "!很喜欢{occ}这份工作。",
)  # fmt: skip
FB_WORK_WP = ("!我在{wp}当{occ}。", "!我在{wp}工作。", "!在{wp}工作{years}年了。", "{wp}的{occ}。")
FB_HOME = ("我住在{city}。", "{city}是我的家。", "很喜欢在{city}的生活。")
FB_INTERESTS = (
    "爱好是{i1}和{i2}。", "喜欢{i1}、{i2}，还有好吃的。", "最爱{i1}。",
    "周末一般离不开{i1}和{i2}。",
    "喜欢的事：{i1}、{i2}、{i3}。", "休息日的乐趣是{i1}。",
)  # fmt: skip
FB_PERSONAL = (
    "家人和朋友最重要。", "感恩每一天。", "好吃的和好朋友就够了。", "想过简单的生活。", "{tag}。",
    "我这个人{t1}，也{t2}。", "欢迎来聊天。", "很高兴认识你。",
)  # fmt: skip
SHORT = ("{city}的{occ}", "我是{occ}", "坐标{city}的{occ}", "{occ}一枚")

# ------------------------------------------------------------------ about
ABOUT_INTRO = (
    "!大家好，我叫{full}，在{city}做{occ}。",
    "!我是{full}，住在{city}，是一名{occ}。",
    "我叫{full}，今年{age}岁，住在{city}。",
    "!你好，我是{full}，做{occ}已经{years}年了。",
    "大家好！我是来自{city}的{full}。",
    "我是{full}，一个在{city}生活的{occ}。",
)  # fmt: skip
ABOUT_WORK = (
    "入这一行几乎是偶然，但我从来没有后悔过。",
    "工作中我最喜欢的是能认识各种各样的人。",
    "有时候一天很长，但我想象不出自己做别的工作。",
    "!干了{years}年，我每周还是能学到新东西。",
)  # fmt: skip
ABOUT_WORK_WP = (
    "现在在{wp}工作，每天都过得挺充实。", "!我在{wp}已经工作{years}年了。",
    "一周大部分时间都在{wp}，没有哪两天是一样的。",
)  # fmt: skip
ABOUT_STUDY = (
    "我在{wp}上学，最喜欢的科目是{field}。", "在{wp}上课之余，我也会给自己留点时间。",
    "现在主要精力在学习上，最喜欢的是{field}。",
)  # fmt: skip
ABOUT_RETIRED = (
    "工作了{years}年，终于有时间做自己喜欢的事了。", "退休几年了，不知怎么反而比以前更忙。",
    "退休生活比我想象的充实多了。", "忙了大半辈子，现在享受陪家人和做爱好的时光。",
)  # fmt: skip
ABOUT_EDU = (
    "我在{school}学的是{field}。", "毕业于{school}，专业是{field}。",
    "在{school}学{field}，一切都是从那里开始的。",
)  # fmt: skip
ABOUT_INTERESTS = (
    "!下班以后我喜欢{ilist}。", "休息的时候喜欢{i1}和{i2}。", "周末一般是{i1}和{i2}。",
    "最近的新爱好是{i1}，老爱好是{i2}。", "晚上有空的时候，多半是{i1}或者{i2}。",
    "我最大的爱好是{i1}和{i2}。",
    "一有空，我就会想到{i1}。",
    "聊起{i1}和{i2}，我能聊上好久。",
)  # fmt: skip
ABOUT_TRAITS = (
    "大家都说我{t1}，也{t2}。", "朋友们觉得我{t1}、{t2}，而且{t3}。",
    "我觉得自己{t1}，家里人却说我{t2}。", "不管做什么，我都想保持自己：{t1}，{t2}。",
    "要说优点，我觉得自己{t1}。",
    "家里人常说我{t1}，大概是真的。",
)  # fmt: skip
ABOUT_CLOSING = (
    "我喜欢认识新朋友，欢迎来找我聊天。", "最近在为旅行攒钱，每周都学点新东西。",
    "日子过得很快，但我很喜欢现在的生活。", "谢谢你来看我的主页！",
    "接下来想多出门走走，少看手机。",
    "有共同爱好的朋友，欢迎交流。",
    "相信更好的还在后面。",
    "祝大家每天都开心！",
)  # fmt: skip

RETIRED_AS = "退休{former}"

# Family roles from the description (used only when the record has that role).
FAMILY_LABELS = {
    "parent": "<爸爸|妈妈|家长>",
    "parent_toddler": "<奶爸|宝妈|家长>",
    "single_parent": "<单亲爸爸|单亲妈妈|单亲家长>",
    "grandparent": "<爷爷|奶奶|长辈>",
}  # fmt: skip
ABOUT_FAMILY = (
    "作为{family}，每天都很热闹。",
    "当了{family}以后，我对时间有了新的理解。",
    "作为{family}，和家人在一起的时间是我最珍惜的。",
)  # fmt: skip
