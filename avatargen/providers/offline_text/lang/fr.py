"""French phrase data (see :mod:`..lang` for the conventions).

Interests carry their article (``"la randonnée"``); ``{d1}`` is the elided "de" form
("d'escalade", "de randonnée") and ``{a1}`` the article form ("l'escalade").
"""

AND = "et"
AT = "chez"

_VOWELS = tuple("aeiouyhéèêàâîïôûœAEIOUYHÉÈÊÀÂÎÏÔÛŒ")
_ELIDES = tuple(v for v in _VOWELS if v not in "yY")  # "de yoga", but "d'Yverdon"


def in_city(city: str) -> str:
    if city.startswith("Le "):
        return f"au {city[3:]}"
    if city.startswith("Les "):
        return f"aux {city[4:]}"
    return f"à {city}"


def from_city(city: str) -> str:
    if city.startswith("Le "):
        return f"du {city[3:]}"
    if city.startswith("Les "):
        return f"des {city[4:]}"
    return f"d'{city}" if city.startswith(_VOWELS) else f"de {city}"


INTERESTS_ART = {
    "hiking": "la randonnée", "running": "la course à pied", "cycling": "le vélo",
    "swimming": "la natation", "yoga": "le yoga", "fitness": "la muscu", "football": "le foot",
    "basketball": "le basket", "tennis": "le tennis", "climbing": "l'escalade",
    "surfing": "le surf", "skiing": "le ski", "dancing": "la danse",
    "martial_arts": "les arts martiaux", "cooking": "la cuisine", "baking": "la pâtisserie",
    "coffee": "le café", "wine": "le vin", "craft_beer": "la bière artisanale",
    "street_food": "la street food", "gardening": "le jardinage", "houseplants": "les plantes",
    "photography": "la photo", "painting": "la peinture", "drawing": "le dessin",
    "writing": "l'écriture", "reading": "la lecture", "poetry": "la poésie",
    "cinema": "le cinéma", "series": "les séries", "music": "la musique",
    "concerts": "les concerts", "guitar": "la guitare", "piano": "le piano", "singing": "le chant",
    "karaoke": "le karaoké", "podcasts": "les podcasts", "gaming": "les jeux vidéo",
    "board_games": "les jeux de société", "chess": "les échecs", "anime": "les animés",
    "comics": "la BD", "travel": "les voyages", "camping": "le camping", "fishing": "la pêche",
    "birdwatching": "l'ornithologie", "beach": "la plage", "volunteering": "le bénévolat",
    "diy": "le bricolage", "knitting": "le tricot", "pottery": "la poterie", "fashion": "la mode",
    "interior_design": "la déco", "history": "l'histoire", "science": "les sciences",
    "astronomy": "l'astronomie", "languages": "les langues", "tech": "la tech",
    "investing": "la bourse", "cars": "les voitures anciennes", "motorcycles": "la moto",
    "dogs": "les chiens", "cats": "les chats", "theatre": "le théâtre", "museums": "les musées",
    "meditation": "la méditation",
 "cricket": "le cricket", "horse_riding": "l'équitation", "skateboarding": "le skate",
    "golf": "le golf", "sailing": "la voile", "baseball": "le baseball",
    "volleyball": "le volley", "sewing": "la couture", "hockey": "le hockey", "rugby": "le rugby",
}  # fmt: skip


def _bare(phrase: str) -> str:
    for article in ("le ", "la ", "les ", "l'"):
        if phrase.startswith(article):
            return phrase[len(article) :]
    return phrase


INTERESTS = {k: _bare(v) for k, v in INTERESTS_ART.items()}


def _contract(prep: str, art: str) -> str:
    """ "à"/"de" + article phrase: au vélo, aux échecs, de la randonnée, de l'escalade."""
    if art.startswith("le "):
        return ("au " if prep == "à" else "du ") + art[3:]
    if art.startswith("les "):
        return ("aux " if prep == "à" else "des ") + art[4:]
    return f"{prep} {art}"


def school_for_age(options: tuple, age: int) -> tuple:
    """A pupil's school: the collège up to 14, the lycée from 15."""
    want = "Collège" if age <= 14 else "Lycée"
    return tuple(o for o in options if o.name.startswith(want)) or options


def decorate(slots: dict) -> None:
    keys = slots["keys"]
    for n, key in enumerate(keys[:3], 1):
        art = INTERESTS_ART[key]
        bare = INTERESTS[key]
        slots[f"a{n}"] = art
        slots[f"d{n}"] = f"d'{bare}" if bare.startswith(_ELIDES) else f"de {bare}"
        slots[f"aa{n}"] = _contract("à", art)
        slots[f"da{n}"] = _contract("de", art)
        # the verb agrees with a plural interest: "les échecs me passionnent"
        slots[f"pass{n}"] = "me passionnent" if art.startswith("les ") else "me passionne"
    occ = slots["occ"]
    slots["d_occ"] = f"d'{occ}" if occ.startswith(_ELIDES) else f"de {occ}"
    arts = [INTERESTS_ART[k] for k in keys[:4]]
    slots["alist"] = f"{', '.join(arts[:-1])} et {arts[-1]}"


OCCUPATIONS = {
    "nurse": "infirmi<er|ère>", "doctor": "médecin", "pharmacist": "pharmacien<|ne>",
    "dentist": "dentiste", "physiotherapist": "kinésithérapeute", "psychologist": "psychologue",
    "veterinarian": "vétérinaire", "teacher": "<instituteur|institutrice>",
    "professor": "enseignant<|e>-chercheu<r|se>", "librarian": "bibliothécaire",
    "software_engineer": "ingénieur<|e> logiciel", "web_developer": "développeu<r|se> web",
    "data_analyst": "analyste de données", "graphic_designer": "graphiste",
    "ux_designer": "designer UX", "architect": "architecte",
    "civil_engineer": "ingénieur<|e> en génie civil",
    "mechanical_engineer": "ingénieur<|e> en mécanique", "electrician": "électricien<|ne>",
    "plumber": "plombi<er|ère>", "carpenter": "menuisi<er|ère>",
    "mechanic": "mécanicien<|ne> auto", "chef": "<chef cuisinier|cheffe cuisinière>",
    "barista": "barista", "waiter": "<serveur|serveuse>", "baker": "boulang<er|ère>",
    "accountant": "comptable", "lawyer": "avocat<|e>", "marketing_manager": "responsable marketing",
    "sales_rep": "<commercial|commerciale>", "project_manager": "chef<|fe> de projet",
    "hr_specialist": "chargé<|e> de RH", "entrepreneur": "entrepreneu<r|se>",
    "real_estate_agent": "agent<|e> immobili<er|ère>",
    "bank_clerk": "<conseiller|conseillère> bancaire",
    "customer_service": "<conseiller|conseillère> clientèle", "receptionist": "réceptionniste",
    "social_worker": "assistant<|e> social<|e>", "police_officer": "polici<er|ère>",
    "firefighter": "pompi<er|ère>", "pilot": "pilote de ligne",
    "flight_attendant": "<steward|hôtesse de l'air>",
    "truck_driver": "<chauffeur|chauffeuse> poids lourd", "farmer": "agricult<eur|rice>",
    "hairdresser": "coiffeu<r|se>", "fitness_trainer": "coach sporti<f|ve>",
    "shop_assistant": "<vendeur|vendeuse>", "journalist": "journaliste",
    "photographer": "photographe", "translator": "tradu<cteur|ctrice>",
    "musician": "musicien<|ne>", "writer": "écrivain<|e>", "researcher": "cherch<eur|euse>",
    "student": "étudiant<|e>", "pupil": "élève", "retiree": "retraité<|e>",
 "fashion_designer": "styliste", "trader": "trader",
}  # fmt: skip
OCCUPATION_WORDS = {
    "médecins": "doctor", "docteurs": "doctor", "profs": "teacher", "professeurs": "teacher",
    "enseignants": "teacher", "enseignantes": "teacher", "développeurs": "software_engineer",
    "développeuses": "software_engineer", "informaticiens": "software_engineer",
    "kinés": "physiotherapist", "infirmiers": "nurse", "infirmières": "nurse",
    "cuisiniers": "chef", "serveurs": "waiter", "serveuses": "waiter", "commerciaux": "sales_rep",
    "agriculteurs": "farmer", "paysans": "farmer", "étudiants": "student",
    "étudiantes": "student", "lycéens": "pupil", "lycéen": "pupil", "lycéennes": "pupil",
    "lycéenne": "pupil", "collégiens": "pupil", "collégiennes": "pupil", "élèves": "pupil",
    "retraités": "retiree", "retraitées": "retiree",
    "chercheurs": "researcher", "scientifiques": "researcher", "policiers": "police_officer",
    "pompiers": "firefighter", "artisans": "carpenter",
}  # fmt: skip
INTEREST_WORDS = {
    "randonneurs": "hiking", "randonneuses": "hiking", "rando": "hiking", "marche": "hiking",
    "coureurs": "running", "courir": "running", "cyclistes": "cycling", "nager": "swimming",
    "danser": "dancing", "cuisiner": "cooking", "voyager": "travel", "voyageurs": "travel",
    "lecteurs": "reading", "lire": "reading", "livres": "reading", "gamers": "gaming",
    "joueurs": "gaming", "jardiner": "gardening", "photographie": "photography",
}  # fmt: skip
GENDER_WORDS = {
    "femmes": "female", "femme": "female", "filles": "female", "mères": "female",
    "hommes": "male", "homme": "male", "garçons": "male", "pères": "male",
    "non-binaires": "nonbinary", "non binaires": "nonbinary",
}  # fmt: skip
STOPWORDS = (
    "de du des la le les l un une et ou en au aux avec sans pour par qui que dont entre ans "
    "age personnes gens vivant vivent habitent travaillent travaillant aiment aime adorent "
    "passionnes passionnees amateurs fans leur leurs tres plus moins sur dans d ayant"
)

TRAITS = (
    "curieu<x|se>", "calme", "joyeu<x|se>", "organisé<|e>", "créati<f|ve>", "patient<|e>",
    "ambitieu<x|se>", "loyal<|e>", "cool", "attentionné<|e>", "aventuri<er|ère>",
    "pragmatique", "drôle", "empathique", "énergique", "fiable", "optimiste",
    "indépendant<|e>", "discr<et|ète>", "sociable", "méticuleu<x|se>", "généreu<x|se>",
    "têtu<|e>", "spontané<|e>", "simple", "chaleureu<x|se>", "plein<|e> d'humour",
    "déterminé<|e>", "zen", "honnête",
)  # fmt: skip

# The TRAITS that read well after "a little" (for "{t1}, {t2} and a little {t3}").
QUIRKS = (
    "curieu<x|se>", "aventuri<er|ère>", "discr<et|ète>", "méticuleu<x|se>", "têtu<|e>",
    "spontané<|e>", "zen", "cool",
)  # fmt: skip

FIELDS = {
    "nursing": "soins infirmiers", "medicine": "médecine", "pharmacy": "pharmacie",
    "dentistry": "chirurgie dentaire", "physiotherapy": "kinésithérapie",
    "psychology": "psychologie", "veterinary": "médecine vétérinaire",
    "education": "sciences de l'éducation", "computer_science": "informatique",
    "statistics": "statistique", "mathematics": "mathématiques",
    "graphic_design": "design graphique",
    "architecture": "architecture", "civil_engineering": "génie civil",
    "mechanical_engineering": "génie mécanique", "engineering": "ingénierie",
    "electrical_installations": "électricité", "plumbing": "plomberie", "carpentry": "menuiserie",
    "automotive": "maintenance automobile", "culinary_arts": "cuisine", "hospitality": "hôtellerie",
    "accounting": "comptabilité", "business": "gestion", "law": "droit", "marketing": "marketing",
    "journalism": "journalisme", "social_work": "travail social", "criminology": "criminologie",
    "aviation": "aéronautique", "agronomy": "agronomie", "hairdressing": "coiffure",
    "sports_science": "STAPS", "translation": "traduction", "music": "musique",
    "literature": "lettres modernes", "biology": "biologie", "physics": "physique",
    "economics": "économie", "history": "histoire",
}  # fmt: skip

INSTITUTIONS = {
    "university": ("à l'::Université de {city}", "à l'::Université {city} Sud",
                   "à l'::Université Polytechnique de {city}"),
    "college": ("à l'::IUT de {city}", "à l'::École supérieure de {city}"),
    "vocational": ("au::Lycée professionnel de {city}", "au::CFA de {city}"),
    "school": ("au::Lycée de {city}",),
}  # fmt: skip

WORKPLACES = {
    "hospital": ("au::Centre hospitalier de {city}", "à l'::Hôpital {surname}",
                 "à la::Clinique {brand}"),
    "clinic": ("au::Cabinet médical {surname}", "à la::Maison de santé de {city}"),
    "dental": ("au::Cabinet dentaire {surname}", "au::Centre dentaire de {city}"),
    "vet": ("à la::Clinique vétérinaire {brand}", "au::Cabinet vétérinaire {surname}"),
    "pharmacy": ("à la::Pharmacie {surname}", "à la::Pharmacie centrale de {city}"),
    "school": ("à l'::École {surname}", "à l'::École primaire de {city}"),
    "highschool": ("au::Lycée {surname}", "au::Collège {surname}"),
    "library": ("à la::Médiathèque de {city}", "à la::Bibliothèque municipale de {city}"),
    "tech": ("{brand} Labs", "{brand} Software", "{brand} Technologies", "{brand} Digital"),
    "agency": ("l'agence {brand}", "Studio {brand}", "{surname} & {surname2} Design"),
    "company": ("Groupe {brand}", "{surname} & Cie", "{brand} Industries", "{brand} Solutions"),
    "law": ("au::Cabinet {surname} & {surname2}", "au::Cabinet {surname} Avocats"),
    "accounting": ("au::Cabinet {surname} Expertise", "{surname} & Associés"),
    "architecture": ("{surname} Architectes", "à l'::Atelier {brand}"),
    "engineering": ("{brand} Ingénierie", "au::Bureau d'études {surname}"),
    "construction": ("{surname} Bâtiment", "{brand} Construction"),
    "trades": ("{surname} & Fils", "{surname} Services", "=à mon compte"),
    "garage": ("au::Garage {surname}", "au::Garage du Centre"),
    "restaurant": ("au::Restaurant {brand}", "Chez {surname}=>au restaurant Chez {surname}",
                   "au::Bistrot {brand}"),
    "cafe": ("au::Café {brand}", "{brand} Coffee"),
    "bakery": ("à la::Boulangerie {surname}", "à la::Maison {surname}"),
    "shop": ("à la::Librairie {brand}", "à la::Quincaillerie {surname}", "{brand} Mode"),
    "salon": ("au::Salon {brand}", "{surname} Coiffure"),
    "gym": ("à la::Salle {brand}", "{brand} Fitness"),
    "media": ("au::Journal de {city}", "à::Radio {city}", "{brand} Médias"),
    "studio": ("au::Studio {brand}", "{surname} Photographie"),
    "council": ("à la::Mairie de {city}", "à la::Métropole de {city}"),
    "police": ("au::Commissariat de {city}",),
    "fire": ("à la::Caserne des pompiers de {city}",),
    "social": ("au::Centre social de {city}", "à l'::Association {brand}"),
    "airline": ("{brand} Airlines", "Air {brand}"),
    "logistics": ("Transports {surname}", "{brand} Logistique"),
    "farm": ("à la::Ferme {surname}", "au::Domaine {surname}"),
    "realestate": ("{brand} Immobilier", "à l'::Agence {surname}"),
    "bank": ("à la::Banque {brand}", "au::Crédit {brand}"),
    "callcenter": ("{brand} Relation Client", "{brand} Services"),
    "hotel": ("à l'::Hôtel {brand}", "au::Grand Hôtel de {city}"),
    "lab": ("à l'::Institut {brand}", "au::Laboratoire de recherche de {city}"),
    "freelance": ("=en freelance", "=à mon compte"),
    "music": ("à l'::Orchestre de {city}", "=en freelance"),
    "own": ("{brand} & Cie", "à l'::Atelier {brand}", "à la::Boutique {brand}"),
    "retired": ("=retraité<|e>",),
}  # fmt: skip

# ------------------------------------------------------------------ bios
X_ROLE = (
    "{Occ} {in_city}", "{Occ} · {city}", "{Occ}. {city}", "{Occ} {from_city}",
    "!{Occ} de métier", "!{Occ} à plein temps", "{Occ} depuis {years} ans",
    "Fi<er|ère> d'être {occ}", "{Occ} et fi<er|ère> de l'être", "!{Occ} en semaine",
    "{Occ} {flag}", "{city} {flag} · {occ}", "{Occ}, {age} ans, {city}", "!{Occ} le jour",
    "Simple {occ} {in_city}", "{Occ} amoureu<x|se> de {city}", "!{Occ} par vocation",
    "Je vis {in_city}, je suis {occ}",
)  # fmt: skip
X_ROLE_WP = (
    "{Occ} {at_wp}", "{Occ} @ {wp}", "{Occ} | {wp}", "{Occ} {at_wp}, {city}",
    "En ce moment : {occ} {at_wp}", "Je travaille {at_wp}",
)  # fmt: skip
X_INTERESTS = (
    "{I1}, {i2} et {i3}", "Fan {d1} et {d2}", "Passionné<|e> {d1}",
    "Mes week-ends : {i1} et {i2}", "Toujours partant<|e> pour {a1}", "On parle {d1} ?",
    "Temps libre = {i1}", "{I1} + {i2} + {i3}", "Entre {a1} et {a2}", "Un peu obsédé<|e> par {a1}",
    "{I1} le dimanche", "{e1} {i1} {e2} {i2}", "J'aime {a1} et {a2}", "Ma thérapie : {i1}",
    "Plus {d1}, moins d'écrans", "Fan {d1}, débutant<|e> en {i2}", "Amat<eur|rice> {d1}",
)  # fmt: skip
X_TRAITS = (
    "{T1} et {t2}", "{T1}, {t2} et un peu {t3}", "{T1} de nature",
    "Souvent {t1}, parfois {t2}", "On me dit {t1}", "{T1} la plupart du temps",
)  # fmt: skip
TAGLINES = (
    "Le café d'abord", "J'apprends tous les jours", "Toujours en train de me chercher",
    "Gentil<|le>, autant que possible", "Team chiens", "Team chats",
    "Pro de la réflexion excessive", "Perfectionniste en convalescence",
    "Collectionneu<r|se> de petits bonheurs", "La vie, une playlist à la fois",
    "Ici pour les belles histoires", "Petits pas, grandes vues",
    "Chasseu<r|se> de couchers de soleil",
    "Nul<|le> en small talk", "Carbure aux snacks", "Le sarcasme est ma langue maternelle",
    "À la recherche de la belle lumière", "J'improvise", "Verre à moitié plein",
    "Lève-tôt malgré moi", "Oiseau de nuit", "Mauvais jeux de mots, bonnes intentions",
    "Fan des matins tranquilles", "Les listes me rassurent",
    "Je crois encore aux lettres manuscrites",
    "Futur<|e> propriétaire d'un chalet", "Escapades du week-end", "Team thé",
    "Allergique aux lundis", "Cœur tendre, café serré", "J'apprends à dire non",
    "Je rêve du prochain voyage", "La gentillesse ne coûte rien", "Critique gastronomique amateur",
    "Toujours un peu en retard", "!<Papa|Maman> de deux enfants", "<Tonton|Tata> fi<er|ère>",
    "Grande famille, grand cœur", "Le dimanche, c'est en famille", "Philosophe du dimanche",
    "Ami<|e> de tous les chiens", "Moins de scroll, plus de vie", "Simple et efficace",
    "Un bon jour à la fois", "Les pieds sur terre", "Sans me presser",
)  # fmt: skip
TIKTOK = (
    "{e1} {occ} {in_city} | {i1} + {i2}", "{occ} le jour {e1} {i1} la nuit",
    "{city} 📍 {occ} passionné<|e> {d1}", "juste un<|e> {occ} qui poste du contenu {d1} {e1}",
    "{i1} {e1} {i2} {e2} et vie {d_occ}", "pov : {occ} avec trop de hobbies {e1}{e2}",
    "{e1} {i1} | {e2} {i2} | {city}", "{i1} et chaos {d_occ} {e1}",
    "{occ} qui partage sa passion {d1} {e1}", "ici pour {a1} et les bonnes vibes {e1}",
    "obsédé<|e> par {a1} {e1} {occ} {in_city}", "{occ} {in_city} • {i1} {e1}",
    "venez pour {a1}, restez pour le chaos {e1}", "journal {d1} {e1} {flag}",
    "<ton|ta> {occ} préféré<|e> {e1}", "des petits clips {d1} et {from_city} {e1}",
    "{occ} | {i1} | {i2} {e1}", "pas pro, juste fan {d1} {e1}", "{tag} {e1}",
    "{flag} {occ} • {i1} • {i2}", "{occ} dans sa période {i1} {e1}",
)  # fmt: skip
IG_ROLE = (
    "{Occ} · {city}", "{Occ} | {city}", "📍 {city} | {Occ}", "{Occ} {in_city} {flag}",
    "{Occ} ✦ {city}", "{city} {flag} · {occ}", "{Occ} @ {wp}", "{Occ} {from_city}",
)  # fmt: skip
IG_INTERESTS = (
    "{e1} {i1} · {e2} {i2} · {e3} {i3}", "{e1} {i1} | {e2} {i2}", "{I1}, {i2} et {i3} {e1}",
    "{e1}{e2}{e3} {i1}, {i2}, {i3}", "Fan {d1} et {d2} {e1}", "{e1} {i1} toujours",
    "{I1} {e1} {i2} {e2}", "{e1} week-ends = {i1}",
)  # fmt: skip
FB_WORK = (
    "Je suis {occ} {in_city}.", "{Occ} {in_city}.", "{Occ} {in_city} depuis {years} ans.",
    "Fi<er|ère> d'être {occ} {in_city}.", "Je travaille comme {occ} {in_city}.",
)  # fmt: skip
FB_WORK_WP = (
    "{Occ} {at_wp}.", "Je travaille {at_wp}.", "Fi<er|ère> de travailler {at_wp}.",
    "{Occ} {at_wp}, {city}.",
)  # fmt: skip
FB_HOME = ("J'habite {in_city}.", "{city}, c'est chez moi.", "Heureu<x|se> de vivre {in_city}.")
FB_INTERESTS = (
    "J'adore {a1} et {a2}.", "J'aime {a1}, {a2} et les bons moments entre amis.",
    "Fan {d1}.", "Le week-end, c'est {i1} et {i2}.", "Toujours partant<|e> pour parler {d1}.",
    "Mes passions : {i1}, {i2} et {i3}.", "Temps libre : {i1} et {i2}.",
)  # fmt: skip
FB_PERSONAL = (
    "La famille et les amis avant tout.", "La vie est belle.", "Reconnaissant<|e> chaque jour.",
    "Bonne cuisine, bonnes personnes.", "J'essaie de vivre simplement.", "{Tag}.",
    "{T1} et {t2}.", "Toujours partant<|e> pour discuter.",
)  # fmt: skip
SHORT = ("{Occ} · {city}", "{Occ}, {city}", "{Occ} {in_city}", "{Occ}")

# ------------------------------------------------------------------ about
ABOUT_INTRO = (
    "!Bonjour, moi c'est {first} et je suis {occ} {in_city}.",
    "Je m'appelle {first}, je suis {occ} et je vis {in_city}.",
    "Je suis {first}, {occ} {in_city}.", "Je suis {occ} {in_city} depuis {years} ans.",
    "!Bonjour ! Je m'appelle {first}, j'ai {age} ans et je travaille comme {occ} {in_city}.",
    "Moi, c'est {first} : {age} ans, {occ}, et {city} comme port d'attache.",
)  # fmt: skip
ABOUT_WORK = (
    "Je suis arrivé<|e> dans ce métier un peu par hasard et je ne l'ai jamais regretté.",
    "Ce que je préfère dans mon travail, ce sont les gens que je rencontre.",
    "Certaines journées sont longues, mais je ne me vois pas faire autre chose.",
    "Après {years} ans de métier, j'apprends encore quelque chose chaque semaine.",
)  # fmt: skip
ABOUT_WORK_WP = (
    "Aujourd'hui je travaille {at_wp}, et j'aime presque tout ce que le quotidien m'apporte.",
    "Je travaille {at_wp} depuis environ {years} ans.",
    "Je passe l'essentiel de ma semaine {at_wp}, où aucune journée ne se ressemble.",
)  # fmt: skip
ABOUT_STUDY = (
    "J'étudie {field} {at_wp}, et certaines semaines sont bien chargées.",
    "En ce moment je suis {at_wp}, et ma matière préférée, c'est {field}.",
    "Entre deux cours {at_wp}, j'essaie de garder du temps pour moi.",
)  # fmt: skip
RETIRED_AS = "{former} à la retraite"
ABOUT_RETIRED = (
    "Après {years} ans de travail, j'ai enfin du temps pour ce que j'aime.",
    "J'ai pris ma retraite il y a quelques années et je suis plus occupé<|e> que jamais.",
    "La retraite me réussit plutôt bien, et mon agenda est toujours plein.",
    "[retired]J'ai été {former} pendant {years} ans, et les gens me manquent encore.",
    "[retired]Avant la retraite, j'étais {former} ; maintenant mon temps m'appartient.",
    "[retired]Mes années comme {former} m'ont appris la patience, et ça me sert encore.",
    '[retired]On me demande encore conseil sur mes années de {former}.',
)  # fmt: skip
ABOUT_EDU = (
    "J'ai étudié {field} {at_school}.", "J'ai suivi une formation en {field} {at_school}.",
    "J'ai fait mes études de {field} {at_school}, et ça a façonné ma façon de travailler.",
)  # fmt: skip
ABOUT_INTERESTS = (
    "!En dehors du travail, mes passions sont {alist}.",
    "Pendant mon temps libre, j'adore {a1} et {a2}.",
    "Mes week-ends tournent autour {da1} et {da2}.",
    "Je me suis mis<|e> récemment {aa1}, et {a2} {pass2} depuis des années.",
    "Quand j'ai une soirée de libre, c'est souvent pour {a1} ou {a2}.",
)  # fmt: skip
ABOUT_TRAITS = (
    "On me décrit souvent comme {t1} et {t2}.",
    "Mes amis diraient que je suis {t1}, {t2} et un peu {t3}.",
    "Je me dirais {t1}, même si ma famille me trouve surtout {t2}.",
    "J'essaie d'être {t1} et {t2} dans tout ce que je fais.",
)  # fmt: skip
ABOUT_CLOSING = (
    "J'aime rencontrer de nouvelles personnes, alors n'hésitez pas à me dire bonjour.",
    "En ce moment, je mets de côté pour un voyage et j'apprends un truc nouveau chaque semaine.",
    "La vie va vite, mais je ne changerais pas grand-chose.", "Merci d'être passé par ici !",
    "Prochaine étape : plus de temps dehors et moins d'heures sur mon téléphone.",
)  # fmt: skip

# ------------------------------------------------------------------ Canada
# fr-CA (and personas in Canada): Quebec's everyday words over France's.
VARIETIES = {
    "CA": {
        "words": {
            "week-ends": "fins de semaine",
            "week-end": "fin de semaine",
            "e-mail": "courriel",
            "mail": "courriel",
            "portable": "cellulaire",
            "faire du shopping": "magasiner",
            "shopping": "magasinage",
            "Team": "Équipe",
            "copains": "amis",
            "boulot": "travail",
            "petit-déjeuner": "déjeuner",
            "mairie": "hôtel de ville",
            "Mairie": "Hôtel de ville",
        }
    },
}

# What small business owners run (the occupation of an entrepreneur persona).
BUSINESSES = (
    "gérant<|e> d'une boulangerie",
    "gérant<|e> d'un café",
    "fleuriste",
    "gérant<|e> d'un magasin de vélos",
    "gérant<|e> d'une imprimerie",
    "gérant<|e> d'un salon de coiffure",
    "libraire",
    "gérant<|e> d'un food truck",
    "gérant<|e> d'une quincaillerie",
    "restaurat<eur|rice>",
    "gérant<|e> d'une boutique",
    "gérant<|e> d'un garage",
)

# Family roles the description may give ("mothers of toddlers"): slot {family}.
FAMILY_LABELS = {
    "parent": "<papa|maman|parent>",
    "parent_toddler": "<papa|maman|parent> d'un tout-petit",
    "single_parent": "<papa solo|maman solo|parent solo>",
    "grandparent": "<grand-père|grand-mère|grand-parent>",
}
ABOUT_FAMILY = (
    "Je suis aussi {family}, alors mes journées commencent tôt et se passent rarement comme prévu.",
    "Être {family}, c'est la partie la plus belle et la plus fatigante de ma vie.",
    "En tant que {family}, j'ai appris à presque tout faire d'une seule main.",
)


def neutral(m: str, f: str) -> str:
    """A word's neutral form for nonbinary personas, in inclusive writing with the middle
    dot (point médian): ``étudiant·e``, ``infirmier·ère``, ``vendeur·se``, ``acteur·rice``."""
    if f.startswith(m):
        return f"{m}·{f[len(m) :]}"
    k = 0
    while k < min(len(m), len(f)) and m[k] == f[k]:
        k += 1
    if k >= 2 and len(m) - k <= 4 and len(f) - k <= 5:
        return f"{m}·{f[k:]}"
    return f"{m}/{f}"


# More epicene traits (one form for every gender), for nonbinary personas only: with the
# epicene ones of TRAITS they are what a nonbinary persona's personality is drawn from.
NEUTRAL_TRAITS = (
    "sensible", "réaliste", "enthousiaste", "flexible", "efficace", "humble", "dynamique",
    "autonome", "serviable", "aimable", "sympa", "fidèle",
)  # fmt: skip
