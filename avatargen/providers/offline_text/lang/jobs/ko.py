"""Korean labels of the larger occupation vocabulary (see :mod:`.`)."""

OCCUPATIONS = {
    "soldier": "군인", "military_officer": "장교", "judge": "판사", "prosecutor": "검사",
    "court_clerk": "법원 사무관", "fashion_designer": "패션 디자이너", "trader": "트레이더",
    "surgeon": "외과 의사", "psychiatrist": "정신과 의사", "pediatrician": "소아과 의사",
    "midwife": "조산사", "paramedic": "응급구조사", "nursing_assistant": "간호조무사",
    "care_worker": "요양보호사", "radiographer": "방사선사", "lab_technician": "임상병리사",
    "dietitian": "영양사", "speech_therapist": "언어치료사", "occupational_therapist": "작업치료사",
    "optician": "안경사", "dental_hygienist": "치위생사", "dental_assistant": "치과 코디네이터",
    "pharmacy_technician": "약국 직원", "vet_nurse": "동물보건사",
    "medical_secretary": "병원 코디네이터", "massage_therapist": "마사지사",
    "kindergarten_teacher": "유치원 교사", "teaching_assistant": "보조 교사",
    "school_principal": "교장", "tutor": "과외 선생님", "driving_instructor": "운전 강사",
    "music_teacher": "음악 교사", "language_teacher": "어학 강사", "nanny": "베이비시터",
    "childcare_worker": "보육교사", "construction_worker": "건설 노동자", "bricklayer": "조적공",
    "house_painter": "도장공", "welder": "용접공", "roofer": "지붕 기술자", "tiler": "타일공",
    "locksmith": "열쇠공", "hvac_technician": "냉난방 기사", "gardener": "정원사",
    "maintenance_technician": "시설 관리 기사", "site_manager": "현장 소장", "surveyor": "측량사",
    "crane_operator": "크레인 기사", "bus_driver": "버스 기사", "taxi_driver": "택시 기사",
    "delivery_driver": "택배 기사", "train_driver": "기관사", "warehouse_worker": "물류 창고 직원",
    "forklift_operator": "지게차 기사", "logistics_manager": "물류 관리자",
    "postal_worker": "집배원", "air_traffic_controller": "항공 교통 관제사", "sailor": "선원",
    "kitchen_assistant": "주방 보조", "pastry_chef": "파티시에", "bartender": "바텐더",
    "sommelier": "소믈리에", "hotel_manager": "호텔 지배인", "housekeeper": "호텔 객실 관리원",
    "restaurant_manager": "레스토랑 매니저", "tour_guide": "관광 가이드",
    "travel_agent": "여행사 직원", "event_planner": "이벤트 플래너", "butcher": "정육점 직원",
    "cashier": "계산원", "store_manager": "점장", "florist": "플로리스트",
    "sales_manager": "영업 부장", "secretary": "비서", "office_administrator": "사무직 직원",
    "bookkeeper": "경리", "auditor": "회계 감사인", "tax_advisor": "세무사",
    "financial_advisor": "재무 설계사", "insurance_agent": "보험 설계사", "economist": "경제학자",
    "consultant": "경영 컨설턴트", "business_analyst": "비즈니스 분석가",
    "operations_manager": "운영 관리자", "purchasing_agent": "구매 담당자",
    "office_manager": "총무", "paralegal": "법률 사무원", "notary": "공증인",
    "managing_director": "대표이사", "civil_servant": "공무원", "politician": "정치인",
    "prison_officer": "교도관", "customs_officer": "세관원", "security_guard": "경비원",
    "lifeguard": "안전요원", "detective": "형사", "park_ranger": "산림 보호원",
    "refuse_collector": "환경미화원", "urban_planner": "도시 계획가", "archivist": "기록 연구사",
    "actor": "<배우|여배우>", "dancer": "무용수", "artist": "화가", "illustrator": "일러스트레이터",
    "animator": "애니메이터", "video_editor": "영상 편집자", "film_director": "영화감독",
    "sound_engineer": "음향 엔지니어", "dj": "디제이", "singer": "가수", "copywriter": "카피라이터",
    "editor": "편집자", "content_creator": "유튜버", "interior_designer": "인테리어 디자이너",
    "game_developer": "게임 개발자", "tattoo_artist": "타투이스트",
    "makeup_artist": "메이크업 아티스트", "beautician": "피부관리사",
    "nail_technician": "네일 아티스트", "barber": "이발사", "farm_worker": "농장 일꾼",
    "fisher": "어부", "beekeeper": "양봉업자", "winemaker": "와인 양조가",
    "agronomist": "농업 기술자", "it_support": "IT 지원 엔지니어", "sysadmin": "시스템 관리자",
    "network_engineer": "네트워크 엔지니어", "security_analyst": "보안 전문가",
    "data_scientist": "데이터 사이언티스트", "devops_engineer": "데브옵스 엔지니어",
    "qa_tester": "QA 엔지니어", "mobile_developer": "앱 개발자",
    "product_manager": "프로덕트 매니저", "electronics_technician": "전자 기술자",
    "electrical_engineer": "전기 엔지니어", "chemical_engineer": "화학 공학자", "chemist": "화학자",
    "biologist": "생물학자", "physicist": "물리학자", "geologist": "지질학자",
    "environmental_scientist": "환경 연구원", "statistician": "통계학자",
    "meteorologist": "기상 예보관", "archaeologist": "고고학자", "youth_worker": "청소년 지도사",
    "cleaner": "청소원", "janitor": "학교 관리인", "factory_worker": "공장 노동자",
    "machine_operator": "기계 조작원", "quality_inspector": "품질 검사원", "machinist": "선반공",
    "production_manager": "생산 관리자", "tailor": "재단사", "coach": "스포츠 코치",
    "yoga_instructor": "요가 강사", "social_media_manager": "SNS 마케터",
    "pr_specialist": "홍보 담당자",
}  # fmt: skip

# Description words -> occupation key (plurals are added automatically).
OCCUPATION_WORDS = {
    "군인들": "soldier", "요양사": "care_worker", "운전기사": "bus_driver",
    "배달원": "delivery_driver", "라이더": "delivery_driver", "배우": "actor", "여배우": "actor",
    "예술가": "artist", "크리에이터": "content_creator", "인플루언서": "content_creator",
    "노동자": "factory_worker", "청소부": "cleaner", "코치": "coach", "사장님": "entrepreneur",
}  # fmt: skip

FIELDS = {
    "chemistry": "화학", "fine_arts": "미술", "building": "건축 시공", "metalwork": "용접",
    "logistics": "물류", "nutrition": "식품영양학",
}  # fmt: skip

# Nonbinary personas' labels where no mechanical neutral form fits.
NEUTRAL_OCCUPATIONS = {
    "actor": "배우",
}  # fmt: skip

# Workplaces of the kinds added with these jobs (army, court, transit).
WORKPLACES = {
    "army": ("육군",),
    "court": ("{city}지방법원",),
    "transit": ("{city}교통공사",),
}  # fmt: skip
