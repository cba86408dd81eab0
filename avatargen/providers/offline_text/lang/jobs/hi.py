"""Hindi labels of the larger occupation vocabulary (see :mod:`.`)."""

OCCUPATIONS = {
    "soldier": "सैनिक", "military_officer": "सेना अधिकारी", "judge": "न्यायाधीश",
    "prosecutor": "सरकारी वकील", "court_clerk": "अदालत क्लर्क",
    "fashion_designer": "फ़ैशन डिज़ाइनर", "trader": "शेयर ट्रेडर", "surgeon": "सर्जन",
    "psychiatrist": "मनोचिकित्सक", "pediatrician": "बाल रोग विशेषज्ञ", "midwife": "दाई",
    "paramedic": "पैरामेडिक", "nursing_assistant": "वार्ड <बॉय|आया>", "care_worker": "केयरगिवर",
    "radiographer": "रेडियोग्राफ़र", "lab_technician": "लैब टेक्नीशियन",
    "dietitian": "आहार विशेषज्ञ", "speech_therapist": "स्पीच थेरेपिस्ट",
    "occupational_therapist": "ऑक्यूपेशनल थेरेपिस्ट", "optician": "ऑप्टिशियन",
    "dental_hygienist": "डेंटल हाइजीनिस्ट", "dental_assistant": "डेंटल असिस्टेंट",
    "pharmacy_technician": "फ़ार्मेसी असिस्टेंट", "vet_nurse": "पशु चिकित्सा सहायक",
    "medical_secretary": "मेडिकल रिसेप्शनिस्ट", "massage_therapist": "मसाज थेरेपिस्ट",
    "kindergarten_teacher": "नर्सरी <शिक्षक|शिक्षिका>",
    "teaching_assistant": "सहायक <शिक्षक|शिक्षिका>",
    "school_principal": "<प्रधानाचार्य|प्रधानाचार्या>", "tutor": "ट्यूशन टीचर",
    "driving_instructor": "ड्राइविंग इंस्ट्रक्टर", "music_teacher": "संगीत <शिक्षक|शिक्षिका>",
    "language_teacher": "भाषा <शिक्षक|शिक्षिका>", "nanny": "नैनी",
    "childcare_worker": "आंगनवाड़ी कार्यकर्ता", "construction_worker": "निर्माण मज़दूर",
    "bricklayer": "राजमिस्त्री", "house_painter": "पेंटर", "welder": "वेल्डर",
    "roofer": "छत मिस्त्री", "tiler": "टाइल मिस्त्री", "locksmith": "ताला मिस्त्री",
    "hvac_technician": "एसी मैकेनिक", "gardener": "माली",
    "maintenance_technician": "मेंटेनेंस टेक्नीशियन", "site_manager": "साइट सुपरवाइज़र",
    "surveyor": "सर्वेयर", "crane_operator": "क्रेन ऑपरेटर", "bus_driver": "बस ड्राइवर",
    "taxi_driver": "टैक्सी ड्राइवर", "delivery_driver": "डिलीवरी एजेंट",
    "train_driver": "लोको पायलट", "warehouse_worker": "गोदाम कर्मचारी",
    "forklift_operator": "फ़ोर्कलिफ़्ट ऑपरेटर", "logistics_manager": "लॉजिस्टिक्स मैनेजर",
    "postal_worker": "डाकिया", "air_traffic_controller": "एयर ट्रैफ़िक कंट्रोलर", "sailor": "नाविक",
    "kitchen_assistant": "रसोई सहायक", "pastry_chef": "पेस्ट्री शेफ़", "bartender": "बारटेंडर",
    "sommelier": "वाइन विशेषज्ञ", "hotel_manager": "होटल मैनेजर",
    "housekeeper": "हाउसकीपिंग स्टाफ़", "restaurant_manager": "रेस्टोरेंट मैनेजर",
    "tour_guide": "टूर गाइड", "travel_agent": "ट्रैवल एजेंट", "event_planner": "इवेंट प्लानर",
    "butcher": "कसाई", "cashier": "कैशियर", "store_manager": "स्टोर मैनेजर",
    "florist": "<फूलवाला|फूलवाली>", "sales_manager": "सेल्स मैनेजर", "secretary": "सचिव",
    "office_administrator": "ऑफ़िस असिस्टेंट", "bookkeeper": "मुनीम", "auditor": "ऑडिटर",
    "tax_advisor": "टैक्स सलाहकार", "financial_advisor": "वित्तीय सलाहकार",
    "insurance_agent": "बीमा एजेंट", "economist": "अर्थशास्त्री",
    "consultant": "मैनेजमेंट कंसल्टेंट", "business_analyst": "बिज़नेस एनालिस्ट",
    "operations_manager": "ऑपरेशंस मैनेजर", "purchasing_agent": "परचेज़ ऑफ़िसर",
    "office_manager": "ऑफ़िस मैनेजर", "paralegal": "लीगल असिस्टेंट", "notary": "नोटरी",
    "managing_director": "प्रबंध निदेशक", "civil_servant": "सरकारी कर्मचारी",
    "politician": "राजनेता", "prison_officer": "जेल वार्डन", "customs_officer": "कस्टम अधिकारी",
    "security_guard": "सिक्योरिटी गार्ड", "lifeguard": "लाइफ़गार्ड", "detective": "जासूस",
    "park_ranger": "वन रक्षक", "refuse_collector": "सफ़ाई कर्मचारी", "urban_planner": "नगर नियोजक",
    "archivist": "अभिलेखपाल", "actor": "<अभिनेता|अभिनेत्री>", "dancer": "<नर्तक|नर्तकी>",
    "artist": "चित्रकार", "illustrator": "इलस्ट्रेटर", "animator": "एनिमेटर",
    "video_editor": "वीडियो एडिटर", "film_director": "फ़िल्म निर्देशक",
    "sound_engineer": "साउंड इंजीनियर", "dj": "डीजे", "singer": "<गायक|गायिका>",
    "copywriter": "कॉपीराइटर", "editor": "संपादक", "content_creator": "कंटेंट क्रिएटर",
    "interior_designer": "इंटीरियर डिज़ाइनर", "game_developer": "गेम डेवलपर",
    "tattoo_artist": "टैटू आर्टिस्ट", "makeup_artist": "मेकअप आर्टिस्ट", "beautician": "ब्यूटीशियन",
    "nail_technician": "नेल आर्टिस्ट", "barber": "नाई", "farm_worker": "खेतिहर मज़दूर",
    "fisher": "<मछुआरा|मछुआरिन>", "beekeeper": "मधुमक्खी पालक", "winemaker": "वाइन निर्माता",
    "agronomist": "कृषि वैज्ञानिक", "it_support": "आईटी सपोर्ट इंजीनियर",
    "sysadmin": "सिस्टम एडमिनिस्ट्रेटर", "network_engineer": "नेटवर्क इंजीनियर",
    "security_analyst": "साइबर सुरक्षा विशेषज्ञ", "data_scientist": "डेटा साइंटिस्ट",
    "devops_engineer": "डेवऑप्स इंजीनियर", "qa_tester": "सॉफ़्टवेयर टेस्टर",
    "mobile_developer": "ऐप डेवलपर", "product_manager": "प्रोडक्ट मैनेजर",
    "electronics_technician": "इलेक्ट्रॉनिक्स मैकेनिक",
    "electrical_engineer": "इलेक्ट्रिकल इंजीनियर", "chemical_engineer": "केमिकल इंजीनियर",
    "chemist": "रसायनज्ञ", "biologist": "जीवविज्ञानी", "physicist": "भौतिक विज्ञानी",
    "geologist": "भूविज्ञानी", "environmental_scientist": "पर्यावरण वैज्ञानिक",
    "statistician": "सांख्यिकीविद", "meteorologist": "मौसम विज्ञानी",
    "archaeologist": "पुरातत्वविद", "youth_worker": "युवा कार्यकर्ता", "cleaner": "सफ़ाईकर्मी",
    "janitor": "चौकीदार", "factory_worker": "फ़ैक्टरी मज़दूर", "machine_operator": "मशीन ऑपरेटर",
    "quality_inspector": "क्वालिटी इंस्पेक्टर", "machinist": "सीएनसी ऑपरेटर",
    "production_manager": "प्रोडक्शन मैनेजर", "tailor": "दर्ज़ी", "coach": "खेल कोच",
    "yoga_instructor": "योग <शिक्षक|शिक्षिका>", "social_media_manager": "सोशल मीडिया मैनेजर",
    "pr_specialist": "पीआर मैनेजर",
}  # fmt: skip

# Description words -> occupation key (plurals are added automatically).
OCCUPATION_WORDS = {
    "फ़ौजी": "soldier", "फौजी": "soldier", "जवान": "soldier", "जज": "judge",
    "ड्राइवर": "bus_driver", "मज़दूर": "factory_worker", "मजदूर": "factory_worker",
    "कलाकार": "artist", "अभिनेता": "actor", "अभिनेत्री": "actor", "गायक": "singer",
    "मछुआरे": "fisher", "दर्जी": "tailor", "कोच": "coach", "सफाई कर्मचारी": "refuse_collector",
    "यूट्यूबर": "content_creator", "इन्फ्लुएंसर": "content_creator",
    "सरकारी कर्मचारी": "civil_servant",
}  # fmt: skip

FIELDS = {
    "chemistry": "रसायन विज्ञान", "fine_arts": "ललित कला", "building": "निर्माण तकनीक",
    "metalwork": "वेल्डिंग", "logistics": "लॉजिस्टिक्स", "nutrition": "पोषण विज्ञान",
}  # fmt: skip

# Nonbinary personas' labels where no mechanical neutral form fits.
NEUTRAL_OCCUPATIONS = {
    "nursing_assistant": "वार्ड अटेंडेंट", "school_principal": "प्रिंसिपल",
    "florist": "फूल विक्रेता", "dancer": "डांसर", "fisher": "मछुआरा/मछुआरिन",
}  # fmt: skip

# Workplaces of the kinds added with these jobs (army, court, transit).
WORKPLACES = {
    "army": ("भारतीय सेना",),
    "court": ("{city} ज़िला न्यायालय",),
    "transit": ("{city} परिवहन निगम",),
}  # fmt: skip
