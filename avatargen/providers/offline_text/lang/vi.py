"""Vietnamese phrase data (see :mod:`..lang` for the conventions).

Vietnamese has no grammatical gender; the only gendered words would be kinship terms,
which the templates leave out. The first person is "mình" in bios (friendly, as people
write on social media) and "tôi" in the "about" text. Names come family name first
(Nguyễn Thị Lan) from :mod:`..names_native`; cities keep their Vietnamese spelling with
diacritics (:mod:`..places_native` fixes GeoNames' English ones: "TP. Hồ Chí Minh",
"Hà Nội"). Places take "ở" / "tại".
"""

AND = "và"
FROM = "từ"


def in_city(city: str) -> str:
    return f"ở {city}"


def at(name: str) -> str:
    return f"tại {name}"


BRANDS = (
    "Tinh Vân", "Quỹ Đạo", "Lượng Tử", "Bình Minh", "Xoắn Ốc", "Ngọc Lam", "Sao Mai",
    "Bắc Đẩu", "Thiên Đỉnh", "Cao Nguyên", "Đất Việt", "Ánh Sáng", "Hoàng Hôn", "Mặt Trời",
    "Hải Đăng", "Đỉnh Cao", "Tùng Bách", "Lá Phong", "San Hô", "Chàm Xanh", "Tân Tinh",
    "Sóng Biển", "Gió Nam", "Đồng Hành", "Lăng Kính", "Thiên Hà", "Hoa Sen", "Phương Đông",
    "Hưng Thịnh", "An Khang", "Thịnh Phát", "Minh Long", "Việt Tiến", "Phú Gia", "Kim Long",
    "Trường Sơn",
)  # fmt: skip

OCCUPATIONS = {
    "nurse": "điều dưỡng", "doctor": "bác sĩ", "pharmacist": "dược sĩ", "dentist": "nha sĩ",
    "physiotherapist": "kỹ thuật viên vật lý trị liệu", "psychologist": "chuyên viên tâm lý",
    "veterinarian": "bác sĩ thú y", "teacher": "giáo viên", "professor": "giảng viên đại học",
    "librarian": "thủ thư", "software_engineer": "lập trình viên",
    "web_developer": "lập trình viên web",
    "data_analyst": "chuyên viên phân tích dữ liệu", "graphic_designer": "nhà thiết kế đồ họa",
    "ux_designer": "nhà thiết kế trải nghiệm người dùng", "architect": "kiến trúc sư",
    "civil_engineer": "kỹ sư xây dựng", "mechanical_engineer": "kỹ sư cơ khí",
    "electrician": "thợ điện", "plumber": "thợ sửa ống nước", "carpenter": "thợ mộc",
    "mechanic": "thợ sửa xe", "chef": "đầu bếp", "barista": "nhân viên pha chế",
    "waiter": "nhân viên phục vụ", "baker": "thợ làm bánh", "accountant": "kế toán",
    "lawyer": "luật sư", "marketing_manager": "trưởng phòng marketing",
    "sales_rep": "nhân viên kinh doanh", "project_manager": "quản lý dự án",
    "hr_specialist": "chuyên viên nhân sự", "entrepreneur": "chủ doanh nghiệp nhỏ",
    "real_estate_agent": "môi giới bất động sản", "bank_clerk": "nhân viên ngân hàng",
    "customer_service": "nhân viên chăm sóc khách hàng", "receptionist": "lễ tân",
    "social_worker": "nhân viên công tác xã hội", "police_officer": "cảnh sát",
    "firefighter": "lính cứu hỏa", "pilot": "phi công", "flight_attendant": "tiếp viên hàng không",
    "truck_driver": "tài xế xe tải", "farmer": "nông dân", "hairdresser": "thợ làm tóc",
    "fitness_trainer": "huấn luyện viên thể hình", "shop_assistant": "nhân viên bán hàng",
    "journalist": "nhà báo", "photographer": "nhiếp ảnh gia", "translator": "biên dịch viên",
    "musician": "nhạc sĩ", "writer": "nhà văn", "researcher": "nghiên cứu viên",
    "student": "sinh viên", "pupil": "học sinh", "retiree": "người về hưu",
}  # fmt: skip
OCCUPATION_WORDS = {"y tá": "nurse", "giáo viên": "teacher", "sinh viên": "student"}

INTERESTS = {
    "hiking": "leo núi", "running": "chạy bộ", "cycling": "đạp xe", "swimming": "bơi lội",
    "yoga": "yoga", "fitness": "tập gym", "football": "bóng đá", "basketball": "bóng rổ",
    "tennis": "quần vợt", "climbing": "leo vách đá", "surfing": "lướt sóng",
    "skiing": "trượt tuyết",
    "dancing": "nhảy", "martial_arts": "võ thuật", "cooking": "nấu ăn", "baking": "làm bánh",
    "coffee": "cà phê", "wine": "rượu vang", "craft_beer": "bia thủ công",
    "street_food": "ẩm thực đường phố", "gardening": "làm vườn", "houseplants": "cây cảnh",
    "photography": "chụp ảnh", "painting": "vẽ tranh", "drawing": "phác họa",
    "writing": "viết lách",
    "reading": "đọc sách", "poetry": "thơ ca", "cinema": "xem phim", "series": "phim bộ",
    "music": "âm nhạc", "concerts": "đi xem hòa nhạc", "guitar": "đàn guitar", "piano": "đàn piano",
    "singing": "ca hát", "karaoke": "hát karaoke", "podcasts": "nghe podcast",
    "gaming": "chơi game",
    "board_games": "board game", "chess": "cờ tướng", "anime": "anime", "comics": "truyện tranh",
    "travel": "du lịch", "camping": "cắm trại", "fishing": "câu cá", "birdwatching": "ngắm chim",
    "beach": "biển", "volunteering": "làm tình nguyện", "diy": "tự làm đồ thủ công",
    "knitting": "đan len", "pottery": "làm gốm", "fashion": "thời trang",
    "interior_design": "trang trí nhà cửa", "history": "lịch sử", "science": "khoa học",
    "astronomy": "thiên văn", "languages": "học ngoại ngữ", "tech": "công nghệ",
    "investing": "đầu tư", "cars": "xe cổ", "motorcycles": "xe máy phượt", "dogs": "chó",
    "cats": "mèo", "theatre": "kịch", "museums": "bảo tàng", "meditation": "thiền",
}  # fmt: skip
GENDER_WORDS = {
    "phụ nữ": "female", "nam giới": "male", "mẹ": "female", "bố": "male",
    "phi nhị nguyên": "nonbinary",
}  # fmt: skip
STOPWORDS = "và ở tại của những người các có là từ tuổi"

TRAITS = (
    "tò mò", "điềm tĩnh", "vui vẻ", "ngăn nắp", "sáng tạo", "kiên nhẫn", "cầu tiến", "chung thủy",
    "dễ tính", "chín chắn", "thích phiêu lưu", "thực tế", "hài hước", "biết cảm thông",
    "năng động", "độc lập", "khiêm tốn", "hòa đồng", "cẩn thận", "hào phóng", "hơi bướng",
    "ngẫu hứng", "thẳng thắn", "cởi mở", "dí dỏm", "kiên trì", "bình tĩnh", "chân thành",
    "mơ mộng", "chu đáo",
)  # fmt: skip

# The TRAITS that read well after "a little" (for "{t1}, {t2} and a little {t3}").
QUIRKS = (
    "tò mò", "ngẫu hứng", "thẳng thắn", "mơ mộng", "cẩn thận", "dễ tính", "thích phiêu lưu",
)  # fmt: skip

FIELDS = {
    "nursing": "điều dưỡng", "medicine": "y đa khoa", "pharmacy": "dược học",
    "dentistry": "răng hàm mặt", "physiotherapy": "vật lý trị liệu", "psychology": "tâm lý học",
    "veterinary": "thú y", "education": "sư phạm", "computer_science": "công nghệ thông tin",
    "statistics": "thống kê", "mathematics": "toán học", "graphic_design": "thiết kế đồ họa",
    "architecture": "kiến trúc", "civil_engineering": "kỹ thuật xây dựng",
    "mechanical_engineering": "kỹ thuật cơ khí", "engineering": "kỹ thuật",
    "electrical_installations": "điện dân dụng", "plumbing": "cấp thoát nước",
    "carpentry": "mộc", "automotive": "công nghệ ô tô", "culinary_arts": "kỹ thuật chế biến món ăn",
    "hospitality": "quản trị khách sạn", "accounting": "kế toán", "business": "quản trị kinh doanh",
    "law": "luật", "marketing": "marketing", "journalism": "báo chí",
    "social_work": "công tác xã hội",
    "criminology": "khoa học an ninh", "aviation": "hàng không", "agronomy": "nông học",
    "hairdressing": "làm đẹp", "sports_science": "giáo dục thể chất", "translation": "ngôn ngữ Anh",
    "music": "âm nhạc", "literature": "ngữ văn", "biology": "sinh học", "physics": "vật lý",
    "economics": "kinh tế", "history": "lịch sử",
}  # fmt: skip

INSTITUTIONS = {
    "university": ("Đại học {city}", "Đại học Bách khoa {city}", "Đại học Sư phạm {city}"),
    "college": ("Cao đẳng {brand}", "Cao đẳng {city}"),
    "vocational": ("Trường Trung cấp nghề {city}", "Cao đẳng nghề {brand}"),
    "school": ("Trường THPT {brand}",),
}  # fmt: skip

WORKPLACES = {
    "hospital": ("Bệnh viện Đa khoa {city}", "Bệnh viện {brand}"),
    "clinic": ("Phòng khám {brand}", "Trạm y tế phường"),
    "dental": ("Nha khoa {brand}",),
    "vet": ("Phòng khám thú y {brand}",),
    "pharmacy": ("Nhà thuốc {brand}",),
    "school": ("Trường Tiểu học {brand}", "Trường THCS {brand}"),
    "highschool": ("Trường THCS {brand}", "Trường THPT {brand}"),
    "library": ("Thư viện {city}",),
    "tech": ("Công ty phần mềm {brand}", "{brand} Tech"),
    "agency": ("Agency {brand}", "Studio {brand}"),
    "company": ("Công ty TNHH {brand}", "Tập đoàn {brand}", "Công ty Cổ phần {brand}"),
    "law": ("Văn phòng luật sư {brand}",),
    "accounting": ("Công ty kế toán {brand}",),
    "architecture": ("Văn phòng kiến trúc {brand}",),
    "engineering": ("Công ty kỹ thuật {brand}",),
    "construction": ("Công ty xây dựng {brand}",),
    "trades": ("Tiệm {brand}", "=tự làm chủ"),
    "garage": ("Garage {brand}",),
    "restaurant": ("Nhà hàng {brand}", "Quán ăn {brand}"),
    "cafe": ("Cà phê {brand}",),
    "bakery": ("Tiệm bánh {brand}",),
    "shop": ("Nhà sách {brand}", "Cửa hàng {brand}"),
    "salon": ("Salon tóc {brand}",),
    "gym": ("Phòng gym {brand}",),
    "media": ("Báo {brand}", "Đài phát thanh {city}"),
    "studio": ("Studio ảnh {brand}",),
    "council": ("UBND {city}",),
    "police": ("Công an {city}",),
    "fire": ("Đội Phòng cháy chữa cháy {city}",),
    "social": ("Trung tâm công tác xã hội {city}", "Quỹ {brand}"),
    "airline": ("Hãng hàng không {brand}",),
    "logistics": ("Công ty vận tải {brand}",),
    "farm": ("=ruộng vườn nhà", "Trang trại {brand}"),
    "realestate": ("Bất động sản {brand}",),
    "bank": ("Ngân hàng {brand}",),
    "callcenter": ("Tổng đài {brand}",),
    "hotel": ("Khách sạn {brand}",),
    "lab": ("Viện nghiên cứu {brand}",),
    "freelance": ("=tự do",),
    "music": ("Nhà hát {city}", "=tự do"),
    "own": ("Tiệm {brand}", "Xưởng {brand}"),
    "retired": ("=đã nghỉ hưu",),
}  # fmt: skip

# ------------------------------------------------------------------ bios
X_ROLE = (
    "{Occ} {in_city}", "{Occ} · {city}", "{Occ}. {city}", "!{Occ} {years} năm",
    "!Nghề của mình: {occ}", "{Occ} sống {in_city}", "{Occ}, {age} tuổi, {city}", "{city} {flag}",
    "!Ban ngày làm {occ}", "Một {occ} {in_city}", "!{Occ} yêu nghề", "{Occ} {flag}",
)  # fmt: skip
X_ROLE_WP = ("{Occ} {at_wp}", "{Occ} @ {wp}", "!Đang làm việc {at_wp}", "!{years} năm {at_wp}")
X_INTERESTS = (
    "Mê {i1} và {i2}", "Sở thích: {i1}, {i2}", "Cuối tuần = {i1}", "Rảnh là {i1}",
    "{I1} + {i2} + {i3}", "Liệu pháp của mình: {i1}", "{e1} {i1} {e2} {i2}",
    "Thế giới của mình: {i1}, {i2}, {i3}", "Chủ nhật là {i1}", "Yêu {i1} vô điều kiện",
    "!Tan làm là {i1}", "Nạp năng lượng bằng {i1}", "Mê nhất {i1}, sau đó là {i2}",
    "Thích nhất: {i1} và {i2}",
    "Không thể thiếu {i1}",
    "Dạo này mê: {i1}",
    "Sạc pin bằng {i1} và {i2}",
    "Nghỉ là {i1}",
    "Thích {i1}, {i2}, {i3}",
)  # fmt: skip
X_TRAITS = (
    "{T1} và {t2}", "Bản tính {t1}", "Bạn bè bảo mình {t1}", "Thường {t1}, đôi khi {t2}",
    "Người ta nói mình {t1}", "{T1}, {t2} và hơi {t3}",
)  # fmt: skip
TAGLINES = (
    "Cà phê trước đã", "Mỗi ngày học một điều mới", "Vẫn đang đi tìm chính mình",
    "Sưu tầm niềm vui nhỏ", "Hay nghĩ nhiều", "Đang cai chủ nghĩa hoàn hảo", "Mê ngắm hoàng hôn",
    "Cuộc đời ở chế độ ngẫu nhiên", "Ở đây vì những câu chuyện hay", "Chậm mà chắc", "Học mãi",
    "Không giỏi xã giao", "Sống nhờ đồ ăn vặt", "Thỉnh thoảng cà khịa", "Săn ánh sáng đẹp",
    "Tới đâu hay tới đó", "Ly nước còn một nửa đầy", "Đang tập dậy sớm", "Cú đêm chính hiệu",
    "Thích những buổi sáng thong thả", "Nghiện lập danh sách", "Mơ một căn nhà nhỏ trên núi",
    "Cuối tuần đi trốn", "Hội trà sữa", "Dị ứng thứ Hai", "Trái tim mềm, cà phê đậm",
    "Đang học cách nói không", "Đang lên kế hoạch chuyến đi tới", "Tử tế không tốn tiền",
    "Lúc nào cũng trễ năm phút", "Chủ nhật là để nghỉ", "Triết gia trong bếp",
    "Lướt ít, sống nhiều", "Không vội", "Sống từng ngày", "Chân chạm đất", "Theo nhịp của mình",
    "Mê ăn uống", "Rất vui được làm quen", "Sống chậm lại", "Cứ vui lên", "Bình yên là đủ",
    "Cố lên nào", "Đời còn dài",
)  # fmt: skip
TIKTOK = (
    "{e1} {occ} {in_city} | {i1} + {i2}", "ngày làm {occ} {e1} tối {i1}", "{city} 📍 {occ} | {i1}",
    "chỉ là {occ} mê {i1} và {i2} {e1}", "{i1} {e1} {i2} {e2} và đời thường",
    "{occ} nhiều sở thích quá {e1}{e2}", "{occ} + {i1} {e1}", "{e1} {i1} | {e2} {i2} | {city}",
    "{i1}, {i2} và chút hỗn loạn {e1}", "ở đây vì {i1} và {i2} {e1}", "{occ} {in_city} • {i1} {e1}",
    "nhật ký {i1} và {i2} {e1} {flag}", "video ngắn: {i1} và {city} {e1}",
    "{occ} | {i1} | {i2} {e1}",
    "không chuyên, chỉ mê {i1} và {i2} {e1}", "{tag} {e1} {i1}", "{flag} {occ} • {i1} • {i2}",
    "dạo này mê {i1} {e1} {i2}", "ngày thường {i1}, cuối tuần {i2} {e1}",
    "{age} tuổi · {occ} · {i1}",
)  # fmt: skip
IG_ROLE = (
    "{Occ} · {city}", "{Occ} | {city}", "📍 {city} | {Occ}", "{Occ} {in_city} {flag}",
    "{Occ} ✦ {city}", "{city} {flag} · {occ}", "{Occ} @ {wp}", "{Occ} • {city}",
)  # fmt: skip
IG_INTERESTS = (
    "{e1} {i1} · {e2} {i2} · {e3} {i3}", "{e1} {i1} | {e2} {i2}", "{I1}, {i2} và {i3} {e1}",
    "{e1}{e2}{e3} {i1}, {i2}, {i3}", "Sở thích: {i1} & {i2} {e1}", "{e1} {i1} mãi đỉnh",
    "{I1} {e1} {i2} {e2}", "{e1} cuối tuần = {i1}",
)  # fmt: skip
FB_WORK = (
    "!Mình làm {occ} {in_city}.", "{Occ}, sống {in_city}.", "{Occ} {in_city}.",
    "!Làm {occ} được {years} năm.", "!{Occ} và yêu nghề.",
)  # fmt: skip
FB_WORK_WP = ("{Occ} {at_wp}.", "!Mình đang làm việc {at_wp}.", "!Đã làm {at_wp} được {years} năm.")
FB_HOME = ("Sống {in_city}.", "{city} là nhà.", "Yêu cuộc sống {in_city}.")
FB_INTERESTS = (
    "Sở thích của mình là {i1} và {i2}.", "Mỗi ngày: {i1}, {i2} và bạn bè.", "Mê {i1} lắm.",
    "Cuối tuần là {i1} và {i2}.", "Sở thích: {i1}, {i2}, {i3}.", "Lúc rảnh: {i1} và {i2}.",
)  # fmt: skip
FB_PERSONAL = (
    "Gia đình và bạn bè là trên hết.", "Cuộc sống tươi đẹp.", "Biết ơn mỗi ngày.",
    "Đồ ăn ngon, người tử tế.", "Sống đơn giản thôi.", "{Tag}.", "{T1} và {t2}.",
    "Luôn sẵn lòng trò chuyện.",
)  # fmt: skip
SHORT = ("{Occ} · {city}", "{Occ}, {city}", "{Occ} {in_city}", "{Occ}")

# ------------------------------------------------------------------ about
ABOUT_INTRO = (
    "!Xin chào, tôi là {full}, hiện làm {occ} {in_city}.",
    "!Tôi tên là {full}, làm {occ} và sống {in_city}.",
    "Tôi là {full}, năm nay {age} tuổi, đang sống {in_city}.",
    "!Xin chào! Tôi là {full}, đã làm {occ} được {years} năm.",
    "Xin chào! Tôi là {full}, đến từ {city}.",
    "Tôi là {full}, một {occ} {in_city}.",
)  # fmt: skip
ABOUT_WORK = (
    "Tôi đến với nghề này gần như tình cờ và chưa bao giờ hối hận.",
    "Điều tôi thích nhất trong công việc là được gặp gỡ nhiều người.",
    "Có những ngày rất dài, nhưng tôi không thể tưởng tượng mình làm nghề khác.",
    "!Sau {years} năm trong nghề, tuần nào tôi cũng học được điều mới.",
)  # fmt: skip
ABOUT_WORK_WP = (
    "Hiện tôi làm việc {at_wp} và gần như thích mọi thứ mỗi ngày mang lại.",
    "!Tôi đã làm việc {at_wp} được {years} năm.",
    "Phần lớn thời gian trong tuần tôi ở {wp}, và không ngày nào giống ngày nào.",
)  # fmt: skip
ABOUT_STUDY = (
    "Tôi đang học {at_wp}, môn tôi thích nhất là {field}.",
    "Giữa những giờ học {at_wp}, tôi cố dành chút thời gian cho bản thân.",
    "Bây giờ việc học là ưu tiên số một, và tôi thích nhất là {field}.",
)  # fmt: skip
ABOUT_RETIRED = (
    "Sau {years} năm làm việc, cuối cùng tôi cũng có thời gian cho những điều mình thích.",
    "Tôi nghỉ hưu được vài năm rồi, vậy mà không hiểu sao còn bận hơn trước.",
    "Cuộc sống sau khi nghỉ hưu phong phú hơn tôi nghĩ rất nhiều.",
    "Sau bao năm đi làm, giờ tôi dành thời gian cho gia đình và sở thích.",
)  # fmt: skip
ABOUT_EDU = (
    "Tôi học ngành {field} {at_school}.", "Tôi tốt nghiệp ngành {field}, {school}.",
    "Học {field} {at_school} là nơi mọi thứ bắt đầu.",
)  # fmt: skip
ABOUT_INTERESTS = (
    "!Sau giờ làm, tôi thích {ilist}.", "Lúc rảnh, tôi thích {i1} và {i2}.",
    "Cuối tuần của tôi là {i1} và {i2}.", "Sở thích mới của tôi là {i1}, còn lâu nhất là {i2}.",
    "Những buổi tối rảnh rỗi thường dành cho {i1} hoặc {i2}.",
    "Niềm vui lớn nhất của tôi là {i1} và {i2}.",
    "Hễ có thời gian là tôi lại nghĩ đến {i1}.",
    "Nói về {i1} và {i2} thì tôi có thể nói cả ngày.",
)  # fmt: skip
ABOUT_TRAITS = (
    "Mọi người nói tôi {t1} và {t2}.", "Bạn bè sẽ bảo tôi {t1}, {t2} và hơi {t3}.",
    "Tôi thấy mình {t1}, nhưng gia đình lại bảo tôi {t2}.",
    "Làm gì tôi cũng cố giữ đúng con người mình: {t1} và {t2}.",
    "Nếu phải kể một ưu điểm, tôi nghĩ mình {t1}.",
    "Gia đình bảo tôi {t1}, và có lẽ họ nói đúng.",
)  # fmt: skip
ABOUT_CLOSING = (
    "Tôi thích làm quen bạn mới, cứ nhắn tin cho tôi nhé.",
    "Dạo này tôi đang để dành tiền cho một chuyến đi và tuần nào cũng học thêm điều mới.",
    "Cuộc sống trôi nhanh, nhưng tôi chẳng muốn thay đổi gì nhiều.", "Cảm ơn bạn đã ghé thăm!",
    "Kế hoạch sắp tới: ra ngoài nhiều hơn, ít nhìn điện thoại hơn.",
    "Nếu bạn có cùng sở thích, rất vui được làm quen.",
    "Tôi tin những điều tốt đẹp nhất vẫn còn ở phía trước.",
    "Chúc mọi người một ngày vui vẻ!",
)  # fmt: skip

RETIRED_AS = "{former} đã nghỉ hưu"

# Family roles from the description (used only when the record has that role).
FAMILY_LABELS = {
    "parent": "<bố|mẹ|phụ huynh>",
    "parent_toddler": "<bố bỉm sữa|mẹ bỉm sữa|phụ huynh có con nhỏ>",
    "single_parent": "<bố đơn thân|mẹ đơn thân|phụ huynh đơn thân>",
    "grandparent": "<ông|bà|ông bà>",
}  # fmt: skip
ABOUT_FAMILY = (
    "Làm {family}, ngày nào của tôi cũng bận rộn.",
    "Là {family}, thời gian bên gia đình là điều quý nhất với tôi.",
)  # fmt: skip
