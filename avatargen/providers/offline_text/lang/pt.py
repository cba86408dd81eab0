"""Portuguese phrase data (see :mod:`..lang` for the conventions).

Brazilian vocabulary by default (most speakers, and what pt-BR asks for); Portugal's
job titles through ``COUNTRY_OVERRIDES``. "em" contracts with the article of places that
take one ("no Rio de Janeiro", "na Nimbus Labs").
"""

AND = "e"
AT = "na"

_ARTICLE_CITIES = {"Rio de Janeiro": "o", "Porto": "o", "Recife": "o", "Cairo": "o"}


def in_city(city: str) -> str:
    return f"n{_ARTICLE_CITIES[city]} {city}" if city in _ARTICLE_CITIES else f"em {city}"


def from_city(city: str) -> str:
    return f"d{_ARTICLE_CITIES[city]} {city}" if city in _ARTICLE_CITIES else f"de {city}"


OCCUPATIONS = {
    "nurse": "enfermeir<o|a>", "doctor": "médic<o|a>", "pharmacist": "farmacêutic<o|a>",
    "dentist": "dentista", "physiotherapist": "fisioterapeuta", "psychologist": "psicólog<o|a>",
    "veterinarian": "veterinári<o|a>", "teacher": "professor<|a>",
    "professor": "professor<|a> universitári<o|a>", "librarian": "bibliotecári<o|a>",
    "software_engineer": "engenheir<o|a> de software", "web_developer": "desenvolvedor<|a> web",
    "data_analyst": "analista de dados", "graphic_designer": "designer gráfic<o|a>",
    "ux_designer": "designer de UX", "architect": "arquitet<o|a>",
    "civil_engineer": "engenheir<o|a> civil", "mechanical_engineer": "engenheir<o|a> mecânic<o|a>",
    "electrician": "eletricista", "plumber": "encanador<|a>", "carpenter": "marceneir<o|a>",
    "mechanic": "mecânic<o|a>", "chef": "cozinheir<o|a>", "barista": "barista",
    "waiter": "garç<om|onete>", "baker": "padeir<o|a>", "accountant": "contador<|a>",
    "lawyer": "advogad<o|a>", "marketing_manager": "gerente de marketing",
    "sales_rep": "representante de vendas", "project_manager": "gerente de projetos",
    "hr_specialist": "analista de RH", "entrepreneur": "empreendedor<|a>",
    "real_estate_agent": "corretor<|a> de imóveis", "bank_clerk": "bancári<o|a>",
    "customer_service": "atendente de call center", "receptionist": "recepcionista",
    "social_worker": "assistente social", "police_officer": "policial",
    "firefighter": "bombeir<o|a>", "pilot": "piloto de avião",
    "flight_attendant": "comissári<o|a> de bordo", "truck_driver": "caminhoneir<o|a>",
    "farmer": "agricultor<|a>", "hairdresser": "cabeleireir<o|a>",
    "fitness_trainer": "personal trainer", "shop_assistant": "vendedor<|a>",
    "journalist": "jornalista", "photographer": "fotógraf<o|a>", "translator": "tradutor<|a>",
    "musician": "músic<o|a>", "writer": "escritor<|a>", "researcher": "pesquisador<|a>",
    "student": "estudante universitári<o|a>", "pupil": "estudante do ensino médio",
    "retiree": "aposentad<o|a>",
 "fashion_designer": "estilista", "trader": "trader",
}  # fmt: skip
COUNTRY_OVERRIDES = {
    "PT": {
        "plumber": "canalizador<|a>", "waiter": "emprega<do|da> de mesa",
        "accountant": "contabilista", "project_manager": "gestor<|a> de projetos",
        "real_estate_agent": "agente imobiliári<o|a>", "police_officer": "polícia",
        "flight_attendant": "assistente de bordo", "truck_driver": "camionista",
        "researcher": "investigador<|a>", "pupil": "estudante do secundário",
        "retiree": "reformad<o|a>", "customer_service": "operador<|a> de call center",
        "software_engineer": "engenheir<o|a> informátic<o|a>",
    },
}  # fmt: skip
OCCUPATION_WORDS = {
    "programadores": "software_engineer", "programadoras": "software_engineer",
    "desenvolvedores": "software_engineer", "estudantes": "student",
    "universitários": "student", "universitárias": "student", "motoristas": "truck_driver",
    "cientistas": "researcher", "médicos": "doctor", "médicas": "doctor",
    "enfermeiros": "nurse", "enfermeiras": "nurse", "professores": "teacher",
    "professoras": "teacher", "aposentados": "retiree", "aposentadas": "retiree",
}  # fmt: skip

INTERESTS = {
    "hiking": "trilhas", "running": "corrida", "cycling": "ciclismo", "swimming": "natação",
    "yoga": "yoga", "fitness": "musculação", "football": "futebol", "basketball": "basquete",
    "tennis": "tênis", "climbing": "escalada", "surfing": "surfe", "skiing": "esqui",
    "dancing": "dança", "martial_arts": "artes marciais", "cooking": "culinária",
    "baking": "confeitaria", "coffee": "café", "wine": "vinho", "craft_beer": "cerveja artesanal",
    "street_food": "comida de rua", "gardening": "jardinagem", "houseplants": "plantas",
    "photography": "fotografia", "painting": "pintura", "drawing": "desenho",
    "writing": "escrita", "reading": "leitura", "poetry": "poesia", "cinema": "cinema",
    "series": "séries", "music": "música", "concerts": "música ao vivo", "guitar": "violão",
    "piano": "piano", "singing": "canto", "karaoke": "karaokê", "podcasts": "podcasts",
    "gaming": "games", "board_games": "jogos de tabuleiro", "chess": "xadrez", "anime": "animes",
    "comics": "quadrinhos", "travel": "viagens", "camping": "camping", "fishing": "pesca",
    "birdwatching": "observação de aves", "beach": "praia", "volunteering": "voluntariado",
    "diy": "bricolagem", "knitting": "tricô", "pottery": "cerâmica", "fashion": "moda",
    "interior_design": "decoração", "history": "história", "science": "ciência",
    "astronomy": "astronomia", "languages": "idiomas", "tech": "tecnologia",
    "investing": "investimentos", "cars": "carros antigos", "motorcycles": "motos",
    "dogs": "cachorros", "cats": "gatos", "theatre": "teatro", "museums": "museus",
    "meditation": "meditação",
 "cricket": "críquete", "horse_riding": "equitação", "skateboarding": "skate",
    "golf": "golfe", "sailing": "vela", "baseball": "beisebol", "volleyball": "vôlei",
    "sewing": "costura", "hockey": "hóquei", "rugby": "rúgbi",
}  # fmt: skip
INTEREST_WORDS = {
    "trilheiros": "hiking", "caminhadas": "hiking", "corredores": "running",
    "ciclistas": "cycling", "nadar": "swimming", "dançar": "dancing", "cozinhar": "cooking",
    "viajar": "travel", "viajantes": "travel", "ler": "reading", "livros": "reading",
    "gamers": "gaming", "jogadores": "gaming", "surfistas": "surfing",
}  # fmt: skip
GENDER_WORDS = {
    "mulheres": "female", "mulher": "female", "meninas": "female", "mães": "female",
    "homens": "male", "homem": "male", "meninos": "male", "não binárias": "nonbinary",
    "não binários": "nonbinary",
}  # fmt: skip
STOPWORDS = (
    "de do da dos das o a os as um uma e ou em no na nos nas com sem por para que quem como "
    "entre anos idade pessoas gente moram mora trabalham trabalha gostam gosta amam ama fas "
    "apaixonados seus suas muito mais menos ate desde sobre"
)

TRAITS = (
    "curios<o|a>", "calm<o|a>", "alegre", "organizad<o|a>", "criativ<o|a>", "paciente",
    "ambicios<o|a>", "leal", "tranquil<o|a>", "atencios<o|a>", "aventureir<o|a>", "prátic<o|a>",
    "divertid<o|a>", "empátic<o|a>", "<cheio|cheia> de energia", "confiável",
    "otimista", "independente", "tímid<o|a>", "extrovertid<o|a>", "detalhista", "generos<o|a>",
    "teimos<o|a>", "espontâne<o|a>", "simples", "carinhos<o|a>", "bem-humorad<o|a>",
    "determinad<o|a>", "sociável", "honest<o|a>",
)  # fmt: skip

# The TRAITS that read well after "a little" (for "{t1}, {t2} and a little {t3}").
QUIRKS = (
    "curios<o|a>", "aventureir<o|a>", "tímid<o|a>", "detalhista", "teimos<o|a>", "espontâne<o|a>",
    "tranquil<o|a>", "extrovertid<o|a>",
)  # fmt: skip

FIELDS = {
    "nursing": "Enfermagem", "medicine": "Medicina", "pharmacy": "Farmácia",
    "dentistry": "Odontologia", "physiotherapy": "Fisioterapia", "psychology": "Psicologia",
    "veterinary": "Medicina Veterinária", "education": "Pedagogia",
    "computer_science": "Ciência da Computação", "statistics": "Estatística",
    "mathematics": "Matemática", "graphic_design": "Design Gráfico",
    "architecture": "Arquitetura", "civil_engineering": "Engenharia Civil",
    "mechanical_engineering": "Engenharia Mecânica", "engineering": "Engenharia",
    "electrical_installations": "Instalações Elétricas", "plumbing": "Instalações Hidráulicas",
    "carpentry": "Marcenaria", "automotive": "Mecânica Automotiva", "culinary_arts": "Gastronomia",
    "hospitality": "Hotelaria", "accounting": "Ciências Contábeis", "business": "Administração",
    "law": "Direito", "marketing": "Marketing", "journalism": "Jornalismo",
    "social_work": "Serviço Social", "criminology": "Criminologia", "aviation": "Aviação Civil",
    "agronomy": "Agronomia", "hairdressing": "Cabeleireiro", "sports_science": "Educação Física",
    "translation": "Tradução", "music": "Música", "literature": "Letras", "biology": "Biologia",
    "physics": "Física", "economics": "Economia", "history": "História",
}  # fmt: skip

INSTITUTIONS = {
    "university": ("na::Universidade Federal de {city}", "na::Universidade de {city}",
                   "na::Universidade Estadual de {city}"),
    "college": ("no::Instituto Federal de {city}", "na::Faculdade de Tecnologia de {city}"),
    "vocational": ("na::Escola Técnica de {city}",
                   "no::Centro de Formação Profissional de {city}"),
    "school": ("na::Escola Estadual de {city}",),
}  # fmt: skip

WORKPLACES = {
    "hospital": ("no::Hospital Municipal de {city}", "no::Hospital {surname}",
                 "na::Santa Casa de {city}"),
    "clinic": ("na::Clínica {surname}", "no::Centro de Saúde de {city}"),
    "dental": ("na::Clínica Odontológica {brand}", "na::Odonto {brand}"),
    "vet": ("na::Clínica Veterinária {brand}", "no::Hospital Veterinário de {city}"),
    "pharmacy": ("na::Farmácia {surname}", "na::Drogaria {brand}"),
    "school": ("na::Escola Municipal {surname}", "no::Colégio {surname}"),
    "highschool": ("no::Colégio Estadual de {city}", "na::Escola {surname}"),
    "library": ("na::Biblioteca Municipal de {city}",),
    "tech": ("{brand} Labs", "{brand} Software", "{brand} Tecnologia", "{brand} Digital"),
    "agency": ("{brand} Estúdio", "na::Agência {brand}"),
    "company": ("no::Grupo {brand}", "{surname} & Associados", "{brand} Soluções",
                "Indústrias {brand}"),
    "law": ("no::Escritório {surname} & {surname2}", "{surname} Advogados"),
    "accounting": ("{surname} Contabilidade", "no::Escritório {surname}"),
    "architecture": ("{surname} Arquitetura", "no::Estúdio {brand}"),
    "engineering": ("{brand} Engenharia", "{surname} Engenharia"),
    "construction": ("na::Construtora {surname}", "{brand} Construções"),
    "trades": ("{surname} Instalações", "{surname} Reformas", "=autônom<o|a>"),
    "garage": ("na::Oficina {surname}", "no::Auto Center {brand}"),
    "restaurant": ("no::Restaurante {brand}", "na::Cantina {surname}", "no::Bistrô {brand}"),
    "cafe": ("no::Café {brand}", "na::Cafeteria {brand}"),
    "bakery": ("na::Padaria {surname}", "na::Confeitaria {brand}"),
    "shop": ("na::Livraria {brand}", "na::Loja {brand}", "{brand} Moda"),
    "salon": ("no::Salão {brand}", "{brand} Beleza"),
    "gym": ("na::Academia {brand}", "{brand} Fitness"),
    "media": ("no::Jornal de {city}", "na::Rádio {city}", "{brand} Comunicação"),
    "studio": ("no::Estúdio {brand}", "{surname} Fotografia"),
    "council": ("na::Prefeitura de {city}", "na::Câmara Municipal de {city}"),
    "police": ("na::Polícia de {city}",),
    "fire": ("no::Corpo de Bombeiros de {city}",),
    "social": ("no::Centro de Assistência Social de {city}", "na::ONG {brand}"),
    "airline": ("{brand} Linhas Aéreas", "{brand} Air"),
    "logistics": ("na::Transportadora {surname}", "{brand} Logística"),
    "farm": ("na::Fazenda {surname}", "no::Sítio {brand}"),
    "realestate": ("{brand} Imóveis", "na::Imobiliária {surname}"),
    "bank": ("no::Banco {brand}", "na::Cooperativa de Crédito de {city}"),
    "callcenter": ("{brand} Atendimento", "{brand} Contact Center"),
    "hotel": ("no::Hotel {brand}", "no::Grande Hotel {city}"),
    "lab": ("no::Instituto {brand} de Pesquisa", "no::Centro de Pesquisa de {city}"),
    "freelance": ("=autônom<o|a>", "=freelancer"),
    "music": ("na::Orquestra Sinfônica de {city}", "=autônom<o|a>"),
    "own": ("{brand} & Cia.", "no::Ateliê {brand}", "na::Loja {brand}"),
    "retired": ("=aposentad<o|a>",),
}  # fmt: skip

# Portugal's own institutions ("@level" keys are institutions, others workplace kinds).
COUNTRY_PLACES = {
    "PT": {
        "@university": ("na::Universidade de {city}", "na::Universidade Nova de {city}"),
        "@college": ("no::Instituto Politécnico de {city}",),
        "@vocational": ("na::Escola Profissional de {city}",),
        "council": ("na::Câmara Municipal de {city}",),
        "hospital": ("no::Hospital de {city}", "no::Hospital {surname}",
                     "no::Centro Hospitalar de {city}"),
        "clinic": ("na::Clínica {surname}", "no::Centro de Saúde de {city}"),
        "school": ("na::Escola Básica de {city}", "no::Colégio {surname}"),
        "highschool": ("na::Escola Secundária de {city}",),
        "farm": ("na::Quinta {surname}",),
        "police": ("na::PSP de {city}",),
        "gym": ("no::Ginásio {brand}", "{brand} Fitness"),
        "pharmacy": ("na::Farmácia {surname}", "na::Farmácia Central de {city}"),
        # Brazil's words (autônomo, Reformas, Auto Center, Bistrô, Odonto, Pesquisa, Imóveis)
        # have Portugal's own here
        "trades": ("{surname} Instalações", "{surname} Remodelações",
                   "=trabalhador<|a> independente"),
        "garage": ("na::Oficina {surname}", "na::Oficina Auto {brand}"),
        "restaurant": ("no::Restaurante {brand}", "na::Tasca {surname}",
                       "na::Cantina {surname}"),
        "cafe": ("no::Café {brand}", "na::Pastelaria {brand}"),
        "bakery": ("na::Padaria {surname}", "na::Pastelaria {brand}"),
        "dental": ("na::Clínica Dentária {brand}", "na::Clínica Dentária {surname}"),
        "salon": ("no::Cabeleireiro {brand}", "{brand} Beleza"),
        "fire": ("nos::Bombeiros Voluntários de {city}",),
        "lab": ("no::Instituto {brand} de Investigação", "no::Centro de Investigação de {city}"),
        "realestate": ("na::Imobiliária {surname}", "{brand} Imobiliária"),
        "bank": ("no::Banco {brand}", "na::Caixa de Crédito Agrícola de {city}"),
        "own": ("{brand}, Lda.", "no::Ateliê {brand}", "na::Loja {brand}"),
    },
}  # fmt: skip

# ------------------------------------------------------------------ bios
X_ROLE = (
    "{Occ} {in_city}", "{Occ} · {city}", "{Occ}. {city}", "{Occ} {from_city}",
    "!{Occ} de profissão", "!{Occ} em tempo integral", "{Occ} há {years} anos",
    "<Orgulhoso|Orgulhosa> de ser {occ}", "Trabalho como {occ} {in_city}",
    "Moro {in_city} e trabalho como {occ}", "!{Occ} de segunda a sexta", "{Occ} {flag}",
    "{city} {flag} · {occ}", "{Occ}, {age}, {city}", "!{Occ} de dia",
    "{Occ} apaixonad<o|a> por {city}", "{Occ} com {years} anos de estrada",
    "!{Occ} por vocação",
)  # fmt: skip
X_ROLE_WP = (
    "{Occ} {at_wp}", "{Occ} @ {wp}", "{Occ} | {wp}", "{Occ} {at_wp}, {city}",
    "Atualmente: {occ} {at_wp}", "Trabalho {at_wp}",
)  # fmt: skip
X_INTERESTS = (
    "{I1}, {i2} e {i3}", "Apaixonad<o|a> por {i1}", "Fã de {i1} e {i2}", "Amo {i1}",
    "Fins de semana: {i1} e {i2}", "Sempre topo {i1}", "Bora falar de {i1}?",
    "Tempo livre = {i1}", "{I1} + {i2} + {i3}", "Entre {i1} e {i2}",
    "Meio obcecad<o|a> por {i1}", "{I1} aos domingos", "{e1} {i1} {e2} {i2}",
    "Minha terapia: {i1}", "Mais {i1}, menos telas", "Viciad<o|a> em {i1}",
    "Fã de {i1}, iniciante em {i2}",
)  # fmt: skip
X_TRAITS = (
    "{T1} e {t2}", "{T1}, {t2} e um pouco {t3}", "{T1} por natureza",
    "Quase sempre {t1}, às vezes {t2}", "Dizem que sou {t1}", "{T1} na maioria dos dias",
)  # fmt: skip
TAGLINES = (
    "Primeiro o café", "Aprendendo todo dia", "Ainda me descobrindo",
    "Tentando ser gentil todo dia", "Time dos cachorros", "Time dos gatos",
    "Especialista em pensar demais", "Perfeccionista em recuperação",
    "Colecionando pequenas alegrias", "A vida, uma playlist de cada vez",
    "Aqui pelas boas histórias", "Passos pequenos, vistas grandes", "Caçador<|a> de pôr do sol",
    "Sempre aprendendo", "Péssim<o|a> em papo furado", "Movid<o|a> a lanchinhos",
    "Sarcasmo é minha língua", "Atrás da luz perfeita", "Improvisando pelo caminho",
    "Copo meio cheio", "Madrugador<|a> sem querer", "Notívag<o|a>",
    "Trocadilhos ruins, boas intenções", "Fã de manhãs sem pressa", "Listas me acalmam",
    "Ainda acredito em cartas escritas à mão", "Futur<o|a> don<o|a> de uma cabana",
    "Viagens de fim de semana", "Time do chá", "Alérgic<o|a> a segunda-feira",
    "Coração mole, café forte", "Aprendendo a dizer não", "Sonhando com a próxima viagem",
    "Gentileza gera gentileza", "Crític<o|a> gastronômic<o|a> amador<|a>",
    "Sempre atrasad<o|a>", "!<Pai|Mãe> de dois", "<Tio coruja|Tia coruja>",
    "Família grande, coração maior", "Domingo é dia de família", "Filósof<o|a> de boteco",
    "Amig<o|a> de todo cachorro", "Menos scroll, mais vida", "Sem complicação",
    "Um dia bom de cada vez", "Pé no chão", "Sem pressa",
)  # fmt: skip
TIKTOK = (
    "{e1} {occ} {in_city} | {i1} + {i2}", "!{occ} de dia {e1} {i1} de noite",
    "{city} 📍 {occ} apaixonad<o|a> por {i1}", "só um<|a> {occ} postando {i1} {e1}",
    "{i1} {e1} {i2} {e2} e vida de {occ}", "pov: {occ} com hobbies demais {e1}{e2}",
    "vida de {occ} + {i1} {e1}", "{e1} {i1} | {e2} {i2} | {city}",
    "{i1} e o caos de ser {occ} {e1}", "{occ} compartilhando {i1} {e1}",
    "aqui por {i1} e boas vibes {e1}", "viciad<o|a> em {i1} {e1} {occ} {in_city}",
    "{occ} {in_city} • {i1} {e1}", "vem pela vibe de {i1}, fica pelo caos {e1}",
    "diário de {i1} {e1} {flag}", "<seu|sua> {occ} favorit<o|a> {e1}",
    "clipes de {i1} e {city} {e1}", "{occ} | {i1} | {i2} {e1}",
    "não sou profissional, só amo {i1} {e1}", "{tag} {e1}", "{flag} {occ} • {i1} • {i2}",
    "{occ} na minha fase {i1} {e1}",
)  # fmt: skip
IG_ROLE = (
    "{Occ} · {city}", "{Occ} | {city}", "📍 {city} | {Occ}", "{Occ} {in_city} {flag}",
    "{Occ} ✦ {city}", "{city} {flag} · {occ}", "{Occ} @ {wp}", "{Occ} {from_city}",
)  # fmt: skip
IG_INTERESTS = (
    "{e1} {i1} · {e2} {i2} · {e3} {i3}", "{e1} {i1} | {e2} {i2}", "{I1}, {i2} e {i3} {e1}",
    "{e1}{e2}{e3} {i1}, {i2}, {i3}", "Amo {i1} & {i2} {e1}", "{e1} {i1} sempre",
    "{I1} {e1} {i2} {e2}", "{e1} fim de semana = {i1}",
)  # fmt: skip
FB_WORK = (
    "Trabalho como {occ} {in_city}.", "Sou {occ} {in_city}.", "{Occ} {in_city}.",
    "{Occ} {in_city} há {years} anos.", "<Orgulhoso|Orgulhosa> de ser {occ} {in_city}.",
)  # fmt: skip
FB_WORK_WP = (
    "{Occ} {at_wp}.", "Trabalho {at_wp}.", "<Orgulhoso|Orgulhosa> de trabalhar {at_wp}.",
    "{Occ} {at_wp}, {city}.",
)  # fmt: skip
FB_HOME = ("Moro {in_city}.", "{city} é minha casa.", "Feliz por viver {in_city}.")
FB_INTERESTS = (
    "Amo {i1} e {i2}.", "Curto {i1}, {i2} e boas companhias.", "Fã de {i1}.",
    "Fins de semana são para {i1} e {i2}.", "Sempre pront<o|a> para falar de {i1}.",
    "Hobbies: {i1}, {i2} e {i3}.", "Tempo livre: {i1} e {i2}.",
)  # fmt: skip
FB_PERSONAL = (
    "Família e amigos em primeiro lugar.", "A vida é bela.", "<Grato|Grata> por cada dia.",
    "Boa comida, boa gente.", "Tentando viver com simplicidade.", "{Tag}.", "{T1} e {t2}.",
    "Sempre pront<o|a> para um bom papo.",
)  # fmt: skip
SHORT = ("{Occ} · {city}", "{Occ}, {city}", "{Occ} {in_city}", "{Occ}")

# ------------------------------------------------------------------ about
ABOUT_INTRO = (
    "!Olá! Eu sou {first} e trabalho como {occ} {in_city}.",
    "Sou {first}, {occ}, e moro {in_city}.", "Meu nome é {first} e sou {occ} {in_city}.",
    "Sou {occ} {in_city} há {years} anos.",
    "!Olá! Me chamo {first}, tenho {age} anos e moro {in_city}, onde trabalho como {occ}.",
    "Sou {first}, tenho {age} anos, sou {occ} e {city} é minha casa.",
)  # fmt: skip
ABOUT_WORK = (
    "Cheguei a essa profissão quase por acaso e nunca me arrependi.",
    "O que mais gosto no trabalho são as pessoas que conheço.",
    "Há dias longos, mas não me imagino em outra profissão.",
    "Depois de {years} anos na área, ainda aprendo algo novo toda semana.",
)  # fmt: skip
ABOUT_WORK_WP = (
    "Hoje trabalho {at_wp} e gosto de quase tudo o que o dia a dia traz.",
    "Estou {at_wp} há uns {years} anos.",
    "Passo a maior parte da semana {at_wp}, onde nenhum dia é igual ao outro.",
)  # fmt: skip
ABOUT_STUDY = (
    "Estudo {field} {at_wp}, e tem semanas bem puxadas.",
    "No momento estou {at_wp}, e o que mais gosto é {field}.",
    "Entre uma aula e outra {at_wp}, tento guardar um tempo para mim.",
)  # fmt: skip
RETIRED_AS = "{former} aposentad<o|a>"
ABOUT_RETIRED = (
    "Depois de {years} anos de trabalho, finalmente tenho tempo para o que gosto.",
    "Me aposentei há alguns anos e, não sei como, estou mais ocupad<o|a> do que nunca.",
    "A aposentadoria me fez muito bem, e a agenda continua cheia.",
    '[retired]Fui {former} durante {years} anos e ainda sinto falta das pessoas.',
    '[retired]Antes de me aposentar fui {former}; agora meu tempo é meu.',
    '[retired]Os anos como {former} me ensinaram paciência, e isso ajuda até hoje.',
    '[retired]Ainda me pedem conselhos dos meus tempos de {former}.',
)  # fmt: skip
ABOUT_EDU = (
    "Estudei {field} {at_school}.", "Me formei em {field} {at_school}.",
    "Anos atrás estudei {field} {at_school}, e isso marcou meu jeito de trabalhar.",
)  # fmt: skip
ABOUT_INTERESTS = (
    "!Fora do trabalho, gosto mesmo é de {ilist}.", "No tempo livre, amo {i1} e {i2}.",
    "Meus fins de semana são de {i1} e {i2}.",
    "Comecei há pouco com {i1}, e sou apaixonad<o|a> por {i2} há anos.",
    "Noites livres costumam ser para {i1} ou {i2}.",
)  # fmt: skip
ABOUT_TRAITS = (
    "As pessoas me descrevem como {t1} e {t2}.",
    "Meus amigos diriam que sou {t1}, {t2} e um pouco {t3}.",
    "Eu diria que sou {t1}, mas minha família me acha mais {t2}.",
    "Tento ser {t1} e {t2} em tudo o que faço.",
)  # fmt: skip
ABOUT_CLOSING = (
    "Gosto de conhecer gente nova, então fique à vontade para dar um oi.",
    "No momento estou juntando dinheiro para uma viagem e aprendendo algo novo toda semana.",
    "A vida anda corrida, mas eu não mudaria muita coisa.", "Obrigad<o|a> pela visita!",
    "Próximo item da lista: mais tempo ao ar livre e menos horas no celular.",
)  # fmt: skip

# ------------------------------------------------------------------ European Portuguese
# pt-PT (and personas in Portugal, Angola, Mozambique, Cape Verde...): Portugal's words,
# clitics after the verb ("Chamo-me", "Reformei-me"), "a + infinitive" for the gerund and
# the article before possessives ("a minha terapia").
VARIETY_OF = {"AO": "PT", "MZ": "PT", "CV": "PT", "GW": "PT", "ST": "PT", "TL": "PT"}
VARIETIES = {
    "PT": {
        "words": {
            "aposentad": "reformad",
            "aposentadoria": "reforma",
            "me aposentar": "me reformar",
            "Me aposentei": "reformei-me",
            "cachorros": "cães",
            "cachorro": "cão",
            "celular": "telemóvel",
            "celulares": "telemóveis",
            "Bora": "vamos",
            "games": "videojogos",
            "trilhas": "caminhadas",
            "time dos": "equipa dos",
            "time do": "equipa do",
            "telas": "ecrãs",
            "tela": "ecrã",
            "musculação": "ginásio",
            "basquete": "basquetebol",
            "surfe": "surf",
            "tênis": "ténis",
            "karaokê": "karaoke",
            "quadrinhos": "banda desenhada",
            "animes": "anime",
            "Curto": "gosto de",
            "Sempre topo": "alinho sempre em",
            "papo furado": "conversa fiada",
            "bom papo": "boa conversa",
            "boteco": "café",
            "lanchinhos": "petiscos",
            "Oi": "olá",
            "dar um oi": "dizer olá",
            "fique à vontade": "esteja à vontade",
            "Meu nome é": "o meu nome é",
            "Me chamo": "chamo-me",
            "Me formei": "formei-me",
            "me ensinaram": "ensinaram-me",
            "me descrevem": "descrevem-me",
            "me acha": "acha-me",
            "me fez": "fez-me",
            "me acalmam": "acalmam-me",
            "Minha terapia": "a minha terapia",
            "minha casa": "a minha casa",
            "Meus amigos": "os meus amigos",
            "Meus fins de semana": "os meus fins de semana",
            "minha família": "a minha família",
            "meu trabalho": "o meu trabalho",
            "meu tempo": "o meu tempo",
            "meu jeito de trabalhar": "a minha maneira de trabalhar",
            "minha língua": "a minha língua",
            "Tentando": "a tentar",
            "Aprendendo": "a aprender",
            "aprendendo": "a aprender",
            "Colecionando": "a colecionar",
            "Improvisando": "a improvisar",
            "Sonhando": "a sonhar",
            "Ainda me descobrindo": "ainda a descobrir-me",
            "postando": "a publicar",
            "compartilhando": "a partilhar",
            "juntando": "a juntar",
            "todo dia": "todos os dias",
            "toda semana": "todas as semanas",
            "Atrás da": "à procura da",
            "Movid": "movid",
            "a segunda-feira": "às segundas-feiras",
            "gastronômic": "gastronómic",
            "Fins de semana são para": "os fins de semana são para",
            "Feliz por viver": "feliz por viver",
            "ônibus": "autocarro",
            "esporte": "desporto",
            "academia": "ginásio",
        },
        "FIELDS": {
            "computer_science": "Engenharia Informática",
            "accounting": "Contabilidade",
            "education": "Ciências da Educação",
            "dentistry": "Medicina Dentária",
            "sports_science": "Ciências do Desporto",
            "business": "Gestão",
            "literature": "Línguas e Literaturas",
            "graphic_design": "Design de Comunicação",
            "electrical_installations": "Eletrotecnia",
            "plumbing": "Canalização",
        },
        "RETIRED_AS": "{former} reformad<o|a>",
        # Workplaces are names, not worded text: Portugal's own forms of the non-employers.
        "WORKPLACES": {
            "retired": ("=reformad<o|a>",),
            "freelance": ("=trabalhador<|a> independente", "=freelancer"),
            "music": ("na::Orquestra Sinfónica de {city}", "=trabalhador<|a> independente"),
        },
    },
}

# What small business owners run (the occupation of an entrepreneur persona).
BUSINESSES = (
    "don<o|a> de uma padaria",
    "don<o|a> de um café",
    "florista",
    "don<o|a> de uma loja de bicicletas",
    "don<o|a> de uma gráfica",
    "don<o|a> de um salão de beleza",
    "don<o|a> de uma livraria",
    "don<o|a> de um food truck",
    "don<o|a> de uma loja de ferragens",
    "don<o|a> de um restaurante",
    "don<o|a> de uma boutique",
    "don<o|a> de uma oficina mecânica",
)

# Family roles the description may give ("mothers of toddlers"): slot {family}.
FAMILY_LABELS = {
    "parent": "<pai|mãe|pai/mãe>",
    "parent_toddler": "<pai|mãe|pai/mãe> de uma criança pequena",
    "single_parent": "<pai solteiro|mãe solteira|pai/mãe solo>",
    "grandparent": "<avô|avó|avô/avó>",
}
ABOUT_FAMILY = (
    "Também sou {family}, por isso os meus dias começam cedo e quase nunca correm como planeado.",
    "Ser {family} é a parte melhor e mais cansativa da minha vida.",
    "Como {family}, aprendi a fazer quase tudo com uma mão só.",
)


def neutral(m: str, f: str) -> str:
    """A word's neutral form for nonbinary personas (see :mod:`.`): ``m/a``."""
    from avatargen.providers.offline_text.lang import slash

    return slash(m, f)


# More epicene traits (one form for every gender), for nonbinary personas only: with the
# epicene ones of TRAITS they are what a nonbinary persona's personality is drawn from.
NEUTRAL_TRAITS = (
    "amável", "gentil", "inteligente", "sensível", "pontual", "realista", "entusiasta",
    "perseverante", "tolerante", "flexível", "eficiente", "humilde",
)  # fmt: skip
