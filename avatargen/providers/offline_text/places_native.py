"""Home countries and native city names for the languages added for issue 14.

``LANG_COUNTRIES`` gives each new bio language the countries it is usually written in.
``NATIVE`` maps GeoNames' (English/ASCII) city names to the name in the bio language,
curated by hand for the largest cities of each home country (GeoNames' alternate names
mix Russian with Ukrainian and Japanese with Chinese forms, so they are not used
blindly). For the non-Latin scripts (``SCRIPT_LANGS``) the city table of a country that
has a native table is limited to the cities in it, so a Russian bio never says
"Живу в Kursk"; cities named in the description keep their GeoNames name when no native
one is known. Vietnamese, Swedish and Romanian keep every city and only fix spellings
(Romanian ş/ţ with comma below, "Ho Chi Minh City" -> "TP. Hồ Chí Minh").
"""

from __future__ import annotations

LANG_COUNTRIES: dict[str, tuple[tuple[str, float], ...]] = {
    "ja": (("JP", 1),),
    "zh": (("CN", 1),),
    "ko": (("KR", 1),),
    "hi": (("IN", 1),),
    "ar": (("EG", 40), ("SA", 25), ("MA", 12), ("AE", 8), ("JO", 8)),
    "ru": (("RU", 1),),
    "uk": (("UA", 1),),
    "vi": (("VN", 1),),
    "sv": (("SE", 1),),
    "ro": (("RO", 85), ("MD", 15)),
}
SCRIPT_LANGS = frozenset({"ja", "zh", "ko", "hi", "ar", "ru", "uk"})


def _pairs(text: str) -> dict[str, str]:
    """``"Tokyo=東京; Osaka=大阪"`` -> dict."""
    out = {}
    for item in text.split(";"):
        item = item.strip()
        if item:
            src, dst = item.split("=")
            out[src.strip()] = dst.strip()
    return out


_JA = _pairs(
    "Tokyo=東京; Yokohama=横浜; Osaka=大阪; Nagoya=名古屋; Sapporo=札幌; Fukuoka=福岡; "
    "Kobe=神戸; Kyoto=京都; Saitama=さいたま; Hiroshima=広島; Sendai=仙台; Chiba=千葉; "
    "Kitakyushu=北九州; Niigata=新潟; Hamamatsu=浜松; Kumamoto=熊本; Okayama=岡山; "
    "Sagamihara=相模原; Shizuoka=静岡; Kagoshima=鹿児島; Hachiōji=八王子; Himeji=姫路; "
    "Utsunomiya=宇都宮; Matsuyama=松山; Matsudo=松戸; Ichikawa=市川; Kurashiki=倉敷; "
    "Ōita=大分; Fukuyama=福山; Kanazawa=金沢; Fujisawa=藤沢; Kashiwa=柏; Machida=町田; "
    "Toyota=豊田; Takamatsu=高松; Toyama=富山; Nagasaki=長崎; Hirakata=枚方; Gifu=岐阜; "
    "Miyazaki=宮崎; Okazaki=岡崎; Ichinomiya=一宮; Toyohashi=豊橋; Takasaki=高崎; "
    "Nagano=長野; Nara-shi=奈良; Iwaki=いわき; Wakayama=和歌山; Takatsuki=高槻; "
    "Tokorozawa=所沢; Asahikawa=旭川; Maebashi=前橋; Kochi=高知; Kōriyama=郡山; Naha=那覇; "
    "Akita=秋田; Yokkaichi=四日市; Akashi=明石; Kurume=久留米; Aomori=青森; Fukushima=福島; "
    "Morioka=盛岡; Hakodate=函館; Tsu=津; Kawasaki=川崎; Kawaguchi=川口; Funabashi=船橋; "
    "Yokosuka=横須賀; Nishinomiya=西宮; Amagasaki=尼崎; Sakai=堺; Kawagoe=川越; "
    "Matsumoto=松本; Yamagata=山形; Mito=水戸; Kōfu=甲府; Otsu=大津; Tottori=鳥取; "
    "Matsue=松江; Yamaguchi=山口; Tokushima=徳島; Saga=佐賀; Obihiro=帯広; Kushiro=釧路"
)
_ZH = _pairs(
    "Shanghai=上海; Beijing=北京; Shenzhen=深圳; Guangzhou=广州; Chengdu=成都; Tianjin=天津; "
    "Wuhan=武汉; Dongguan=东莞; Xi’an=西安; Nanjing=南京; Hangzhou=杭州; Foshan=佛山; "
    "Chongqing=重庆; Qingdao=青岛; Shenyang=沈阳; Suzhou=苏州; Harbin=哈尔滨; Hefei=合肥; "
    "Dalian=大连; Changchun=长春; Xiamen=厦门; Wuxi=无锡; Jinan=济南; Taiyuan=太原; "
    "Zhengzhou=郑州; Shijiazhuang=石家庄; Kunming=昆明; Zhongshan=中山; Nanning=南宁; "
    "Shantou=汕头; Fuzhou=福州; Ningbo=宁波; Tangshan=唐山; Changzhou=常州; Zibo=淄博; "
    "Changsha=长沙; Guiyang=贵阳; Ürümqi=乌鲁木齐; Lanzhou=兰州; Huizhou=惠州; Haikou=海口; "
    "Linyi=临沂; Baoding=保定; Wenzhou=温州; Nanchang=南昌; Hohhot=呼和浩特; Shaoxing=绍兴; "
    "Nantong=南通; Yantai=烟台; Zhuhai=珠海; Baotou=包头; Kunshan=昆山; Weifang=潍坊; "
    "Zunyi=遵义; Lianyungang=连云港; Ganzhou=赣州; Jilin=吉林; Nanchong=南充; Luoyang=洛阳; "
    "Xuzhou=徐州; Yangzhou=扬州; Guilin=桂林; Sanya=三亚; Lhasa=拉萨; Xining=西宁; "
    "Yinchuan=银川; Datong=大同; Handan=邯郸; Jiaxing=嘉兴; Taizhou=台州; Quanzhou=泉州; "
    "Jiangmen=江门; Zhanjiang=湛江; Mianyang=绵阳; Yichang=宜昌; Xiangyang=襄阳; "
    "Wuhu=芜湖; Anshan=鞍山; Daqing=大庆; Qinhuangdao=秦皇岛; Weihai=威海; Putian=莆田; "
    "Zhuzhou=株洲; Liuzhou=柳州; Kaifeng=开封; Singapore=新加坡"
)
_KO = _pairs(
    "Seoul=서울; Busan=부산; Incheon=인천; Daegu=대구; Daejeon=대전; Gwangju=광주; "
    "Suwon=수원; Ulsan=울산; Changwon=창원; Cheongju-si=청주; Cheonan=천안; "
    "Hwaseong-si=화성; Jeonju=전주; Ansan-si=안산; Kimhae=김해; Pohang=포항; Jeju City=제주; "
    "Uijeongbu-si=의정부; Gumi=구미; Sejong=세종; Pyeongtaek=평택; Yangsan=양산; "
    "Wŏnju=원주; Chinju=진주; Iksan=익산; Chuncheon=춘천; Suncheon=순천; Yeosu=여수; "
    "Mokpo=목포; Gunsan=군산; Gyeongju=경주; Osan=오산; Geoje=거제; Chungju=충주; "
    "Gangneung=강릉; Icheon-si=이천; Yangju=양주; Seogwipo=서귀포; Gwangyang=광양; "
    "Andong=안동; Gimcheon=김천; Jeongeup=정읍; Yeoju=여주; Goyang-si=고양; "
    "Seongnam-si=성남; Yongin=용인; Bucheon-si=부천; Gimpo-si=김포; Siheung=시흥; "
    "Paju=파주; Namyangju=남양주; Anyang-si=안양; Gwangmyeong=광명; Hanam=하남"
)
_HI = _pairs(
    "Mumbai=मुंबई; Delhi=दिल्ली; Bengaluru=बेंगलुरु; Hyderabad=हैदराबाद; Ahmedabad=अहमदाबाद; "
    "Chennai=चेन्नई; Kolkata=कोलकाता; Surat=सूरत; Pune=पुणे; Jaipur=जयपुर; Kanpur=कानपुर; "
    "Lucknow=लखनऊ; Nagpur=नागपुर; Coimbatore=कोयंबटूर; Indore=इंदौर; Vadodara=वडोदरा; "
    "Bhopal=भोपाल; Patna=पटना; Ludhiana=लुधियाना; Nashik=नासिक; Madurai=मदुरै; Agra=आगरा; "
    "Faridabad=फ़रीदाबाद; Rājkot=राजकोट; Jamshedpur=जमशेदपुर; Gorakhpur=गोरखपुर; "
    "Meerut=मेरठ; Srinagar=श्रीनगर; Dhanbad=धनबाद; Aurangabad=औरंगाबाद; "
    "Varanasi=वाराणसी; Amritsar=अमृतसर; Vijayawada=विजयवाड़ा; Ranchi=रांची; "
    "Jabalpur=जबलपुर; Prayagraj=प्रयागराज; Visakhapatnam=विशाखापत्तनम; Jodhpur=जोधपुर; "
    "Gwalior=ग्वालियर; Raipur=रायपुर; Kota=कोटा; Chandigarh=चंडीगढ़; Guwahati=गुवाहाटी; "
    "Mysuru=मैसूरु; Gurugram=गुरुग्राम; Bhubaneswar=भुवनेश्वर; Jalandhar=जालंधर; "
    "Thiruvananthapuram=तिरुवनंतपुरम; Alīgarh=अलीगढ़; Bareilly=बरेली; Dehradun=देहरादून; "
    "Ghāziābād=ग़ाज़ियाबाद; Noida=नोएडा; Udaipur=उदयपुर; Ajmer=अजमेर; Bikaner=बीकानेर; "
    "Jhansi=झांसी; Mathura=मथुरा; Haridwar=हरिद्वार; Shimla=शिमला; Kochi=कोच्चि; "
    "Mangaluru=मंगलुरु; Nellore=नेल्लोर; Bhilai=भिलाई; Ujjain=उज्जैन; Sagar=सागर; "
    "Gaya=गया; Bhagalpur=भागलपुर; Muzaffarpur=मुज़फ़्फ़रपुर; Allahabad=प्रयागराज; "
    "Moradabad=मुरादाबाद; Saharanpur=सहारनपुर; Rohtak=रोहतक; Panipat=पानीपत; "
    "Karnal=करनाल; Hisar=हिसार"
)
_AR = _pairs(
    "Cairo=القاهرة; Alexandria=الإسكندرية; Giza=الجيزة; Port Said=بورسعيد; Suez=السويس; "
    "Al Mansurah=المنصورة; Al Maḩallah al Kubrá=المحلة الكبرى; Tanta=طنطا; Assiut=أسيوط; "
    "Al Fayyum=الفيوم; Zagazig=الزقازيق; Ismailia=الإسماعيلية; Luxor=الأقصر; "
    "Aswān=أسوان; Damanhur=دمنهور; New Cairo=القاهرة الجديدة; Damietta=دمياط; "
    "Minya=المنيا; Banī Suwayf=بني سويف; Shibīn al Kawm=شبين الكوم; Sohag=سوهاج; "
    "Qina=قنا; Hurghada=الغردقة; Arīsh=العريش; Kafr ash Shaykh=كفر الشيخ; "
    "Jeddah=جدة; Riyadh=الرياض; Makkah=مكة المكرمة; Madinah=المدينة المنورة; "
    "Dammam=الدمام; Buraydah=بريدة; Ta’if=الطائف; Tabuk=تبوك; Ha'il=حائل; Najrān=نجران; "
    "Al Kharj=الخرج; Khamis Mushait=خميس مشيط; Al Hufūf=الهفوف; Al Mubarraz=المبرز; "
    "Hafar Al-Batin=حفر الباطن; Al Jubayl=الجبيل; Abha=أبها; Yanbu=ينبع; Unaizah=عنيزة; "
    "Al Khobar=الخبر; Jizan=جازان; "
    "Dubai=دبي; Abu Dhabi=أبوظبي; Sharjah=الشارقة; Al Ain City=العين; "
    "Ras Al Khaimah=رأس الخيمة; Fujairah=الفجيرة; Ajman=عجمان; "
    "Amman=عمّان; Zarqa=الزرقاء; Irbid=إربد; As Salţ=السلط; Aqaba=العقبة; Mādabā=مادبا; "
    "Casablanca=الدار البيضاء; Rabat=الرباط; Fes=فاس; Tangier=طنجة; Marrakesh=مراكش; "
    "Salé=سلا; Agadir=أكادير; Meknes=مكناس; Oujda=وجدة; Kenitra=القنيطرة; Tétouan=تطوان; "
    "Al Hoceïma=الحسيمة; Safi=آسفي; Mohammedia=المحمدية; Khouribga=خريبكة; "
    "El Jadida=الجديدة; Beni Mellal=بني ملال; Nador=الناظور; Taza=تازة"
)
_RU = _pairs(
    "Moscow=Москва; Saint Petersburg=Санкт-Петербург; Novosibirsk=Новосибирск; "
    "Yekaterinburg=Екатеринбург; Nizhniy Novgorod=Нижний Новгород; Kazan=Казань; "
    "Chelyabinsk=Челябинск; Omsk=Омск; Samara=Самара; Rostov-on-Don=Ростов-на-Дону; "
    "Ufa=Уфа; Krasnoyarsk=Красноярск; Voronezh=Воронеж; Volgograd=Волгоград; Perm=Пермь; "
    "Krasnodar=Краснодар; Saratov=Саратов; Tyumen=Тюмень; Tolyatti=Тольятти; "
    "Izhevsk=Ижевск; Barnaul=Барнаул; Ulyanovsk=Ульяновск; Irkutsk=Иркутск; "
    "Khabarovsk=Хабаровск; Yaroslavl=Ярославль; Vladivostok=Владивосток; "
    "Makhachkala=Махачкала; Tomsk=Томск; Orenburg=Оренбург; Kemerovo=Кемерово; "
    "Novokuznetsk=Новокузнецк; Ryazan’=Рязань; Astrakhan=Астрахань; Penza=Пенза; "
    "Naberezhnyye Chelny=Набережные Челны; Lipetsk=Липецк; Kirov=Киров; "
    "Cheboksary=Чебоксары; Tula=Тула; Kaliningrad=Калининград; Kursk=Курск; "
    "Stavropol=Ставрополь; Bryansk=Брянск; Tver=Тверь; Magnitogorsk=Магнитогорск; "
    "Ivanovo=Иваново; Nizhny Tagil=Нижний Тагил; Ulan-Ude=Улан-Удэ; Vladimir=Владимир; "
    "Arkhangel’sk=Архангельск; Chita=Чита; Belgorod=Белгород; Kaluga=Калуга; "
    "Smolensk=Смоленск; Sochi=Сочи; Volzhsky=Волжский; Saransk=Саранск; "
    "Cherepovets=Череповец; Vologda=Вологда; Kurgan=Курган; Vladikavkaz=Владикавказ; "
    "Orël=Орёл; Surgut=Сургут; Grozny=Грозный; Murmansk=Мурманск; Tambov=Тамбов; "
    "Petrozavodsk=Петрозаводск; Taganrog=Таганрог; Kostroma=Кострома; "
    "Komsomolsk-on-Amur=Комсомольск-на-Амуре; Yakutsk=Якутск; Pskov=Псков; "
    "Novgorod=Великий Новгород; Syktyvkar=Сыктывкар; Yoshkar-Ola=Йошкар-Ола; "
    "Nalchik=Нальчик; Blagoveshchensk=Благовещенск; Novorossiysk=Новороссийск; "
    "Sevastopol=Севастополь; Simferopol=Симферополь; Podolsk=Подольск; Khimki=Химки; "
    "Balashikha=Балашиха; Mytishchi=Мытищи; Korolyov=Королёв; Lyubertsy=Люберцы; "
    "Krasnogorsk=Красногорск; Elektrostal’=Электросталь"
)
_UK = _pairs(
    "Kyiv=Київ; Kharkiv=Харків; Odesa=Одеса; Dnipro=Дніпро; Donetsk=Донецьк; Lviv=Львів; "
    "Zaporizhzhya=Запоріжжя; Kryvyy Rih=Кривий Ріг; Mykolayiv=Миколаїв; "
    "Vinnytsya=Вінниця; Luhansk=Луганськ; Chernihiv=Чернігів; Poltava=Полтава; "
    "Khmelnytskyi=Хмельницький; Cherkasy=Черкаси; Chernivtsi=Чернівці; "
    "Zhytomyr=Житомир; Sumy=Суми; Rivne=Рівне; Ivano-Frankivsk=Івано-Франківськ; "
    "Mariupol=Маріуполь; Kamyanske=Кам'янське; Ternopil=Тернопіль; "
    "Kremenchuk=Кременчук; Kropyvnytskyi=Кропивницький; Lutsk=Луцьк; "
    "Bila Tserkva=Біла Церква; Kerch=Керч; Melitopol=Мелітополь; Kramatorsk=Краматорськ; "
    "Uzhhorod=Ужгород; Brovary=Бровари; Nikopol=Нікополь; Berdyansk=Бердянськ; "
    "Slovyansk=Слов'янськ; Kamianets-Podilskyi=Кам'янець-Подільський; Drohobych=Дрогобич; "
    "Mukachevo=Мукачево; Uman=Умань; Kovel=Ковель; Irpin=Ірпінь; Boryspil=Бориспіль; "
    "Kalush=Калуш; Stryi=Стрий; Truskavets=Трускавець; Kolomyia=Коломия; "
    "Berdychiv=Бердичів; Konotop=Конотоп; Nizhyn=Ніжин; Pavlohrad=Павлоград; "
    "Kherson=Херсон; Sevastopol=Севастополь; Simferopol=Сімферополь"
)
_VI = _pairs(
    "Ho Chi Minh City=TP. Hồ Chí Minh; Hanoi=Hà Nội; Haiphong=Hải Phòng; Da Nang=Đà Nẵng; "
    "Qui Nhon=Quy Nhơn; Phu Quoc=Phú Quốc; Ðà Lạt=Đà Lạt; Sa Dec=Sa Đéc; "
    "Thị Trấn Đông Triều=Đông Triều; Thành Phố Bà Rịa=Bà Rịa; Nha Trang=Nha Trang; "
    "Vinh=Vinh; Hue=Huế; Bien Hoa=Biên Hòa; Can Tho=Cần Thơ"
)
_SV = _pairs(
    "Gothenburg=Göteborg; Helsinki=Helsingfors; Turku=Åbo; Copenhagen=Köpenhamn; "
    "Oslo=Oslo; London=London; Paris=Paris"
)
_RO = _pairs("Bucharest=București; Chisinau=Chișinău; Bender=Tighina")
_RO_SKIP = frozenset({"Sector 1", "Sector 2", "Sector 3", "Sector 4", "Sector 5", "Sector 6"})

NATIVE: dict[str, dict[str, str]] = {
    "ja": _JA, "zh": _ZH, "ko": _KO, "hi": _HI, "ar": _AR, "ru": _RU, "uk": _UK,
    "vi": _VI, "sv": _SV, "ro": _RO,
}  # fmt: skip
# Countries whose city table is limited to natively named cities, per script language.
_NATIVE_COUNTRIES = {
    "ja": {"JP"}, "zh": {"CN"}, "ko": {"KR"}, "hi": {"IN"}, "ar": {"EG", "SA", "AE", "JO", "MA"},
    "ru": {"RU"}, "uk": {"UA"},
}  # fmt: skip
_VI_SKIP_PREFIX = ("Quận ", "Huyện ", "Phường ")


def index_names() -> dict[str, list[str]]:
    """GeoNames name -> names a description may use for it: the native name and, for
    Russian and Ukrainian, the inflected forms after в/у ("в Казани", "у Львові") and
    after из/з ("из Казани", "з Львова")."""
    from avatargen.providers.offline_text.lang import ru, uk

    out: dict[str, list[str]] = {}
    for lang, table in NATIVE.items():
        for src, dst in table.items():
            names = out.setdefault(src, [])
            names.append(dst)
            if lang == "ru":
                if prep := ru.prepositional(dst):
                    names.append(prep)
                names.extend(ru.genitives(dst))
            elif lang == "uk":
                names.append(uk.in_city(dst).split(" ", 1)[1])
                names.extend(uk.genitives(dst))
    return out


def localize(name: str, lang: str) -> str | None:
    """The city's name in ``lang`` when this module knows one (None otherwise)."""
    table = NATIVE.get(lang)
    if table is None:
        return None
    found = table.get(name)
    if found:
        return found
    if lang == "ro":
        return name.replace("ş", "ș").replace("ţ", "ț").replace("Ş", "Ș").replace("Ţ", "Ț")
    return None


def keep(name: str, country: str, lang: str) -> bool:
    """Whether a city belongs in ``lang``'s population-weighted table for ``country``."""
    if country in _NATIVE_COUNTRIES.get(lang, ()):
        return name in NATIVE[lang]
    if lang == "vi" and name.startswith(_VI_SKIP_PREFIX):
        return False
    return not (lang == "ro" and name in _RO_SKIP)
