"""Curated name lists for countries Faker has no usable (Latin-script, gendered) provider for.

The installed Faker has no person provider for the Philippines: ``en_PH``, ``fil_PH`` and
``tl_PH`` only carry addresses, phone numbers, companies and the like, and
``Faker("en_PH").name()`` falls back to American (en_US) names. Its Korean, Chinese,
Thai, Persian, Hebrew, Arabic and Bengali lists are in their native scripts,
``en_PK``/``en_TH`` do not split first names by gender, ``lt_LT`` has few female names,
and Mongolia has no list at all. These short lists of common names, written in Latin
script the way people usually romanise them, fill the gap; see :mod:`.names` for the full
table of which country uses which source.

Each entry is ``(female first names, male first names, surnames)``.
"""

from __future__ import annotations


def _s(text: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in text.split(",") if n.strip())


CURATED: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    # Filipino: Spanish-origin and English-origin first names as used in the Philippines,
    # Spanish-Filipino and Tagalog surnames.
    "PH": (
        _s(
            "Maria, Ana, Rosario, Jocelyn, Maricel, Marites, Mylene, Lorna, Rowena, Cristina, "
            "Kristine, Angelica, Princess, Jasmine, Andrea, Nicole, Camille, Joy, Mary Grace, "
            "Mary Joy, Rhea, Liza, Aileen, Divina, Erlinda, Corazon, Teresita, Leonora, "
            "Luzviminda, Remedios, Carmela, Josephine, Rachelle, Katrina, Bea, Althea, Trisha, "
            "Janine, Lovely, Charmaine, Rica, Jenelyn, Analyn, Marivic"
        ),
        _s(
            "Jose, Juan, Mark, John Paul, Mark Anthony, Jerome, Ramon, Rodrigo, Eduardo, "
            "Antonio, Roberto, Fernando, Carlos, Emmanuel, Ferdinand, Rolando, Danilo, Renato, "
            "Reynaldo, Ricardo, Manuel, Angelo, Paolo, Miguel, Rafael, Joshua, Christian, "
            "Kenneth, Jericho, Jayson, Ronald, Arnel, Edgardo, Noel, Dante, Alvin, Joel, "
            "Rommel, Arvin, Jomar, Rey, Ariel"
        ),
        _s(
            "Santos, Reyes, Cruz, Bautista, Ocampo, Garcia, Mendoza, Torres, Tomas, Andrada, "
            "Castillo, Flores, Villanueva, Ramos, Castro, Rivera, Aquino, Navarro, Salazar, "
            "Mercado, Dela Cruz, De Leon, Del Rosario, Gonzales, Lopez, Aguilar, Soriano, "
            "Domingo, Manalo, Dizon, Pascual, Gutierrez, Valdez, Fernandez, Lim, Tan, Macaraeg, "
            "Pangilinan, Dimaculangan, Magbanua, Mangubat, Manalastas, Lacson, Tolentino, "
            "Samonte, Panganiban, Dimaano, Lacsamana, Sison, Marquez, Villareal, Agustin, "
            "Evangelista, Francisco, Santiago, Padilla, Cabrera, Galang, Mallari, Bernardo"
        ),
    ),
    "KR": (
        _s(
            "Ji-woo, Seo-yeon, Min-ji, Ha-eun, Soo-jin, Ye-jin, Hye-jin, Eun-ji, Ji-hye, Yu-na, "
            "Da-eun, Su-bin, Hyun-jung, Mi-kyung, Eun-young, Ji-yeon, Seo-hyun, Na-yeon, Bo-ra, "
            "Jung-eun, So-yeon, Min-seo"
        ),
        _s(
            "Min-jun, Seo-jun, Ji-hoon, Hyun-woo, Jae-won, Dong-hyun, Sung-min, Joon-ho, "
            "Tae-yang, Woo-jin, Sang-woo, Young-ho, Jin-woo, Kyung-soo, Seung-hyun, Jae-hyun, "
            "Do-yun, Ha-joon, Eun-woo, Min-ho, Jun-seo, Tae-hyun"
        ),
        _s(
            "Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Han, Oh, Seo, Shin, Kwon, "
            "Hwang, Ahn, Song, Jeon, Hong, Yoo, Ko, Moon, Yang, Son, Bae, Baek, Heo, Nam, Noh"
        ),
    ),
    "CN": (
        _s(
            "Fang, Na, Min, Jing, Li, Xiuying, Yan, Juan, Xia, Ting, Hui, Lan, Mei, Ying, Xin, "
            "Jia, Hong, Qian, Yue, Lin, Xue, Shu, Dan, Ping, Yun, Rui, Yiting, Zihan, Xinyi, "
            "Yutong, Meiling"
        ),
        _s(
            "Wei, Qiang, Lei, Jun, Yang, Yong, Jie, Tao, Ming, Chao, Hao, Bo, Peng, Gang, Long, "
            "Jian, Kai, Zhiwei, Haoran, Yuxuan, Zihao, Junjie, Jiahao, Yichen, Tianyi, Zhenyu, "
            "Wenbo"
        ),
        _s(
            "Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, "
            "He, Gao, Lin, Luo, Zheng, Liang, Xie, Song, Tang, Han, Feng, Deng, Cao, Peng, Zeng, "
            "Xiao, Tian, Dong, Pan, Yuan, Cai, Jiang, Yu, Du"
        ),
    ),
    "TH": (
        _s(
            "Siriporn, Supaporn, Kanokwan, Nattaya, Pimchanok, Wanida, Sudarat, Chutima, Apinya, "
            "Kannika, Ratchanee, Jiraporn, Pornthip, Malee, Siriwan, Thitima, Warunee, Patcharee, "
            "Sasithorn, Arisa"
        ),
        _s(
            "Somchai, Somsak, Prasert, Anan, Wichai, Surachai, Thanawat, Kittisak, Nattapong, "
            "Chaiwat, Sompong, Apichat, Pongsakorn, Tanakorn, Worawit, Sarawut, Jirayu, Anuchit, "
            "Panya, Wuttichai"
        ),
        _s(
            "Saetang, Srisuk, Wongsawat, Chaiyaporn, Rattanakorn, Boonmee, Kaewkla, Sukjai, "
            "Thongdee, Phromma, Chanthawong, Intharasuk, Suksawat, Charoenchai, Siriwong, Jaidee, "
            "Kongsuk, Pattanapong, Nakprasert, Rungruang, Sombat, Wattana, Somboon, Yodying, "
            "Khamsuk, Phongsri, Sangthong, Mahasuk"
        ),
    ),
    # Malay: the surname field holds the father's given name, as Malaysians write it.
    "MY": (
        _s(
            "Nur Aisyah, Siti Aminah, Nur Amira, Farah, Aina, Nadia, Aisyah, Hana, Zulaikha, "
            "Syafiqah, Aqilah, Balqis, Sofea, Irdina, Alya, Fatin, Atiqah, Hidayah, Izzati, "
            "Najwa, Liyana"
        ),
        _s(
            "Muhammad Hafiz, Ahmad Faiz, Amir, Haziq, Hakim, Irfan, Danial, Aiman, Syafiq, "
            "Firdaus, Azlan, Faris, Imran, Zulkifli, Rizal, Khairul, Aidil, Nazrin, Shahrul"
        ),
        _s(
            "Ahmad, Abdullah, Ismail, Ibrahim, Hassan, Hussein, Osman, Yusof, Rahman, Razak, "
            "Aziz, Hamid, Salleh, Omar, Zainal, Kamarudin, Rosli, Mahmud, Jamaluddin, Hashim, "
            "Sulaiman, Yaakob, Mansor, Idris"
        ),
    ),
    "PK": (
        _s(
            "Ayesha, Fatima, Zainab, Maryam, Hira, Sana, Amna, Mahnoor, Iqra, Sadia, Saba, Nida, "
            "Rabia, Kiran, Mehwish, Anam, Bushra, Farah, Sidra, Aliya"
        ),
        _s(
            "Muhammad Ali, Ahmed, Hassan, Usman, Bilal, Hamza, Imran, Faisal, Asad, Zain, "
            "Kashif, Adnan, Tariq, Waqas, Shahid, Irfan, Junaid, Omer, Fahad, Saad"
        ),
        _s(
            "Khan, Ahmed, Ali, Hussain, Malik, Butt, Sheikh, Qureshi, Chaudhry, Raza, Shah, "
            "Siddiqui, Iqbal, Akhtar, Javed, Mirza, Abbasi, Baig, Rana, Awan, Bhatti, Cheema, "
            "Gill, Anwar, Hashmi"
        ),
    ),
    "BD": (
        _s(
            "Fatema, Nusrat, Sharmin, Tania, Farzana, Sumaiya, Nasrin, Rumana, Shirin, Tasnim, "
            "Sadia, Moushumi, Rokeya, Anika, Lamia, Riya, Shampa, Laboni"
        ),
        _s(
            "Rahim, Karim, Rafiq, Shakil, Tanvir, Arif, Sabbir, Rakib, Imran, Mahmud, Habib, "
            "Sohel, Rasel, Jahid, Mizanur, Kamrul, Nazmul, Shafiqul, Anisur, Tariq"
        ),
        _s(
            "Rahman, Hossain, Islam, Ahmed, Khan, Uddin, Chowdhury, Sarker, Miah, Alam, Haque, "
            "Mollah, Sheikh, Biswas, Das, Roy, Saha, Talukder, Bhuiyan"
        ),
    ),
    "IR": (
        _s(
            "Fatemeh, Zahra, Maryam, Narges, Sara, Mahsa, Parisa, Leila, Shirin, Niloufar, Roya, "
            "Elham, Neda, Azadeh, Mina, Samira, Yasaman, Hoda, Setareh, Fereshteh"
        ),
        _s(
            "Mohammad, Ali, Hossein, Reza, Mehdi, Amir, Hamid, Saeed, Majid, Behnam, Arash, "
            "Kaveh, Farhad, Babak, Dariush, Omid, Navid, Pouya, Sina, Kian"
        ),
        _s(
            "Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Hashemi, "
            "Mousavi, Sadeghi, Ghorbani, Heidari, Kazemi, Taheri, Mahmoudi, Nazari, Abbasi, "
            "Rostami, Shirazi, Tehrani, Farahani, Karimzadeh, Alavi"
        ),
    ),
    "IL": (
        _s(
            "Noa, Tamar, Maya, Yael, Shira, Michal, Adi, Noga, Talia, Hila, Liat, Keren, Avital, "
            "Efrat, Rivka, Sarah, Orly, Dana, Inbal, Neta"
        ),
        _s(
            "David, Yosef, Moshe, Daniel, Ariel, Itai, Noam, Eitan, Omer, Yonatan, Amit, Avi, "
            "Ido, Guy, Uri, Yuval, Eyal, Tomer, Nadav, Ron"
        ),
        _s(
            "Cohen, Levi, Mizrahi, Peretz, Biton, Dahan, Avraham, Friedman, Malka, Azoulay, Katz, "
            "Amar, Ohana, Hadad, Gabay, Ben-David, Shapiro, Goldberg, Rosen, Sasson, Ashkenazi, "
            "Navon"
        ),
    ),
    # Arabic (Gulf, Levant, Egypt, Iraq): common Latin-script spellings.
    "ARAB": (
        _s(
            "Fatima, Aisha, Mariam, Noor, Layla, Salma, Huda, Rania, Yasmin, Dina, Lina, Reem, "
            "Sara, Amal, Hana, Nadia, Mona, Rana, Zeinab, Heba, Dalia, Farah"
        ),
        _s(
            "Mohammed, Ahmed, Omar, Ali, Youssef, Khaled, Mahmoud, Hassan, Ibrahim, Mustafa, "
            "Tarek, Karim, Hamza, Sami, Faisal, Nasser, Walid, Ziad, Rami, Fadi, Saif, Adel"
        ),
        _s(
            "Al-Sayed, Hassan, Ibrahim, Mahmoud, Abdullah, Al-Masri, Haddad, Khalil, Nasser, "
            "Saleh, Al-Harbi, Al-Qahtani, Al-Otaibi, Al-Zahrani, Mansour, Khoury, Aziz, Farouk, "
            "Hamdan, Othman, Suleiman, Al-Amin, Jaber, Darwish, Barakat, Najjar"
        ),
    ),
    # Mongolian: given names; the surname field holds the father's name, as on Mongolian IDs.
    "MN": (
        _s(
            "Oyuntsetseg, Altantsetseg, Sarangerel, Bolormaa, Enkhjargal, Narantsetseg, "
            "Tsetsegmaa, Solongo, Anujin, Nomin, Khulan, Munkhzaya, Ariunaa, Uranchimeg, "
            "Oyunbileg, Erdenechimeg, Gerelmaa, Misheel"
        ),
        _s(
            "Bat-Erdene, Batbayar, Ganbold, Enkhbold, Sukhbaatar, Temuulen, Munkh-Orgil, Baatar, "
            "Ganzorig, Erdene, Tumur, Bilguun, Khuslen, Batzorig, Altangerel, Otgonbayar, "
            "Naranbaatar, Tsogt"
        ),
        _s(
            "Batbayar, Ganbold, Enkhbold, Dorj, Bold, Purev, Tsedev, Damdin, Luvsan, Gombo, "
            "Jargal, Chuluun, Naidan, Sodnom, Tseren, Myagmar, Batsukh, Ochir, Dashdorj, Erdene"
        ),
    ),
    # Lithuanian female first names (Faker's lt_LT only lists male ones).
    "LT": (
        _s(
            "Ona, Jurgita, Rasa, Asta, Rūta, Eglė, Inga, Laura, Kristina, Gabija, Austėja, "
            "Emilija, Ieva, Greta, Vaida, Lina, Dalia, Aistė, Indrė, Giedrė"
        ),
        (),
        (),
    ),
}


def _extend_ph() -> None:
    """Add the longer Filipino lists of :mod:`.names_cohort` (kept there with the cohorts)."""
    from avatargen.providers.offline_text.names_cohort import PH_MORE

    more = [_s(part) for part in PH_MORE]
    CURATED["PH"] = tuple(  # type: ignore[assignment]
        tuple(dict.fromkeys(a + b)) for a, b in zip(CURATED["PH"], more, strict=True)
    )


_extend_ph()
