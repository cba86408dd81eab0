"""Given names that fit a birth cohort, and more Filipino names.

Faker's name lists carry no birth years, so two short curated lists (several languages) mark the
given names that would read wrong for an age: ``MODERN`` names (popular only since about
2000: Noah, Valentina, Luna, Enzo) are not given to people aged 50 or more, and ``DATED``
names (popular before about 1965: Marthe, Gilbert, Corazon, Gertrude) are not given to
people under 35. A drawn name in the wrong set is drawn again (a few times), so pools keep
their weights otherwise. Where a country has no list, names are not filtered by age.

``PH_MORE`` extends the curated Filipino lists of :mod:`.names_fallback` (the Philippines
has no Faker person provider): common Spanish-Filipino, Chinese-Filipino and Tagalog
surnames and given names, so that 200 Filipino personas do not repeat a few dozen names.
"""

from __future__ import annotations


def _s(text: str) -> frozenset[str]:
    return frozenset(n.strip() for n in text.split(",") if n.strip())


# Popular since about 2000 (not for people aged 50+).
MODERN: frozenset[str] = _s(
    "Noah, Liam, Mason, Aiden, Jayden, Brayden, Logan, Lucas, Ethan, Oliver, Harper, Ava, Mia, "
    "Emma, Sophia, Olivia, Isabella, Madison, Chloe, Zoe, Aria, Luna, Nevaeh, Skylar, Paisley, "
    "Valentina, Enzo, Kevin, Maël, Nolan, Timéo, Lenny, Kylian, Kenzo, Lyam, Lina, Inaya, "
    "Jade, Louna, Maëlys, Maelys, Lola, Romy, Thiago, Benjamín, Valentín, Santino, Bautista, "
    "Martina, Renata, Ximena, Regina, Camila, Dulce, Yaretzi, Matteo, Leonardo, Gabriel, "
    "Martim, Rodrigo, Duarte, Afonso, Salvador, Lara, Leonor, Matilde, Mafalda, Benedita, "
    "Enzo Gabriel, Miguel, Davi, Arthur, Heitor, Theo, Gael, Bernardo, Lorenzo, Valentim, "
    "Alice, Helena, Laura, Manuela, Cecília, Maitê, Isadora, Lívia, Emilly, Kauã, Kaique, "
    "Finn, Ben, Elias, Mats, Emilia, Mila, Lea, Leni, Ella, Hanna, Ida, Lio, Jona, Malia, "
    "Jayden, Princess, Shaira, Trixie, Althea, Chloe Mae, Jericho, Zion, Kyle, Lyka, Kaycee, "
    # Japanese, Chinese (pinyin), Russian and Ukrainian names of the 2000s and 2010s
    "Haruto, Minato, Sota, Yuto, Itsuki, Riku, Ren, Yamato, Taiga, Sora, Hina, Yui, Rin, Mio, "
    "Yuna, Akari, Riko, Kotone, Kanon, Honoka, Momoka, Airi, Mei, Zixuan, Yuxuan, Haoran, "
    "Zihan, Yutong, Xinyi, Yinuo, Ruoxi, Siyu, Zihao, Haoxuan, Yichen, Junxi, Василиса, "
    "Есения, Амелия, Мирослава, Злата, Мирра, Таисия, Стефания, Эвелина, Мирон, Платон, "
    "Демид, Елисей, Прохор, Тихон, Гордей, Макар, Мілана, Емілія, Устина, Ярема, Радим, "
    "Oliwia, Zuzanna, Oliwer, Aniela, Seo-yeon, Ha-eun, Ha-yoon, Ji-yoo, So-yul, Min-jun, "
    "Seo-jun, Do-yun, Ye-jun, Si-woo, Ha-jun, 시후, 은우, 서아, 하린, 한결, Ambre, Mila, Léna, "
    "Capucine, Agathe, Romane, Zoé, Lou, Noé, Sacha, Gaspard, Marius, Mathis, Noah, Ethan"
)
# Popular before about 1965 (not for people under 35).
DATED: frozenset[str] = _s(
    "Marthe, Gilbert, Gertrude, Mildred, Edna, Ethel, Agnes, Bernice, Dorothy, Gladys, Hazel, "
    "Myrtle, Eunice, Herbert, Elmer, Clarence, Harold, Walter, Wilbur, Cecil, Norman, Bernard, "
    "Lucienne, Ginette, Germaine, Yvette, Huguette, Simone, Paulette, Josette, Raymonde, "
    "Marcel, Gaston, Lucien, Raymond, Roger, René, Maurice, Fernand, Marcelle, Jacqueline, "
    "Gertrud, Hildegard, Elfriede, Waltraud, Irmgard, Herta, Ursula, Helmut, Günter, Horst, "
    "Manfred, Dieter, Wolfgang, Heinz, Erwin, Alfons, Aurora, Conceição, Glória, Lurdes, "
    "Fernanda, Amélia, Ermelinda, Deolinda, Albertina, Custódio, Joaquim, Aníbal, Adelino, "
    "Amadeu, Ilda, Odete, Belmira, Prudência, Remedios, Corazon, Teresita, Erlinda, "
    "Luzviminda, Leonora, Nenita, Herminio, Rogelio, Florante, Wilfredo, Bienvenido, "
    "Concepción, Encarnación, Purificación, Dolores, Consuelo, Ramona, Eulalia, Anselmo, "
    "Eusebio, Gumersindo, Leocadio, Remigio, Filomena, Gesualda, Assunta, Giuseppina, Alfio, "
    # Japanese, Chinese (pinyin), Russian and Ukrainian names of the 1930s to 1950s
    "Kazuko, Fumiko, Hanako, Sachiko, Yoshiko, Michiko, Shigeru, Minoru, Kiyoshi, Isamu, "
    "Susumu, Noboru, Tadashi, Mamoru, Jianguo, Guoqiang, Jianhua, Xiuying, Guiying, Yulan, "
    "Shuzhen, Fengying, Xiulan, Guoqing, Xuejun, Jianjun, Антонина, Римма, Фаина, Нелли, "
    "Зінаїда, Ефим, Аркадий, Аркадій, Харитон, Кузьма, Панас, Капитолина, Bogumiła, "
    "Czesław, Tadeusz, Henryk, Janina, Halina, Danuta, Wanda, Grażyna, Soon-ja, Ok-soon, "
    "Jung-sook, Young-sook, Mi-sook, Kyung-ja, 경자, Monique, Françoise, Martine, Chantal, "
    "Josiane, Michèle, Évelyne, Odile, Brigitte, Sylvie, Gérard, Alain, Yves, Serge, Joël, "
    "Hervé, Gilles, Régis, Didier, Thierry"
)


def fits_age(first: str, age: int) -> bool:
    """Whether a given name reads right for someone of ``age`` (see the module docstring)."""
    name = first.split(" ")[0] if first not in MODERN and first not in DATED else first
    if age >= 50 and name in MODERN:
        return False
    return not (age < 35 and name in DATED)


PH_MORE = (
    # female
    "Lourdes, Gloria, Imelda, Lilibeth, Marilou, Perla, Sheila, Evangeline, Jennifer, Janine, "
    "Kathleen, Patricia, Rica, Catherine, Charmaine, Claudine, Daisy, Editha, Fe, Gemma, "
    "Irene, Josefina, Lovely, Marjorie, Michelle, Nora, Pia, Queenie, Regina, Sarah, Vilma, "
    "Yolanda, Zenaida, Carmelita, Danica, Ella, Faith, Grace, Hannah, Isabel, Julia, Kim, "
    "Lea, Mika, Nina, Bianca, Denise, Erica, Frances, Gwen, Jessa, Kaye, Mae, Nikka, "
    "Rosalinda, Norma, Milagros, Estrella, Cherry, Dolores, Flordeliza, Ligaya, Marivic, "
    "Analyn, Rosemarie, Jonalyn, Arlene, Marissa, Maribel, Lalaine, Glenda, Precious, "
    "Angel, Kristel, Hazel Ann, Mary Ann, Ma. Theresa, Ruby, Rochelle, Jenny, Venus, Sunshine",
    # male
    "Mark, John Paul, Jerome, Christian, Angelo, Joshua, Carlo, Paolo, Miguel, Gabriel, "
    "Rafael, Rommel, Ronaldo, Reynaldo, Eduardo, Ernesto, Rodrigo, Danilo, Renato, Arnel, "
    "Jayson, Jomar, Kenneth, Kevin, Ramil, Efren, Benjie, Nestor, Alfredo, Antonio, "
    "Francisco, Manuel, Ricardo, Roberto, Emmanuel, Vincent, Patrick, Bryan, Carl, Lorenzo, "
    "Marvin, Noel, Oscar, Dennis, Edwin, Ferdinand, Gerardo, Isagani, Joel, Leonardo, Lito, "
    "Marlon, Nelson, Ruel, Sonny, Teodoro, Victor, Zaldy, Jun, Arvin, Aldrin, Alvin, "
    "Archie, Bong, Cesar, Dante, Elmer, Ferdie, Gilbert, Jhun, Jonathan, Jose Mari, Lemuel, "
    "Michael, Nathaniel, Orlando, Raymund, Rey, Romeo, Rowell, Ryan, Samuel, Tristan, Warren",
    # surnames
    "Santos, Reyes, Cruz, Bautista, Ocampo, Garcia, Mendoza, Torres, Tomas, Andrada, Castillo, "
    "Flores, Villanueva, Ramos, Castro, Rivera, Aquino, Navarro, Salazar, Mercado, Domingo, "
    "Gutierrez, Gonzales, Lopez, Del Rosario, Dela Cruz, De Leon, De Guzman, Pascual, "
    "Santiago, Soriano, Valdez, Manalo, Macaraeg, Dizon, Aguilar, Sison, Agustin, Lim, Tan, "
    "Go, Sy, Chua, Ong, Co, Yap, Panganiban, Magbanua, Dimaculangan, Dimaano, Macapagal, "
    "Malonzo, Mangubat, Buenaventura, Evangelista, Fernandez, Hernandez, Jimenez, Lacson, "
    "Laurel, Lualhati, Mabini, Magsaysay, Marquez, Medina, Morales, Nepomuceno, Padilla, "
    "Pangilinan, Perez, Quiambao, Quimpo, Roxas, Samonte, Sarmiento, Tolentino, Umali, "
    "Velasco, Vergara, Yulo, Zamora, Abad, Abella, Acosta, Alcantara, Alvarez, Amador, Arceo, "
    "Arellano, Avila, Bacani, Balagtas, Baltazar, Bernardo, Bonifacio, Cabral, Calderon, "
    "Camacho, Cariño, Concepcion, Corpuz, Cortez, Cuenca, Dantes, David, Diaz, Enriquez, "
    "Escobar, Espiritu, Estrada, Fajardo, Gatchalian, Gomez, Guevarra, Ignacio, Javier, "
    "Lagman, Legaspi, Luna, Madrigal, Manalastas, Mendiola, Miranda, Molina, Montemayor, "
    "Natividad, Obando, Olivar, Ortega, Pacheco, Palma, Policarpio, Rodriguez, Rosales, "
    "Sabado, Salvador, Tagle, Tiongson, Trinidad, Valenzuela, Vasquez, Villareal, Yambao, "
    "Alonzo, Apostol, Austria, Bello, Cabrera, Catacutan, Dalisay, Dumalagan, Galang, "
    "Ilagan, Labrador, Lapid, Macalintal, Maglaya, Manansala, Mangahas, Nacpil, Pineda, "
    "Punzalan, Rances, Serrano, Sumulong, Tabora, Tuazon, Ventura, Zulueta, Capistrano",
)
