"""Korean phrase data (see :mod:`..lang` for the conventions).

No grammatical gender (kinship words would be neutral: 부모). Bios use the friendly
해요체 or the short noun style of Korean profiles ("서울 사는 간호사 | 주말엔 등산"), the
"about" text 해요체 throughout. Particles depend on whether the word before them ends
in a final consonant (받침), so :func:`decorate` gives each slot its particle forms:
``{i1_eul}`` (을/를), ``{i1_i}`` (이/가), ``{i1_eun}`` (은/는), ``{i1_wa}`` (과/와),
``{occ_ieyo}`` (이에요/예요), ``{city_ro}`` (으로/로) and so on for occ, city, i1..i3,
field and wp. Traits are attributive adjectives ("차분한"), used before 편/사람.
"""

AND = "와"


def in_city(city: str) -> str:
    return f"{city}에서"


def from_city(city: str) -> str:
    return f"{city} 출신"


def at(name: str) -> str:
    return f"{name}에서"


def capitalize(text: str) -> str:
    return text


def join(items: list[str]) -> str:
    if len(items) < 2:
        return "".join(items)
    head = ", ".join(items[:-1])
    return f"{josa(head, 'wa')} {items[-1]}"


def _batchim(word: str) -> int | None:
    """The final consonant index of the last Hangul syllable (0 = none), None if not Hangul."""
    if not word:
        return None
    o = ord(word[-1])
    if 0xAC00 <= o <= 0xD7A3:
        return (o - 0xAC00) % 28
    return None


_PAIRS = {
    "eun": ("은", "는"), "i": ("이", "가"), "eul": ("을", "를"), "wa": ("과", "와"),
    "ieyo": ("이에요", "예요"), "ida": ("이다", "다"), "ra": ("이라", "라"),
}  # fmt: skip


def josa(word: str, kind: str) -> str:
    b = _batchim(word)
    if kind == "ro":
        return word + ("으로" if b not in (None, 0, 8) else "로")
    with_final, without = _PAIRS[kind]
    return word + (with_final if b else without)


def decorate(slots: dict) -> None:
    for key in ("occ", "city", "i1", "i2", "i3", "field", "wp", "first", "family"):
        word = slots.get(key) or ""
        for kind in (*_PAIRS, "ro"):
            slots[f"{key}_{kind}"] = josa(word, kind)


BRANDS = (
    "님버스", "오르빗", "퀀타", "오로라", "헬릭스", "코발트", "시에라", "베가", "폴라리스",
    "제니스",
    "알토", "테라", "루마", "솔리스", "아틀라스", "루멘", "버텍스", "시더", "메이플", "코랄",
    "인디고",
    "노바", "아버", "제퍼", "탠덤", "프리즘", "미스트랄", "라이라", "한빛", "누리", "다온", "가람",
    "새봄", "하늘", "온새미로", "별빛",
)  # fmt: skip

OCCUPATIONS = {
    "nurse": "간호사", "doctor": "의사", "pharmacist": "약사", "dentist": "치과의사",
    "physiotherapist": "물리치료사", "psychologist": "심리상담사", "veterinarian": "수의사",
    "teacher": "교사", "professor": "대학 교수", "librarian": "사서",
    "software_engineer": "개발자", "web_developer": "웹 개발자", "data_analyst": "데이터 분석가",
    "graphic_designer": "그래픽 디자이너", "ux_designer": "UX 디자이너", "architect": "건축가",
    "civil_engineer": "토목 엔지니어", "mechanical_engineer": "기계 엔지니어",
    "electrician": "전기 기사",
    "plumber": "배관공", "carpenter": "목수", "mechanic": "자동차 정비사", "chef": "요리사",
    "barista": "바리스타", "waiter": "홀 서버", "baker": "제빵사", "accountant": "회계사",
    "lawyer": "변호사", "marketing_manager": "마케터", "sales_rep": "영업 사원",
    "project_manager": "프로젝트 매니저", "hr_specialist": "인사 담당자", "entrepreneur": "창업가",
    "real_estate_agent": "공인중개사", "bank_clerk": "은행원", "customer_service": "상담원",
    "receptionist": "안내 데스크 직원", "social_worker": "사회복지사", "police_officer": "경찰관",
    "firefighter": "소방관", "pilot": "비행기 조종사", "flight_attendant": "승무원",
    "truck_driver": "화물차 기사", "farmer": "농부", "hairdresser": "헤어 디자이너",
    "fitness_trainer": "퍼스널 트레이너", "shop_assistant": "매장 직원", "journalist": "기자",
    "photographer": "사진작가", "translator": "번역가", "musician": "음악가", "writer": "작가",
    "researcher": "연구원", "student": "대학생", "pupil": "학생", "retiree": "은퇴자",
}  # fmt: skip
OCCUPATION_WORDS = {"간호사": "nurse", "의사": "doctor", "선생님": "teacher", "학생": "student"}

INTERESTS = {
    "hiking": "등산", "running": "러닝", "cycling": "자전거", "swimming": "수영", "yoga": "요가",
    "fitness": "헬스", "football": "축구", "basketball": "농구", "tennis": "테니스",
    "climbing": "클라이밍", "surfing": "서핑", "skiing": "스키", "dancing": "춤",
    "martial_arts": "태권도", "cooking": "요리", "baking": "베이킹", "coffee": "커피",
    "wine": "와인", "craft_beer": "수제 맥주", "street_food": "길거리 음식",
    "gardening": "텃밭 가꾸기",
    "houseplants": "반려식물", "photography": "사진", "painting": "그림", "drawing": "드로잉",
    "writing": "글쓰기", "reading": "독서", "poetry": "시", "cinema": "영화", "series": "드라마",
    "music": "음악", "concerts": "공연", "guitar": "기타", "piano": "피아노", "singing": "노래",
    "karaoke": "노래방", "podcasts": "팟캐스트", "gaming": "게임", "board_games": "보드게임",
    "chess": "바둑", "anime": "애니메이션", "comics": "웹툰", "travel": "여행", "camping": "캠핑",
    "fishing": "낚시", "birdwatching": "탐조", "beach": "바다", "volunteering": "봉사활동",
    "diy": "셀프 인테리어", "knitting": "뜨개질", "pottery": "도예", "fashion": "패션",
    "interior_design": "인테리어", "history": "역사", "science": "과학", "astronomy": "별 보기",
    "languages": "외국어 공부", "tech": "전자기기", "investing": "재테크", "cars": "클래식카",
    "motorcycles": "바이크", "dogs": "강아지", "cats": "고양이", "theatre": "연극",
    "museums": "전시회", "meditation": "명상",
}  # fmt: skip
GENDER_WORDS = {
    "여성": "female", "남성": "male", "엄마": "female", "아빠": "male", "논바이너리": "nonbinary",
}  # fmt: skip
STOPWORDS = ""

TRAITS = (
    "호기심 많은", "차분한", "밝은", "꼼꼼한", "창의적인", "인내심 있는", "야무진", "믿음직한",
    "털털한", "신중한", "모험을 좋아하는", "현실적인", "유쾌한", "다정한", "에너지 넘치는",
    "독립적인", "겸손한", "사교적인", "섬세한", "너그러운", "고집 있는", "즉흥적인", "솔직한",
    "열린 마음의", "재치 있는", "끈기 있는", "침착한", "진솔한", "감성적인", "배려심 깊은",
)  # fmt: skip

FIELDS = {
    "nursing": "간호학", "medicine": "의학", "pharmacy": "약학", "dentistry": "치의학",
    "physiotherapy": "물리치료학", "psychology": "심리학", "veterinary": "수의학",
    "education": "교육학", "computer_science": "컴퓨터공학", "statistics": "통계학",
    "mathematics": "수학", "graphic_design": "시각디자인", "architecture": "건축학",
    "civil_engineering": "토목공학", "mechanical_engineering": "기계공학", "engineering": "공학",
    "electrical_installations": "전기공학", "plumbing": "설비공학", "carpentry": "목공",
    "automotive": "자동차정비", "culinary_arts": "조리학", "hospitality": "호텔경영학",
    "accounting": "회계학", "business": "경영학", "law": "법학", "marketing": "마케팅",
    "journalism": "언론정보학", "social_work": "사회복지학", "criminology": "경찰행정학",
    "aviation": "항공운항학", "agronomy": "농학", "hairdressing": "미용학",
    "sports_science": "체육학", "translation": "통번역학", "music": "음악", "literature": "국어",
    "biology": "생물", "physics": "물리", "economics": "경제학", "history": "역사",
}  # fmt: skip

INSTITUTIONS = {
    "university": ("{city}대학교", "{city}국립대학교", "{brand}대학교"),
    "college": ("{city}전문대학", "{brand}대학"),
    "vocational": ("{city}폴리텍대학", "{brand}직업전문학교"),
    "school": ("{city}고등학교",),
}  # fmt: skip

WORKPLACES = {
    "hospital": ("{city}의료원", "{city}중앙병원", "{brand}병원"),
    "clinic": ("{brand}의원", "{brand}내과"),
    "dental": ("{brand}치과",),
    "vet": ("{brand}동물병원",),
    "pharmacy": ("{brand}약국",),
    "school": ("{city}초등학교", "{city}중학교"),
    "highschool": ("{city}{brand}중학교", "{city}{brand}고등학교"),
    "library": ("{city}시립도서관",),
    "tech": ("{brand}테크", "(주){brand}"),
    "agency": ("{brand}디자인", "{brand}에이전시"),
    "company": ("(주){brand}", "{brand}그룹", "{brand}상사"),
    "law": ("법무법인 {brand}",),
    "accounting": ("{brand}회계법인",),
    "architecture": ("{brand}건축사사무소",),
    "engineering": ("{brand}엔지니어링",),
    "construction": ("{brand}건설",),
    "trades": ("{brand}설비", "=자영업"),
    "garage": ("{brand}카센터",),
    "restaurant": ("{brand}식당", "레스토랑 {brand}"),
    "cafe": ("카페 {brand}",),
    "bakery": ("{brand}베이커리",),
    "shop": ("{brand}서점", "{brand}마트"),
    "salon": ("{brand}헤어",),
    "gym": ("{brand}피트니스",),
    "media": ("{city}일보", "{brand}미디어"),
    "studio": ("{brand}스튜디오",),
    "council": ("{city}시청",),
    "police": ("{city}경찰서",),
    "fire": ("{city}소방서",),
    "social": ("{city}복지관", "{brand}재단"),
    "airline": ("{brand}항공",),
    "logistics": ("{brand}물류", "{brand}택배"),
    "farm": ("=가족 농장", "{brand}농장"),
    "realestate": ("{brand}공인중개사사무소",),
    "bank": ("{brand}은행",),
    "callcenter": ("{brand}고객센터",),
    "hotel": ("{brand}호텔",),
    "lab": ("{brand}연구소",),
    "freelance": ("=프리랜서",),
    "music": ("{city}시립교향악단", "=프리랜서"),
    "own": ("{brand}공방", "{brand}스토어"),
    "retired": ("=은퇴",),
}  # fmt: skip

X_SEPARATORS = (" | ", " · ", " / ", ". ", " ✦ ")

# ------------------------------------------------------------------ bios
X_ROLE = (
    "{city} 사는 {occ}", "{city}의 {occ}", "!{occ} {years}년 차", "!직업은 {occ_ieyo}",
    "{age}살 {occ}", "{flag} {city}에 살아요", "!본업은 {occ}", "!{occ_ro} 일하고 있어요",
    "{occ} 그리고 {city} 사람", "{occ_ieyo}", "!일하는 {occ}", "{city}에서 지내는 {occ}",
)  # fmt: skip
X_ROLE_WP = ("{wp} {occ}", "!{wp}에서 일해요", "!{wp} 근무 중", "!{wp}에서 {years}년째")
X_INTERESTS = (
    "{i1_wa} {i2_eul} 좋아해요", "취미는 {i1_wa} {i2}", "주말엔 {i1}", "쉬는 날엔 {i1} 아니면 {i2}",
    "{i1}, {i2}, {i3} 좋아해요", "요즘 {i1}에 빠졌어요", "{e1}{i1} {e2}{i2}", "{i1_i} 삶의 낙",
    "일요일은 {i1}의 날", "{i1_wa} {i2} 얘기라면 밤새도록", "!퇴근 후엔 {i1}",
    "{i1_ro} 힐링", "늘 {i1}, 가끔 {i2}", "좋아하는 것: {i1}, {i2}",
    "{i1} 없이는 못 살아요",
    "요즘 최애: {i1}",
    "{i1_wa} {i2_ro} 충전 중",
    "쉬는 날엔 {i1} 삼매경",
    "{i1}, {i2}, {i3} 다 좋아요",
)  # fmt: skip
X_TRAITS = (
    "{t1} 편", "친구들 말로는 {t1} 사람", "자칭 {t1} 사람", "{t1}, 그리고 {t2} 사람",
    "기본적으로 {t1} 편이에요", "{t1} 성격",
)  # fmt: skip
TAGLINES = (
    "일단 커피부터", "매일 조금씩 배우는 중", "아직 나를 찾는 중", "작은 행복 수집가",
    "생각이 많은 편", "완벽주의 내려놓는 중", "노을 보는 걸 좋아해요", "인생은 셔플 재생",
    "좋은 이야기를 찾아서", "천천히, 꾸준히", "평생 배우는 중", "스몰토크는 어려워요",
    "간식으로 버티는 중", "가끔 팩폭", "좋은 빛을 찾아다녀요", "어떻게든 되겠지",
    "물이 반이나 남았다 파", "아침형 인간이 되고 싶은 올빼미", "타고난 올빼미",
    "느긋한 아침을 좋아해요", "리스트 만드는 걸 좋아해요", "언젠가 산속 작은 집에서",
    "주말엔 근교 여행", "차 마시는 사람", "월요병 환자", "마음은 말랑, 커피는 진하게",
    "거절하는 연습 중", "다음 여행 계획 중", "친절은 공짜", "늘 5분씩 늦어요",
    "일요일은 쉬는 날", "부엌의 철학자", "폰은 덜, 삶은 더",
    "서두르지 않기", "하루하루 소중하게", "땅에 발 붙이고", "내 속도대로", "맛있는 거 좋아해요",
    "잘 부탁드려요", "오늘도 무사히", "소확행 추구", "행복은 가까이에", "웃으면 복이 와요",
    "열심히 사는 중",
)  # fmt: skip
TIKTOK = (
    "{e1} {city} {occ} | {i1_wa} {i2}", "낮엔 {occ} {e1} 밤엔 {i1}", "{city}📍{occ}의 일상과 {i1}",
    "그냥 {occ_ieyo} {e1}{i1_wa} {i2} 좋아해요", "{i1}{e1} {i2}{e2} 기록",
    "취미 부자 {occ} {e1}{e2}",
    "{occ} × {i1} {e1}", "{e1}{i1} | {e2}{i2} | {city}", "{i1}, {i2}, {i3}의 나날 {e1}",
    "{i1_wa} {i2} 좋아하는 분들 환영 {e1}", "{city}에서 {occ} 하는 중 · {i1} {e1}",
    "{i1_wa} {i2}의 매일 {e1}{flag}", "{city} {occ}의 {i1} 이야기 {e1}",
    "{occ} | {i1_wa} {i2} {e1}",
    "프로는 아니지만 {i1_wa} {i2} 좋아해요 {e1}", "{tag} {e1}{i1}", "{flag} {occ} · {i1} · {i2}",
    "요즘 {i1}에 빠진 {occ} {e1}", "평일엔 {i1}, 주말엔 {i2} {e1}", "{age}살 {occ} · {i1} 좋아해요",
)  # fmt: skip
IG_ROLE = (
    "{city} | {occ}", "{occ} | {city} 거주", "📍{city} | {occ_ieyo}", "{city} {flag} {occ}",
    "{occ} ✦ {city}", "{wp} {occ}", "{occ} · {city}에 살아요", "{age}살 · {city} {occ}",
)  # fmt: skip
IG_INTERESTS = (
    "{e1}{i1} · {e2}{i2} · {e3}{i3}", "{e1}{i1} | {e2}{i2} 기록", "{i1}, {i2}, {i3} 좋아해요 {e1}",
    "{e1}{e2}{e3} 좋아하는 것: {i1}, {i2}, {i3}", "취미: {i1} & {i2} {e1}",
    "{e1}{i1_eun} 언제나 좋아",
    "{i1}{e1} 그리고 {i2}{e2}", "{e1}주말엔 {i1}",
)  # fmt: skip
FB_WORK = (
    "!{city}에서 {occ_ro} 일하고 있어요.", "{occ_ieyo}. {city}에 살아요.",
    "{city}에 사는 {occ_ieyo}.",
    "!{occ_ro} 일한 지 {years}년 됐어요.", "!{occ} 일을 정말 좋아해요.",
)  # fmt: skip
FB_WORK_WP = (
    "!{wp}에서 {occ_ro} 일해요.", "{wp} {occ_ieyo}.", "!{wp}에서 일하고 있어요.",
    "!{wp}에서 일한 지 {years}년 됐어요.",
)  # fmt: skip
FB_HOME = ("{city}에 살아요.", "{city_i} 제 고향이에요.", "{city}에서의 생활이 좋아요.")
FB_INTERESTS = (
    "취미는 {i1_wa} {i2_ieyo}.", "{i1}, {i2}, 그리고 맛있는 음식을 좋아해요.",
    "{i1_eul} 정말 좋아해요.",
    "주말엔 보통 {i1} 아니면 {i2}.", "좋아하는 것: {i1}, {i2}, {i3}.", "쉬는 날의 즐거움은 {i1}.",
)  # fmt: skip
FB_PERSONAL = (
    "가족과 친구가 제일 소중해요.", "매일 감사하며 살아요.", "맛있는 음식, 좋은 사람들.",
    "소박하게 살고 싶어요.", "{tag}.", "{t1} 편이에요.", "편하게 말 걸어 주세요.", "반가워요!",
)  # fmt: skip
SHORT = ("{city} {occ}", "{occ_ieyo}", "{city} 사는 {occ}", "{occ}")

# ------------------------------------------------------------------ about
ABOUT_INTRO = (
    "!안녕하세요, {full}입니다. {city}에서 {occ_ro} 일하고 있어요.",
    "!저는 {full}이고, {city}에 살면서 {occ_ro} 일해요.",
    "안녕하세요! 저는 {full}, {age}살이고 {city}에 살아요.",
    "!반가워요, {full}입니다. {occ_ro} 일한 지 {years}년 됐어요.",
    "안녕하세요! {city}에 사는 {full}입니다.",
    "저는 {full}입니다. {city}에서 지내는 {occ_ieyo}.",
)  # fmt: skip
ABOUT_WORK = (
    "이 일을 시작한 건 거의 우연이었지만 한 번도 후회한 적 없어요.",
    "일하면서 제일 좋은 건 다양한 사람들을 만나는 거예요.",
    "하루가 길 때도 있지만 다른 일을 하는 제 모습은 상상이 안 돼요.",
    "!{years}년이 지난 지금도 매주 새로운 걸 배워요.",
)  # fmt: skip
ABOUT_WORK_WP = (
    "지금은 {wp}에서 일하는데, 하루하루가 꽤 즐거워요.", "!{wp}에서 일한 지 {years}년 됐어요.",
    "평일엔 거의 {wp}에서 지내는데, 같은 날이 하루도 없어요.",
)  # fmt: skip
ABOUT_STUDY = (
    "{wp}에 다니고 있고, 제일 좋아하는 과목은 {field_ieyo}.",
    "{wp}에서 수업 듣는 틈틈이 제 시간도 챙기려고 해요.",
    "지금은 공부가 우선이고, 특히 {field_eul} 좋아해요.",
)  # fmt: skip
ABOUT_RETIRED = (
    "{years}년 동안 일하고 이제야 좋아하는 일에 시간을 쓸 수 있게 됐어요.",
    "은퇴한 지 몇 년 됐는데 이상하게 지금이 더 바빠요.",
    "은퇴 후의 하루하루가 생각보다 훨씬 알차요.",
    "오랫동안 해 온 일을 마치고 지금은 가족과 취미 생활을 즐기고 있어요.",
)  # fmt: skip
ABOUT_EDU = (
    "{school}에서 {field_eul} 공부했어요.", "{school} 출신이고 전공은 {field_ieyo}.",
    "{school}에서 {field_eul} 배운 게 모든 것의 시작이었어요.",
)  # fmt: skip
ABOUT_INTERESTS = (
    "!퇴근 후에는 {ilist} 같은 걸 즐겨요.", "쉬는 날엔 {i1_wa} {i2_eul} 즐겨요.",
    "주말엔 보통 {i1_wa} {i2_ro} 보내요.", "요즘 새로 생긴 취미는 {i1}, 오래된 취미는 {i2_ieyo}.",
    "저녁엔 대개 {i1} 아니면 {i2_wa} 함께해요.",
    "제일 큰 즐거움은 {i1_wa} {i2_ieyo}.",
    "시간이 나면 자연스럽게 {i1} 생각이 나요.",
    "{i1_wa} {i2} 얘기라면 끝없이 할 수 있어요.",
)  # fmt: skip
ABOUT_TRAITS = (
    "다들 제가 {t1} 사람이라고 해요.", "친구들은 제가 {t1} 데다 {t2} 사람이래요.",
    "스스로는 {t1} 편이라고 생각하는데, 가족들은 {t2} 편이라고 해요.",
    "무엇을 하든 {t1} 제 모습을 지키려고 해요.",
    "제 장점을 꼽자면 {t1} 성격이에요.",
    "가족들은 제가 {t1} 사람이라고 하는데, 아마 맞는 것 같아요.",
)  # fmt: skip
ABOUT_CLOSING = (
    "새로운 사람 만나는 걸 좋아하니 편하게 연락 주세요.",
    "요즘은 여행 자금을 모으면서 매주 새로운 걸 배우고 있어요.",
    "하루하루가 정신없지만 지금의 생활이 마음에 들어요.", "읽어 주셔서 감사합니다!",
    "앞으로는 밖에서 보내는 시간을 늘리고 휴대폰 보는 시간은 줄이고 싶어요.",
    "같은 취미가 있는 분이라면 언제든 환영이에요.",
    "좋은 날은 아직 많이 남았다고 믿어요.",
    "모두 좋은 하루 보내세요!",
)  # fmt: skip

RETIRED_AS = "은퇴한 {former}"

# Family roles from the description (used only when the record has that role).
FAMILY_LABELS = {
    "parent": "<아빠|엄마|부모>",
    "parent_toddler": "<육아 중인 아빠|육아 중인 엄마|육아 중인 부모>",
    "single_parent": "<싱글 대디|싱글맘|한부모>",
    "grandparent": "<할아버지|할머니|조부모>",
}  # fmt: skip
ABOUT_FAMILY = (
    "{family_ro}서 하루하루가 정신없지만 행복해요.",
    "{family_i} 된 뒤로 시간의 소중함을 알게 됐어요.",
    "{family_ro}서 가족과 보내는 시간이 제일 소중해요.",
)  # fmt: skip
