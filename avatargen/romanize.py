"""Names in plain ASCII letters, as people write them in usernames and email addresses.

:func:`romanize` turns a name in any script into lower-case ASCII letters. anyascii does
most scripts well (Cyrillic, Greek, Hangul, Devanagari, Chinese as pinyin, kana as romaji,
Latin letters without their marks). Three cases need more than that:

- Japanese names written in kanji: anyascii reads kanji as Chinese (田中 -> "tianzhong").
  Readings come from Faker's ``ja_JP`` pairs and from the table below, which covers the
  curated names of :mod:`avatargen.providers.offline_text.names_native`.
- Korean surnames: the spellings people use (김 Kim, 이 Lee, 박 Park), not the strict
  Revised Romanization anyascii gives (Gim, I, Bak).
- Arabic: anyascii writes consonants only, even for long vowels (نادر -> "ndr"). Common
  names have their usual spelling in the table below; :func:`_arabic` writes the others
  with their long vowels and the short vowels names most often have (نادر -> "nadir",
  غسّان -> "ghassan", مسعود -> "masoud").
- Devanagari: anyascii drops every inherent vowel (शर्मा -> "srma"); :func:`_devanagari`
  keeps them and deletes them where Hindi does (at the end of a word, and between a vowel
  and a consonant followed by a vowel: भटनागर -> "bhatnagar").
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from anyascii import anyascii

_JA_READINGS = """
美咲 misaki 陽菜 hina 結衣 yui 葵 aoi 凛 rin 美月 mizuki 彩花 ayaka 優奈 yuna 七海 nanami
真由 mayu 愛 ai 恵 megumi 智子 tomoko 裕子 yuko 由美 yumi 久美子 kumiko 洋子 yoko
京子 kyoko 幸子 sachiko 和子 kazuko 恵子 keiko 真理子 mariko 美穂 miho 麻衣 mai 沙織 saori
瞳 hitomi 彩 aya 舞 mai 千尋 chihiro 早紀 saki 明日香 asuka 結菜 yuna 芽依 mei 莉子 riko
杏 an 楓 kaede 琴音 kotone 心愛 kokoa 花音 kanon 紗希 saki 奈々 nana 理恵 rie 直美 naomi
由紀 yuki 亜美 ami 佳奈 kana 遥 haruka 友美 tomomi 典子 noriko 美和 miwa 綾香 ayaka
菜々子 nanako 愛子 aiko 朋美 tomomi 詩織 shiori
翔 sho 蓮 ren 大翔 hiroto 悠真 yuma 陽斗 haruto 湊 minato 樹 itsuki 颯太 sota 陸 riku
健太 kenta 大輔 daisuke 拓也 takuya 翔太 shota 直樹 naoki 健一 kenichi 誠 makoto 浩 hiroshi
隆 takashi 茂 shigeru 実 minoru 博 hiroshi 剛 tsuyoshi 勇気 yuki 海斗 kaito 大樹 daiki
悠斗 yuto 蒼 aoi 優斗 yuto 亮 ryo 雄一 yuichi 達也 tatsuya 和樹 kazuki 俊介 shunsuke
慎也 shinya 哲也 tetsuya 光 hikaru 聡 satoshi 修 osamu 勝 masaru 清 kiyoshi 正人 masato
裕介 yusuke 康介 kosuke 大介 daisuke 一郎 ichiro 健二 kenji 智也 tomoya 拓海 takumi
恭平 kyohei 圭 kei 昇 noboru 進 susumu 秀樹 hideki 孝 takashi 剛史 takeshi 純一 junichi
佐藤 sato 鈴木 suzuki 高橋 takahashi 田中 tanaka 伊藤 ito 渡辺 watanabe 山本 yamamoto
中村 nakamura 小林 kobayashi 加藤 kato 吉田 yoshida 山田 yamada 佐々木 sasaki 山口 yamaguchi
松本 matsumoto 井上 inoue 木村 kimura 林 hayashi 斎藤 saito 清水 shimizu 山崎 yamazaki
阿部 abe 森 mori 池田 ikeda 橋本 hashimoto 山下 yamashita 石川 ishikawa 中島 nakajima
前田 maeda 藤田 fujita 後藤 goto 小川 ogawa 岡田 okada 長谷川 hasegawa 村上 murakami
近藤 kondo 石井 ishii 坂本 sakamoto 遠藤 endo 青木 aoki 藤井 fujii 西村 nishimura
福田 fukuda 太田 ota 三浦 miura 藤原 fujiwara 岡本 okamoto 松田 matsuda 中川 nakagawa
中野 nakano 原田 harada 小野 ono 田村 tamura 竹内 takeuchi 金子 kaneko 和田 wada
中山 nakayama 石田 ishida 上田 ueda 森田 morita 原 hara 柴田 shibata 酒井 sakai 工藤 kudo
横山 yokoyama 宮崎 miyazaki 宮本 miyamoto 内田 uchida 高木 takagi 安藤 ando 谷口 taniguchi
大野 ono 丸山 maruyama 今井 imai 高田 takada 藤本 fujimoto 武田 takeda 村田 murata
上野 ueno 杉山 sugiyama 増田 masuda 平野 hirano 大塚 otsuka 千葉 chiba 久保 kubo
松井 matsui 小島 kojima 岩崎 iwasaki 桜井 sakurai 野口 noguchi 松尾 matsuo 野村 nomura
木下 kinoshita 菊地 kikuchi 佐野 sano 大西 onishi 杉本 sugimoto 新井 arai
"""

_KO_SURNAMES = """
김 kim 이 lee 박 park 최 choi 정 jung 강 kang 조 cho 윤 yoon 장 jang 임 lim 한 han 오 oh
서 seo 신 shin 권 kwon 황 hwang 안 ahn 송 song 전 jeon 홍 hong 유 yoo 고 ko 문 moon
양 yang 손 son 배 bae 백 baek 허 heo 남 nam 심 shim 노 noh 하 ha 곽 kwak 성 sung 차 cha
주 joo 우 woo 구 koo 민 min 류 ryu 나 na 진 jin 지 ji 엄 um 채 chae 원 won 천 cheon
방 bang 공 kong 현 hyun 함 ham 변 byun 염 yeom 여 yeo 추 choo 도 do 소 so 석 seok 선 sun
설 seol 마 ma 길 gil 연 yeon 위 wi 표 pyo 명 myung 기 ki 반 ban 왕 wang 금 geum 옥 ok
"""

_AR_NAMES = """
محمد mohamed أحمد ahmed احمد ahmed علي ali عمر omar خالد khaled يوسف youssef حسن hassan
حسين hussein إبراهيم ibrahim ابراهيم ibrahim عبدالله abdullah عبد abd مصطفى mustafa
محمود mahmoud عثمان othman سالم salem رمضان ramadan عبدالعزيز abdulaziz عبدالرحمن abdulrahman
صالح saleh فؤاد fouad نصار nassar شاهين shaheen بدوي badawi جاد gad زكي zaki عيسى issa
عاشور ashour قاسم qasim حمدان hamdan الخوري khoury درويش darwish الملا almulla منصور mansour
خليل khalil سليمان suleiman الشريف alsharif النجار alnajjar الحداد alhaddad العطار alattar
الخطيب alkhatib الزهراني alzahrani الغامدي alghamdi القحطاني alqahtani العتيبي alotaibi
الشمري alshammari الدوسري aldosari المطيري almutairi الحربي alharbi الفقي elfeky البنا elbanna
الشافعي elshafei الجمال elgamal عوض awad عبد abd
العلي alali الأحمد alahmad الحسن alhassan السيد elsayed
فاطمة fatima مريم maryam عائشة aisha زينب zainab نور nour سارة sara ليلى layla هدى huda
سلمى salma رنا rana دينا dina منى mona ياسمين yasmin آمنة amina أمينة amina خديجة khadija
حنان hanan رانيا rania هند hind سعاد souad نادية nadia سمر samar إيمان iman ايمان iman
جميلة jamila لينا lina ريم reem شيماء shaimaa أسماء asmaa اسماء asmaa هالة hala سوسن sawsan
سعيد saeed ياسر yasser طارق tarek كريم karim وليد walid هشام hisham زياد ziad فيصل faisal
ماجد majed ناصر nasser سامي sami رامي rami عادل adel جمال gamal فارس fares بلال bilal
حمزة hamza أنس anas انس anas مازن mazen سلطان sultan راشد rashid حمد hamad فهد fahad
نايف nayef بندر bandar تركي turki سعود saud منير mounir نبيل nabil أيمن ayman ايمن ayman
"""


def _table(text: str) -> dict[str, str]:
    words = text.split()
    return dict(zip(words[::2], words[1::2], strict=True))


@cache
def _readings(japanese: bool) -> dict[str, str]:
    """Name -> its usual romanization: Korean surnames and Arabic names, plus Japanese
    readings for a Japanese name (林 is Hayashi in Japanese and Lin in Chinese)."""
    out = {**_table(_KO_SURNAMES), **_table(_AR_NAMES)}
    if japanese:
        from faker.providers.person.ja_JP import Provider as Ja

        pairs = (*Ja.first_name_female_pairs, *Ja.first_name_male_pairs, *Ja.last_name_pairs)
        out.update((kanji, roman.lower()) for kanji, _kana, roman in pairs)
        out.update(_table(_JA_READINGS))
    return out


_DEV_CONSONANTS = _table(
    "क k ख kh ग g घ gh ङ n च ch छ chh ज j झ jh ञ n ट t ठ th ड d ढ dh ण n त t थ th द d ध dh "
    "न n प p फ ph ब b भ bh म m य y र r ल l व v श sh ष sh स s ह h ड़ r ढ़ rh क़ q ख़ kh ग़ g ज़ z फ़ f"
)
# independent vowel letters and vowel signs alike
_DEV_VOWELS = _table(
    "अ a आ a इ i ई i उ u ऊ u ऋ ri ए e ऐ ai ओ o औ au ा a ि i ी i ु u ू u ृ ri े e ै ai ो o ौ au"
)
_DEV_WORDS = {"सिंह": "singh"}


def _devanagari(word: str) -> str:
    """A Hindi word in Latin letters with Hindi's schwa deletion (see the module doc)."""
    if word in _DEV_WORDS:
        return _DEV_WORDS[word]
    # units: (consonant, vowel) with vowel None for the inherent "a", "" after a virama
    units: list[list[str | None]] = []
    for ch in unicodedata.normalize("NFC", word):
        if ch in _DEV_CONSONANTS:
            units.append([_DEV_CONSONANTS[ch], None])
        elif ch in _DEV_VOWELS:
            if units and units[-1][1] is None and ch not in "अआइईउऊऋएऐओऔ":
                units[-1][1] = _DEV_VOWELS[ch]
            else:
                units.append(["", _DEV_VOWELS[ch]])
        elif ch == "्" and units:  # virama: no vowel
            units[-1][1] = ""
        elif ch in "ंँ" and units:  # anusvara, candrabindu
            if units[-1][1] is None:
                units[-1][1] = "a"
            units[-1][1] = (units[-1][1] or "") + "n"
        elif ch == "़":  # nukta on a letter not in the table
            continue
    # Right to left: a word's last inherent vowel goes; a medial one goes between a vowel
    # and a consonant that keeps its own vowel (so two in a row never both go).
    kept_next = False
    for i in range(len(units) - 1, -1, -1):
        cons, vowel = units[i]
        if vowel is None:
            if i == len(units) - 1:  # kept after a cluster: आदित्य -> "aditya"
                vowel = "" if i > 0 and units[i - 1][1] != "" else "a"
            else:
                after_vowel = i > 0 and units[i - 1][1] != ""
                vowel = "" if after_vowel and kept_next else "a"
            units[i][1] = vowel
        kept_next = bool(units[i][0]) and units[i][1] != "" or not units[i][0]
    return "".join(f"{cons}{vowel}" for cons, vowel in units)


_AR_LETTERS = _table(
    "ب b ت t ث th ج j ح h خ kh د d ذ dh ر r ز z س s ش sh ص s ض d ط t ظ z غ gh ف f ق q "
    "ك k ل l م m ن n ه h ة a ى a ا a أ a إ i آ a"
)
_AR_VOWEL_MARKS = {"\u064e": "a", "\u064f": "u", "\u0650": "i"}  # fatha, damma, kasra
_AR_SILENT = set("ءئؤ\u0652\u064b\u064c\u064d\u0640")  # hamzas, sukun, tanwin, tatweel


def _arabic(word: str) -> str:
    """An Arabic name in Latin letters (see the module doc): a token list of consonants
    and vowels, then the short vowels a name most often has where two consonants meet at
    its start or end."""
    prefix = ""
    if word.startswith("ال") and len(word) > 3:
        prefix, word = "al", word[2:]
    tokens: list[tuple[str, bool]] = []  # (letters, is_vowel)
    chars = list(word)
    for i, ch in enumerate(chars):
        prev_vowel = not tokens or tokens[-1][1]
        nxt = next((c for c in chars[i + 1 :] if c not in _AR_SILENT and c != "\u0651"), "")
        next_consonant = nxt in _AR_LETTERS and nxt not in "اأإآىة" or nxt in "وي"
        if ch == "\u0651" and tokens:  # shadda: the consonant twice
            letters, vowel = tokens[-1]
            if not vowel:
                tokens.append((letters, False))
            continue
        if ch in _AR_SILENT:
            continue
        if ch in _AR_VOWEL_MARKS:
            tokens.append((_AR_VOWEL_MARKS[ch], True))
        elif ch == "ع":
            if not tokens:
                tokens.append(("a", True))
        elif ch in "وي":
            glide = "w" if ch == "و" else "y"
            long = "ou" if ch == "و" else "i"
            doubled = i + 1 < len(chars) and chars[i + 1] == "\u0651"
            if doubled:
                tokens += [("a", True), (glide, False)]
            elif not tokens or (prev_vowel and tokens):
                tokens.append((glide, False))
            elif next_consonant or not nxt:
                tokens.append((long, True))
            else:
                tokens.append((glide, False))
        elif ch in _AR_LETTERS:
            letters = _AR_LETTERS[ch]
            tokens.append((letters, ch in "اأإآىة"))
    if len(tokens) >= 2 and tokens[0] == tokens[1] and not tokens[0][1]:
        del tokens[0]  # a sun letter after "al" (الرّحيم): written once, "alrahim"
    long_a = any(v and t == "a" for t, v in tokens[1:-1])  # a written alif inside the name
    if len(tokens) >= 2 and not tokens[0][1] and not tokens[1][1]:
        tokens.insert(1, ("a", True))
    final_pair = len(tokens) >= 3 and not tokens[-1][1] and not tokens[-2][1]
    if final_pair and tokens[-1][0] != tokens[-2][0]:  # not a doubled consonant
        tokens.insert(len(tokens) - 1, ("i" if long_a else "a", True))
    return prefix + "".join(t for t, _ in tokens)


_ARABIC = re.compile(r"[\u0600-\u06ff]")
_DEVANAGARI = re.compile(r"[\u0900-\u097f]")
_NOT_LETTER = re.compile(r"[^a-z]+")
_CJK = re.compile(r"[\u3400-\u9fff]")


def romanize(name: str, japanese: bool = False) -> str:
    """``name`` (one or more words, any script) as lower-case ASCII letters, words joined by
    spaces; "" when nothing is left. ``japanese``: Han characters are a Japanese name's, so
    one without a known reading gives nothing rather than a Chinese reading."""
    readings = _readings(japanese)
    words = []
    for word in unicodedata.normalize("NFC", name).split():
        reading = readings.get(word)
        if reading is None and _DEVANAGARI.search(word):
            reading = _devanagari(word)
        if reading is None and _ARABIC.search(word):
            reading = _arabic(word)
        if reading is None:
            reading = "" if japanese and _CJK.search(word) else anyascii(word)
        reading = _NOT_LETTER.sub("", reading.lower())
        if reading:
            words.append(reading)
    return " ".join(words)
