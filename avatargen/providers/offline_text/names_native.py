"""Names in the bio language's own script for the languages added for issue 14.

When the bios are written in Japanese, Chinese, Korean, Hindi, Arabic, Russian or
Ukrainian, a persona from that language's home countries gets a name in the same
script (佐藤 美咲 writes her own bio in Japanese; Faker's romanised lists are for the
Latin-script languages). Pools start from Faker's per-locale lists and are widened with
the curated lists below where Faker's are small (Japanese 21/30 given names, Korean 44
surnames, Vietnamese 10 surnames, Romanian 44 surnames) or dated (Faker's Russian male
list is mostly 19th-century names such as Аверкий). Sources are written ``~<key>``;
:func:`sources` maps (country, bio language) to them and :func:`pool` builds one.

Name order is handled by :func:`avatargen.names_order.full_name` (family name first for
Han/Kana/Hangul names and Vietnamese).
"""

from __future__ import annotations

import importlib
from functools import cache


def _s(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_JA_F = _s(
    "美咲 陽菜 結衣 さくら 葵 凛 美月 彩花 優奈 七海 真由 愛 恵 智子 裕子 由美 久美子 "
    "洋子 京子 幸子 和子 恵子 真理子 美穂 麻衣 沙織 瞳 彩 舞 千尋 早紀 明日香 結菜 "
    "芽依 莉子 杏 楓 琴音 心愛 花音 紗希 奈々 理恵 直美 由紀 亜美 佳奈 遥 友美 典子 "
    "美和 綾香 菜々子 愛子 朋美 詩織"
)
_JA_M = _s(
    "翔 蓮 大翔 悠真 陽斗 湊 樹 颯太 陸 健太 大輔 拓也 翔太 直樹 健一 誠 浩 隆 "
    "茂 実 博 剛 勇気 海斗 大樹 悠斗 蒼 優斗 亮 雄一 達也 和樹 俊介 慎也 哲也 光 "
    "聡 修 勝 清 正人 裕介 康介 大介 一郎 健二 智也 拓海 恭平 圭 昇 進 秀樹 孝 "
    "剛史 純一"
)
_JA_LAST = _s(
    "佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 "
    "木村 林 斎藤 清水 山崎 阿部 森 池田 橋本 山下 石川 中島 前田 藤田 後藤 小川 岡田 "
    "長谷川 村上 近藤 石井 坂本 遠藤 青木 藤井 西村 福田 太田 三浦 藤原 岡本 松田 中川 "
    "中野 原田 小野 田村 竹内 金子 和田 中山 石田 上田 森田 原 柴田 酒井 工藤 横山 宮崎 "
    "宮本 内田 高木 安藤 谷口 大野 丸山 今井 高田 藤本 武田 村田 上野 杉山 増田 平野 "
    "大塚 千葉 久保 松井 小島 岩崎 桜井 野口 松尾 野村 木下 菊地 佐野 大西 杉本 新井"
)
_ZH_F2 = _s(
    "欣怡 雨桐 梓涵 诗涵 思雨 佳怡 子涵 可馨 雅婷 婉清 晓燕 丽娟 秀英 桂英 玉兰 淑珍 "
    "海燕 春梅 静怡 梦瑶 若曦 语嫣 晨曦 佳琪 心怡 嘉欣 美琳 慧敏 雪梅 文静 红霞 晓丽 "
    "晶晶 婷婷 丹丹 莉莉 思琪 一诺 雨萱 紫涵 欣妍 梦琪 慧琳 雅琴 彩霞 凤英 秀兰 倩倩"
)
_ZH_M2 = _s(
    "浩然 子轩 宇轩 俊杰 博文 天佑 梓豪 一鸣 志强 建国 建华 国强 海涛 晓东 文博 明辉 "
    "伟东 振宇 嘉豪 泽宇 思远 皓轩 睿 宇航 家豪 永刚 志明 德华 少华 春生 立新 卫东 "
    "学军 海波 鹏飞 俊熙 子豪 昊天 瑞 晨阳 铭 凯 亮 浩宇 奕辰 文杰 鑫 晓明 建军 国庆"
)
_KO_F = _s(
    "서연 서윤 지우 하은 민서 하윤 지유 윤서 채원 수아 지아 지민 예은 다은 소율 유나 "
    "수빈 예린 시은 나연 혜원 은비 가은 소연 민지 지현 수진 은지 유진 혜진 미영 정미 "
    "은영 현주 선영 지영 미경 영희 순자 말순 옥순 정숙 영숙 미숙 경희 은정 보람 아름"
)
_KO_M = _s(
    "민준 서준 도윤 예준 시우 하준 주원 지호 지후 준우 준서 건우 현우 우진 선우 연우 "
    "유준 정우 승우 승현 민재 현준 지훈 성민 동현 민수 재민 준호 태현 상훈 성호 영호 "
    "정호 재현 진우 영수 철수 영철 상철 광수 경수 병철 동욱 성진 대현 석진 용준 기현"
)
_KO_LAST = _s(
    "김 김 김 김 김 이 이 이 이 박 박 박 최 최 정 정 강 조 윤 장 임 한 오 서 신 권 황 안 "
    "송 전 홍 유 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구 민 류 나 진 지 엄 "
    "채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥"
)
_RU_F = _s(
    "Анастасия Мария Анна Дарья Екатерина Елена Ольга Наталья Татьяна Ирина Светлана "
    "Юлия Алина Виктория Полина Ксения Софья Александра Валерия Вероника Елизавета "
    "Арина Алиса Ева Варвара Кристина Маргарита Марина Людмила Галина Надежда Валентина "
    "Любовь Нина Вера Лариса Оксана Евгения Диана Милана Ульяна Алёна Яна Карина Жанна "
    "Тамара Раиса Зоя Лидия Инна"
)
_RU_M = _s(
    "Александр Дмитрий Максим Сергей Андрей Алексей Артём Илья Кирилл Михаил Никита "
    "Матвей Роман Егор Арсений Иван Денис Евгений Даниил Тимофей Владислав Игорь "
    "Владимир Павел Руслан Марк Константин Тимур Олег Ярослав Антон Николай Глеб Данил "
    "Савелий Вадим Степан Юрий Богдан Виктор Фёдор Георгий Лев Вячеслав Григорий Пётр "
    "Валерий Геннадий Анатолий Борис Василий Леонид Аркадий Станислав"
)
_UK_F = _s(
    "Олена Оксана Наталія Тетяна Ірина Юлія Анна Марія Катерина Ольга Світлана Людмила "
    "Галина Надія Валентина Софія Анастасія Дарина Вікторія Христина Ярослава Соломія "
    "Мирослава Злата Богдана Уляна Діана Аліна Вероніка Іванна Лілія Леся Зоряна Роксолана "
    "Марта Василина Орися Тамара Віра Любов Ганна Ніна Інна Алла Раїса Лариса Єва Поліна"
)
_UK_M = _s(
    "Олександр Андрій Дмитро Сергій Максим Іван Микола Володимир Олег Тарас Богдан "
    "Юрій Василь Віктор Петро Михайло Роман Назар Остап Ярослав Артем Денис Євген Віталій "
    "Ігор Павло Степан Григорій Анатолій Валерій Борис Данило Матвій Тимофій Кирило "
    "Владислав Вадим Руслан Святослав Орест Мирослав Зеновій Ілля Захар Марко Левко Антон "
    "Олексій Костянтин Федір"
)
_VI_LAST = {
    "Nguyễn": 38, "Trần": 11, "Lê": 9.5, "Phạm": 7, "Hoàng": 4, "Huỳnh": 1.5, "Phan": 4.5,
    "Vũ": 3.9, "Võ": 1.5, "Đặng": 2.1, "Bùi": 2, "Đỗ": 1.4, "Hồ": 1.3, "Ngô": 1.3,
    "Dương": 1, "Lý": 0.5, "Đinh": 0.8, "Trương": 0.7, "Lương": 0.6, "Mai": 0.5, "Trịnh": 0.5,
    "Đào": 0.5, "Cao": 0.4, "Lâm": 0.4, "Tô": 0.3, "Hà": 0.4, "Tạ": 0.3, "Chu": 0.3,
    "Quách": 0.2, "Thái": 0.2, "Văn": 0.2, "Kiều": 0.2, "Lưu": 0.3, "Vương": 0.2, "Châu": 0.2,
}  # fmt: skip
VI_SURNAMES = frozenset(_VI_LAST)
_VI_MID_F = _s("Thị Thị Thị Ngọc Thu Minh Thanh Phương Thùy Hồng Bảo Khánh Mai Kim Diệu Như")
_VI_MID_M = _s("Văn Văn Đức Minh Quang Hữu Công Thành Quốc Gia Tuấn Hoàng Anh Duy Trọng Xuân")
_VI_F = _s(
    "Lan Hương Linh Trang Hà Mai Ngọc Anh Thảo Vy Nhung Hằng Yến Loan Huyền Chi Tâm Nhi "
    "Hạnh Giang Dung Thủy Oanh Quyên Hoa Trâm Uyên Nga Phương Vân Thư Châu Ly Hiền My Tú"
)
_VI_M = _s(
    "Hùng Dũng Nam Minh Tuấn Hải Long Sơn Phong Quân Khang Huy Bảo Đạt Thắng Trung Hiếu "
    "Tài Lộc Phúc Khoa Vinh Toàn Kiên Cường Thịnh Nghĩa Tùng Lâm Thành Hưng Tú An Đức Việt"
)
_RO_LAST = _s(
    "Popescu Ionescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Rusu Munteanu "
    "Florea Constantin Mihai Dinu Moldovan Marin Tudor Lazăr Barbu Dobre Nistor Ene Toma "
    "Sârbu Cristea Manea Oprea Dima Anghel Voicu Preda Nedelcu Mocanu Surdu Neagu Lupu "
    "Avram Iordache Căpraru Vasile Ilie Croitoru Oprescu Andrei Marinescu Georgescu Diaconu "
    "Niculescu Enache Pavel Bălan Dragomir Zamfir Ursu Coman Ardeleanu Mureșan Crăciun "
    "Tănase Rădulescu Cojocaru Bogdan Sandu Dobrescu Nicolae Grigore Iliescu Costache"
)
_AR_LAST = _s(
    "العلي الأحمد الحسن السيد عبدالله إبراهيم حسن منصور خليل سليمان يوسف الشريف النجار "
    "الحداد العطار الخطيب الزهراني الغامدي القحطاني العتيبي الشمري الدوسري المطيري الحربي "
    "عبدالرحمن مصطفى محمود عثمان سالم رمضان عبدالعزيز صالح الفقي البنا الشافعي الجمال "
    "عوض فؤاد نصار شاهين بدوي جاد زكي عيسى عاشور قاسم حمدان الخوري درويش الملا"
)


@cache
def _faker(locale: str):
    return importlib.import_module(f"faker.providers.person.{locale}").Provider


def _uniq(*seqs) -> tuple[str, ...]:
    out: dict[str, None] = {}
    for seq in seqs:
        for item in seq:
            out.setdefault(item, None)
    return tuple(out)


def _pool_data(key: str):
    """(female, male, last_female, last_male) for a native source key, with the names of
    :mod:`.names_more` added."""
    from avatargen.providers.offline_text.names_more import extend

    return extend("~" + key, *_base_data(key))


def _base_data(key: str):
    if key == "ja":
        p = _faker("ja_JP")
        last = _uniq(_JA_LAST, p.last_names)
        return _uniq(_JA_F, p.first_names_female), _uniq(_JA_M, p.first_names_male), last, last
    if key == "zh":
        p = _faker("zh_CN")
        return (
            _uniq(_ZH_F2, p.first_names_female), _uniq(_ZH_M2, p.first_names_male),
            p.last_names, p.last_names,
        )  # fmt: skip
    if key == "ko":
        p = _faker("ko_KR")
        return _uniq(_KO_F, p.first_names_female), _uniq(_KO_M, p.first_names_male), (
            _KO_LAST
        ), _KO_LAST  # fmt: skip
    if key == "hi":
        p = _faker("hi_IN")
        both = set(p.first_names_male) & set(p.first_names_female)
        fem = tuple(n for n in p.first_names_female if n not in both or n in ("विजया", "इला"))
        male = tuple(n for n in p.first_names_male if n not in both or n in ("भरत", "कैलाश"))
        return fem, male, tuple(p.last_names), tuple(p.last_names)
    if key in ("ar", "ar_gulf"):  # Saudi/Gulf family names (آل ...) only in the Gulf
        p = _faker("ar_SA")
        last = _uniq(_AR_LAST, p.last_names) if key == "ar_gulf" else _AR_LAST
        return tuple(p.first_names_female), tuple(p.first_names_male), last, last
    if key == "ru":
        p = _faker("ru_RU")
        return _RU_F, _RU_M, tuple(p.last_names_female), tuple(p.last_names_male)
    if key == "uk":
        p = _faker("uk_UA")
        return _UK_F, _UK_M, tuple(p.last_names_female), tuple(p.last_names_male)
    if key == "vi":
        fem = tuple(f"{m} {n}" for m in _VI_MID_F for n in _VI_F)
        male = tuple(f"{m} {n}" for m in _VI_MID_M for n in _VI_M)
        return fem, male, _VI_LAST, _VI_LAST
    if key == "ro":
        p = _faker("ro_RO")
        last = _uniq(_RO_LAST, p.last_names)
        return tuple(p.first_names_female), tuple(p.first_names_male), last, last
    raise KeyError(key)


# (country, bio language) -> native source; a bio language's own script for its people.
_SOURCES: dict[tuple[str, str], str] = {
    ("JP", "ja"): "~ja", ("CN", "zh"): "~zh", ("SG", "zh"): "~zh", ("KR", "ko"): "~ko",
    ("IN", "hi"): "~hi", ("NP", "hi"): "~hi", ("RU", "ru"): "~ru", ("BY", "ru"): "~ru",
    ("KZ", "ru"): "~ru", ("UA", "uk"): "~uk", ("UA", "ru"): "~ru", ("VN", "vi"): "~vi",
    ("RO", "ro"): "~ro", ("MD", "ro"): "~ro", ("VN", "*"): "~vi", ("RO", "*"): "~ro",
    **{(c, "ar"): "~ar" for c in _s("EG JO LB SY IQ PS LY SD MA DZ TN YE")},
    **{(c, "ar"): "~ar_gulf" for c in _s("SA AE QA KW BH OM")},
}  # fmt: skip


def sources(country: str, lang: str) -> tuple[str, ...] | None:
    """The native source for people of ``country`` writing ``lang``, or None."""
    found = _SOURCES.get((country, lang)) or _SOURCES.get((country, "*"))
    return (found,) if found else None


@cache
def pool(source: str):
    """The :class:`..names.NamePool` of a ``~key`` source."""
    from avatargen.providers.offline_text.names import Choice, NamePool, _choice

    fem, male, last_f, last_m = _pool_data(source[1:])
    return NamePool(
        source, Choice(tuple(fem)), Choice(tuple(male)), _choice(last_f), _choice(last_m), False
    )
