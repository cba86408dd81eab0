"""Vietnamese labels of the larger occupation vocabulary (see :mod:`.`)."""

OCCUPATIONS = {
    "soldier": "quân nhân", "military_officer": "sĩ quan quân đội", "judge": "thẩm phán",
    "prosecutor": "kiểm sát viên", "court_clerk": "thư ký tòa án",
    "fashion_designer": "nhà thiết kế thời trang", "trader": "nhà giao dịch chứng khoán",
    "surgeon": "bác sĩ phẫu thuật", "psychiatrist": "bác sĩ tâm thần",
    "pediatrician": "bác sĩ nhi khoa", "midwife": "nhân viên hộ sinh",
    "paramedic": "nhân viên cấp cứu", "nursing_assistant": "hộ lý",
    "care_worker": "người chăm sóc người già", "radiographer": "kỹ thuật viên X-quang",
    "lab_technician": "kỹ thuật viên xét nghiệm", "dietitian": "chuyên gia dinh dưỡng",
    "speech_therapist": "chuyên viên âm ngữ trị liệu",
    "occupational_therapist": "chuyên viên hoạt động trị liệu", "optician": "kỹ thuật viên khúc xạ",
    "dental_hygienist": "kỹ thuật viên nha khoa", "dental_assistant": "trợ thủ nha khoa",
    "pharmacy_technician": "nhân viên nhà thuốc", "vet_nurse": "trợ lý thú y",
    "medical_secretary": "thư ký y khoa", "massage_therapist": "kỹ thuật viên massage",
    "kindergarten_teacher": "giáo viên mầm non", "teaching_assistant": "trợ giảng",
    "school_principal": "hiệu trưởng", "tutor": "gia sư",
    "driving_instructor": "giáo viên dạy lái xe", "music_teacher": "giáo viên âm nhạc",
    "language_teacher": "giáo viên ngoại ngữ", "nanny": "bảo mẫu",
    "childcare_worker": "nhân viên nuôi dạy trẻ", "construction_worker": "công nhân xây dựng",
    "bricklayer": "thợ hồ", "house_painter": "thợ sơn", "welder": "thợ hàn",
    "roofer": "thợ lợp mái", "tiler": "thợ ốp lát", "locksmith": "thợ khóa",
    "hvac_technician": "thợ điện lạnh", "gardener": "người làm vườn",
    "maintenance_technician": "nhân viên kỹ thuật bảo trì",
    "site_manager": "chỉ huy trưởng công trình", "surveyor": "kỹ sư trắc địa",
    "crane_operator": "thợ vận hành cần cẩu", "bus_driver": "tài xế xe buýt",
    "taxi_driver": "tài xế taxi", "delivery_driver": "shipper", "train_driver": "lái tàu",
    "warehouse_worker": "nhân viên kho", "forklift_operator": "lái xe nâng",
    "logistics_manager": "quản lý logistics", "postal_worker": "nhân viên bưu điện",
    "air_traffic_controller": "kiểm soát viên không lưu", "sailor": "thuyền viên",
    "kitchen_assistant": "phụ bếp", "pastry_chef": "thợ làm bánh ngọt", "bartender": "bartender",
    "sommelier": "chuyên gia rượu vang", "hotel_manager": "quản lý khách sạn",
    "housekeeper": "nhân viên buồng phòng", "restaurant_manager": "quản lý nhà hàng",
    "tour_guide": "hướng dẫn viên du lịch", "travel_agent": "nhân viên đại lý du lịch",
    "event_planner": "người tổ chức sự kiện", "butcher": "người bán thịt", "cashier": "thu ngân",
    "store_manager": "cửa hàng trưởng", "florist": "thợ cắm hoa",
    "sales_manager": "trưởng phòng kinh doanh", "secretary": "thư ký",
    "office_administrator": "nhân viên hành chính", "bookkeeper": "nhân viên sổ sách",
    "auditor": "kiểm toán viên", "tax_advisor": "chuyên viên tư vấn thuế",
    "financial_advisor": "chuyên viên tư vấn tài chính", "insurance_agent": "đại lý bảo hiểm",
    "economist": "nhà kinh tế học", "consultant": "chuyên viên tư vấn quản lý",
    "business_analyst": "chuyên viên phân tích nghiệp vụ",
    "operations_manager": "giám đốc vận hành", "purchasing_agent": "nhân viên thu mua",
    "office_manager": "quản lý văn phòng", "paralegal": "trợ lý luật sư",
    "notary": "công chứng viên", "managing_director": "tổng giám đốc", "civil_servant": "công chức",
    "politician": "chính trị gia", "prison_officer": "quản giáo",
    "customs_officer": "nhân viên hải quan", "security_guard": "bảo vệ",
    "lifeguard": "nhân viên cứu hộ", "detective": "điều tra viên", "park_ranger": "kiểm lâm",
    "refuse_collector": "công nhân vệ sinh môi trường", "urban_planner": "kiến trúc sư quy hoạch",
    "archivist": "nhân viên lưu trữ", "actor": "<nam diễn viên|nữ diễn viên>", "dancer": "vũ công",
    "artist": "họa sĩ", "illustrator": "họa sĩ minh họa", "animator": "họa sĩ hoạt hình",
    "video_editor": "biên tập viên video", "film_director": "đạo diễn",
    "sound_engineer": "kỹ sư âm thanh", "dj": "DJ", "singer": "ca sĩ", "copywriter": "copywriter",
    "editor": "biên tập viên", "content_creator": "nhà sáng tạo nội dung",
    "interior_designer": "nhà thiết kế nội thất", "game_developer": "lập trình viên game",
    "tattoo_artist": "thợ xăm", "makeup_artist": "chuyên viên trang điểm",
    "beautician": "chuyên viên thẩm mỹ", "nail_technician": "thợ làm móng",
    "barber": "thợ cắt tóc nam", "farm_worker": "công nhân nông trại", "fisher": "ngư dân",
    "beekeeper": "người nuôi ong", "winemaker": "người làm rượu vang",
    "agronomist": "kỹ sư nông nghiệp", "it_support": "nhân viên IT",
    "sysadmin": "quản trị hệ thống", "network_engineer": "kỹ sư mạng",
    "security_analyst": "chuyên viên an ninh mạng", "data_scientist": "nhà khoa học dữ liệu",
    "devops_engineer": "kỹ sư DevOps", "qa_tester": "tester phần mềm",
    "mobile_developer": "lập trình viên di động", "product_manager": "quản lý sản phẩm",
    "electronics_technician": "thợ điện tử", "electrical_engineer": "kỹ sư điện",
    "chemical_engineer": "kỹ sư hóa học", "chemist": "nhà hóa học", "biologist": "nhà sinh học",
    "physicist": "nhà vật lý", "geologist": "nhà địa chất",
    "environmental_scientist": "kỹ sư môi trường", "statistician": "chuyên viên thống kê",
    "meteorologist": "chuyên viên khí tượng", "archaeologist": "nhà khảo cổ học",
    "youth_worker": "cán bộ đoàn thanh niên", "cleaner": "nhân viên vệ sinh", "janitor": "lao công",
    "factory_worker": "công nhân nhà máy", "machine_operator": "công nhân vận hành máy",
    "quality_inspector": "nhân viên QC", "machinist": "thợ tiện CNC",
    "production_manager": "quản đốc sản xuất", "tailor": "thợ may", "coach": "huấn luyện viên",
    "yoga_instructor": "huấn luyện viên yoga", "social_media_manager": "chuyên viên mạng xã hội",
    "pr_specialist": "chuyên viên quan hệ công chúng",
}  # fmt: skip

# Description words -> occupation key (plurals are added automatically).

OCCUPATION_WORDS = {
    "bộ đội": "soldier", "chiến sĩ": "soldier", "công nhân": "factory_worker",
    "tài xế": "bus_driver", "xe ôm": "taxi_driver", "diễn viên": "actor", "giúp việc": "cleaner",
    "người giúp việc": "cleaner", "thợ xây": "construction_worker", "nông dân": "farmer",
    "buôn bán": "entrepreneur", "tiểu thương": "entrepreneur",
}  # fmt: skip

FIELDS = {
    "chemistry": "hóa học", "fine_arts": "mỹ thuật", "building": "xây dựng dân dụng",
    "metalwork": "công nghệ hàn", "logistics": "logistics", "nutrition": "dinh dưỡng",
}  # fmt: skip

# Nonbinary personas' labels where no mechanical neutral form fits.

NEUTRAL_OCCUPATIONS = {
    "actor": "diễn viên",
}  # fmt: skip

# Workplaces of the kinds added with these jobs (army, court).

WORKPLACES = {
    "army": ("Quân đội nhân dân",),
    "court": ("Tòa án nhân dân {city}",),
}  # fmt: skip
