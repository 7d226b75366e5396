/**
 * A list of given names across languages and regions, for telling a person ("Lars Nguyen called")
 * from two capitalised words ("Internal Server", "New York") where no word introduces a name.
 * Names that are also common English words or places (May, Will, Mark, Grant, Max, Paris, Austin)
 * are left out on purpose: a miss there costs less than pseudonymising "Max Retries".
 */
const NAMES = `
Aaron Abdul Abdullah Abel Abigail Abraham Ada Adam Adele Adeola Adil Aditi Aditya Adriana Adrian Adrien Agnes Agnieszka
Ahmad Ahmed Aidan Aiko Aisha Akira Akosua Alan Alba Albert Alberto Alejandra Alejandro Aleksander Aleksandra Alessandra
Alessandro Alex Alexa Alexander Alexandra Alexandre Alexei Alexis Alfonso Alfred Ali Alice Alicia Alina Alison Amanda
Amara Amelia Amelie Amir Amit Amy Ana Anastasia Anders Andre Andrea Andreas Andrei Andres Andrew Andrzej Angela Angelika
Angelo Anita Anja Anjali Ann Anna Anne Annika Anthony Antoine Anton Antonia Antonio Anya Aoife Arash Arjun Armando Arne
Arnav Arturo Ashley Astrid Aurelie Ava Ayaan Ayumi Ayşe Aziz Barbara Bartosz Beatriz Beatrice Ben Benedikt Benjamin
Bernard Bernd Bert Bianca Birgit Bjorn Björn Blessing Bogdan Boris Brandon Brenda Brian Bridget Bruno Bryan Camila
Camille Carl Carla Carlos Carmen Carolina Caroline Carsten Catalina Catherine Cecilia Celine Chanel Chantal Charles
Charlotte Chen Chiara Chidi Chinedu Chioma Chloe Chris Christian Christina Christine Christoph Christopher Ciara Ciarán
Claire Clara Claudia Claudio Colin Connor Constance Cristina Dagmar Daisuke Dan Dana Daniel Daniela Daniele Danielle
Dariusz David Davide Deborah Deepak Deepika Denis Dennis Diana Diego Dieter Dimitri Dmitri Dmitry Dominik Dominika
Donald Doris Dorothy Duc Dylan Edith Eduardo Edward Ekaterina Elena Eleni Eli Elias Elif Elisa Elisabeth Elizabeth Ella
Ellen Emil Emilia Emilie Emily Emma Emmanuel Emre Enrique Eric Erik Erika Ernesto Esther Ethan Eva Evelyn Ewa Fabian
Fabio Farah Fatima Fatma Federico Felipe Felix Fernando Filip Fiona Florian Francesca Francesco Francisco Franck Franco
François Francois Frank Franz Frederik Freya Friedrich Gabriel Gabriela Gabriele Gabriella Gary Georg George Gerald
Gerhard Gianluca Gilles Giorgio Giovanni Giulia Giuseppe Gloria Gonzalo Gordon Grace Greta Gregor Gregory Guillaume
Gustavo Gábor Hamza Hana Hannah Hans Harald Haruka Haruto Hassan Heather Heike Heinrich Helen Helena Helga Hendrik Henri
Henrik Henry Hiroshi Hiroki Hitomi Hugo Hussein Ibrahim Ida Igor Ilse Imran Ines Inga Ingrid Irene Irina Isaac Isabel
Isabella Isabelle Ishaan Ivan Ivana Jacob Jacques Jakob Jakub James Jamal Jan Jana Jane Janet Janina Janusz Jasmine
Jason Javier Jean Jelena Jennifer Jens Jeremy Jerome Jessica Jesús Ji-ho Jin Joanna Joao João Joaquim Jochen Johan
Johann Johanna Johannes John Jonas Jonathan Jorge José Jose Josef Joseph Joshua Juan Judith Julia Julian Juliana Julie
Julien Julio Jurgen Jürgen Justin Jörg Kai Kamil Karen Karim Karin Karl Karolina Kasia Katarzyna Kate Katharina
Katherine Kathrin Katja Kazuki Keiko Kemal Kenji Kerstin Kevin Khalid Kim Klaus Kofi Kristina Krzysztof Kwame Lars
Laura Lauren Laurent Lea Leila Leilani Lena Leo Leon Leonardo Leonie Liam Lina Linda Lisa Lorenzo Louis Louise Luca
Lucas Lucia Luciana Ludwig Luis Luisa Luka Lukas Lukasz Łukasz Magdalena Mai Maja Malik Manuel Manuela Marc Marcel
Marcin Marco Marcos Marcus Marek Margaret Margarita Maria María Mariana Marie Marina Mario Marion Marisa Marius Marko
Marta Martha Martin Martina Mary Mateo Mathias Mathieu Matteo Matthew Matthias Maurice Mauro Maxim Maximilian Maya Mehmet
Mei Melanie Melissa Mia Michael Michaela Michal Michał Michel Michelle Miguel Mikael Mikhail Milan Miriam Mohamed
Mohammad Mohammed Monika Monique Morgan Moritz Muhammad Mustafa Nadia Nadine Naomi Natalia Natalie Natasha Nathalie
Nathan Neha Niamh Nicholas Nicola Nicolas Nicole Niklas Nikolai Nikolaos Nils Nina Noah Noor Nora Norbert Nour Ola Olaf
Oleg Olga Oliver Olivia Olusegun Omar Oscar Oskar Pablo Paola Pascal Patricia Patrick Paul Paula Paulina Pavel Pawel
Paweł Pedro Pekka Per Peter Petra Philipp Philippe Pierre Piotr Pooja Priya Rafael Rafał Rahul Rajesh Ralf Ramon Rania
Raphael Rashid Rebecca Reza Ricardo Richard Rita Robert Roberto Rodrigo Roman Ronja Rosa Ruben Rui Ryan Ryo Sabine
Sabrina Sakura Salma Samir Samuel Sandra Sanjay Sara Sarah Sasha Satoshi Sebastian Sebastián Sergei Sergey Sergio Seo-yeon
Shira Shreya Sibusiso Silvia Simon Simone Sina Siobhan Sofia Sofie Sonia Sophia Sophie Stefan Stefanie Stefano Stephan
Stephanie Stephen Steven Susanne Sven Svetlana Sylvia Takashi Takumi Tamara Tanja Tatiana Tatjana Teresa Thabo Theo
Thomas Thorsten Tim Timo Timothy Tobias Tomasz Tomás Tomoko Torsten Ulrich Ursula Uwe Valentin Valentina Vanessa
Vasily Vera Veronica Victor Vikram Viktor Viktoria Vincent Vincenzo Vladimir Walter Wei Werner Wiktoria William Wojciech
Wolfgang Xavier Ximena Yasmin Yuki Yuko Yusuf Yuto Yvonne Zainab Zofia Zoe Émile Élodie Ömer Özlem Ángel Álvaro Óscar
Abena Abimbola Adaeze Adebayo Adebola Adekunle Adenike Adewale Adwoa Afia Afua Amaka Amadou Aminata Ayodele Ayotunde Babajide Boubacar
Chiamaka Chibuike Chidinma Chika Chima Chinonso Chinwe Chukwuma Chukwuemeka Damilola Ebere Ebuka Ejike Emeka Efua Folake Folasade Funmilayo
Ifeanyi Ifeoma Ijeoma Ikechukwu Kayode Kehinde Kelechi Kwabena Kwaku Kwasi Lindani Lindiwe Lwazi Mandla Mariama Moussa Mthunzi Ngozi
Nkechi Nkosana Nokuthula Nomvula Nonhlanhla Obinna Oluchi Olufemi Olumide Oluwaseun Oluwatobi Omotola Onyeka Sanele Segun Sibongile Sipho Tendai
Thabiso Thandeka Thandiwe Themba Tinuke Tobenna Tunde Uchenna Wanjiru Wanjiku Zanele Zodwa Fatou Fatoumata Ousmane Abdoulaye Mamadou Seydou
Idrissa Kojo Ekow Chiagozie Amaechi Abebe Almaz Tsegaye Tigist Yonas Mekdes Aarav Aarti Abhishek Ajay Akash Akshay Amitabh
Anand Ananya Anil Anupam Aruna Ashok Bhavna Chandra Deepa Devika Dinesh Divya Ganesh Gaurav Harish Harsha Hemant Isha
Jagdish Jayant Karan Kavita Krishna Kumar Lakshmi Madhu Mahesh Manish Meena Mohan Nandini Naveen Neeraj Nikhil Nisha Pallavi
Pankaj Prakash Pranav Prasad Preeti Rajiv Rakesh Ramesh Ravi Rekha Rohan Rohit Sachin Sandeep Sanjana Santosh Sarita Shanti
Shilpa Shiva Shweta Siddharth Sita Sneha Sonal Sunil Sunita Suresh Swati Tanvi Usha Varun Vijay Vikas Vinod Vishal
Yash Farhan Imtiaz Nadeem Saima Shahid Tariq Usman Ayesha Bilal Faisal Hamid Javed Kamran Nasir Rizwan Sadia Shabnam
Waqar Yasir Zubair Anwar Arif Habib Iqbal Jamil Latif Aiyana Akane Asuka Chihiro Daiki Haruki Hayato Hina Hinata
Hiroko Hiroto Itsuki Kaito Kazuo Keita Kenta Kumiko Makoto Mami Mariko Masaki Masato Megumi Minato Misaki Mitsuki Naoki
Naoko Nobuko Reiko Riku Ryota Sachiko Shota Takeshi Tetsuya Tomoya Yuina Yukiko Yusuke Hanako Ichiro Jiwoo Minjun Seojun
Doyun Hayoon Jiyeon Minseo Seoyeon Soyeon Yeonwoo Hyunwoo Jihoon Jisoo Jiyoung Sungmin Younghee Eunji Xiaoming Xiaoling Liang Anh
Bao Binh Cuong Dung Duong Giang Hanh Hieu Hoang Hung Huong Khanh Khoa Linh Minh Ngoc Nhung Phuong
Quang Quynh Thanh Thao Thuy Tien Trang Trung Tuan Tuyet Vinh Somchai Somsak Nattapong Siriporn Wichai Anong Bayu
Fitri Gita Hendra Joko Kartika Rini Siti Yanti Agustin Agustina Amalia Araceli Consuelo Dolores Esperanza Estela Eugenia Fernanda
Florencia Guadalupe Ignacio Inés Isidro Jacinto Jimena Joaquín Josefina Lorena Lourdes Lucía Luciano Macarena Marcela Mercedes Milagros Montserrat
Nicolás Paloma Pilar Ramón Raquel Rocío Rodolfo Rogelio Salvador Santiago Soledad Susana Teodoro Valeria Vicente Yolanda Zoila Graciela
Itzel Xochitl Alfonsina Renata Anselmo Benedetta Carmela Cosimo Donatella Fabrizio Federica Gaetano Gianni Ilaria Lucrezia Ludovica Massimo Mirella
Ornella Pasquale Raffaele Riccardo Rosaria Salvatore Silvio Tancredi Tommaso Umberto Vittoria Vittorio Arianna Agathe Amandine Anaïs Aurélie Aurélien
Baptiste Bastien Benoît Brigitte Céline Chloé Clémence Corentin Delphine Élise Éloïse Estelle Fabienne Gaëlle Geneviève Hélène Jérémy Joëlle
Laetitia Léa Léon Loïc Lucille Manon Margaux Mathilde Mélanie Noémie Océane Pauline Quentin Romain Sébastien Solène Sylvie Thibault
Timothée Valérie Yannick Yves Zoé Joana Leonor Mafalda Mateus Matilde Rafaela Tiago Vasco Gonçalo Inês Duarte Bruna Diogo
Fabiana Heitor Larissa Leandro Letícia Lívia Luana Marcelo Murilo Otávio Paulo Priscila Renato Thiago Anke Anneliese Bärbel Dörte
Elke Frauke Gesine Gudrun Hannelore Heiko Henrike Ingo Jannik Jörn Lennart Maren Mareike Meike Rüdiger Silke Sönke Steffen
Swantje Ulrike Wiebke Wilhelm Gisela Gunther Günter Hartmut Helmut Jutta Lieselotte Manfred Reinhard Roswitha Siegfried Volker Waltraud Wolfram
Ansgar Bjarne Dagny Eero Eino Einar Eirik Elin Elisabet Erlend Frida Fredrik Gunnar Hanne Hedda Henning Hilde Ingeborg
Jarle Jorunn Kjell Maija Mikko Oddvar Petteri Ragnhild Rasmus Sigrid Sigrún Silje Solveig Steinar Søren Terje Tove Trond
Tuomas Tuula Vilja Aino Aleksi Antti Eija Hannele Heikki Ilkka Jaana Jukka Kaisa Lauri Leena Marja Oskari Paavo
Pirjo Riikka Sanna Seppo Tapio Tarja Teemu Tiina Aoibheann Bríd Caoimhe Cathal Clodagh Dervla Dónal Eimear Eoin Fionnuala
Gráinne Niall Oisín Orla Pádraig Róisín Saoirse Seán Síle Siobhán Sinéad Tadhg Aled Bethan Cerys Dafydd Eleri Gethin
Gwyneth Ieuan Rhiannon Rhys Sioned Tomos Ailsa Alasdair Catriona Eilidh Fraser Iain Kirsty Morag Mhairi Seonaid Bartłomiej Bożena
Grażyna Halina Jadwiga Jarosław Jerzy Karol Kazimierz Krystyna Lech Małgorzata Mieczysław Mirosław Przemysław Radosław Ryszard Stanisław Tadeusz Urszula
Wiesław Zbigniew Zdzisław Radek Dorota Ewelina Iwona Jolanta Justyna Kinga Marzena Sylwia Wanda Zuzanna Jiří Jitka Kateřina Lenka
Lucie Miroslav Petr Radka Tereza Václav Vladimír Zdeněk Zuzana Blanka Dušan Jovana Milica Miloš Nemanja Nikola Vesna Zoran
Dragan Goran Ivica Marija Mirela Snežana Tomislav Željko Teodora Bojana Borislav Dimitar Georgi Hristo Ivelina Kalina Rumen Stoyan
Tsvetan Vasil Yordan Florin Ionuț Ioana Călin Cristian Mădălina Mihai Mihaela Ovidiu Radu Răzvan Sorin Ștefan Ştefan Andreea
Corina Georgiana Aleksey Anatoly Dmitriy Evgeny Galina Gennady Konstantin Ludmila Lyudmila Nadezhda Natalya Nikita Oksana Pyotr Ruslan Stanislav
Taras Valery Vyacheslav Yaroslav Yulia Zhanna Bohdan Halyna Mykola Olena Oleksandr Oleksiy Petro Vasyl Volodymyr Yevhen Gulnara Aigerim
Asel Aizhan Dinara Nursultan Timur Rustam Farid Zarina Dilnoza Giorgos Dimitris Eleftheria Konstantinos Panagiotis Stavros Vasiliki Yannis Christos
Katerina Spyros Theodora Athanasios Evangelia Ioannis Sotiris Burak Deniz Emine Gökhan Hakan Hatice Kübra Merve Murat Neslihan Oğuz
Selin Serkan Tuğba Volkan Yasemin Zeynep Ahmet Ebru Esra Fatih Aylin Kerem Sevgi Abbas Amira Bashir Dalia Farida
Ghada Hala Hussam Jamila Karima Khaled Layla Mahmoud Mariam Mounir Nabil Najib Naima Rami Rashida Samira Sami Tarek
Walid Youssef Yusra Zaid Ziad Zahra Zeinab Arman Babak Bahram Behrouz Dariush Farhad Farzaneh Golnar Kaveh Mahsa Maryam
Mehdi Mitra Nasrin Parisa Parviz Roya Sahar Shirin Soraya Yasaman Eitan Eyal Itai Liat Moshe Noam Ofer Yosef
Ronit Shlomo Amaru Nalani Imogen Bernadette Rosalind Saskia Cosima Ottilie Wilhelmina Hermione Bartholomew Cornelius Ignatius Evangeline Josephine Marisol
Marisela Yaretzi Aurelio Leopoldo Nestor Ofelia Rigoberto Rosalía Zulema
Agneta Alva Birgitta Bengt Ebba Elsa Emelie Erling Espen Göran Gustav Halvard Håkon Haakon Helge Hege Hjalmar Ingvild Jonna Jørgen
Kasper Kjersti Knut Lasse Leif Linnea Linnéa Magnus Malin Mats Mette Mikkel Morten Ole Ove Pernille Ragnar Runa Sindre Sigurd Siv
Stina Sune Svein Torbjørn Tuva Ulf Vegard Viggo Vibeke Åsa Øyvind Eskil Gunilla Kristoffer Kristian Kaja Marit Freja Ebbe Ylva
Juha Jussi Jani Janne Jari Jarmo Kalle Kimmo Markku Matti Mika Minna Niina Outi Pasi Petri Päivi Raili Reijo Riitta Sanni Satu
Sirpa Taina Tero Tuomo Veikko Ville Elina Emmi Helmi Iida Inkeri Jenni Kirsi Kristiina Lotta Marjatta Merja Milla Noora Onni Oona
Pertti Raimo Sakari Sari Seija Sinikka Eetu Joonas Juho Juuso Lassi Topias Väinö Ilmari Veeti Anneli Heli Henna Jaakko Jouni
Kaarina Kaija Liisa Maarit Mervi Mirja Pirkko Raija Ritva Terhi Tuija Urho Vesa Bram Daan Joris Thijs Sanne Joost Jeroen Sjoerd
Wouter Maarten Pieter Rutger Koen Ruud Gijs Lotte Femke Anouk Annelies Eline Esmee Fleur Janneke Jesse Karlijn Lieke Lisanne Loes
Maaike Marloes Merel Mirjam Niels Renske Roos Sander Sem Teun Tijmen Wim Willem Wietske Henk Kees Gert Geert Dirk Diederik Evert
Frits Gerrit Gerard Hanneke Jasper Jochem Luuk Marieke Mees Milou Nienke Pim Rik Stijn Tess Wessel Arjen Arnoud Bart Casper Erwin
Freek Jolanda Marijke Marjolein Mieke Reinier Remco Roel Sietse Siebe Tjeerd Wiebe Grzegorz Agata Alicja Aneta Artur Beata
Bogusław Czesław Damian Danuta Edyta Elżbieta Hubert Ilona Irena Jacek Kacper Kamila Leszek Maciej Mariusz Mateusz Milena Oliwia
Patryk Szymon Wioletta Witold Łucja Dawid Wiktor Izabela Waldemar Wiesława Weronika Conceição Luíza Luiza Antônio António
Francisca Aline Bernardo Caio Cauã Davi Eduarda Enzo Fábio Henrique Isabela Júlia Kauã Luan Luís Matheus Natália Patrícia Raimundo
Sebastião Sérgio Thaís Vinícius Vitória Arthur Heloísa Lara Laís Giovanna Benedita Severino Vitor Cristiano Rogério Márcia Márcio
Cláudia Cláudio Sílvia Rosângela Rosana Tânia Fabrício Ivone Graça Fátima Nuno Filipe Catarina Margarida Madalena Afonso Martim
Niccolò Nicolò Alessia Antonella Carlo Edoardo Emanuele Enrico Filippo Giacomo Giorgia Giuliana Giulio Guido Jacopo Luigi Mattia
Michele Paolo Pietro Roberta Rocco Serena Simona Stefania Tiziana Valerio Aldo Caterina Corrado Debora Dario Elisabetta Ettore
Fausto Flavio Gianfranco Gino Giuseppina Letizia Loredana Marcello Mariangela Maurizio Mirko Nicoletta Ottavio Patrizia Piero
Raffaella Renzo Rosanna Sandro Silvana Ugo Andrés Begoña Concepción Esteban Guillermo Jaime Nerea Nuria Raúl Rubén Adrián Agustín
Ainhoa Aitana Amparo Anabel Celia Cristóbal Emilio Encarnación Héctor Inmaculada Jordi Josep Maite Martín Míriam Noelia Sofía
Víctor Iker Unai Aitor Mikel Iñaki Asier Leire Amaia Abhinav Aishwarya Alok Ankit Ankita Anuj Anushka Arpita Arun Arvind Ashish
Bhavesh Chetan Deepti Dhruv Geeta Hari Harpreet Jaspreet Jyoti Kiran Kishore Kunal Lalit Lata Manoj Meera Mukesh Nalini Naresh
Nitin Parveen Poonam Pradeep Pramod Prateek Prerna Priyanka Radha Raghav Rajendra Ramya Ranjit Rashmi Ritu Sakshi Sameer Sangeeta
Sanjeev Sapna Saurabh Seema Shikha Shruti Shubham Simran Smita Subhash Sudha Sumit Suraj Surya Sushil Tarun Uday Umesh Vandana
Vidya Vinay Vineet Vivek Yogesh Anupama Aparna Bhavya Gautam Girish Indira Ishita Kavya Keshav Madhavi Mansi Mehul Namrata Nandita
Nupur Radhika Rajat Ravindra Roshni Rupali Sahil Shalini Sourav Sridhar Srinivas Sudhir Swapna Tanya Trisha Vaibhav Varsha Venkat
Vidhi Yamini Zoya Aakash Aarush Advait Anika Diya Kabir Myra Reyansh Riya Saanvi Vihaan Gurpreet Manpreet Navjot Harjit Sukhwinder
Balwinder Kuldeep Amandeep Aoi Emi Eri Fumiko Hideki Hideo Hikaru Hiromi Hisashi Junko Kaori Katsuya Kazuko Kazuya Kei Kenichi
Kyoko Mao Masako Masao Mayu Michiko Minoru Miyu Momoko Nana Natsuki Noriko Osamu Rin Ryosuke Saki Sayaka Shinji Sota Takahiro
Takuya Taro Tomohiro Tsubasa Yoko Yoshiko Yuji Yumi Yui Yuma Yuri Akiko Ayaka Chiaki Daichi Eiji Goro Jiro Manami Mayumi Midori
Nozomi Rika Ryuji Satomi Shiori Shigeru Sumiko Takeru Tatsuya Tomoki Yasuko Yoshio Yuka Yukari Yumiko Yuta Alexandros Anastasios
Angeliki Antonis Apostolos Argyro Despina Dimitra Eirini Elpida Evangelos Fotini Ioanna Kalliopi Konstantina Kostas Kyriakos
Lefteris Manolis Michalis Nikos Panagiota Paraskevi Petros Stelios Thanasis Theodoros Vasilis Vassilis Xanthi Zoi Charalambos
Chrysa Efthymios Georgios Ilias Marios Markos Pavlos Spyridon Stavroula Vangelis Yiannis Yiorgos Barış Berk Betül Burcu Cem Derya
Didem Ece Emel Erdem Eren Gamze Gizem Gül Gülşen Hande Hülya İbrahim İpek Kaan Kadir Leyla Melek Melike Meltem Mert Nazlı Nihat
Onur Orhan Ozan Pınar Recep Seda Selim Serap Sevda Sibel Sinan Şule Tolga Tuncay Uğur Ümit Yakup Yavuz Yunus Zehra Zeki Özge Özgür
Abdelaziz Abdallah Adnan Aya Ayman Bassam Faris Fawzi Ghassan Hadi Hanan Haneen Hiba Hisham Huda Imad Iman Issa Kareem Lubna Majid
Malak Marwan Mona Mostafa Mustapha Nasser Nawal Nizar Noura Osama Qasim Rana Reem Rima Saleh Salim Samer Sawsan Shadi Sherif Suha
Tamer Wael Wafa Yasmine Younes Zakaria Ayoub Soufiane Rachid Driss Khadija Hafsa Houda Meryem Imane Oussama Anas Ilyas Abiodun
Adaora Adeyemi Akua Ayo Bola Chidera Chisom Dayo Ebele Femi Gbenga Ifeoluwa Jide Kemi Kunle Lanre Nneka Nnamdi Obiageli Ogechi
Olamide Olawale Seun Sola Temitope Tobi Tolu Uche Yaw Yetunde Kwesi Yaa Esi Mawuli Sekou Ibrahima Aissatou Awa Binta Cheikh
Djibril Lamine Modou Ndeye Oumar Rokhaya Souleymane Babacar Alioune Adama Harry Eleanor Callum Charlie Alfie Archie Freddie Toby
Rory Jamie Craig Darren Gavin Gareth Graham Stuart Keith Neil Ian Philip Nigel Trevor Derek Malcolm Duncan Hamish Ewan Euan Kieran
Declan Conor Cormac Ronan Shane Sean Barry Brendan Dominic Elliot Joe Josh Kyle Luke Owen Reece Robbie Tony Harvey Louie
Reggie Stanley Teddy Ronnie Frankie Evie Rosie Millie Phoebe Matilda Lucy Megan Bethany Rachel Kayleigh Stacey Joanne Shona
Gillian Lindsay Leanne Katie Ellie Harriet Jemima Penelope Tabitha Beatrix Philippa Rosamund Georgina Darnell Latoya Keisha Tamika
Shanice Courtney Whitney Kayla Brianna Aaliyah Jalen Terrell Jermaine Darius Friederike Carola Christel Elfriede Erna
Gertrud Hedwig Hildegard Irmgard Margot Marlene Rosemarie Sieglinde Ute Wilfried Detlef Dietmar Eckhard Egon Ernst Gerd Gottfried
Horst Joachim Kurt Lothar Rainer Reinhold Rolf Rudolf Malte Svenja Nele Merle Christiane Cornelia Dorothea Renate Bettina
Franziska Theresa Veronika Annette Antje Holger Markus Sascha Günther
`;

export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter((n) => n.length > 0));

// African-American given names join a prefix to a name with a capital of its own (DeShawn, LaToya,
// DaQuan, JaMarcus): no list can hold them all, their shape names them. Words of software written
// alike (JavaScript, LaTeX, DevOps) have another first part or no lower-case run after the capital.
export const PREFIXED_GIVEN_SOURCE = String.raw`(?:De|Da|La|Le|Ja|Ke|Ta|Sha|Ra)[A-Z][a-z]{2,12}`;
const PREFIXED_GIVEN = new RegExp(`^${PREFIXED_GIVEN_SOURCE}$`);

/**
 * Whether a word is a listed given name, also when written with accents the list spells without
 * ("Inès", "Zoë", "Renée" for Ines, Zoe, Renee): people and forms write a name either way, or a
 * prefixed given name by its shape.
 */
export function isGivenName(word: string): boolean {
  if (GIVEN_NAMES.has(word)) return true;
  if (PREFIXED_GIVEN.test(word)) return true;
  // Only letters of Latin-1 and Latin Extended-A carry the accents folded here.
  if (!/[\u00C0-\u017F]/.test(word)) return false;
  const plain = word.normalize('NFD').replace(/[\u0300-\u036F]/g, '');
  return plain !== word && GIVEN_NAMES.has(plain);
}

// Capitalised words that follow a given name in places, firms and products ("Victoria Station",
// "Anna Hotel"), never a family name.
export const NOT_A_SURNAME: ReadonlySet<string> = new Set(
  (
    'Street St Road Rd Avenue Ave Lane Way Drive Square Place Park Station Airport Hotel Hospital Clinic University ' +
    'College School Bank Inc Ltd LLC GmbH AG SA Corp Company Group Team Support Service Services Server Cloud Studio ' +
    'Labs Software Systems Foundation Project Manager Admin Bot App API Error Exception Version Release Update Bridge ' +
    'River Lake Mountain Island Beach Center Centre Mall Market Store Shop Restaurant Cafe Bar Church Museum Library ' +
    // Parts of software that "call", "report" and "request" like people do.
    'Worker Workers Job Jobs Queue Scheduler Gateway Handler Module Plugin Client Daemon Agent Engine Pipeline Runner ' +
    'Task Lambda Function Controller Router Monitor Tool Script Process Processor Backend Frontend Proxy Cache Database ' +
    'Webhook Hook Listener Consumer Producer Provider Adapter Connector Integration Portal Dashboard Console Checker ' +
    // Words of titles and statuses written in Title Case ("Grace Period Ended", "Julia Set Rendered").
    'Period Set Mode Status Time Date Day Days Window Limit Count Total Level Size Type State Result Results Value ' +
    'Values List Items Page Pages Report Reports Log Logs Event Events Check Checks Test Tests Run Runs Ended Started ' +
    'Expired Failed Passed Done Updated Created Deleted Enabled Disabled Required Missing Found Exceeded Timeout ' +
    // Names of scheduled jobs, mailings and promotions ("Nightly Export", "Weekly Digest", "Spring Sale").
    'Export Exports Import Imports Digest Newsletter Sale Sales Clearance Campaign Promo Promotion Backup Backups Sync ' +
    'Batch Nightly Weekly Daily Monthly Hourly Schedule Reminder Reminders Notification Notifications Alert Alerts ' +
    // Words of Indian localities and buildings ("Anna Nagar", "Rajiv Colony", "HSR Layout", "Lotus Enclave").
    'Nagar Colony Layout Sector Enclave Vihar Puram Bazar Bazaar Chowk Marg Residency Apartments Towers Society'
  ).split(' '),
);
