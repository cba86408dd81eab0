"""Japanese phrase data (see :mod:`..lang` for the conventions).

Japanese has no grammatical gender; ``<m|f>`` marks appear only in kinship words
(父/母) and nothing else. Bios use the plain, friendly register people write on social
profiles ("東京在住の看護師。週末は登山。"), the "about" text the polite です/ます form.
Sentences end with "。" and are joined without spaces (``SENTENCE_SEP``). Every
template carries kana, so a bio is never a kanji-only string (which a detector, and a
reader, could take for Chinese). Traits are nouns or na-adjectives that take で/だ.
Workplaces and schools take で for "at" (東京総合病院で).
"""

AND = "と"
SENTENCE_SEP = ""
X_SEPARATORS = ("｜", " / ", "。", " ✦ ", "・", "。")


def in_city(city: str) -> str:
    return f"{city}で"


def from_city(city: str) -> str:
    return f"{city}出身"


def at(name: str) -> str:
    return f"{name}で"


def join(items: list[str]) -> str:
    return "、".join(items)


def capitalize(text: str) -> str:
    return text


BRANDS = (
    "ニンバス", "オービット", "クオンタ", "オーロラ", "ヘリックス", "コバルト", "シエラ", "ベガ",
    "ポラリス", "ゼニス", "アルト", "テラ", "ルーマ", "ソリス", "アトラス", "ルーメン",
    "ベルテクス",
    "シダー", "メープル", "コーラル", "インディゴ", "ノヴァ", "アーバー", "ゼファー", "タンデム",
    "プリズマ", "ミストラル", "ライラ", "あおば", "ひかり", "さくら", "みどり", "つばさ", "はるか",
)  # fmt: skip

OCCUPATIONS = {
    "nurse": "看護師", "doctor": "医師", "pharmacist": "薬剤師", "dentist": "歯科医師",
    "physiotherapist": "理学療法士", "psychologist": "臨床心理士", "veterinarian": "獣医師",
    "teacher": "教師", "professor": "大学教員", "librarian": "図書館司書",
    "software_engineer": "ソフトウェアエンジニア", "web_developer": "ウェブエンジニア",
    "data_analyst": "データアナリスト", "graphic_designer": "グラフィックデザイナー",
    "ux_designer": "UXデザイナー", "architect": "建築士", "civil_engineer": "土木技術者",
    "mechanical_engineer": "機械エンジニア", "electrician": "電気工事士", "plumber": "配管工",
    "carpenter": "大工", "mechanic": "自動車整備士", "chef": "料理人", "barista": "バリスタ",
    "waiter": "ホールスタッフ", "baker": "パン職人", "accountant": "会計士", "lawyer": "弁護士",
    "marketing_manager": "マーケター", "sales_rep": "営業職",
    "project_manager": "プロジェクトマネージャー",
    "hr_specialist": "人事担当", "entrepreneur": "起業家", "real_estate_agent": "不動産営業",
    "bank_clerk": "銀行員", "customer_service": "カスタマーサポート",
    "receptionist": "受付スタッフ",
    "social_worker": "社会福祉士", "police_officer": "警察官", "firefighter": "消防士",
    "pilot": "パイロット", "flight_attendant": "客室乗務員", "truck_driver": "トラック運転手",
    "farmer": "農家", "hairdresser": "美容師", "fitness_trainer": "パーソナルトレーナー",
    "shop_assistant": "販売スタッフ", "journalist": "記者", "photographer": "フォトグラファー",
    "translator": "翻訳者", "musician": "ミュージシャン", "writer": "作家", "researcher": "研究者",
    "student": "大学生", "pupil": "学生", "retiree": "定年退職者",
}  # fmt: skip
OCCUPATION_WORDS = {
    "看護師": "nurse", "医者": "doctor", "先生": "teacher", "エンジニア": "software_engineer",
    "学生": "student", "高校生": "pupil", "退職者": "retiree", "シニア": "retiree",
}  # fmt: skip

INTERESTS = {
    "hiking": "登山", "running": "ランニング", "cycling": "サイクリング", "swimming": "水泳",
    "yoga": "ヨガ", "fitness": "筋トレ", "football": "サッカー", "basketball": "バスケ",
    "tennis": "テニス", "climbing": "ボルダリング", "surfing": "サーフィン", "skiing": "スキー",
    "dancing": "ダンス", "martial_arts": "空手", "cooking": "料理", "baking": "お菓子作り",
    "coffee": "コーヒー", "wine": "ワイン", "craft_beer": "クラフトビール",
    "street_food": "食べ歩き", "gardening": "家庭菜園", "houseplants": "観葉植物",
    "photography": "写真", "painting": "絵画", "drawing": "イラスト", "writing": "文章を書くこと",
    "reading": "読書", "poetry": "短歌", "cinema": "映画", "series": "ドラマ", "music": "音楽",
    "concerts": "ライブ", "guitar": "ギター", "piano": "ピアノ", "singing": "歌",
    "karaoke": "カラオケ", "podcasts": "ポッドキャスト", "gaming": "ゲーム",
    "board_games": "ボードゲーム", "chess": "将棋", "anime": "アニメ", "comics": "漫画",
    "travel": "旅行", "camping": "キャンプ", "fishing": "釣り",
    "birdwatching": "バードウォッチング",
    "beach": "海", "volunteering": "ボランティア", "diy": "日曜大工", "knitting": "編み物",
    "pottery": "陶芸", "fashion": "ファッション", "interior_design": "インテリア",
    "history": "歴史", "science": "科学", "astronomy": "天体観測", "languages": "語学",
    "tech": "ガジェット", "investing": "投資", "cars": "旧車", "motorcycles": "バイク",
    "dogs": "犬", "cats": "猫", "theatre": "観劇", "museums": "美術館めぐり",
    "meditation": "瞑想",
}  # fmt: skip
GENDER_WORDS = {
    "女性": "female", "男性": "male", "母親": "female", "父親": "male",
    "ノンバイナリー": "nonbinary", "Xジェンダー": "nonbinary",
}  # fmt: skip
STOPWORDS = "たち 達"

TRAITS = (
    "好奇心旺盛", "穏やか", "陽気", "几帳面", "クリエイティブ", "前向き", "誠実", "マイペース",
    "慎重", "冒険好き", "現実的", "社交的", "情熱的", "素直", "楽天的", "負けず嫌い", "努力家",
    "頑固", "気まぐれ", "おおらか", "物静か", "一途", "世話好き", "聞き上手", "行動派",
    "勉強熱心", "せっかち", "のんびり屋", "しっかり者", "人見知り",
)  # fmt: skip

# The TRAITS that read well after "a little" (for "{t1}, {t2} and a little {t3}").
QUIRKS = (
    "頑固", "気まぐれ", "せっかち", "のんびり屋", "人見知り", "マイペース", "慎重", "負けず嫌い",
)  # fmt: skip

FIELDS = {
    "nursing": "看護学", "medicine": "医学", "pharmacy": "薬学", "dentistry": "歯学",
    "physiotherapy": "理学療法", "psychology": "心理学", "veterinary": "獣医学",
    "education": "教育学", "computer_science": "情報工学", "statistics": "統計学",
    "mathematics": "数学", "graphic_design": "デザイン", "architecture": "建築学",
    "civil_engineering": "土木工学", "mechanical_engineering": "機械工学", "engineering": "工学",
    "electrical_installations": "電気工学", "plumbing": "設備工学", "carpentry": "建築技術",
    "automotive": "自動車整備", "culinary_arts": "調理", "hospitality": "観光学",
    "accounting": "会計学", "business": "経営学", "law": "法学", "marketing": "マーケティング",
    "journalism": "メディア学", "social_work": "社会福祉学", "criminology": "法学",
    "aviation": "航空工学", "agronomy": "農学", "hairdressing": "美容",
    "sports_science": "スポーツ科学", "translation": "外国語学", "music": "音楽",
    "literature": "国語", "biology": "生物", "physics": "物理", "economics": "経済学",
    "history": "歴史",
}  # fmt: skip

INSTITUTIONS = {
    "university": ("{city}大学", "{city}国際大学", "{city}工業大学", "{city}学院大学"),
    "college": ("{brand}専門学校", "{city}短期大学"),
    "vocational": ("{city}技術専門学校", "{brand}専門学校"),
    "school": ("{city}第{num}高校",),
}  # fmt: skip

WORKPLACES = {
    "hospital": ("{city}総合病院", "{city}中央病院", "{brand}病院"),
    "clinic": ("{brand}クリニック", "{surname}医院"),
    "dental": ("{surname}歯科", "{brand}デンタルクリニック"),
    "vet": ("{brand}動物病院", "{surname}動物病院"),
    "pharmacy": ("{brand}薬局",),
    "school": ("{city}市立第{num}小学校", "{city}市立第{num}中学校"),
    "highschool": ("私立{brand}学園", "{city}学園"),
    "library": ("{city}市立図書館",),
    "tech": ("株式会社{brand}", "{brand}テクノロジーズ"),
    "agency": ("{brand}デザイン事務所", "株式会社{brand}"),
    "company": ("株式会社{brand}", "{brand}商事", "{surname}産業"),
    "law": ("{surname}法律事務所",),
    "accounting": ("{surname}会計事務所",),
    "architecture": ("{surname}建築設計事務所",),
    "engineering": ("{brand}エンジニアリング", "{brand}技研"),
    "construction": ("{surname}建設", "{brand}工務店"),
    "trades": ("{surname}電気", "=個人事業主"),
    "garage": ("{brand}モータース",),
    "restaurant": ("レストラン{brand}", "和食処{surname}"),
    "cafe": ("カフェ{brand}",),
    "bakery": ("ベーカリー{brand}",),
    "shop": ("{brand}書店", "{brand}ストア"),
    "salon": ("ヘアサロン{brand}",),
    "gym": ("{brand}フィットネス",),
    "media": ("{city}新聞", "{brand}出版"),
    "studio": ("フォトスタジオ{brand}",),
    "council": ("{city}市役所",),
    "police": ("{city}警察署",),
    "fire": ("{city}消防署",),
    "social": ("{city}社会福祉協議会", "NPO法人{brand}"),
    "airline": ("{brand}航空",),
    "logistics": ("{brand}運輸", "{surname}物流"),
    "farm": ("=家業の農園", "{surname}農園"),
    "realestate": ("{brand}不動産",),
    "bank": ("{brand}銀行",),
    "callcenter": ("{brand}コールセンター",),
    "hotel": ("ホテル{brand}",),
    "lab": ("{brand}研究所",),
    "freelance": ("=フリーランス",),
    "music": ("{city}交響楽団", "=フリーランス"),
    "own": ("{brand}スタジオ", "{brand}ストア"),
    "retired": ("=退職済み",),
}  # fmt: skip

# ------------------------------------------------------------------ bios
X_ROLE = (
    "{city}の{occ}", "{city}在住の{occ}", "!{occ}をしています", "!{occ}歴{years}年",
    "!{occ}として働いています", "{city}で暮らす{occ}", "{age}歳の{occ}", "{flag} {city}在住",
    "!本業は{occ}", "!{occ}やってます", "!{occ}の仕事が好きです",
)  # fmt: skip
X_ROLE_WP = (
    "{wp}の{occ}", "!{wp}で{occ}をしています", "!{wp}勤務", "!{wp}で働いて{years}年",
)  # fmt: skip
X_INTERESTS = (
    "{i1}と{i2}が好き", "趣味は{i1}と{i2}", "週末は{i1}", "休日は{i1}か{i2}",
    "{i1}、{i2}、{i3}が好きです", "最近は{i1}にハマってます", "{e1}{i1}{e2}{i2}が好き",
    "{i1}が生きがい", "日曜日は{i1}の日", "{i1}と{i2}の話ならいくらでも", "!仕事終わりは{i1}",
    "{i1}でリフレッシュ", "いつも{i1}、たまに{i2}", "好きなもの：{i1}と{i2}",
    "{i1}がないと始まらない",
    "最近の推し：{i1}",
    "{i1}と{i2}で充電中",
    "休みは{i1}三昧",
    "{i1}、{i2}、{i3}あたりが好き",
)  # fmt: skip
X_TRAITS = (
    "{t1}で{t2}", "よく{t1}だと言われます", "自称{t1}", "{t1}だけど{t2}",
    "友達いわく{t1}", "基本{t1}です",
)  # fmt: skip
TAGLINES = (
    "まずはコーヒーから", "毎日なにか新しいことを", "まだまだ修行中", "小さな幸せを集めています",
    "考えすぎるタイプ", "完璧主義をやめたい", "夕焼けを見るのが好き",
    "人生はシャッフル再生", "いい話が聞きたくて", "一歩ずつ、のんびりと", "ずっと勉強中",
    "雑談はちょっと苦手", "おやつで動いてます", "皮肉はほどほどに", "いい光を探してます",
    "なんとかなる精神", "コップに半分も水がある派", "朝型になりたい夜型", "根っからの夜型",
    "ゆっくりした朝が好き", "リスト作りが好きです", "いつか山の家に住みたい", "週末は小旅行",
    "紅茶派です", "月曜日が苦手", "心はやわらかく、コーヒーは濃いめ", "断る練習中",
    "次の旅行を計画中", "やさしさはタダ", "いつも5分遅れがち",
    "日曜日はのんびりする日", "台所の哲学者", "スマホを置いて外に出よう",
    "焦らずいこう", "一日一日を大切に", "地に足をつけて", "マイペースにいきます",
    "ゆるく生きてます", "食べることが大好き", "よろしくお願いします",
)  # fmt: skip
TIKTOK = (
    "{e1} {city}の{occ}｜{i1}と{i2}", "昼は{occ} {e1} 夜は{i1}", "{city}📍{occ}の日常と{i1}",
    "ただの{occ}です {e1}{i1}と{i2}が好き", "{i1}{e1}と{i2}{e2}の記録",
    "趣味が多すぎる{occ}です{e1}{e2}",
    "{occ}×{i1}な毎日 {e1}", "{e1}{i1}｜{e2}{i2}｜{city}から", "{i1}と{i2}と{i3}の毎日 {e1}",
    "{i1}と{i2}が好きな人とつながりたい{e1}", "!{city}で{occ}してます・{i1}と{i2}{e1}",
    "{i1}と{i2}の日々 {e1}{flag}", "{city}の{occ}が{i1}を語ります {e1}",
    "{occ}｜{i1}と{i2}の話 {e1}",
    "プロじゃないけど{i1}と{i2}が好き {e1}", "{tag} {e1}{i1}と{i2}",
    "{flag} {occ}・{i1}と{i2}が好き",
    "{i1}にハマり中の{occ} {e1}", "平日は{i1}、週末は{i2} {e1}", "{age}歳の{occ}・{i1}好き",
)  # fmt: skip
IG_ROLE = (
    "{city}の{occ}", "{occ}｜{city}在住", "📍{city}｜{occ}です", "{city}在住 {flag} {occ}",
    "{occ} ✦ {city}暮らし", "{wp}の{occ}", "{occ}・{city}で暮らしています",
    "{age}歳・{city}の{occ}",
)  # fmt: skip
IG_INTERESTS = (
    "{e1}{i1}・{e2}{i2}・{e3}{i3}が好き", "{e1}{i1}｜{e2}{i2}の記録", "{i1}と{i2}と{i3}{e1}",
    "{e1}{e2}{e3} 好きなもの：{i1}、{i2}、{i3}", "趣味：{i1}と{i2} {e1}", "{e1}{i1}がずっと好き",
    "{i1}{e1}と{i2}{e2}の日々", "{e1}週末は{i1}",
)  # fmt: skip
FB_WORK = (
    "!{city}で{occ}をしています。", "{occ}です。{city}に住んでいます。", "{city}在住の{occ}です。",
    "!{occ}になって{years}年です。", "!{occ}の仕事が大好きです。",
)  # fmt: skip
FB_WORK_WP = (
    "!{wp}で{occ}をしています。",
    "{wp}の{occ}です。",
    "!{wp}で働いています。",
    "!{wp}に勤めて{years}年です。",
)
FB_HOME = ("{city}に住んでいます。", "{city}が地元です。", "{city}での暮らしが気に入っています。")
FB_INTERESTS = (
    "趣味は{i1}と{i2}です。", "{i1}と{i2}、それにおいしいごはんが好きです。",
    "{i1}が大好きです。", "週末はたいてい{i1}か{i2}。", "好きなこと：{i1}、{i2}、{i3}。",
    "休みの日の楽しみは{i1}です。",
)  # fmt: skip
FB_PERSONAL = (
    "家族と友達が一番大切です。", "毎日に感謝しています。", "おいしいものといい人たちに囲まれて。",
    "シンプルに暮らしたい。", "{tag}。", "性格は{t1}で{t2}です。", "気軽に話しかけてください。",
    "友達申請お気軽にどうぞ。",
)  # fmt: skip
SHORT = ("{city}の{occ}", "{occ}です", "{city}在住の{occ}", "{occ}の{first}です")

# ------------------------------------------------------------------ about
ABOUT_INTRO = (
    "!はじめまして、{full}です。{city}で{occ}をしています。",
    "!{full}と申します。{city}に住んでいて、{occ}として働いています。",
    "{full}です。{age}歳で、{city}に住んでいます。",
    "!こんにちは、{full}です。{occ}になって{years}年になります。",
    "はじめまして！{city}在住の{full}です。",
    "{full}です。{city}で暮らす{occ}です。",
)  # fmt: skip
ABOUT_WORK = (
    "この仕事に就いたのはほとんど偶然でしたが、一度も後悔したことはありません。",
    "仕事で一番好きなのは、いろいろな人に出会えることです。",
    "長い一日もありますが、ほかの仕事をしている自分は想像できません。",
    "!{years}年たった今でも、毎週なにかしら新しい発見があります。",
)  # fmt: skip
ABOUT_WORK_WP = (
    "今は{wp}で働いていて、毎日がなかなか楽しいです。",
    "!{wp}に勤めて{years}年になります。",
    "平日はほとんど{wp}で過ごしていて、同じ日は一日もありません。",
)  # fmt: skip
ABOUT_STUDY = (
    "{wp}に通っていて、好きな科目は{field}です。",
    "{wp}での授業の合間に、自分の時間もつくるようにしています。",
    "今は勉強が中心で、特に{field}が好きです。",
)  # fmt: skip
ABOUT_RETIRED = (
    "{years}年間働いて、やっと好きなことに時間を使えるようになりました。",
    "退職して数年たちますが、なぜか今のほうが忙しいくらいです。",
    "定年後の毎日は思ったよりずっと充実しています。",
    "長年勤めた仕事を終えて、今は家族と趣味の時間を楽しんでいます。",
)  # fmt: skip
ABOUT_EDU = (
    "{school}で{field}を学びました。", "{school}の出身で、専攻は{field}でした。",
    "{school}で{field}を勉強したのがすべての始まりでした。",
)  # fmt: skip
ABOUT_INTERESTS = (
    "!仕事のあとの楽しみは{ilist}です。", "{i1}や{i2}が好きで、休みの日はそればかりです。",
    "週末はだいたい{i1}と{i2}です。", "最近の趣味は{i1}で、昔からの趣味は{i2}です。",
    "夜はたいてい{i1}か{i2}の時間です。",
    "一番の楽しみは{i1}と{i2}です。",
    "時間ができると、つい{i1}のことを考えてしまいます。",
    "{i1}と{i2}の話なら、いつまでもできます。",
)  # fmt: skip
ABOUT_TRAITS = (
    "{t1}で{t2}だとよく言われます。", "友達からは{t1}で{t2}、それに少し{t3}だと言われます。",
    "自分では{t1}だと思っていますが、家族には{t2}だと言われます。",
    "{t1}で{t2}、そんな自分らしさを大切にしています。",
    "長所を聞かれたら、{t1}だと答えます。",
    "家族からはよく{t1}だと言われますが、たぶん当たっています。",
)  # fmt: skip
ABOUT_CLOSING = (
    "新しい人と知り合うのが好きなので、気軽に声をかけてください。",
    "今は旅行のために貯金中で、毎週なにか新しいことを学んでいます。",
    "毎日あっという間ですが、今の暮らしが気に入っています。",
    "読んでくださってありがとうございます！",
    "これからは外で過ごす時間を増やして、スマホを見る時間を減らしたいです。",
    "共通の趣味がある方、ぜひ仲良くしてください。",
    "これからも毎日を楽しんでいきたいです。",
    "どうぞよろしくお願いします。",
)  # fmt: skip

RETIRED_AS = "元{former}"

# Family roles from the description (used only when the record has that role).
FAMILY_LABELS = {
    "parent": "親",
    "parent_toddler": "小さな子どもの親",
    "single_parent": "シングルの親",
    "grandparent": "<おじいちゃん|おばあちゃん|祖父母>",
}  # fmt: skip
ABOUT_FAMILY = (
    "{family}として、毎日がにぎやかです。",
    "{family}になって、時間の使い方がすっかり変わりました。",
    "{family}として、家族との時間が何よりの楽しみです。",
)  # fmt: skip
