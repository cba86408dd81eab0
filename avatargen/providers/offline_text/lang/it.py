"""Italian phrase data (see :mod:`..lang` for the conventions).

Interests carry their article (``"lo yoga"``); ``{d1}``/``{aa1}`` are the articulated
prepositions ("dello yoga", "al cinema").
"""

AND = "e"
AT = "presso"
FROM = "di"


def in_city(city: str) -> str:
    return f"ad {city}" if city[:1] in "aA" else f"a {city}"  # "ad Alghero", "a Roma"


INTERESTS_ART = {
    "hiking": "il trekking", "running": "la corsa", "cycling": "la bici", "swimming": "il nuoto",
    "yoga": "lo yoga", "fitness": "la palestra", "football": "il calcio", "basketball": "il basket",
    "tennis": "il tennis", "climbing": "l'arrampicata", "surfing": "il surf", "skiing": "lo sci",
    "dancing": "il ballo", "martial_arts": "le arti marziali", "cooking": "la cucina",
    "baking": "la pasticceria", "coffee": "il caffè", "wine": "il vino",
    "craft_beer": "la birra artigianale", "street_food": "lo street food",
    "gardening": "il giardinaggio", "houseplants": "le piante", "photography": "la fotografia",
    "painting": "la pittura", "drawing": "il disegno", "writing": "la scrittura",
    "reading": "la lettura", "poetry": "la poesia", "cinema": "il cinema",
    "series": "le serie TV", "music": "la musica", "concerts": "i concerti",
    "guitar": "la chitarra", "piano": "il pianoforte", "singing": "il canto",
    "karaoke": "il karaoke", "podcasts": "i podcast", "gaming": "i videogiochi",
    "board_games": "i giochi da tavolo", "chess": "gli scacchi", "anime": "gli anime",
    "comics": "i fumetti", "travel": "i viaggi", "camping": "il campeggio", "fishing": "la pesca",
    "birdwatching": "il birdwatching", "beach": "il mare", "volunteering": "il volontariato",
    "diy": "il fai da te", "knitting": "la maglia", "pottery": "la ceramica", "fashion": "la moda",
    "interior_design": "l'arredamento", "history": "la storia", "science": "la scienza",
    "astronomy": "l'astronomia", "languages": "le lingue", "tech": "la tecnologia",
    "investing": "gli investimenti", "cars": "le auto d'epoca", "motorcycles": "le moto",
    "dogs": "i cani", "cats": "i gatti", "theatre": "il teatro", "museums": "i musei",
    "meditation": "la meditazione",
 "cricket": "il cricket", "horse_riding": "l'equitazione", "skateboarding": "lo skateboard",
    "golf": "il golf", "sailing": "la vela", "baseball": "il baseball",
    "volleyball": "la pallavolo", "sewing": "il cucito", "hockey": "l'hockey",
    "rugby": "il rugby",
}  # fmt: skip

_ARTICLES = ("il ", "lo ", "la ", "i ", "gli ", "le ", "l'")
_PREP = {
    "di": {"il ": "del ", "lo ": "dello ", "la ": "della ", "i ": "dei ", "gli ": "degli ",
           "le ": "delle ", "l'": "dell'"},
    "a": {"il ": "al ", "lo ": "allo ", "la ": "alla ", "i ": "ai ", "gli ": "agli ",
          "le ": "alle ", "l'": "all'"},
}  # fmt: skip


def _bare(phrase: str) -> str:
    for article in _ARTICLES:
        if phrase.startswith(article):
            return phrase[len(article) :]
    return phrase


def _prep(prep: str, phrase: str) -> str:
    for article, joined in _PREP[prep].items():
        if phrase.startswith(article):
            return joined + phrase[len(article) :]
    return f"{prep} {phrase}"


INTERESTS = {k: _bare(v) for k, v in INTERESTS_ART.items()}


def _article(word: str, g: int) -> str:
    low = word.lower()
    if low[:1] in "aeiouh":
        return "l'"
    if g:
        return "la "
    if low.startswith(("z", "gn", "ps", "x", "y")) or (low[:1] == "s" and low[1:2] not in "aeiou"):
        return "lo "
    return "il "


def decorate(slots: dict) -> None:
    occ = slots["occ"]
    if slots.get("gt", 0) >= 2 and "/" in occ:  # a nonbinary persona's "cuoco/a"
        slots["l_occ"] = ("l'" if occ[:1].lower() in "aeiouh" else "il/la ") + occ
    else:
        slots["l_occ"] = _article(occ, slots["g"]) + occ
    keys = slots["keys"]
    for n, key in enumerate(keys[:3], 1):
        art = INTERESTS_ART[key]
        slots[f"a{n}"] = art
        slots[f"d{n}"] = _prep("di", art)
        slots[f"aa{n}"] = _prep("a", art)
    arts = [INTERESTS_ART[k] for k in keys[:4]]
    slots["alist"] = f"{', '.join(arts[:-1])} e {arts[-1]}"


OCCUPATIONS = {
    "nurse": "infermier<e|a>", "doctor": "medic<o|a>", "pharmacist": "farmacista",
    "dentist": "dentista", "physiotherapist": "fisioterapista", "psychologist": "psicolog<o|a>",
    "veterinarian": "veterinari<o|a>", "teacher": "insegnante",
    "professor": "docente universitari<o|a>", "librarian": "bibliotecari<o|a>",
    "software_engineer": "<ingegnere|ingegnera> del software",
    "web_developer": "sviluppat<ore|rice> web", "data_analyst": "analista dati",
    "graphic_designer": "grafic<o|a>", "ux_designer": "UX designer",
    "architect": "architett<o|a>", "civil_engineer": "<ingegnere|ingegnera> civile",
    "mechanical_engineer": "<ingegnere meccanico|ingegnera meccanica>",
    "electrician": "elettricista", "plumber": "idraulic<o|a>", "carpenter": "falegname",
    "mechanic": "meccanic<o|a>", "chef": "cuoc<o|a>", "barista": "barista",
    "waiter": "camerier<e|a>", "baker": "fornai<o|a>", "accountant": "commercialista",
    "lawyer": "avvocat<o|a>", "marketing_manager": "responsabile marketing",
    "sales_rep": "agente di commercio", "project_manager": "project manager",
    "hr_specialist": "specialista HR", "entrepreneur": "imprendit<ore|rice>",
    "real_estate_agent": "agente immobiliare", "bank_clerk": "impiegat<o|a> di banca",
    "customer_service": "operat<ore|rice> di call center", "receptionist": "receptionist",
    "social_worker": "assistente sociale", "police_officer": "agente di polizia",
    "firefighter": "vigile del fuoco", "pilot": "pilota di linea",
    "flight_attendant": "assistente di volo", "truck_driver": "camionista",
    "farmer": "agricolt<ore|rice>", "hairdresser": "parrucchier<e|a>",
    "fitness_trainer": "personal trainer", "shop_assistant": "commess<o|a>",
    "journalist": "giornalista", "photographer": "fotograf<o|a>",
    "translator": "tradutt<ore|rice>", "musician": "musicista", "writer": "scritt<ore|rice>",
    "researcher": "ricercat<ore|rice>", "student": "student<e|essa> universitari<o|a>",
    "pupil": "student<e|essa> del liceo", "retiree": "pensionat<o|a>",
 "fashion_designer": "stilista", "trader": "trader",
}  # fmt: skip
OCCUPATION_WORDS = {
    "medici": "doctor", "dottori": "doctor", "infermieri": "nurse", "infermiere": "nurse",
    "insegnanti": "teacher", "professori": "teacher", "maestre": "teacher", "maestri": "teacher",
    "sviluppatori": "software_engineer", "programmatori": "software_engineer",
    "ingegneri": "civil_engineer", "studenti": "student", "studentesse": "student",
    "universitari": "student", "pensionati": "retiree", "cuochi": "chef", "chef": "chef",
    "ricercatori": "researcher", "scienziati": "researcher", "contadini": "farmer",
}  # fmt: skip
INTEREST_WORDS = {
    "escursionisti": "hiking", "escursioni": "hiking", "montagna": "hiking",
    "corridori": "running", "ciclisti": "cycling", "bicicletta": "cycling",
    "nuotare": "swimming", "ballare": "dancing", "cucinare": "cooking", "viaggiare": "travel",
    "viaggiatori": "travel", "lettori": "reading", "leggere": "reading", "libri": "reading",
    "gamer": "gaming", "giocatori": "gaming",
}  # fmt: skip
GENDER_WORDS = {
    "donne": "female", "donna": "female", "ragazze": "female", "mamme": "female",
    "uomini": "male", "uomo": "male", "ragazzi": "male", "papà": "male",
    "non binarie": "nonbinary", "non binari": "nonbinary",
}  # fmt: skip
STOPWORDS = (
    "di del della dei degli delle il lo la i gli le un una uno e o in a al alla ai con senza "
    "per che chi come tra fra anni eta persone gente vivono vive lavorano lavora amano ama "
    "appassionati loro molto piu meno da dal dalla su"
)

TRAITS = (
    "curios<o|a>", "tranquill<o|a>", "allegr<o|a>", "organizzat<o|a>", "creativ<o|a>",
    "paziente", "ambizios<o|a>", "leale", "rilassat<o|a>", "riflessiv<o|a>",
    "avventuros<o|a>", "pratic<o|a>", "divertente", "empatic<o|a>", "energic<o|a>",
    "affidabile", "ottimista", "indipendente", "riservat<o|a>", "socievole", "precis<o|a>",
    "generos<o|a>", "testard<o|a>", "spontane<o|a>", "alla mano", "solare", "ironic<o|a>",
    "determinat<o|a>", "calm<o|a>", "sincer<o|a>",
)  # fmt: skip

# The TRAITS that read well after "a little" (for "{t1}, {t2} and a little {t3}").
QUIRKS = (
    "curios<o|a>", "avventuros<o|a>", "riservat<o|a>", "precis<o|a>", "testard<o|a>",
    "spontane<o|a>", "rilassat<o|a>", "ironic<o|a>",
)  # fmt: skip

FIELDS = {
    "nursing": "Infermieristica", "medicine": "Medicina", "pharmacy": "Farmacia",
    "dentistry": "Odontoiatria", "physiotherapy": "Fisioterapia", "psychology": "Psicologia",
    "veterinary": "Medicina Veterinaria", "education": "Scienze della Formazione",
    "computer_science": "Informatica", "statistics": "Statistica", "mathematics": "Matematica",
    "graphic_design": "Graphic Design", "architecture": "Architettura",
    "civil_engineering": "Ingegneria Civile", "mechanical_engineering": "Ingegneria Meccanica",
    "engineering": "Ingegneria", "electrical_installations": "Impianti Elettrici",
    "plumbing": "Impianti Idraulici", "carpentry": "Falegnameria",
    "automotive": "Meccanica dell'Auto", "culinary_arts": "Arte Culinaria",
    "hospitality": "Turismo e Ospitalità", "accounting": "Economia Aziendale",
    "business": "Economia e Management", "law": "Giurisprudenza", "marketing": "Marketing",
    "journalism": "Giornalismo", "social_work": "Servizio Sociale", "criminology": "Criminologia",
    "aviation": "Ingegneria Aerospaziale", "agronomy": "Scienze Agrarie",
    "hairdressing": "Acconciatura", "sports_science": "Scienze Motorie",
    "translation": "Mediazione Linguistica", "music": "Musica", "literature": "Lettere",
    "biology": "Biologia", "physics": "Fisica", "economics": "Economia", "history": "Storia",
}  # fmt: skip

INSTITUTIONS = {
    "university": ("all'::Università di {city}", "al::Politecnico di {city}",
                   "all'::Università degli Studi di {city}"),
    "college": ("all'::Istituto Tecnico Superiore di {city}", "all'::Accademia di {city}"),
    "vocational": ("all'::Istituto Professionale di {city}", "al::Centro di Formazione di {city}"),
    "school": ("al::Liceo di {city}",),
}  # fmt: skip

WORKPLACES = {
    "hospital": ("all'::Ospedale Maggiore di {city}", "al::Policlinico di {city}",
                 "alla::Clinica {brand}"),
    "clinic": ("allo::Studio Medico {surname}", "al::Poliambulatorio di {city}"),
    "dental": ("allo::Studio Dentistico {surname}", "al::Centro Dentale {brand}"),
    "vet": ("alla::Clinica Veterinaria {brand}", "all'::Ambulatorio Veterinario {surname}"),
    "pharmacy": ("alla::Farmacia {surname}", "alla::Farmacia Centrale di {city}"),
    "school": ("alla::Scuola Primaria {surname}", "all'::Istituto Comprensivo di {city}"),
    "highschool": ("al::Liceo {surname}", "all'::Istituto Tecnico di {city}"),
    "library": ("alla::Biblioteca Civica di {city}",),
    "tech": ("{brand} Labs", "{brand} Software", "{brand} Tech", "{brand} Digital"),
    "agency": ("{brand} Studio", "all'::Agenzia {brand}"),
    "company": ("{brand} S.p.A.", "{surname} & Figli", "{brand} Group", "{brand} Soluzioni"),
    "law": ("allo::Studio Legale {surname}", "allo::Studio {surname} & {surname2}"),
    "accounting": ("allo::Studio {surname}", "{surname} & Associati"),
    "architecture": ("allo::Studio {surname} Architetti", "{brand} Architettura"),
    "engineering": ("{brand} Ingegneria", "allo::Studio Tecnico {surname}"),
    "construction": ("{surname} Costruzioni", "{brand} Edilizia"),
    "trades": ("{surname} Impianti", "{surname} Servizi", "=in proprio"),
    "garage": ("all'::Officina {surname}", "all'::Autofficina {brand}"),
    "restaurant": ("al::Ristorante {brand}", "alla::Trattoria da {surname}",
                   "all'::Osteria {brand}"),
    "cafe": ("al::Caffè {brand}", "al::Bar {brand}"),
    "bakery": ("al::Forno {surname}", "alla::Pasticceria {brand}"),
    "shop": ("alla::Libreria {brand}", "alla::Ferramenta {surname}", "{brand} Moda"),
    "salon": ("al::Salone {brand}", "{surname} Parrucchieri"),
    "gym": ("alla::Palestra {brand}", "{brand} Fitness"),
    "media": ("al::Corriere di {city}", "a::Radio {city}", "{brand} Media"),
    "studio": ("allo::Studio Fotografico {brand}", "{surname} Fotografia"),
    "council": ("al::Comune di {city}",),
    "police": ("alla::Polizia Locale di {city}",),
    "fire": ("al::Comando dei Vigili del Fuoco di {city}",),
    "social": ("ai::Servizi Sociali di {city}", "alla::Cooperativa {brand}"),
    "airline": ("{brand} Airlines", "{brand} Air"),
    "logistics": ("{surname} Trasporti", "{brand} Logistica"),
    "farm": ("all'::Azienda Agricola {surname}", "alla::Cascina {brand}"),
    "realestate": ("{brand} Immobiliare", "all'::Agenzia {surname}"),
    "bank": ("alla::Banca {brand}", "alla::Cassa di Risparmio di {city}"),
    "callcenter": ("{brand} Contact Center", "{brand} Servizio Clienti"),
    "hotel": ("all'::Hotel {brand}", "al::Grand Hotel {city}"),
    "lab": ("all'::Istituto {brand}", "al::Centro Ricerche di {city}"),
    "freelance": ("=libero professionista", "=in proprio"),
    "music": ("all'::Orchestra Sinfonica di {city}", "=in proprio"),
    "own": ("{brand} & Co.", "all'::Atelier {brand}", "alla::Bottega {brand}"),
    "retired": ("=in pensione",),
}  # fmt: skip

# ------------------------------------------------------------------ bios
X_ROLE = (
    "{Occ} {in_city}", "{Occ} · {city}", "{Occ}. {city}", "{Occ} {from_city}",
    "!{Occ} di professione", "!{Occ} a tempo pieno", "{Occ} da {years} anni",
    "<Orgoglioso|Orgogliosa> di essere {occ}", "Lavoro come {occ} {in_city}",
    "Vivo {in_city} e faccio {l_occ}", "!{Occ} dal lunedì al venerdì", "{Occ} {flag}",
    "{city} {flag} · {occ}", "{Occ}, {age} anni, {city}", "!{Occ} di giorno",
    "{Occ} innamorat<o|a> di {city}", "!{Occ} per vocazione",
)  # fmt: skip
X_ROLE_WP = (
    "{Occ} {at_wp}", "{Occ} @ {wp}", "{Occ} | {wp}", "{Occ} {at_wp}, {city}",
    "Ora: {occ} {at_wp}", "Lavoro {at_wp}",
)  # fmt: skip
X_INTERESTS = (
    "{I1}, {i2} e {i3}", "Appassionat<o|a> di {i1}", "Fan {d1}", "Amo {a1} e {a2}",
    "Weekend: {i1} e {i2}", "Sempre pront<o|a> per {a1}", "Parliamo {d1}?",
    "Tempo libero = {i1}", "{I1} + {i2} + {i3}", "Tra {a1} e {a2}",
    "Un po' fissat<o|a> con {a1}", "{I1} la domenica", "{e1} {i1} {e2} {i2}",
    "La mia terapia: {a1}", "Più {i1}, meno schermi", "Innamorat<o|a> {d1}",
    "Fan {d1}, principiante di {i2}",
)  # fmt: skip
X_TRAITS = (
    "{T1} e {t2}", "{T1}, {t2} e un po' {t3}", "{T1} per natura",
    "Quasi sempre {t1}, a volte {t2}", "Dicono che sono {t1}", "{T1} quasi tutti i giorni",
)  # fmt: skip
TAGLINES = (
    "Prima il caffè", "Imparo ogni giorno", "Ancora alla ricerca della mia strada",
    "Provo a essere gentile ogni giorno", "Team cani", "Team gatti",
    "Campione<|ssa> di pensieri inutili", "Perfezionista in via di guarigione",
    "Collezionista di piccole gioie", "La vita, una playlist alla volta",
    "Qui per le belle storie", "Piccoli passi, grandi panorami", "A caccia di tramonti",
    "Sempre in fase di apprendimento", "Negat<o|a> per le chiacchiere", "Vado a snack",
    "Il sarcasmo è la mia lingua madre", "A caccia della luce giusta",
    "Improvviso, con stile", "Bicchiere mezzo pieno", "Mattinier<o|a> controvoglia",
    "Nottambul<o|a>", "Battute pessime, buone intenzioni", "Fan delle mattine lente",
    "Le liste mi danno pace", "Credo ancora nelle lettere scritte a mano",
    "Futur<o|a> propriet<ario|aria> di una baita", "Gite fuori porta nel weekend", "Team tè",
    "Allergic<o|a> al lunedì", "Cuore tenero, caffè forte", "Sto imparando a dire di no",
    "Sogno il prossimo viaggio", "La gentilezza non costa nulla",
    "Critic<o|a> gastronomic<o|a> dilettante", "Sempre in ritardo", "!<Papà|Mamma> di due",
    "<Zio orgoglioso|Zia orgogliosa>", "Famiglia grande, cuore grande",
    "La domenica è per la famiglia", "Filosof<o|a> da bar", "Amic<o|a> di tutti i cani",
    "Meno scroll, più vita", "Senza complicazioni", "Un giorno buono alla volta",
    "Con i piedi per terra", "Senza fretta",
)  # fmt: skip
TIKTOK = (
    "{e1} {occ} {in_city} | {i1} + {i2}", "{occ} di giorno {e1} {i1} di notte",
    "{city} 📍 {occ} innamorat<o|a> {d1}", "solo un<|a> {occ} che posta {a1} {e1}",
    "{i1} {e1} {i2} {e2} e vita da {occ}", "pov: {occ} con troppi hobby {e1}{e2}",
    "vita da {occ} + {i1} {e1}", "{e1} {i1} | {e2} {i2} | {city}",
    "{i1} e caos da {occ} {e1}", "{occ} che condivide la passione per {a1} {e1}",
    "qui per {a1} e le good vibes {e1}", "fissat<o|a> con {a1} {e1} {occ} {in_city}",
    "{occ} {in_city} • {i1} {e1}", "vieni per {a1}, resta per il caos {e1}",
    "diario {d1} {e1} {flag}", "il tuo {occ} preferit<o|a> {e1}",
    "clip {d1} e di {city} {e1}", "{occ} | {i1} | {i2} {e1}",
    "non sono pro, amo solo {a1} {e1}", "{tag} {e1}", "{flag} {occ} • {i1} • {i2}",
    "{occ} nella fase {i1} {e1}",
)  # fmt: skip
IG_ROLE = (
    "{Occ} · {city}", "{Occ} | {city}", "📍 {city} | {Occ}", "{Occ} {in_city} {flag}",
    "{Occ} ✦ {city}", "{city} {flag} · {occ}", "{Occ} @ {wp}", "{Occ} {from_city}",
)  # fmt: skip
IG_INTERESTS = (
    "{e1} {i1} · {e2} {i2} · {e3} {i3}", "{e1} {i1} | {e2} {i2}", "{I1}, {i2} e {i3} {e1}",
    "{e1}{e2}{e3} {i1}, {i2}, {i3}", "Amo {a1} e {a2} {e1}", "{e1} {i1} sempre",
    "{I1} {e1} {i2} {e2}", "{e1} weekend = {i1}",
)  # fmt: skip
FB_WORK = (
    "Lavoro come {occ} {in_city}.", "Faccio {l_occ} {in_city}.", "{Occ} {in_city}.",
    "{Occ} {in_city} da {years} anni.", "<Orgoglioso|Orgogliosa> di essere {occ} {in_city}.",
)  # fmt: skip
FB_WORK_WP = (
    "{Occ} {at_wp}.", "Lavoro {at_wp}.", "<Orgoglioso|Orgogliosa> di lavorare {at_wp}.",
    "{Occ} {at_wp}, {city}.",
)  # fmt: skip
FB_HOME = ("Vivo {in_city}.", "{city} è casa mia.", "Felice di vivere {in_city}.")
FB_INTERESTS = (
    "Amo {a1} e {a2}.", "Mi piacciono {a1}, {a2} e la buona compagnia.", "Fan {d1}.",
    "Il weekend è per {a1} e {a2}.", "Sempre pront<o|a> a parlare {d1}.",
    "Le mie passioni: {i1}, {i2} e {i3}.", "Tempo libero: {i1} e {i2}.",
)  # fmt: skip
FB_PERSONAL = (
    "Prima la famiglia e gli amici.", "La vita è bella.", "Grat<o|a> per ogni giorno.",
    "Buon cibo, brava gente.", "Cerco di vivere in modo semplice.", "{Tag}.", "{T1} e {t2}.",
    "Sempre pront<o|a> a fare due chiacchiere.",
)  # fmt: skip
SHORT = ("{Occ} · {city}", "{Occ}, {city}", "{Occ} {in_city}", "{Occ}")

# ------------------------------------------------------------------ about
ABOUT_INTRO = (
    "!Ciao! Sono {first} e lavoro come {occ} {in_city}.", "Sono {first}, {occ}, e vivo {in_city}.",
    "Mi chiamo {first} e sono {occ} {in_city}.", "Faccio {l_occ} {in_city} da {years} anni.",
    "!Ciao! Mi chiamo {first}, ho {age} anni e vivo {in_city}, dove lavoro come {occ}.",
    "Sono {first}, ho {age} anni, sono {occ} e {city} è casa mia.",
)  # fmt: skip
ABOUT_WORK = (
    "Sono arrivat<o|a> a questo mestiere quasi per caso e non me ne sono mai pentit<o|a>.",
    "La cosa che amo di più del mio lavoro sono le persone che incontro.",
    "Ci sono giornate lunghe, ma non mi vedo a fare altro.",
    "Dopo {years} anni di lavoro imparo ancora qualcosa di nuovo ogni settimana.",
)  # fmt: skip
ABOUT_WORK_WP = (
    "Oggi lavoro {at_wp} e mi piace quasi tutto di quello che porta la giornata.",
    "Lavoro {at_wp} da circa {years} anni.",
    "Passo gran parte della settimana {at_wp}, dove non c'è un giorno uguale all'altro.",
)  # fmt: skip
ABOUT_STUDY = (
    "Studio {field} {at_wp}, e certe settimane sono davvero piene.",
    "In questo momento sono {at_wp}, e la materia che preferisco è {field}.",
    "Tra una lezione e l'altra {at_wp} cerco di ritagliarmi del tempo per me.",
)  # fmt: skip
RETIRED_AS = "{former} in pensione"
ABOUT_RETIRED = (
    "Dopo {years} anni di lavoro ho finalmente tempo per le cose che amo.",
    "Sono in pensione da qualche anno e, non so come, sono più impegnat<o|a> che mai.",
    "La pensione mi fa bene, e l'agenda è ancora piena.",
    "[retired]Ho lavorato come {former} per {years} anni e le persone mi mancano ancora.",
    '[retired]Prima della pensione ero {former}; ora il mio tempo è mio.',
    '[retired]Gli anni da {former} mi hanno insegnato la pazienza, e mi serve ancora.',
    '[retired]Mi chiedono ancora consigli dei miei anni da {former}.',
)  # fmt: skip
ABOUT_EDU = (
    "Ho studiato {field} {at_school}.", "Mi sono format<o|a> in {field} {at_school}.",
    "Anni fa ho studiato {field} {at_school}, e questo ha segnato il mio modo di lavorare.",
)  # fmt: skip
ABOUT_INTERESTS = (
    "!Fuori dal lavoro, le mie passioni sono {alist}.", "Nel tempo libero amo {a1} e {a2}.",
    "I miei weekend sono dedicati {aa1} e {aa2}.",
    "Da poco mi sono avvicinat<o|a> {aa1}, mentre per {a2} ho una passione da anni.",
    "Quando ho una serata libera, di solito è per {a1} o {a2}.",
)  # fmt: skip
ABOUT_TRAITS = (
    "Le persone mi descrivono come {t1} e {t2}.",
    "I miei amici direbbero che sono {t1}, {t2} e un po' {t3}.",
    "Io direi di essere {t1}, anche se in famiglia mi trovano soprattutto {t2}.",
    "Cerco di essere {t1} e {t2} in tutto quello che faccio.",
)  # fmt: skip
ABOUT_CLOSING = (
    "Mi piace conoscere gente nuova, quindi scrivimi pure.",
    "In questo periodo metto da parte i soldi per un viaggio e imparo qualcosa di nuovo ogni "
    "settimana.",
    "La vita corre, ma non cambierei molto.", "Grazie di essere passat<o|a>!",
    "Prossimo obiettivo: più tempo all'aria aperta e meno ore al telefono.",
)  # fmt: skip


def neutral(m: str, f: str) -> str:
    """A word's neutral form for nonbinary personas (see :mod:`.`): ``m/a``."""
    from avatargen.providers.offline_text.lang import slash

    return slash(m, f)


# Family roles from the description ("parents of toddlers"); neutral: "genitore".
FAMILY_LABELS = {
    "parent": "<papà|mamma|genitore>",
    "parent_toddler": "<papà|mamma|genitore> di un bimbo piccolo",
    "single_parent": "<papà single|mamma single|genitore single>",
    "grandparent": "<nonno|nonna|nonno/a>",
}
ABOUT_FAMILY = (
    "Sono anche {family}, quindi le mie giornate iniziano presto e raramente vanno come previsto.",
    "Essere {family} è la parte più bella e più faticosa della mia vita.",
    "Da {family} ho imparato a fare quasi tutto con una mano sola.",
)


# More epicene traits (one form for every gender), for nonbinary personas only: with the
# epicene ones of TRAITS they are what a nonbinary persona's personality is drawn from.
NEUTRAL_TRAITS = (
    "gentile", "intelligente", "sensibile", "puntuale", "realista", "entusiasta", "tollerante",
    "flessibile", "efficiente", "umile", "coerente", "vivace",
)  # fmt: skip
