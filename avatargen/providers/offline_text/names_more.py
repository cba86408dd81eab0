"""More real names for major locales whose Faker lists are short.

Measured with ``bench/text_quality.py --only-names`` over 2,000 personas per country,
Faker's lists give Brazil and Portugal about 100 distinct surnames, Nigeria about 150,
Turkey 60, Romania 92, Japan (romanised) 49, China (romanised) 40 and the Arabic-speaking
countries 26. The lists below are common surnames and given names of each place, written
the way people there write them; :func:`extend` adds them to a source's pool (Faker
locale, curated ``@`` list or native ``~`` pool), keeping the pool's own names first.
Names that read wrong for a birth cohort are listed in :mod:`.names_cohort`.

Each entry is ``(female first names, male first names, surnames)``; ``()`` adds none.
"""

from __future__ import annotations

from avatargen.providers.offline_text.names_more_native import NATIVE_MORE


def _s(text: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in text.split(",") if n.strip())


_PT_SURNAMES = _s(
    "Abreu, Aguiar, Albuquerque, Amaral, Amorim, Andrade, Antunes, Araújo, Assunção, "
    "Azevedo, Bandeira, Baptista, Barbosa, Barreto, Barros, Bastos, Batista, Bento, Borges, "
    "Branco, Brandão, Brito, Cabral, Caldeira, Calado, Campos, Cardoso, Carneiro, Carvalho, "
    "Castro, Coelho, Cordeiro, Correia, Costa, Coutinho, Couto, Cruz, Cunha, Dias, Domingues, "
    "Duarte, Esteves, Falcão, Faria, Fernandes, Ferraz, Ferreira, Figueiredo, Fonseca, "
    "Fontes, Franco, Freire, Freitas, Furtado, Gaspar, Gil, Godinho, Gomes, Gonçalves, "
    "Gouveia, Guerra, Guimarães, Henriques, Jardim, Jesus, Lacerda, Leal, Leite, Lemos, "
    "Lima, Lobo, Lopes, Loureiro, Lourenço, Macedo, Machado, Madeira, Magalhães, Maia, "
    "Marques, Martins, Matos, Medeiros, Meireles, Melo, Mendes, Mendonça, Menezes, Mesquita, "
    "Miranda, Monteiro, Morais, Moreira, Mota, Moura, Nascimento, Neves, Nogueira, Noronha, "
    "Nunes, Oliveira, Pacheco, Paiva, Patrício, Peixoto, Pereira, Pestana, Pimentel, "
    "Pinheiro, Pinho, Pinto, Pires, Portela, Prado, Queirós, Quintela, Ramos, Rebelo, Rego, "
    "Reis, Resende, Ribeiro, Rocha, Rodrigues, Rosa, Rosário, Sá, Salgado, Sampaio, "
    "Santana, Santos, Saraiva, Sarmento, Seixas, Sequeira, Serra, Silva, Silveira, Simões, "
    "Soares, Sobral, Sousa, Tavares, Teixeira, Teles, Torres, Trindade, Valente, "
    "Vasconcelos, Vaz, Veloso, Ventura, Viana, Vidal, Vieira, Vilela, Xavier, Barroso, "
    "Carreira, Cerqueira, Chaves, Conceição, Fagundes, Frade, Galvão, Marinho, Moniz, "
    "Paixão, Quaresma, Raposo, Rolim, Sardinha, Serrano, Sobreira, Taveira, Valadares"
)
_BR_SURNAMES = _s(
    "Aragão, Arruda, Bezerra, Bueno, Camargo, Cavalcanti, Dantas, Farias, Lins, Maciel, "
    "Moraes, Pontes, Rangel, Sales, Siqueira, Tenório, Vargas, Brum, Honorato, Damasceno, "
    "Diniz, Holanda, Leão, Magno, Mattos, Queiroz, Prates, Toledo, Meneses, Guedes"
)
_PT_F = _s(
    "Ana, Beatriz, Carolina, Inês, Mariana, Sofia, Catarina, Joana, Rita, Sara, Marta, "
    "Patrícia, Sandra, Cláudia, Susana, Paula, Teresa, Isabel, Filipa, Raquel, Daniela, Vera, "
    "Andreia, Tânia, Liliana, Diana, Margarida, Madalena, Francisca, Constança, Carlota, "
    "Luísa, Rosa, Helena, Cristina, Fátima, Graça, Manuela, Lúcia, Rosário, Alexandra, "
    "Mónica, Célia, Sónia, Anabela, Elisabete, Ângela, Eduarda, Clara, Laura, Íris, Bárbara, "
    "Débora, Vânia, Cátia, Sílvia, Natália, Adriana, Bruna, Marisa, Nádia, Carla, Ivone, "
    "Goreti, Emília, Irene, Dulce, Gabriela, Salomé, Juliana, Judite, Telma, Olívia, Mara"
)
_PT_M = _s(
    "João, José, António, Francisco, Manuel, Pedro, Rui, Paulo, Luís, Nuno, Tiago, Miguel, "
    "Ricardo, Carlos, Jorge, Fernando, Vasco, Gonçalo, Diogo, Tomás, Guilherme, Henrique, "
    "Bernardo, Lourenço, Simão, Dinis, Gaspar, Vicente, Hugo, Bruno, Sérgio, Filipe, Fábio, "
    "Marco, André, Hélder, Nélson, Vítor, Rafael, Daniel, David, Samuel, Mário, Álvaro, "
    "Armando, Alberto, Artur, Eduardo, Ernesto, Hélio, Jaime, Júlio, Leonel, Marcelo, "
    "Mateus, Óscar, Raul, Renato, Rogério, Rúben, Sebastião, Telmo, Valter, Xavier, "
    "Abel, Adriano, Alexandre, Américo, Augusto, Domingos, Emanuel, Gil, Humberto, Ivo, "
    "Jacinto, Lino, Márcio, Norberto, Orlando, Silvestre, Tito, Cristiano, Edgar, Flávio"
)
# Nigeria: Yoruba, Igbo, Hausa-Fulani and South-South (Efik, Ibibio, Edo, Ijaw) surnames;
# each pool keeps to its own people so that given name and surname go together.
_NG_YORUBA = _s(
    "Adeyemi, Adebayo, Ogunleye, Oyelaran, Adewale, Akinola, Olawale, Ogundipe, Oladipo, "
    "Balogun, Akande, Olaniyan, Ogunbiyi, Adeniyi, Oyewole, Adesina, Fashola, Ogunlesi, "
    "Akinyemi, Olatunji, Oyebanji, Adeoye, Bankole, Ogunbanjo, Oladele, Adetunji, Akintola, "
    "Oyinlola, Ayodele, Babatunde, Oyeleke, Ogunsanya, Olabode, Akinwale, Oyetunde, Ojo, "
    "Ige, Odunsi, Adigun, Ilesanmi, Fagbemi, Olaleye, Aderinto, Ogunmola, Sowande, "
    "Ogunnaike, Okunola, Olowu, Oshodi, Soyinka, Akinde, Ogunyemi, Oyedele, Famuyiwa, "
    "Oladapo, Ogundele, Olasunkanmi, Adelaja, Kuti, Aina, Amusan, Oke, Falana, Durojaiye, "
    "Ayoola, Adedeji, Olatunde, Bamidele, Ajibade, Oyenuga, Akinbode, Odumosu, Okunade"
)
_NG_IGBO = _s(
    "Okafor, Okonkwo, Nwankwo, Obiora, Okoye, Ogbu, Ugwu, Nwafor, Ezeh, Igwe, Okwu, Nweke, "
    "Ezeani, Nwabueze, Onuoha, Nwaogu, Chukwuma, Okonjo, Achebe, Uzor, Okorie, Ogbonna, "
    "Nwoye, Mbah, Ozor, Ekwueme, Emenike, Aneke, Ilo, Nwadike, Okpara, Nnaji, Ezenwa, Offor, "
    "Asogwa, Ugwuanyi, Nwokolo, Obasi, Opara, Ukaegbu, Nwogu, Orji, Kalu, Uzoma, Onyema, "
    "Dike, Amadi, Eke, Onyia, Onuigbo, Agu, Ani, Ibe, Ezekwesili, Nwachukwu, Onyekachi, "
    "Okeke, Nnamani, Azikiwe, Okolie, Anozie, Chikwe, Ejiofor, Ihekweazu, Nzeogwu, Obidike"
)
_NG_HAUSA = _s(
    "Bello, Musa, Ibrahim, Sani, Aliyu, Usman, Umar, Abdullahi, Haruna, Adamu, Dauda, "
    "Tanko, Bala, Danladi, Audu, Bashir, Nuhu, Salisu, Tijjani, Aminu, Hamza, Gambo, "
    "Maikano, Dikko, Bawa, Sambo, Wada, Inuwa, Ladan, Magaji, Jega, Dogara, Mahmud, "
    "Yakubu, Isa, Abdulkadir, Ahmed, Saleh, Kabiru, Hassan, Ismail, Muazu, Baba, Babangida, "
    "Lamido, Danbaba, Jibrin, Maina, Yerima, Bukar, Kachalla, Modu, Gana"
)
_NG_SOUTH = _s(
    "Ekpo, Etim, Bassey, Effiong, Udo, Essien, Okon, Akpan, Inyang, Umoh, Ita, Edet, Asuquo, "
    "Obot, Ekanem, Otu, Ndem, Iyamu, Osagie, Omoregie, Igbinedion, Aigbe, Eboh, Osaro, "
    "Uwaifo, Ehigiator, Dappa, Amaechi, Briggs, Jaja, Dokubo, Tamuno, Kurubo, Ogbemudia, "
    "Ikpeba, Okoh, Oghenekaro, Ovie, Emetulu, Odili, Amakiri, Horsfall, Iyoha, Ebuka"
)
_NG_IGBO_F = _s(
    "Chiamaka, Ngozi, Adaeze, Chinwe, Nkechi, Ifeoma, Obiageli, Amarachi, "
    "Chidinma, Ebere, Ogechi, Nneka, Chioma, Ijeoma, Onyinye, Ugochi, Adanna, "
    "Nkiruka, Chinyere, Oluchi, Uju, Chidera"
)
_NG_IGBO_M = _s(
    "Chukwuemeka, Obinna, Ikenna, Chinedu, Nnamdi, Emeka, Chibuike, Ifeanyi, "
    "Chijioke, Okechukwu, Tochukwu, Ebuka, Somto, Chidi, Obiora, Ugochukwu, "
    "Nonso, Ekene, Kenechukwu, Arinze, Chima, Onyeka, Izuchukwu"
)
_NG_HAUSA_F = _s(
    "Aisha, Fatima, Hauwa, Zainab, Amina, Hadiza, Maryam, Khadija, Rukayya, Halima, Safiya, "
    "Bilkisu, Asma'u, Hafsat, Jamila, Sadiya, Zulaihat, Balaraba, Ladi, Binta, Habiba, "
    "Nafisa, Salamatu, Rabi, Umma"
)
_NG_HAUSA_M = _s(
    "Abdullahi, Musa, Ibrahim, Aliyu, Sani, Umar, Usman, Yusuf, Abubakar, Bello, Haruna, "
    "Idris, Kabiru, Lawal, Mustapha, Nasiru, Sulaiman, Bashir, Jamilu, Shehu, Aminu, "
    "Hamisu, Auwal, Murtala, Zakari"
)
_TR_SURNAMES = _s(
    "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, "
    "Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Özcan, Korkmaz, "
    "Çakır, Erdoğan, Yavuz, Can, Acar, Şen, Aktaş, Güler, Yalçın, Güneş, Bozkurt, Bulut, "
    "Keskin, Ünal, Turan, Gül, Özer, Işık, Kaplan, Avcı, Sarı, Tekin, Taş, Köse, Yüksel, "
    "Ateş, Aksoy, Altun, Erdem, Karaca, Coşkun, Oral, Uçar, Kalkan, Duman, Kocabaş, "
    "Bayram, Uysal, Tunç, Toprak, Aydemir, Akgül, Akın, Karakaya, Karataş, Gündoğdu, Güven, "
    "Demirci, Akbulut, Özgür, Çiftçi, Türkmen, Başaran, Sönmez, Esen, Dinç, Önal, Uzun, "
    "Ekinci, Karahan, Durmaz, Sezer, Cengiz, Akyüz, Yiğit, Gök, Ergün, Eren, Oğuz, "
    "Kahraman, Aydoğan, Kılınç, Sevim, Altıntaş, Çınar, Ertürk, Tuncer, Akay, Soylu, Kuru, "
    "Baysal, Yaman, Orhan, Savaş, Bilgin, Bilgiç, Akdağ, Alkan, Tosun, Erkan, Çoban, Ekici, "
    "Gündüz, Mutlu, Sağlam, Yazıcı, Demirel, İnce, Balcı, Kocaman, Öz, Dağ, Kartal, Temiz, "
    "Arıkan, Elmas, Özbek, Yücel, Karabulut, Güngör, Gürbüz, Tezcan, Eroğlu, Akpınar, Ağca, "
    "Albayrak, Atalay, Aydoğdu, Bakır, Bektaş, Budak, Cömert, Çalışkan, Demirtaş, Dursun, "
    "Erol, Eryılmaz, Göktaş, Gümüş, Günay, Gürel, Karakuş, Keleş, Koçak, Kuzu, Metin, Okur, "
    "Oktay, Özden, Özkaya, Özmen, Sarıkaya, Saygın, Selçuk, Serin, Sevinç, Sezgin, Şeker, "
    "Şener, Taşkın, Topal, Turgut, Uğur, Ulusoy, Ünlü, Vural, Yaşar, Yazar, Yener, "
    "Yurdakul, Zengin, Akçay, Bayrak, Civelek, Çolak, Dönmez, Ercan, Gezer, Kandemir"
)
_RO_SURNAMES = _s(
    "Stănescu, Constantinescu, Dumitrescu, Petrescu, Mihăilescu, Munteanu, Dobre, Bucur, "
    "Ungureanu, Ardelean, Pârvu, Căpraru, Vlad, Roman, Iancu, Nistor, Gavrilă, Chiriac, "
    "Tănăsescu, Popovici, Sima, Lungu, Cozma, Zăvoianu, Vasilescu, Dragomir, Pană, Filip, "
    "Ghiță, Boboc, Bratu, Manole, Buzatu, Grigoraș, Stanciu, Ispas, Paraschiv, Moraru, "
    "Baciu, Cazacu, Dumitru, Ene, Niță, Oancea, Păun, Pîrvulescu, Răducanu, Sandu, Șerban, "
    "Talpă, Tudose, Vârlan, Zaharia, Bădescu, Bejan, Bolocan, Bunea, Catană, Chirilă, "
    "Ciocan, Crețu, Dinu, Dobrin, Done, Drăgan, Dumbravă, Enescu, Fănică, Gheorghiu, "
    "Hodorogea, Ioniță, Irimia, Jitaru, Leonte, Lupașcu, Mândru, Marcu, Micu, Mitrea, "
    "Moga, Nastase, Neagoe, Negru, Olaru, Oprea, Pascu, Patrașcu, Pop, Postolache, Prodan, "
    "Radu, Rotaru, Săvulescu, Simion, Spătaru, Stoian, Suciu, Șova, Tache, Tița, Trandafir, "
    "Turcu, Ursache, Văduva, Vlădescu, Voinea, Zamfirescu, Husar, Blaga, Bârsan, Cîrstea"
)
# Japanese: romanised (Hepburn without long-vowel marks, as people write them abroad).
_JA_SURNAMES = _s(
    "Sato, Suzuki, Takahashi, Tanaka, Ito, Watanabe, Yamamoto, Nakamura, Kobayashi, Kato, "
    "Yoshida, Yamada, Sasaki, Yamaguchi, Matsumoto, Inoue, Kimura, Hayashi, Saito, Shimizu, "
    "Yamazaki, Abe, Mori, Ikeda, Hashimoto, Yamashita, Ishikawa, Nakajima, Maeda, Fujita, "
    "Goto, Ogawa, Okada, Hasegawa, Murakami, Kondo, Ishii, Sakamoto, Endo, Aoki, Fujii, "
    "Nishimura, Fukuda, Ota, Miura, Fujiwara, Okamoto, Matsuda, Nakagawa, Nakano, Harada, "
    "Ono, Tamura, Takeuchi, Kaneko, Wada, Nakayama, Ishida, Ueda, Morita, Hara, Shibata, "
    "Sakai, Kudo, Yokoyama, Miyazaki, Miyamoto, Uchida, Takagi, Ando, Taniguchi, Maruyama, "
    "Imai, Takada, Fujimoto, Takeda, Murata, Ueno, Sugiyama, Masuda, Hirano, Otsuka, Chiba, "
    "Kubo, Matsui, Kojima, Iwasaki, Sakurai, Noguchi, Matsuo, Nomura, Kinoshita, Kikuchi, "
    "Sano, Onishi, Sugimoto, Arai, Hamada, Ichikawa, Furukawa, Mizuno, Komatsu, Shimada, "
    "Takano, Yamauchi, Nishida, Nishikawa, Igarashi, Kitamura, Yasuda, Nakata, Kawaguchi, "
    "Hirata, Kawasaki, Iida, Yoshikawa, Honda, Kubota, Sawada, Tsuji, Seki, Yoshimura, "
    "Iwata, Nakanishi, Hattori, Higuchi, Fukushima, Kawakami, Nagai, Matsuoka, Taguchi, "
    "Yamanaka, Morimoto, Tsuchiya, Yano, Hirose, Akiyama, Ishihara, Matsushita, Baba, "
    "Oshima, Ogura, Okabe, Oda, Nagata, Miyata, Okubo, Sugawara, Kataoka, Kuroda, Kawamura, "
    "Nishiyama, Tsuda, Yoshino, Nakao, Kishi, Kanda, Amano, Hoshino, Minami, Hirai, Takei, "
    "Okuda, Kawai, Nagano, Horie, Shimomura, Aoyama, Kurata, Hori, Mochizuki, Kasai"
)
_JA_F = _s(
    "Yui, Hina, Sakura, Aoi, Rin, Mio, Yuna, Nanami, Misaki, Ayaka, Haruka, Yuka, Mai, Kana, "
    "Megumi, Tomoko, Yuko, Yumi, Kumiko, Yoko, Kyoko, Sachiko, Keiko, Mariko, Miho, Saori, "
    "Hitomi, Aya, Chihiro, Saki, Asuka, Akari, Riko, Kaede, Kotone, Kanon, Nana, Rie, Naomi, "
    "Ami, Kaori, Noriko, Emi, Junko, Reiko, Eri, Natsuki, Mayu, Miyu, Honoka, Akane, Erika, "
    "Mika, Chika, Shiori, Ayumi, Nozomi, Asami, Satomi, Hiromi, Naoko, Akiko, Michiko, "
    "Midori, Sayaka, Minami, Momoka, Rina, Airi, Mei, Yoshiko, Kazuko, Fumiko, Hanako"
)
_JA_M = _s(
    "Haruto, Ren, Yuto, Sota, Minato, Itsuki, Riku, Kenta, Daisuke, Takuya, Shota, Naoki, "
    "Kenichi, Makoto, Hiroshi, Takashi, Shigeru, Minoru, Hiroki, Tsuyoshi, Kaito, Daiki, "
    "Haruki, Yuma, Sora, Yusuke, Ryo, Yuichi, Tatsuya, Kazuki, Shunsuke, Shinya, Tetsuya, "
    "Hikaru, Satoshi, Osamu, Masaru, Kiyoshi, Masato, Kosuke, Ichiro, Kenji, Tomoya, Takumi, "
    "Kyohei, Kei, Noboru, Susumu, Hideki, Akira, Yoshio, Takeshi, Koji, Yuji, Shinji, "
    "Masahiro, Kazuya, Ryota, Sho, Yamato, Hayato, Shun, Taiga, Atsushi, Noriyuki, Yoshiki, "
    "Isamu, Hajime, Mamoru, Tadashi"
)
# Chinese (mainland) in pinyin, for bios in Latin-script languages.
_ZH_SURNAMES = _s(
    "Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, "
    "Gao, Lin, Luo, Zheng, Liang, Xie, Song, Tang, Han, Feng, Deng, Cao, Peng, Zeng, Xiao, "
    "Tian, Dong, Yuan, Pan, Cai, Jiang, Yu, Du, Ye, Cheng, Wei, Su, Lü, Ding, Ren, Shen, Yao, "
    "Lu, Cui, Zhong, Tan, Fan, Jin, Shi, Liao, Jia, Xia, Fu, Fang, Bai, Zou, Meng, Xiong, "
    "Qin, Qiu, Yin, Xue, Yan, Duan, Lei, Hou, Long, Tao, Gu, Mao, Hao, Gong, Shao, Wan, "
    "Qian, Dai, Mo, Kong, Xiang, Chang, Wen, Niu, Hong, Lai, Kang, Yi, Chai, Ge, Zhan, "
    "Guan, Fei, Ji, Shu, Qi, Bao, Zuo, Ning, Ou, Yue, Lan, Tong, Miao, Ruan, Geng, Yin"
)
_ZH_F = _s(
    "Xinyi, Yutong, Zihan, Shihan, Siyu, Jiayi, Kexin, Yating, Wanqing, Xiaoyan, Lijuan, "
    "Xiuying, Guiying, Yulan, Shuzhen, Haiyan, Chunmei, Jingyi, Mengyao, Ruoxi, Jiaqi, "
    "Xinyue, Jiaxin, Meilin, Huimin, Xuemei, Wenjing, Hongxia, Xiaoli, Jingjing, Tingting, "
    "Dandan, Lili, Siqi, Yinuo, Xinyan, Mengqi, Huilin, Yaqin, Caixia, "
    "Fengying, Xiulan, Qianqian, Yan, Fang, Min, Jing, Li, Ying, Na, Juan, Xia"
)
_ZH_M = _s(
    "Haoran, Junjie, Bowen, Tianyou, Zihao, Yiming, Zhiqiang, Jianguo, "
    "Jianhua, Guoqiang, Haitao, Xiaodong, Wenbo, Minghui, Weidong, Zhenyu, Jiahao, Zeyu, "
    "Siyuan, Haoxuan, Yuhang, Yonggang, Zhiming, Dehua, Shaohua, Chunsheng, Lixin, "
    "Xuejun, Haibo, Pengfei, Junxi, Haotian, Chenyang, Ming, Kai, Liang, Haoyu, Yichen, "
    "Wenjie, Xiaoming, Jianjun, Guoqing, Wei, Qiang, Lei, Jun, Yong, Tao, Bin, Gang"
)
# Arabic names in the Latin spellings used in Egypt and the Gulf.
_ARAB_F = _s(
    "Fatima, Mariam, Nour, Aya, Salma, Hana, Layla, Yasmin, Amira, Dina, Rania, Heba, "
    "Mona, Noha, Reem, Sara, Lina, Huda, Iman, Asmaa, Shaimaa, Doaa, Eman, Nada, Rana, "
    "Samar, Soha, Yara, Jana, Malak, Farida, Habiba, Hala, Nadia, Samira, Wafaa, Zeinab, "
    "Aisha, Khadija, Noura, Latifa, Maha, Lamia, Ghada, Abeer, Manal, Nesma, Rehab, Sanaa, "
    "Shahd, Raghad, Lujain, Haya, Dana, Hessa, Sheikha, Alia, Basma, Marwa"
)
_ARAB_M = _s(
    "Mohamed, Ahmed, Mahmoud, Mostafa, Omar, Youssef, Ali, Hassan, Hussein, Ibrahim, "
    "Khaled, Tarek, Amr, Karim, Hany, Sherif, Wael, Ayman, Hisham, Walid, Osama, Sameh, "
    "Adel, Ashraf, Essam, Magdy, Nabil, Ramy, Sayed, Tamer, Yasser, Ziad, Abdullah, "
    "Abdelrahman, Hamza, Bilal, Saleh, Salem, Fahad, Faisal, Sultan, Nasser, Saud, Turki, "
    "Majed, Rashid, Hamad, Mansour, Nawaf, Bandar, Talal, Waleed, Anas, Marwan, Mazen"
)
_ARAB_SURNAMES = _s(
    "Abdelaziz, Abdelrahman, Abdallah, Abdel-Fattah, Abdelhamid, Abdelmalek, Adel, Ahmed, "
    "Ali, Amin, Ashour, Awad, Badawi, Bakr, Darwish, Eid, El-Sayed, El-Masry, El-Sharif, "
    "Fahmy, Farag, Farouk, Fathy, Fawzy, Fouad, Gaber, Gamal, Ghanem, Habib, Hafez, Hamdy, "
    "Hamed, Hassan, Helmy, Hegazy, Hussein, Ibrahim, Ismail, Kamal, Kandil, Khalil, Lotfy, "
    "Mahmoud, Mansour, Mostafa, Mourad, Nabil, Nasr, Osman, Rady, Ragab, Ramadan, Rashad, "
    "Saad, Sabry, Said, Salah, Saleh, Salem, Samir, Shaheen, Shawky, Soliman, Taha, Tawfik, "
    "Youssef, Zaki, Zaher, Yassin, Hamza, Abbas, Anwar, Attia, Barakat, Sherif, Morsi, "
    "Al-Ghamdi, Al-Qahtani, Al-Otaibi, Al-Harbi, Al-Shammari, Al-Dosari, Al-Mutairi, "
    "Al-Zahrani, Al-Anazi, Al-Subaie, Al-Shehri, Al-Maliki, Al-Rashidi, Al-Juhani, "
    "Al-Amri, Al-Balawi, Al-Saud, Al-Faisal, Al-Sheikh, Al-Rasheed, Al-Tamimi, Al-Khalidi, "
    "Al-Hashimi, Al-Najjar, Al-Haddad, Al-Khatib, Al-Attar, Al-Masri, Al-Hassan"
)
_ID_SURNAMES = _s(
    "Siregar, Simanjuntak, Nasution, Harahap, Lubis, Sitompul, Pardede, Panjaitan, Hutapea, "
    "Tambunan, Situmorang, Sinaga, Manurung, Sembiring, Ginting, Tarigan, Purba, Saragih, "
    "Damanik, Lumbantobing, Pasaribu, Hutagalung, Wijaya, Santoso, Halim, Gunawan, Tanoto, "
    "Kurniawan, Setiawan, Hidayat, Saputra, Pratama, Nugroho, Susanto, Wibowo, Hartono, "
    "Sutanto, Budiman, Suharto, Suryadi, Prasetyo, Purnomo, Rahardjo, Wahyudi, Hakim, "
    "Syahputra, Maulana, Ramadhan, Firmansyah, Kusuma, Putra, Lestari, Wulandari, Rahayu, "
    "Manoppo, Lumenta, Sumampouw, Tumbelaka, Pangemanan, Rondonuwu, Wowor, Mandagi, "
    "Lasut, Wenas, Pattinama, Latuconsina, Tuasikal, Pattimura, Sahetapy, Rumthe"
)
_PH_SURNAMES = _s(
    "Macaspac, Mangaoang, Bagasbas, Bautista, Dimalanta, Dimagiba, Macatangay, Manalang, "
    "Pagdanganan, Lacsamana, Magpantay, Malabanan, Tanglao, Tantoco, Dalusong, Salonga, "
    "Abueva, Agbayani, Alejandro, Almario, Amurao, Bernal, Buenaflor, Cajucom, Camacho, "
    "Cuevas, Datu, Eusebio, Fabros, Fontanilla, Gamboa, Habito, Jacinto, Lagdameo, Lazaro, "
    "Limjoco, Luzon, Madamba, Mallari, Marasigan, Meneses, Mijares, Ocampo, Oliveros, "
    "Pacquiao, Palacios, Panlilio, Quirino, Recto, Regalado, Sarmiento, Sicat, Sumulong"
)


_PT_SURNAMES_MORE = _s(
    "Alves, Anjos, Arantes, Areias, Barata, Beirão, Bessa, Cabrita, Caetano, Canelas, "
    "Capela, Carrilho, Casimiro, Cavaco, Cortês, Craveiro, Cristóvão, Estrela, Feio, "
    "Ferrão, Figueira, Fragoso, Frazão, Garcia, Granja, Grilo, Inácio, Jordão, Lage, "
    "Lamas, Lopes, Louro, Luz, Malheiro, Mata, Mourão, Namora, Pais, Pereira, Pinhal, "
    "Pombo, Proença, Rainho, Reboredo, Rebocho, Roque, Rufino, Salvado, Santiago, Silvestre"
)
_ZH_SURNAMES_MORE = _s(
    "Pang, Ouyang, Situ, Zhuge, Shangguan, Sima, Huangfu, Xiahou, Murong, Dongfang, Xian, "
    "Rong, Shang, Shuai, Sang, Mu, Lian, Pu, Qu, Zang, Zha, Ai, An, Ba, Bi, Bian, Bo, Cen, "
    "Chu, Cong, Dang, Diao, Dou, E, Gan, Gou, Hang, Huo, Ji, Jian, Jiao, Jing, Ju, Kan, Ke, "
    "Kou, Kuang, Lang, Leng, Ling, Liu, Lou, Man, Mei, Mi, Ming, Nie, Pei, Ping, Qiao, Que, "
    "Rao, Sha, Shan, She, Sheng, Si, Tai, Teng, Tu, Wo, Xi, Xin, Xing, Xuan, Yan, Yong, You, "
    "Yun, Zai, Zhai, Zhen, Zhuang, Zhuo, Zong, Zu, Ao, Bei, Chao, Chi, Gui, Hua, Kui, Quan"
)
_ZH_F_MORE = _s(
    "Yuxin, Shiyu, Yiran, Ziyi, Yuqi, Mengjie, Xiaoxue, Lingling, Shuang, Ting, Lan, "
    "Mei, Qing, Xue, Yun, Hong, Ping, Xiaohong, Xiaomei, Yuhan, Zhiying, Huiling, "
    "Jingwen, Xiaojing, Wenwen, Ruolan, Yiting, Qiuyue, Chenxi, Mingyue, Yanan, Lixia, "
    "Hongyan, Chunyan, Meiling, Yuyan, Shanshan, Feifei"
)
_ZH_M_MORE = _s(
    "Hao, Yu, Peng, Feng, Chao, Long, Bo, Jian, Ning, Sheng, Xiang, Yang, Zhigang, "
    "Jianping, Guohua, Weiguo, Xiaojun, Zhiwei, Dawei, Jianming, Xiaolong, Yunfei, Tianyu, "
    "Ziyang, Mingze, Jinhao, Chenxu, Yifan, Boyu, Zhihao, Jiawei, Wenhao, Shuai, Kun, "
    "Hang, Xu, Fan"
)
_KO_SURNAMES = _s(
    "Kim, Kim, Kim, Kim, Lee, Lee, Lee, Park, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, "
    "Han, Oh, Seo, Shin, Kwon, Hwang, Ahn, Song, Jeon, Hong, Yoo, Ko, Moon, Yang, Son, Bae, "
    "Baek, Heo, Nam, Shim, Noh, Ha, Kwak, Sung, Cha, Joo, Woo, Koo, Min, Ryu, Na, Jin, Ji, "
    "Eom, Chae, Won, Cheon, Bang, Kong, Hyun, Ham, Byun, Yeom, Yeo, Choo, Do, So, Seok, Sun, "
    "Seol, Ma, Gil, Yeon, Wi, Pyo, Myung, Ki, Ban, Wang, Geum, Ok"
)
_KO_F = _s(
    "Seo-yeon, Seo-yun, Ji-woo, Ha-eun, Min-seo, Ha-yoon, Ji-yoo, Yoon-seo, Chae-won, Su-a, "
    "Ji-a, Ji-min, Ye-eun, Da-eun, So-yul, Yu-na, Su-bin, Ye-rin, Si-eun, Na-yeon, Hye-won, "
    "Eun-bi, Ga-eun, So-yeon, Min-ji, Ji-hyun, Su-jin, Eun-ji, Yu-jin, Hye-jin, Mi-young, "
    "Jung-mi, Eun-young, Hyun-joo, Sun-young, Ji-young, Mi-kyung, Young-hee, Soon-ja, "
    "Ok-soon, Jung-sook, Young-sook, Mi-sook, Kyung-hee, Eun-jung, Bo-ram, A-reum"
)
_KO_M = _s(
    "Min-jun, Seo-jun, Do-yun, Ye-jun, Si-woo, Ha-jun, Ju-won, Ji-ho, Ji-hoo, Jun-woo, "
    "Jun-seo, Gun-woo, Hyun-woo, Woo-jin, Sun-woo, Yeon-woo, Yu-jun, Jung-woo, Seung-woo, "
    "Seung-hyun, Min-jae, Hyun-jun, Ji-hoon, Sung-min, Dong-hyun, Min-su, Jae-min, Jun-ho, "
    "Tae-hyun, Sang-hoon, Sung-ho, Young-ho, Jung-ho, Jae-hyun, Jin-woo, Young-su, Chul-su, "
    "Young-chul, Sang-chul, Kwang-su, Kyung-su, Byung-chul, Dong-wook, Sung-jin, Dae-hyun, "
    "Seok-jin, Yong-jun, Ki-hyun"
)
_JA_F_MORE = _s(
    "Aiko, Arisa, Chiaki, Chie, Emiko, Etsuko, Harumi, Hikari, Izumi, Kanako, Kazumi, "
    "Kiyomi, Machiko, Masami, Mayumi, Miki, Mitsuko, Nao, Natsumi, Rumi, Sayuri, Setsuko, "
    "Shizuka, Takako, Tomomi, Wakana, Yasuko, Yoshimi, Yukari, Yumiko"
)
_JA_M_MORE = _s(
    "Akihiro, Daichi, Eiji, Fumio, Haruo, Hideo, Hiroyuki, Hisashi, Ikuo, Jun'ichi, "
    "Kazuhiro, Kazuo, Keisuke, Kohei, Masaki, Masayuki, Mitsuru, Nobuo, Ryosuke, Ryuji, "
    "Seiji, Shohei, Shuichi, Takahiro, Takao, Tomohiro, Toru, Toshiaki, Yasuhiro, Yoshihiro"
)
_RO_SURNAMES_MORE = _s(
    "Albu, Alexandrescu, Antonescu, Bălănescu, Barbu, Botezatu, Brătianu, Butnaru, Chelaru, "
    "Ciobotaru, Ciocârlan, Cojocariu, Condurache, Cozmescu, Dascălu, Diaconescu, Dobrică, "
    "Dragoș, Drăghici, Enache, Fieraru, Florescu, Gâlcă, Grecu, Hagiu, Iacob, Ionescu-Popa, "
    "Lăcătuș, Luca, Lupu, Manolache, Mărginean, Mircea, Morar, Năstase, Onu, Petcu, Pintea, "
    "Popa, Rusu, Sârbu, Stoica, Tatu, Țurcanu, Ursu, Vântu, Vlasie, Zota"
)
_AR_F_MORE = _s(
    "Afaf, Amal, Amani, Areej, Asma, Bushra, Dalia, Esraa, Fadwa, Ghadeer, Hadeel, Hanan, "
    "Hind, Inas, Jumana, Kholoud, Lamees, Lubna, Maysa, Mervat, Nagwa, Nahla, Nermeen, "
    "Nisreen, Rasha, Rawan, Ruba, Safaa, Sahar, Sawsan, Shereen, Suad, Tahani, Wafa, "
    "Walaa, Yomna, Zahra, Ola, Omnia, Reham, Sondos, Tasneem, Wessal, Bayan, Aseel"
)
_AR_M_MORE = _s(
    "Abdelaziz, Abdulkarim, Adham, Akram, Amer, Ammar, Atef, Bassem, Emad, Fadi, Fares, "
    "Fathi, Ghassan, Hatem, Hazem, Ihab, Jamal, Kamal, Khalil, Louay, Maher, Medhat, "
    "Moataz, Muhannad, Naser, Raafat, Raed, Saber, Samer, Sherif, Suhail, Tamim, "
    "Tariq, Wessam, Yahya, Zaki, Zayed, Rakan, Mishal, Khalifa, Mubarak, Obaid, Ziyad"
)
_PL_F = _s(
    "Aleksandra, Alicja, Amelia, Aniela, Antonina, Barbara, Beata, Bogumiła, Bożena, "
    "Danuta, Dominika, Dorota, Edyta, Elżbieta, Emilia, Ewelina, Gabriela, Grażyna, Halina, "
    "Hanna, Helena, Iwona, Izabela, Jadwiga, Janina, Joanna, Jolanta, Julia, Justyna, "
    "Kamila, Karolina, Katarzyna, Kinga, Klaudia, Krystyna, Lena, Lucyna, Magdalena, "
    "Maja, Małgorzata, Marianna, Marta, Martyna, Milena, Monika, Natalia, Oliwia, Patrycja, "
    "Paulina, Renata, Róża, Sylwia, Teresa, Urszula, Wanda, Weronika, Wiktoria, Zofia, Zuzanna"
)
_PL_M = _s(
    "Adrian, Aleksander, Antoni, Arkadiusz, Bartosz, Czesław, Damian, Dariusz, Dawid, "
    "Filip, Franciszek, Grzegorz, Henryk, Hubert, Igor, Jacek, Jakub, Jarosław, Kacper, "
    "Kamil, Karol, Konrad, Krystian, Leszek, Łukasz, Maciej, Mariusz, Mateusz, Michał, "
    "Mikołaj, Oliwer, Patryk, Przemysław, Radosław, Sebastian, Szymon, Tadeusz, Wiktor"
)
_JA_SURNAMES_MORE = _s(
    "Adachi, Araki, Iizuka, Ishizuka, Imamura, Iwamoto, Uchiyama, Okawa, Ohashi, Onodera, "
    "Kajiwara, Kanai, Kitagawa, Koike, Konishi, Sakaguchi, Sakurada, Sakuma, Shinohara, "
    "Sekiguchi, Takayama, Takenaka, Tanabe, Doi, Toda, Nakazawa, Noda, Hamaguchi, "
    "Hirayama, Fukui, Asano, Ikegami, Ishiguro, Ishimaru, Umeda, Ebina, Osawa, Ohno, "
    "Kagawa, Kamata, Kawabata, Kitano, Kuroki, Kobayashi, Saeki, Shiraishi, Sugita, "
    "Sonoda, Tachibana, Tominaga, Nagao, Nishio, Hagiwara, Hosoda, Makino, Mizutani"
)
_ZH_F_MORE2 = _s("Yufei, Jiahui, Xiaoqing, Ruoyu, Shuting, Yixuan, Jiaxuan, Xiaofang, Lijun")
_ZH_M_MORE2 = _s("Jiale, Yuhao, Zhiyuan, Jingyu, Shengli, Xiaobo, Weiming, Hongwei, Jinlong")
_KO_F_MORE = _s(
    "Eun-seo, Seo-hyun, Ye-ji, Hye-rin, Da-in, Jae-eun, Seo-ah, Ha-rin, Ye-seo, Min-ah, "
    "Ji-eun, Hye-jung, Sun-hee, Jung-eun, Mi-ra, Hyun-jung, Soo-jin, Hee-jin, Yeon-hee, "
    "Eun-hee, Jin-hee, Sung-hee, Min-kyung, Hae-won, So-hee, Ji-won, Da-hye, Ye-won, "
    "Bo-young, Soo-yeon, Yoo-jin, Jung-hwa, Hye-kyung, Myung-hee, Kyung-ja, Chae-eun, Yu-ri, "
    "Na-rae, Seul-gi, Se-young, Yoon-hee, Ji-hye, Eun-joo, Hyo-jin, Soo-jung, Hyun-ah, "
    "Joo-yeon, Min-jung, Ji-soo, Ye-na, Seo-young, So-jung, Hae-jin, Da-som, Ga-young"
)
_KO_M_MORE = _s(
    "Joon-young, Sang-woo, Hyun-soo, Jae-won, Min-ho, Tae-yang, Dong-min, Seung-min, "
    "Jin-ho, Kyung-ho, Jae-hoon, Sung-hoon, Dong-hoon, Young-jae, Min-seok, Sang-min, "
    "Jong-hyun, Tae-woo, Hyun-seok, Ji-sung, Woo-hyun, In-ho, Chang-min, Seung-ho, Jae-sung, "
    "Dae-jung, Kwang-ho, Myung-soo, Jong-su, Hyung-jun, Do-hyun, Si-hoo, Eun-woo, Yong-ho, "
    "Sung-soo, Jae-seok, Jung-hoon, Jun-ki, Tae-min, Yoon-ho, Se-hoon, Min-kyu, Jung-min, "
    "Ki-bum, Seok-hoon, Joo-ho, Hyun-tae, Chan-young, Kyu-hyun, Won-jae, Hee-chul"
)
_AR_SURNAMES_MORE = _s(
    "Abdelghani, Abdelhalim, Abdelkader, Abdellatif, Abdelmoneim, Abdelsalam, Abdelwahab, "
    "Abou-Zeid, Afifi, Alam, Allam, Amer, Arafa, Aref, Atef, Azmy, Badr, Bahgat, Bakry, "
    "Bassiouny, Bayoumi, Dawood, Desouky, El-Baz, El-Deeb, El-Din, El-Gamal, El-Gendy, "
    "El-Hadidi, El-Kady, El-Khouly, El-Naggar, El-Shennawy, El-Tantawy, Emam, Ezzat, "
    "Fahim, Ghoneim, Hamouda, Hanafy, Hashem, Hegab, Helal, Hosny, Kamel, Khairy, Khedr, "
    "Mabrouk, Madkour, Maher, Mekky, Metwally, Moawad, Naguib, Nassar, Nour, Omran, Radwan, "
    "Raafat, Refaat, Reda, Rizk, Saber, Sakr, Salama, Selim, Shaaban, Shafik, Shahin, "
    "Shalaby, Sharaf, Shehata, Sobhy, Soliman, Sultan, Tolba, Wahba, Yehia, Younis, Zahran, "
    "Al-Anzi, Al-Yami, Al-Marri, Al-Kaabi, Al-Nuaimi, Al-Hajri, Al-Kuwari, Al-Suwaidi, "
    "Al-Muhairi, Al-Falasi, Al-Dhaheri, Al-Shamsi, Al-Ajmi, Al-Azmi, Al-Enezi, Al-Sabah"
)
_FR_F = _s(
    "Camille, Léa, Manon, Chloé, Emma, Inès, Sarah, Juliette, Louise, Alice, Lucie, Clara, "
    "Marie, Anaïs, Pauline, Mathilde, Margaux, Élodie, Aurélie, Émilie, Julie, Céline, "
    "Sandrine, Nathalie, Isabelle, Valérie, Sophie, Stéphanie, Virginie, Caroline, Laetitia, "
    "Audrey, Mélanie, Karine, Sabrina, Delphine, Christelle, Hélène, Catherine, Martine, "
    "Françoise, Monique, Sylvie, Brigitte, Chantal, Nicole, Christine, Véronique, Corinne, "
    "Patricia, Florence, Agnès, Anne, Claire, Élise, Charlotte, Océane, Morgane, Justine, "
    "Marion, Laura, Amandine, Coralie, Noémie, Romane, Zoé, Ambre, Rose, Anna, Lou, Mila, "
    "Léna, Agathe, Capucine, Eva, Maëlle, Clémence, Solène, Gaëlle, Fanny, Estelle, Lydie, "
    "Murielle, Odile, Danielle, Josiane, Annie, Michèle, Évelyne, Colette"
)
_FR_M = _s(
    "Lucas, Hugo, Louis, Gabriel, Arthur, Jules, Adam, Raphaël, Léo, Nathan, Thomas, Théo, "
    "Maxime, Alexandre, Antoine, Nicolas, Julien, Romain, Guillaume, Pierre, Paul, Quentin, "
    "Clément, Baptiste, Florian, Kévin, Jérémy, Anthony, Mathieu, Sébastien, Christophe, "
    "Stéphane, Olivier, Laurent, Frédéric, David, Éric, Philippe, Pascal, Thierry, Patrick, "
    "Alain, Michel, Jean, Jacques, Daniel, Gérard, Didier, Franck, Vincent, Cédric, Benoît, "
    "Damien, Fabien, Yannick, Ludovic, Arnaud, Jérôme, Loïc, Mickaël, Grégory, Aurélien, "
    "Benjamin, Valentin, Tom, Noah, Ethan, Timothée, Victor, Martin, Simon, Axel, Samuel, "
    "Mathis, Noé, Sacha, Gaspard, Marius, Bastien, Rémi, Sylvain, Xavier, Hervé, Gilles, "
    "Yves, Serge, Francis, Joël, Lionel, Régis, Marc, Bruno, Emmanuel, Hubert"
)
# Germany: Faker's de_DE list lacks 64 of the 100 most common German surnames (Schneider,
# Weber, Richter, Klein...) and holds rare ones (Austermühle, Bolnbach).
_DE_SURNAMES = _s(
    "Schneider, Weber, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, "
    "Krüger, Schmitt, Schmitz, Meier, Schmid, Schulze, Maier, König, Mayer, Huber, Kaiser, "
    "Fuchs, Peters, Lang, Möller, Jung, Schubert, Vogel, Friedrich, Keller, Günther, Frank, "
    "Roth, Beck, Lorenz, Baumann, Albrecht, Simon, Ludwig, Böhm, Winter, Kraus, Martin, "
    "Schumacher, Krämer, Vogt, Stein, Jäger, Otto, Sommer, Groß, Seidel, Heinrich, Brandt, "
    "Haas, Schreiber, Graf, Schulte, Dietrich, Ziegler, Kuhn, Kühn, Pohl, Engel, Horn, "
    "Busch, Bergmann, Thomas, Voigt, Sauer, Arnold, Wolff, Pfeiffer, Schütz, Jansen, Hansen, "
    "Frey, Scherer, Ernst, Kern, Kraft, Marx, Ritter, Hübner, Kurz, Walther, Thiel, Nagel, "
    "Hesse, Wendt, Ulrich, Lindner, Geiger, Ott, Grimm, Haase, Schramm, Götz, Reuter, "
    "Böttcher, Wenzel, Kramer, Seifert, Fiedler, Stark, Schilling, Vetter, Kroll, Haupt, "
    "Mohr, Sander, Rudolph, Kaufmann, Ebert, Thiele, Brinkmann, Wirth, Göbel, Hermann"
)

MORE: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    **NATIVE_MORE,
    "fr_FR": (_FR_F, _FR_M, ()),
    "de_DE": ((), (), _DE_SURNAMES),
    "pt_BR": ((), (), _PT_SURNAMES + _BR_SURNAMES),
    "pt_PT": (_PT_F, _PT_M, _PT_SURNAMES + _PT_SURNAMES_MORE),
    "yo_NG": ((), (), _NG_YORUBA),
    "ig_NG": (_NG_IGBO_F, _NG_IGBO_M, _NG_IGBO),
    "ha_NG": (_NG_HAUSA_F, _NG_HAUSA_M, _NG_HAUSA),
    "en_NG": ((), (), _NG_SOUTH),
    "tr_TR": ((), (), _TR_SURNAMES),
    "ja_JP": (_JA_F + _JA_F_MORE, _JA_M + _JA_M_MORE, _JA_SURNAMES + _JA_SURNAMES_MORE),
    "@CN": (
        _ZH_F + _ZH_F_MORE + _ZH_F_MORE2,
        _ZH_M + _ZH_M_MORE + _ZH_M_MORE2,
        _ZH_SURNAMES + _ZH_SURNAMES_MORE,
    ),
    "@KR": (_KO_F + _KO_F_MORE, _KO_M + _KO_M_MORE, _KO_SURNAMES),
    "@ARAB": (_ARAB_F + _AR_F_MORE, _ARAB_M + _AR_M_MORE, _ARAB_SURNAMES + _AR_SURNAMES_MORE),
    "pl_PL": (_PL_F, _PL_M, ()),
    "@PH": ((), (), _PH_SURNAMES),
    "id_ID": ((), (), _ID_SURNAMES),
    "~ro": ((), (), _RO_SURNAMES + _RO_SURNAMES_MORE),
}


def extend(source: str, fem, male, last_f, last_m):
    """A pool's (female, male, last_female, last_male) lists with :data:`MORE` added after
    them (weighted lists stay weighted: an added name gets the list's smallest weight)."""
    more = MORE.get(source)
    if not more:
        return fem, male, last_f, last_m
    f_more, m_more, l_more = more
    return _add(fem, f_more), _add(male, m_more), _add(last_f, l_more), _add(last_m, l_more)


def _add(base, more):
    if not more:
        return base
    if isinstance(base, dict):
        low = min(base.values()) if base else 1.0
        out = dict(base)
        for name in more:
            out.setdefault(name, low)
        return out
    base = tuple(base or ())
    known = set(base)
    return base + tuple(n for n in dict.fromkeys(more) if n not in known)
