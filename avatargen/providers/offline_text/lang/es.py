"""Spanish phrase data (see :mod:`..lang` for the conventions).

Latin American vocabulary by default (most Spanish speakers), Spain's words through
``COUNTRY_OVERRIDES``. Interests carry their article (``"el senderismo"``) so templates can
say ``Fan {d1}`` -> "Fan del senderismo".
"""

AND = "y"
AT = "en"
FROM = "de"


def in_city(city: str) -> str:
    return f"en {city}"


INTERESTS_ART = {
    "hiking": "el senderismo", "running": "correr", "cycling": "el ciclismo",
    "swimming": "la natación", "yoga": "el yoga", "fitness": "el gimnasio",
    "football": "el fútbol", "basketball": "el básquet", "tennis": "el tenis",
    "climbing": "la escalada", "surfing": "el surf", "skiing": "el esquí", "dancing": "el baile",
    "martial_arts": "las artes marciales", "cooking": "la cocina", "baking": "la repostería",
    "coffee": "el café", "wine": "el vino", "craft_beer": "la cerveza artesanal",
    "street_food": "la comida callejera", "gardening": "la jardinería",
    "houseplants": "las plantas", "photography": "la fotografía", "painting": "la pintura",
    "drawing": "el dibujo", "writing": "la escritura", "reading": "la lectura",
    "poetry": "la poesía", "cinema": "el cine", "series": "las series", "music": "la música",
    "concerts": "los conciertos", "guitar": "la guitarra", "piano": "el piano",
    "singing": "el canto", "karaoke": "el karaoke", "podcasts": "los pódcasts",
    "gaming": "los videojuegos", "board_games": "los juegos de mesa", "chess": "el ajedrez",
    "anime": "el anime", "comics": "los cómics", "travel": "los viajes", "camping": "el camping",
    "fishing": "la pesca", "birdwatching": "la observación de aves", "beach": "la playa",
    "volunteering": "el voluntariado", "diy": "el bricolaje", "knitting": "el tejido",
    "pottery": "la cerámica", "fashion": "la moda", "interior_design": "la decoración",
    "history": "la historia", "science": "la ciencia", "astronomy": "la astronomía",
    "languages": "los idiomas", "tech": "la tecnología", "investing": "las inversiones",
    "cars": "los autos clásicos", "motorcycles": "las motos", "dogs": "los perros",
    "cats": "los gatos", "theatre": "el teatro", "museums": "los museos",
    "meditation": "la meditación",
 "cricket": "el críquet", "horse_riding": "la equitación", "skateboarding": "el skate",
    "golf": "el golf", "sailing": "la vela", "baseball": "el béisbol", "volleyball": "el vóley",
    "sewing": "la costura", "hockey": "el hockey", "rugby": "el rugby",
}  # fmt: skip


def _bare(phrase: str) -> str:
    for article in ("el ", "la ", "los ", "las "):
        if phrase.startswith(article):
            return phrase[len(article) :]
    return phrase


def _de(phrase: str) -> str:
    return "del " + phrase[3:] if phrase.startswith("el ") else "de " + phrase


INTERESTS = {k: _bare(v) for k, v in INTERESTS_ART.items()}


def decorate(slots: dict) -> None:
    for n, key in enumerate(slots["keys"][:3], 1):
        art = INTERESTS_ART[key]
        slots[f"a{n}"] = art
        slots[f"d{n}"] = _de(art)
        # the verb agrees with a plural interest: "los perros son mi pasión"
        slots[f"es{n}"] = "son" if art.startswith(("los ", "las ")) else "es"


OCCUPATIONS = {
    "nurse": "enfermer<o|a>", "doctor": "médic<o|a>", "pharmacist": "farmacéutic<o|a>",
    "dentist": "dentista", "physiotherapist": "fisioterapeuta", "psychologist": "psicólog<o|a>",
    "veterinarian": "veterinari<o|a>", "teacher": "maestr<o|a>",
    "professor": "profesor<|a> universitari<o|a>", "librarian": "bibliotecari<o|a>",
    "software_engineer": "ingenier<o|a> de software", "web_developer": "desarrollador<|a> web",
    "data_analyst": "analista de datos", "graphic_designer": "diseñador<|a> gráfic<o|a>",
    "ux_designer": "diseñador<|a> UX", "architect": "arquitect<o|a>",
    "civil_engineer": "ingenier<o|a> civil", "mechanical_engineer": "ingenier<o|a> mecánic<o|a>",
    "electrician": "electricista", "plumber": "plomer<o|a>", "carpenter": "carpinter<o|a>",
    "mechanic": "mecánic<o|a>", "chef": "cociner<o|a>", "barista": "barista",
    "waiter": "meser<o|a>", "baker": "panader<o|a>", "accountant": "contador<|a>",
    "lawyer": "abogad<o|a>", "marketing_manager": "responsable de marketing",
    "sales_rep": "representante de ventas", "project_manager": "jef<e|a> de proyectos",
    "hr_specialist": "especialista en recursos humanos", "entrepreneur": "emprendedor<|a>",
    "real_estate_agent": "agente inmobiliari<o|a>", "bank_clerk": "cajer<o|a> de banco",
    "customer_service": "agente de atención al cliente", "receptionist": "recepcionista",
    "social_worker": "trabajador<|a> social", "police_officer": "policía",
    "firefighter": "bomber<o|a>", "pilot": "piloto de avión",
    "flight_attendant": "auxiliar de vuelo",
    "truck_driver": "camioner<o|a>", "farmer": "agricultor<|a>", "hairdresser": "peluquer<o|a>",
    "fitness_trainer": "entrenador<|a> personal", "shop_assistant": "vendedor<|a>",
    "journalist": "periodista", "photographer": "fotógraf<o|a>", "translator": "traductor<|a>",
    "musician": "músic<o|a>", "writer": "escritor<|a>", "researcher": "investigador<|a>",
    "student": "estudiante universitari<o|a>", "pupil": "estudiante de secundaria",
    "retiree": "jubilad<o|a>",
 "fashion_designer": "diseñador<|a> de moda", "trader": "trader",
}  # fmt: skip
COUNTRY_OVERRIDES = {
    "ES": {"plumber": "fontaner<o|a>", "waiter": "camarer<o|a>", "accountant": "contable",
           "shop_assistant": "dependient<e|a>"},
}  # fmt: skip

OCCUPATION_WORDS = {
    "doctores": "doctor", "doctoras": "doctor", "profesores": "teacher", "profesoras": "teacher",
    "docentes": "teacher", "programadores": "software_engineer",
    "programadoras": "software_engineer", "desarrolladores": "software_engineer",
    "desarrolladoras": "software_engineer", "diseñadores": "graphic_designer",
    "diseñadoras": "graphic_designer", "fontaneros": "plumber", "camareros": "waiter",
    "camareras": "waiter", "contables": "accountant", "vendedores": "shop_assistant",
    "vendedoras": "shop_assistant", "campesinos": "farmer", "estudiantes": "student",
    "universitarios": "student", "universitarias": "student", "azafatas": "flight_attendant",
    "científicos": "researcher", "científicas": "researcher", "chefs": "chef",
    "cajeros": "shop_assistant", "psicólogos": "psychologist", "psicologas": "psychologist",
}  # fmt: skip
INTEREST_WORDS = {
    "senderistas": "hiking", "montaña": "hiking", "corredores": "running", "ciclistas": "cycling",
    "bici": "cycling", "nadar": "swimming", "futboleros": "football", "bailar": "dancing",
    "cocinar": "cooking", "hornear": "baking", "viajar": "travel", "viajeros": "travel",
    "viajeras": "travel", "lectores": "reading", "lectoras": "reading", "leer": "reading",
    "libros": "reading", "jugadores": "gaming", "pintar": "painting", "escribir": "writing",
    "cantar": "singing", "pescar": "fishing", "voluntarios": "volunteering",
}  # fmt: skip
GENDER_WORDS = {
    "mujeres": "female", "mujer": "female", "chicas": "female", "señoras": "female",
    "madres": "female", "hombres": "male", "hombre": "male", "chicos": "male",
    "señores": "male", "no binarias": "nonbinary", "no binarios": "nonbinary",
    "no binaries": "nonbinary",
}  # fmt: skip
STOPWORDS = (
    "de del la las el los un una unos unas y o u e en con sin por para que quien quienes como "
    "entre años año edad personas gente persona viven vive trabajan trabaja les le gusta gustan "
    "aman ama encanta encantan aficionados aficionadas amantes sus su muy mas menos hasta "
    "desde sobre tipo grupo perfiles al son es estan viviendo trabajando hacen hace practican "
    "practica juegan juega"
)

TRAITS = (
    "curios<o|a>", "tranquil<o|a>", "alegre", "organizad<o|a>", "creativ<o|a>", "paciente",
    "ambicios<o|a>", "leal", "relajad<o|a>", "detallista", "aventurer<o|a>", "práctic<o|a>",
    "divertid<o|a>", "empátic<o|a>", "enérgic<o|a>", "responsable", "optimista",
    "independiente", "tímid<o|a>", "extrovertid<o|a>", "meticulos<o|a>", "generos<o|a>",
    "testarud<o|a>", "espontáne<o|a>", "sencill<o|a>", "cariños<o|a>", "ingenios<o|a>",
    "decidid<o|a>", "sociable", "honest<o|a>",
)  # fmt: skip

# The TRAITS that read well after "a little" (for "{t1}, {t2} and a little {t3}").
QUIRKS = (
    "curios<o|a>", "aventurer<o|a>", "tímid<o|a>", "meticulos<o|a>", "testarud<o|a>",
    "espontáne<o|a>", "relajad<o|a>", "detallista", "ingenios<o|a>", "extrovertid<o|a>",
)  # fmt: skip

FIELDS = {
    "nursing": "Enfermería", "medicine": "Medicina", "pharmacy": "Farmacia",
    "dentistry": "Odontología", "physiotherapy": "Fisioterapia", "psychology": "Psicología",
    "veterinary": "Veterinaria", "education": "Educación", "computer_science": "Informática",
    "statistics": "Estadística", "mathematics": "Matemáticas", "graphic_design": "Diseño Gráfico",
    "architecture": "Arquitectura", "civil_engineering": "Ingeniería Civil",
    "mechanical_engineering": "Ingeniería Mecánica", "engineering": "Ingeniería",
    "electrical_installations": "Instalaciones Eléctricas", "plumbing": "Fontanería",
    "carpentry": "Carpintería", "automotive": "Mecánica Automotriz",
    "culinary_arts": "Gastronomía", "hospitality": "Hotelería y Turismo",
    "accounting": "Contabilidad", "business": "Administración de Empresas", "law": "Derecho",
    "marketing": "Marketing", "journalism": "Periodismo", "social_work": "Trabajo Social",
    "criminology": "Criminología", "aviation": "Aviación", "agronomy": "Agronomía",
    "hairdressing": "Peluquería", "sports_science": "Ciencias del Deporte",
    "translation": "Traducción", "music": "Música", "literature": "Literatura",
    "biology": "Biología", "physics": "Física", "economics": "Economía", "history": "Historia",
}  # fmt: skip

INSTITUTIONS = {
    "university": ("en la::Universidad de {city}", "en la::Universidad Autónoma de {city}",
                   "en la::Universidad Nacional de {city}"),
    "college": ("en el::Instituto Tecnológico de {city}",
                "en la::Escuela Politécnica de {city}"),
    "vocational": ("en el::Centro de Formación Profesional de {city}",
                   "en el::Instituto Técnico de {city}"),
    "school": ("en el::Colegio de {city}",),
}  # fmt: skip

WORKPLACES = {
    "hospital": ("en el::Hospital General de {city}", "en el::Hospital {surname}",
                 "en la::Clínica {brand}"),
    "clinic": ("en el::Centro de Salud de {city}", "en la::Clínica {surname}"),
    "dental": ("en la::Clínica Dental {surname}", "Dental {brand}"),
    "vet": ("en la::Clínica Veterinaria {brand}", "en el::Hospital Veterinario de {city}"),
    "pharmacy": ("en la::Farmacia {surname}", "en la::Farmacia Central de {city}"),
    "school": ("en el::Colegio {surname}", "en la::Escuela Primaria {surname}",
               "en el::Colegio de {city}"),
    "highschool": ("en el::Instituto {surname}", "en el::Liceo de {city}"),
    "library": ("en la::Biblioteca Municipal de {city}", "en la::Biblioteca Pública de {city}"),
    "tech": ("{brand} Labs", "{brand} Software", "{brand} Tecnología", "{brand} Digital"),
    "agency": ("{brand} Estudio", "{brand} Creativos", "en el::Estudio {surname}"),
    "company": ("Grupo {brand}", "{surname} y Asociados", "{brand} Soluciones",
                "Industrias {brand}"),
    "law": ("{surname} & {surname2} Abogados", "en el::Bufete {surname}"),
    "accounting": ("{surname} Asesores", "en la::Gestoría {surname}"),
    "architecture": ("{surname} Arquitectos", "en el::Estudio {brand} Arquitectura"),
    "engineering": ("{brand} Ingeniería", "{surname} Ingenieros"),
    "construction": ("Construcciones {surname}", "Constructora {brand}"),
    "trades": ("Instalaciones {surname}", "Reformas {surname}", "=por cuenta propia"),
    "garage": ("en el::Taller {surname}", "en el::Taller Mecánico {brand}"),
    "restaurant": ("en el::Restaurante {brand}", "en el::Restaurante Casa {surname}",
                   "en el::Bistró {brand}"),
    "cafe": ("en la::Cafetería {brand}", "{brand} Café"),
    "bakery": ("en la::Panadería {surname}", "en la::Pastelería {brand}"),
    "shop": ("en la::Librería {brand}", "en la::Ferretería {surname}", "{brand} Moda",
             "en la::Tienda {brand}"),
    "salon": ("en la::Peluquería {brand}", "{brand} Estilistas"),
    "gym": ("en el::Gimnasio {brand}", "{brand} Fitness"),
    "media": ("en el::Diario de {city}", "Radio {city}", "{brand} Medios"),
    "studio": ("{brand} Fotografía", "en el::Estudio {surname}"),
    "council": ("en la::Municipalidad de {city}", "en la::Alcaldía de {city}"),
    "police": ("en la::Policía Municipal de {city}",),
    "fire": ("en el::Cuerpo de Bomberos de {city}",),
    "social": ("en los::Servicios Sociales de {city}", "en la::Fundación {brand}"),
    "airline": ("Aerolíneas {brand}", "{brand} Air"),
    "logistics": ("Transportes {surname}", "{brand} Logística"),
    "farm": ("en la::Finca {surname}", "en la::Granja {brand}"),
    "realestate": ("Inmobiliaria {brand}", "{surname} Propiedades"),
    "bank": ("Banco {brand}", "en la::Caja Rural de {city}"),
    "callcenter": ("{brand} Contact Center", "{brand} Atención al Cliente"),
    "hotel": ("en el::Hotel {brand}", "en el::Gran Hotel {city}"),
    "lab": ("en el::Instituto {brand} de Investigación",
            "en el::Centro de Investigación de {city}"),
    "freelance": ("=por cuenta propia", "=freelance"),
    "music": ("en la::Orquesta Sinfónica de {city}", "=por cuenta propia"),
    "own": ("{brand} & Co.", "en el::Estudio {brand}", "en la::Tienda {brand}"),
    "retired": ("=jubilad<o|a>",),
}  # fmt: skip

# Spain's own institutions ("@level" keys are institutions, others workplace kinds).
COUNTRY_PLACES = {
    "ES": {
        "council": ("en el::Ayuntamiento de {city}",),
        "highschool": ("en el::IES {surname}", "en el::Instituto {surname}"),
        "@vocational": ("en el::Centro de FP de {city}",),
    },
    "MX": {
        "council": ("en el::Gobierno Municipal de {city}",),
        "highschool": ("en la::Preparatoria {surname}",),
    },
}  # fmt: skip

# ------------------------------------------------------------------ bios
X_ROLE = (
    "{Occ} {in_city}", "{Occ} · {city}", "{Occ}. {city}", "{Occ} {from_city}",
    "!{Occ} de profesión", "!{Occ} a tiempo completo", "{Occ} desde hace {years} años",
    "<Orgulloso|Orgullosa> de ser {occ}", "Trabajo como {occ} {in_city}",
    "Vivo {in_city} y trabajo como {occ}", "!{Occ} de lunes a viernes", "{Occ} {flag}",
    "{city} {flag} · {occ}", "{Occ}, {age}, {city}", "!{Occ} de día",
    "Un<|a> {occ} más {in_city}", "{Occ} <enamorado|enamorada> de {city}",
    "{Occ} con {years} años de oficio", "!{Occ} por vocación",
)  # fmt: skip
X_ROLE_WP = (
    "{Occ} {at_wp}", "{Occ} @ {wp}", "{Occ} | {wp}", "{Occ} {at_wp}, {city}",
    "Ahora: {occ} {at_wp}", "Trabajo {at_wp}",
)  # fmt: skip
X_INTERESTS = (
    "{I1}, {i2} y {i3}", "Lo mío: {i1} y {i2}", "Fan {d1}", "<Apasionado|Apasionada> por {a1}",
    "Amante {d1} y {d2}", "Mis findes: {i1} y {i2}", "Siempre con {a1} en la cabeza",
    "Hablemos {d1}", "Tiempo libre = {i1}", "{I1} + {i2} + {i3}", "En mis ratos libres: {i1}",
    "Entre {a1} y {a2}", "Medio <obsesionado|obsesionada> con {a1}", "{I1} los domingos",
    "{e1} {i1} {e2} {i2}", "!Si no trabajo, estoy con {a1}", "{I1} antes que nada",
    "Mi terapia: {i1}", "Más {i1}, menos pantallas", "Fan {d1}, principiante {d2}",
)  # fmt: skip
X_TRAITS = (
    "{T1} y {t2}", "{T1}, {t2} y un poco {t3}", "{T1} por naturaleza",
    "Casi siempre {t1}, a veces {t2}", "Dicen que soy {t1}", "{T1} la mayoría de los días",
)  # fmt: skip
TAGLINES = (
    "Primero el café", "Aprendiendo cada día", "Aún descubriendo mi camino",
    "Intentando ser amable cada día", "De perros", "De gatos",
    "<Experto|Experta> en darle vueltas a todo", "Perfeccionista en recuperación",
    "Coleccionando pequeñas alegrías", "La vida, una playlist a la vez",
    "Aquí por las buenas historias", "Pasos pequeños, vistas grandes",
    "Cazador<|a> de atardeceres", "Siempre aprendiendo", "Pésim<o|a> con las charlas de ascensor",
    "Funciono a base de snacks", "El sarcasmo es mi idioma", "Persiguiendo la buena luz",
    "Improvisando sobre la marcha", "Vaso medio lleno", "Madrugador<|a> a mi pesar",
    "Búho nocturno", "Chistes malos, buenas intenciones", "Fan de las mañanas lentas",
    "Las listas me dan paz", "Todavía creo en las cartas a mano",
    "Futur<o|a> dueñ<o|a> de una cabaña", "Escapadas de fin de semana", "Team té",
    "Alérgic<o|a> a los lunes", "Corazón blando, café fuerte", "Aprendiendo a decir que no",
    "Soñando con el próximo viaje", "La amabilidad es gratis",
    "Crític<o|a> gastronómic<o|a> aficionad<o|a>", "Siempre llego tarde", "!<Papá|Mamá> de dos",
    "<Tío orgulloso|Tía orgullosa>", "Familia grande, corazón más grande",
    "Los domingos son para la familia", "Filósof<o|a> de sobremesa",
    "Amig<o|a> de todos los perros", "Menos scroll, más vida", "Sin complicaciones",
    "Un buen día a la vez", "Con los pies en la tierra", "Viviendo sin prisa",
)  # fmt: skip
TIKTOK = (
    "{e1} {occ} {in_city} | {i1} + {i2}", "{occ} de día {e1} {i1} de noche",
    "{city} 📍 {occ} con pasión por {a1}", "solo un<|a> {occ} subiendo cosas de {i1} {e1}",
    "{i1} {e1} {i2} {e2} y vida de {occ}", "pov: {occ} con demasiados hobbies {e1}{e2}",
    "vida de {occ} + {i1} {e1}", "{e1} {i1} | {e2} {i2} | {city}",
    "{i1} y caos de {occ} {e1}", "{occ} compartiendo {i1} {e1}",
    "aquí por {a1} y las buenas vibras {e1}",
    "<obsesionado|obsesionada> con {a1} {e1} {occ} {in_city}", "{occ} {in_city} • {i1} {e1}",
    "ven por {a1}, quédate por el caos {e1}", "diario de {i1} {e1} {flag}",
    "tu {occ} favorit<o|a> {e1}", "clips de {i1} y {city} {e1}", "{occ} | {i1} | {i2} {e1}",
    "no soy pro, solo amo {a1} {e1}", "{tag} {e1}", "{flag} {occ} • {i1} • {i2}",
    "{occ} en su era de {i1} {e1}",
)  # fmt: skip
IG_ROLE = (
    "{Occ} · {city}", "{Occ} | {city}", "📍 {city} | {Occ}", "{Occ} {in_city} {flag}",
    "{Occ} ✦ {city}", "{city} {flag} · {occ}", "{Occ} @ {wp}", "{Occ} {from_city}",
)  # fmt: skip
IG_INTERESTS = (
    "{e1} {i1} · {e2} {i2} · {e3} {i3}", "{e1} {i1} | {e2} {i2}", "{I1}, {i2} y {i3} {e1}",
    "{e1}{e2}{e3} {i1}, {i2}, {i3}", "Fan {d1} y {d2} {e1}", "{e1} {i1} siempre",
    "{I1} {e1} {i2} {e2}", "{e1} findes = {i1}",
)  # fmt: skip
FB_WORK = (
    "Trabajo como {occ} {in_city}.", "Soy {occ} {in_city}.", "{Occ} {in_city}.",
    "{Occ} {in_city} desde hace {years} años.", "<Orgulloso|Orgullosa> de ser {occ} {in_city}.",
)  # fmt: skip
FB_WORK_WP = (
    "{Occ} {at_wp}.", "Trabajo {at_wp}.", "<Orgulloso|Orgullosa> de trabajar {at_wp}.",
    "{Occ} {at_wp}, {city}.",
)  # fmt: skip
FB_HOME = ("Vivo {in_city}.", "{city} es mi casa.", "Feliz de vivir {in_city}.", "Desde {city}.")
FB_INTERESTS = (
    "Me encantan {a1} y {a2}.", "Disfruto {d1}, {d2} y de la buena compañía.", "Fan {d1}.",
    "Los fines de semana son para {a1} y {a2}.", "Siempre con ganas de hablar {d1}.",
    "Entre mis aficiones: {i1}, {i2} y {i3}.", "Tiempo libre: {i1} y {i2}.",
)  # fmt: skip
FB_PERSONAL = (
    "La familia y los amigos, primero.", "La vida es bella.",
    "<Agradecido|Agradecida> por cada día.", "Buena comida, buena gente.",
    "Intentando vivir sin complicaciones.", "{Tag}.", "{T1} y {t2}.",
    "Siempre con ganas de charlar.",
)  # fmt: skip
SHORT = ("{Occ} · {city}", "{Occ}, {city}", "{Occ} {in_city}", "{Occ}")

# ------------------------------------------------------------------ about
ABOUT_INTRO = (
    "!¡Hola! Soy {first} y trabajo como {occ} {in_city}.", "Soy {first}, {occ}, y vivo {in_city}.",
    "Me llamo {first} y soy {occ} {in_city}.", "Soy {occ} {in_city} desde hace {years} años.",
    "!¡Hola! Me llamo {first}, tengo {age} años y vivo {in_city}, donde trabajo como {occ}.",
    "Soy {first}, tengo {age} años, soy {occ} y {city} es mi casa.",
)  # fmt: skip
ABOUT_WORK = (
    "Llegué a esta profesión casi por casualidad y no me arrepiento.",
    "Lo que más me gusta de mi trabajo es la gente que conozco.",
    "Hay días largos, pero no me imagino haciendo otra cosa.",
    "Después de {years} años en esto, sigo aprendiendo algo nuevo cada semana.",
)  # fmt: skip
ABOUT_WORK_WP = (
    "Ahora trabajo {at_wp} y disfruto casi todo lo que trae el día a día.",
    "Llevo unos {years} años {at_wp}.",
    "Paso la mayor parte de la semana {at_wp}, donde no hay dos días iguales.",
)  # fmt: skip
ABOUT_STUDY = (
    "Estudio {field} {at_wp} y hay semanas que se hacen cuesta arriba.",
    "Ahora mismo estoy {at_wp}, y lo que más disfruto es {field}.",
    "Entre clase y clase {at_wp} intento guardar tiempo para mí.",
)  # fmt: skip
RETIRED_AS = "{former} jubilad<o|a>"
ABOUT_RETIRED = (
    "Después de {years} años trabajando, por fin tengo tiempo para lo que me gusta.",
    "Me jubilé hace unos años y, no sé cómo, estoy más <ocupado|ocupada> que nunca.",
    "La jubilación me está sentando muy bien y sigo con la agenda llena.",
    '[retired]Trabajé {years} años como {former} y todavía echo de menos a la gente.',
    '[retired]Antes de jubilarme fui {former}; ahora mi tiempo es mío.',
    '[retired]Mis años de {former} me enseñaron paciencia, y ahora me viene muy bien.',
    '[retired]Todavía me piden consejos de mis años como {former}.',
)  # fmt: skip
ABOUT_EDU = (
    "Estudié {field} {at_school}.", "Me formé en {field} {at_school}.",
    "Hace años estudié {field} {at_school}, y eso marcó mi forma de trabajar.",
)  # fmt: skip
ABOUT_INTERESTS = (
    "!Fuera del trabajo, lo mío es {ilist}.", "En mi tiempo libre me encantan {a1} y {a2}.",
    "Mis fines de semana son para {a1} y {a2}.",
    "Hace poco empecé con {a1}, y {a2} {es2} mi pasión desde hace años.",
    "Cuando tengo una tarde libre, suele ser para {a1} o {a2}.",
)  # fmt: skip
ABOUT_TRAITS = (
    "La gente me describe como {t1} y {t2}.",
    "Mis amigos dirían que soy {t1}, {t2} y un poco {t3}.",
    "Yo diría que soy {t1}, aunque mi familia dice que soy más bien {t2}.",
    "Intento ser {t1} y {t2} en todo lo que hago.",
)  # fmt: skip
ABOUT_CLOSING = (
    "Siempre me alegra conocer gente nueva, así que no dudes en saludar.",
    "Ahora mismo estoy ahorrando para un viaje y aprendiendo algo nuevo cada semana.",
    "La vida va rápida, pero no cambiaría mucho.", "¡Gracias por pasarte!",
    "Lo próximo en mi lista: más tiempo al aire libre y menos horas frente a la pantalla.",
)  # fmt: skip

# ------------------------------------------------------------------ Spain
# es-ES (and personas in Spain): Spain's everyday words over the Latin American default.
VARIETY_OF = {"GQ": "ES", "AD": "ES"}
VARIETIES = {
    "ES": {
        "words": {
            "celular": "móvil",
            "celulares": "móviles",
            "computadora": "ordenador",
            "computadoras": "ordenadores",
            "carro": "coche",
            "carros": "coches",
            "manejar": "conducir",
            "platicar": "charlar",
            "jugo": "zumo",
            "departamento": "piso",
            "lentes": "gafas",
            "chévere": "genial",
            "videojuegos": "videojuegos",
            "plomero": "fontanero",
            "mesero": "camarero",
            "mesera": "camarera",
            "contador": "contable",
            "contadora": "contable",
            "computación": "informática",
            "Computación": "Informática",
            "cuadras": "manzanas",
            "básquetbol": "baloncesto",
            "básquet": "baloncesto",
            "fútbol soccer": "fútbol",
            "camión": "autobús",
            "papás": "padres",
            "mamá": "madre",
            "chamba": "curro",
        }
    },
}

# What small business owners run (the occupation of an entrepreneur persona).
BUSINESSES = (
    "dueñ<o|a> de una panadería",
    "dueñ<o|a> de una cafetería",
    "florist<a|a>",
    "dueñ<o|a> de una tienda de bicicletas",
    "dueñ<o|a> de una imprenta",
    "dueñ<o|a> de una peluquería",
    "dueñ<o|a> de una librería",
    "dueñ<o|a> de un food truck",
    "dueñ<o|a> de una ferretería",
    "dueñ<o|a> de un restaurante",
    "dueñ<o|a> de una boutique",
    "dueñ<o|a> de un taller mecánico",
)

# Family roles the description may give ("mothers of toddlers"): slot {family}.
FAMILY_LABELS = {
    "parent": "<padre|madre|padre/madre>",
    "parent_toddler": "<padre|madre|padre/madre> de un niño pequeño",
    "single_parent": "<padre soltero|madre soltera|padre/madre sin pareja>",
    "grandparent": "<abuelo|abuela|abuelo/a>",
}
ABOUT_FAMILY = (
    "Además soy {family}, así que mis días empiezan temprano y casi nunca salen como los planeo.",
    "Ser {family} es lo mejor y lo más agotador de mi vida.",
    "Como {family}, he aprendido a hacer casi todo con una sola mano.",
)


def neutral(m: str, f: str) -> str:
    """A word's neutral form for nonbinary personas (see :mod:`.`): ``m/a``."""
    from avatargen.providers.offline_text.lang import slash

    return slash(m, f)


# More epicene traits (one form for every gender), for nonbinary personas only: with the
# epicene ones of TRAITS they are what a nonbinary persona's personality is drawn from.
NEUTRAL_TRAITS = (
    "amable", "inteligente", "valiente", "sensible", "puntual", "realista", "entusiasta",
    "perseverante", "tolerante", "flexible", "eficiente", "humilde",
)  # fmt: skip
