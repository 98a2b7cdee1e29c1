import type { DemoArticle } from "../types.js";

export const societyArticles: DemoArticle[] = [
  {
    key: "astana-light-rail",
    section: "society",
    countries: ["kazakhstan"],
    topics: ["transport", "cities"],
    authors: ["aigerim"],
    hoursAgo: 12,
    hero: "tram",
    en: {
      title: "Astana's light-rail line carries its first passengers",
      dek: "After years of delays, the capital's first light-rail line opened to the public this week. Early riders praised the speed and grumbled about the walk to the stations.",
      body: `<p>At a quarter past six on Monday morning, the first public train on Astana's light-rail line pulled out of the airport station with about forty passengers on board, several of them filming the moment on their phones. Twenty-six minutes later it arrived at the Nurly Zhol railway station on the other side of the city.</p>
<p>The line, which runs largely on an elevated viaduct through the government district on the left bank of the Yesil river, has been one of the capital's most talked-about infrastructure projects for more than a decade. Construction began, stalled amid financing problems, and restarted several years later. For a long time its concrete pillars, standing without tracks along the city's avenues, were the subject of jokes.</p>
<h2>First impressions</h2>
<p>Riders interviewed by Steppe on the first day were mostly positive. The trains are quiet, air-conditioned and step-free, and several passengers said the journey was faster than the same trip by bus or taxi during the rush hour, when the city's wide avenues become congested.</p>
<blockquote><p>In winter, waiting for a bus at minus thirty is a punishment. Here the platform is covered and the train comes every eight minutes. If it works in January, I will sell my car.</p><cite>Dana Kemelbekova, a civil servant who commutes from the south of the city</cite></blockquote>
<p>The main complaint was about access. Some stations are a long walk from residential neighbourhoods, and not all of them yet have the promised connections with bus routes. City officials said feeder buses would be adjusted over the coming weeks once they had data on how people were using the line.</p>
<h2>Fares and timetable</h2>
<p>A single journey costs the same as a bus ticket, and passengers can pay with the city's transport card, a bank card or a phone. Trains run from early morning until midnight, every eight minutes at peak times and every twelve minutes otherwise. For the first month, journeys for pensioners and schoolchildren are free.</p>
<h2>A growing city</h2>
<p>Astana's population has grown rapidly since it became the capital in 1997, and the city has spread across the steppe in every direction. Urban planners say that public transport has struggled to keep up, and that the city was designed around the car. The light-rail line is intended as the backbone of a future network, and officials have already presented plans for extensions.</p>
<p>Transport specialists caution that a single line will not change the city's habits on its own. "The first line is a demonstration," said an urban planner at a university in Astana. "The network is what matters. People will leave their cars when the train goes where they actually need to go."</p>`,
    },
    ru: {
      title: "Линия легкорельсового транспорта в Астане перевезла первых пассажиров",
      dek: "После многолетних задержек первая линия LRT в столице открылась для пассажиров на этой неделе. Первые пассажиры хвалят скорость и ворчат из-за долгой дороги до станций.",
      body: `<p>В понедельник в четверть седьмого утра первый пассажирский поезд легкорельсовой линии Астаны отошёл от станции у аэропорта. В вагонах было около сорока человек, несколько из них снимали этот момент на телефон. Через двадцать шесть минут поезд прибыл на вокзал «Нурлы Жол» на другом конце города.</p>
<p>Линия, которая в основном проходит по эстакаде через правительственный район на левом берегу Есиля, более десяти лет остаётся одним из самых обсуждаемых инфраструктурных проектов столицы. Строительство начиналось, останавливалось из-за проблем с финансированием и возобновилось несколько лет спустя. Долгое время бетонные опоры без путей вдоль городских проспектов были поводом для шуток.</p>
<h2>Первые впечатления</h2>
<p>Пассажиры, с которыми Steppe поговорил в первый день, в основном довольны. Поезда тихие, с кондиционерами и без ступенек, и несколько человек сказали, что поездка оказалась быстрее, чем тот же путь на автобусе или такси в час пик, когда широкие проспекты города стоят в пробках.</p>
<blockquote><p>Зимой ждать автобус при минус тридцати — это наказание. Здесь платформа крытая, а поезд приходит каждые восемь минут. Если в январе всё будет работать, продам машину.</p><cite>Дана Кемелбекова, госслужащая, которая ездит на работу с юга города</cite></blockquote>
<p>Главная жалоба касалась доступности. Некоторые станции находятся далеко от жилых кварталов, и не у всех пока есть обещанные пересадки на автобусные маршруты. В акимате сообщили, что подвозящие автобусы скорректируют в ближайшие недели, когда появятся данные о том, как люди пользуются линией.</p>
<h2>Тарифы и расписание</h2>
<p>Поездка стоит столько же, сколько билет на автобус; оплатить её можно городской транспортной картой, банковской картой или телефоном. Поезда ходят с раннего утра до полуночи: в часы пик — каждые восемь минут, в остальное время — каждые двенадцать. В первый месяц проезд для пенсионеров и школьников бесплатный.</p>
<h2>Растущий город</h2>
<p>Население Астаны стремительно растёт с тех пор, как в 1997 году она стала столицей, и город расползается по степи во все стороны. Урбанисты говорят, что общественный транспорт не поспевает за этим ростом, а сам город спланирован под автомобиль. Линия LRT задумана как основа будущей сети, и чиновники уже представили планы её продления.</p>
<p>Транспортные специалисты предупреждают, что одна линия сама по себе не изменит привычек горожан. «Первая линия — это демонстрация, — говорит урбанист из одного из университетов Астаны. — Важна сеть. Люди откажутся от машин, когда поезд будет ходить туда, куда им действительно нужно».</p>`,
    },
  },
  {
    key: "uzbek-admissions-reform",
    section: "society",
    countries: ["uzbekistan"],
    topics: ["education"],
    authors: ["dilnoza"],
    hoursAgo: 36,
    en: {
      title: "Uzbekistan's university entrance exam moves to computer testing several times a year",
      dek: "School leavers will be able to sit the national admissions test more than once, on a computer, and keep their best score. Teachers welcome the change but worry about the cost of extra attempts.",
      body: `<p>For a generation of Uzbek teenagers, the university entrance exam has been a single, high-stakes day each summer. Hundreds of thousands of school leavers sit the test at the same time, on paper, and the result decides whether they win a state-funded place, a paid place or no place at all. A bad morning can cost a year.</p>
<p>That is about to change. Under rules announced by the state testing agency, the main admissions test will from next year be taken on computers at testing centres around the country, and candidates will be able to sit it in several sessions spread across the year, keeping their best result.</p>
<h2>What changes</h2>
<ul>
<li>The test will be offered in at least four sessions a year instead of one</li>
<li>Each candidate receives a different set of questions drawn from a large, calibrated bank</li>
<li>Scores will remain valid for two admissions cycles</li>
<li>Candidates with disabilities can request adapted formats and extra time</li>
</ul>
<p>Officials say the computer-based format will also make it harder to cheat, a long-standing concern, because no two candidates will see the same paper and the questions will not be printed in advance.</p>
<blockquote><p>One exam on one day tells you how a student felt that morning. Several attempts tell you what the student actually knows. It is also kinder, and I do not think kindness is a weakness in an exam.</p><cite>Gulnora Rashidova, a mathematics teacher at a school in Samarkand</cite></blockquote>
<h2>Concerns about fairness</h2>
<p>Not everyone is convinced. Parents in rural districts worry that students from wealthier families, who can pay for more attempts and for private tutoring between them, will gain an advantage. The testing agency has said that the first attempt each year will be free and later attempts will carry a modest fee, with exemptions for low-income families.</p>
<p>Access to testing centres is another question. Students in remote parts of Karakalpakstan or the mountain districts of Surkhandarya may need to travel for hours to reach a centre. The agency says it will open additional centres in district towns and provide transport in some areas.</p>
<h2>Part of a wider shift</h2>
<p>Higher education in Uzbekistan has expanded rapidly in recent years, with new state and private universities and branches of foreign institutions opening in Tashkent and the regions. The number of places has grown, but competition for state-funded places at the most prestigious universities remains intense.</p>
<p>Tutoring centres, which have flourished around the existing exam, are already adapting. A tutor in Tashkent said he expected demand to shift from intensive summer courses to year-round preparation. "Before, parents paid me for the last three months," he said. "Now they will pay me for the whole year. I am not sure that is what the ministry intended."</p>`,
    },
  },
  {
    key: "almaty-mountain-rescue",
    section: "society",
    countries: ["kazakhstan"],
    topics: ["tourism"],
    authors: ["aigerim"],
    hoursAgo: 1250,
    hero: "mountains",
    en: {
      title: "The volunteers who climb up when others need to come down",
      dek: "As more people head into the mountains above Almaty, a team of volunteer rescuers trains every weekend to support the state emergency services.",
      body: `<p>On a Saturday morning in a gorge above Almaty, eleven people in red jackets are lowering a stretcher down a rock face. On the stretcher, strapped in and trying not to laugh, is a volunteer playing a hiker with a broken ankle. At the bottom, a team leader checks her watch. "Forty minutes," she says. "Too slow. Again."</p>
<p>The group is one of several volunteer rescue teams that work alongside Kazakhstan's state emergency services in the Ile-Alatau mountains, the range that rises directly behind the city. Its members are engineers, doctors, students and a retired army officer. All of them are climbers, and all of them have been on real call-outs.</p>
<p>The mountains above Almaty have become dramatically more popular in recent years. A paved road climbs to the Medeu skating rink and the Shymbulak ski resort, trails lead to the Big Almaty Lake and the high passes, and on summer weekends thousands of people head uphill. Many are well prepared. Others set off in trainers, without water, late in the afternoon.</p>
<blockquote><p>The mountains start ten minutes from a shopping centre. People forget that. They see a path on their phone and think it is a park. Then the weather changes, and it is not a park any more.</p><cite>Zhanna Mukhametkalieva, a founder of the volunteer team</cite></blockquote>
<p>State rescuers carry out most operations, and the professional service has its own mountain units with helicopters and specialist equipment. But volunteers say they can help with searches, which require many people on foot, and with reaching casualties quickly in areas they know well. Coordination has improved, they say, since the teams began sharing radios and reporting procedures with the state service.</p>
<p>The most common calls are for hikers who are lost or exhausted, people with sprained or broken ankles, and, in winter, skiers and snowboarders who have left the marked pistes. Avalanches remain the most dangerous risk. Volunteers run free avalanche awareness courses each autumn, and say attendance has grown every year.</p>
<p>Funding is a constant struggle. Members pay for most of their own equipment, and the team relies on donations from local businesses and a few hundred regular supporters. A ski shop in the city lends them gear for training; a climbing gym lets them use its walls on weekday evenings.</p>
<p>Asked why she keeps doing it, the team leader shrugged. "Someone came for me once, years ago, when I was young and stupid," she said. "I am just paying it back."</p>`,
    },
  },
  {
    key: "issyk-kul-shoulder-season",
    section: "society",
    countries: ["kyrgyzstan", "kazakhstan"],
    topics: ["tourism"],
    authors: ["nurlan"],
    hoursAgo: 1900,
    en: {
      title: "Issyk-Kul resorts try to stretch the summer",
      dek: "For decades, the lake's holiday season has lasted about ten weeks. Guesthouse owners, hoteliers and local officials want to make it longer.",
      body: `<p>In mid-August, the beaches of Cholpon-Ata on the northern shore of Issyk-Kul are packed. Families from Bishkek, Almaty and Astana crowd the sand, the road along the shore moves at walking pace, and guesthouses are fully booked for weeks. By the end of September, most of them will be shut.</p>
<p>Issyk-Kul, one of the largest mountain lakes in the world, has been Kyrgyzstan's main holiday destination since Soviet times, when sanatoriums and trade union holiday camps lined its shores. Set between the ranges of the Tian Shan, the lake never freezes, and its slightly salty water stays clear and cool through the summer.</p>
<figure data-media="mountains"></figure>
<p>But its season is short. Most visitors come between early July and late August, when the water is warm enough to swim in, and tourism businesses around the lake must earn most of their annual income in that period. Many rooms sit empty for the rest of the year.</p>
<blockquote><p>We have ten weeks to make money for twelve months. If we could fill the rooms for even one more month, it would change everything for the village.</p><cite>Aidai Sultanbekova, who runs a guesthouse near Cholpon-Ata</cite></blockquote>
<p>Operators are trying several approaches. Some are marketing the lake in spring and autumn for hiking, horse riding and visits to nearby gorges, when the weather is mild and the crowds are gone. Others are renovating old sanatoriums as health resorts with hot springs and treatments, which can operate year-round. In the east, around the town of Karakol, ski tourism has helped build a winter season.</p>
<p>Kazakh visitors, who make up a large share of tourists at Issyk-Kul, are an important target. Improvements to the road from Almaty and the border crossings have made the trip easier, and Kazakh tour operators now sell weekend packages that include a stay on the lake and a trip into the mountains.</p>
<p>Local officials say infrastructure is the main obstacle. Water supply, sewage treatment and waste collection in many lakeside villages were designed for a much smaller population, and are stretched to the limit in August. Environmental groups warn that untreated waste threatens the lake's clarity, its most valuable asset.</p>
<p>There are signs of change. A new regional airport terminal has opened, and several hotels now stay open through the winter. But for most families on the lake, the rhythm remains the same. "In September we count the money, in October we repair the roof, and in November we wait," said Sultanbekova. "Then in June we start again."</p>`,
    },
  },
  {
    key: "khujand-returning-migrants",
    section: "society",
    countries: ["tajikistan", "russia"],
    topics: ["migration", "education"],
    authors: ["farangis"],
    hoursAgo: 780,
    en: {
      title: "In Khujand, returning migrants retrain as electricians",
      dek: "A vocational college in northern Tajikistan is offering short courses for men who have come home from Russia. The demand is there; the jobs are harder to find.",
      body: `<p>In a workshop at a vocational college in Khujand, Tajikistan's second-largest city, a dozen men in their thirties and forties are wiring practice circuits on wooden boards. Most have spent years in Russia, on building sites, in warehouses or driving taxis. All of them have come home, for good, they say, and want a trade.</p>
<p>The course, which lasts four months, is part of a programme that offers free training to returning migrants in skills that are in demand locally: electrical work, plumbing, welding, cooking and sewing. It is funded by the government and international donors, and the first groups graduated last year.</p>
<blockquote><p>In Russia I did everything on the site, but nobody ever gave me a paper to say I can do it. Here I get a certificate, and with a certificate I can work for a company, not just for a neighbour.</p><cite>Jamshed Nazarov, a student on the electrical course who spent eleven years in Russia</cite></blockquote>
<p>Tajikistan depends heavily on labour migration, and the great majority of its migrants have traditionally gone to Russia. In recent years, tighter rules for foreign workers and a tougher atmosphere have prompted some to return, while others have moved on to other countries.</p>
<p>Returnees often find that the skills they learned abroad are not formally recognised at home, and that local employers want certificates. The college offers an assessment in which experienced workers can demonstrate what they know and receive a qualification without taking the full course.</p>
<p>The bigger problem is the labour market. Sughd region, which surrounds Khujand, is one of the more economically active parts of Tajikistan, with food processing, textile factories and a growing construction sector. But wages are far below what workers earned in Russia, and many graduates find only temporary jobs.</p>
<p>Some are starting their own businesses. One graduate of last year's plumbing course now employs three people and installs heating systems in new houses in the villages around Khujand, many of them built with money earned abroad. The college has started a short course on running a small business, covering taxes, contracts and pricing.</p>
<p>Teachers say the men are unusually motivated students. "They are not here because their parents sent them," said the head of the electrical department. "They are here because they have families to feed and they have already seen how hard the alternative is."</p>
<p>As the course ends for the day, one of the students, a father of four, packs his tools into a bag. He says he will not go back to Russia unless he has to. "My children grew up on a phone screen," he said. "I want to be here when they grow up the rest of the way."</p>`,
    },
  },
  {
    key: "pamir-telemedicine",
    section: "society",
    countries: ["tajikistan"],
    topics: ["health"],
    authors: ["farangis"],
    hoursAgo: 1050,
    en: {
      title: "Video links bring specialist doctors to remote Pamir villages",
      dek: "In high valleys where the nearest specialist is a day's drive away, village clinics are using video consultations to get second opinions.",
      body: `<p>The clinic in the village is a single-storey building with four rooms, a wood stove, and, since last spring, a laptop, a camera and a satellite connection. Twice a week, the village's doctor, a young woman who trained in Dushanbe, uses it to consult specialists at the regional hospital in Khorog and, when necessary, at hospitals in the capital.</p>
<p>The telemedicine programme, run by the health ministry with support from a development agency, now connects more than sixty village clinics in the mountains of eastern Tajikistan with regional and national hospitals. In an area where roads are often blocked by snow or landslides, and where the nearest specialist may be a full day's drive away, doctors say it has changed how they work.</p>
<blockquote><p>Before, if a child had a rash I did not recognise, I had two choices: guess, or send the family on a two-day journey. Now I can show the rash to a dermatologist in twenty minutes.</p><cite>Nigina Shonazarova, a doctor at a village clinic in the Pamirs</cite></blockquote>
<p>Most consultations concern children, pregnant women and chronic conditions such as diabetes and high blood pressure. Specialists can review test results, look at wounds or skin conditions on camera, and advise on treatment. In more serious cases, they can help decide whether a patient needs to be transferred, and arrange it in advance.</p>
<p>The programme also supports training. Village doctors and nurses can join online lectures, and specialists hold regular case discussions with clinics in the network. Doctors say this has helped reduce the isolation that drives many young medical staff away from remote posts.</p>
<p>The technology has limits. Satellite connections can be slow and unreliable, particularly in bad weather, and some clinics still lack basic equipment, such as ultrasound machines, that would make remote consultations more useful. Power cuts in winter can leave clinics without a connection for hours.</p>
<p>Health officials say they plan to add clinics to the network and to introduce simple diagnostic devices that can send readings directly to specialists. They are also exploring the use of the network to manage prescriptions and medicine supplies, which often run short in remote areas in winter.</p>
<p>For patients, the main benefit is time and money. A round trip to Khorog can cost a family more than a month's income and take days in winter. "My grandmother used to say that in the mountains, you are either healthy or you are far from help," said one patient, waiting for a consultation with her baby. "Now we are a little less far."</p>`,
    },
  },
];
