import type { DemoArticle } from "../types.js";

export const politicsArticles: DemoArticle[] = [
  {
    key: "river-data-agreement",
    section: "politics",
    countries: ["kazakhstan", "kyrgyzstan", "tajikistan", "uzbekistan", "turkmenistan"],
    topics: ["water", "climate"],
    authors: ["farangis", "timur"],
    hoursAgo: 5,
    hero: "map-rivers",
    en: {
      title: "Five Central Asian governments agree to share real-time river data",
      dek: "Water ministers signed a protocol to publish flow and reservoir readings from the Syr Darya and Amu Darya basins every day, a modest step that officials hope will calm the annual arguments over who gets what.",
      body: `<p>Water ministers from Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan agreed on Tuesday to publish daily readings from gauging stations and reservoirs on the region's two great rivers, the Syr Darya and the Amu Darya, on a shared online platform from the start of next year's growing season.</p>
<p>The protocol, signed after two days of talks in Tashkent, does not change how much water each country is entitled to. It is about information: how much is flowing past a given point, how full the big reservoirs are, and how much is being released downstream. Until now, most of those numbers have been exchanged by letter or by phone between basin organisations, often days late and sometimes not at all.</p>
<figure data-media="reservoir-dam"></figure>
<h2>Why the numbers matter</h2>
<p>Both rivers rise in the mountains of Kyrgyzstan and Tajikistan and flow through the irrigated plains of Uzbekistan, Turkmenistan and southern Kazakhstan before petering out short of the Aral Sea. Upstream countries need water in winter to run hydropower plants; downstream farmers need it in summer for cotton, wheat and rice. Every spring, disagreements over release schedules play out in meetings, and every summer, farmers at the tail end of canals complain that less arrives than was promised.</p>
<p>Hydrologists say that a large share of those disputes comes down to uncertainty rather than bad faith. When one side cannot see the other's data, a dry week looks like a broken promise.</p>
<blockquote><p>Half of our arguments were about numbers that nobody could check. If everyone looks at the same screen, we can spend our time arguing about the things that really are difficult.</p><cite>Bakhtiyor Nazarov, a senior official at Uzbekistan's water ministry</cite></blockquote>
<h2>What will be published</h2>
<p>Under the protocol, each country will upload readings from an agreed list of 64 stations, including inflow and outflow at the largest reservoirs, at least once a day. Data will be open to the public after a 24-hour delay, a compromise between countries that wanted immediate publication and those worried about commercial sensitivity around electricity exports.</p>
<ul>
<li>Daily river flow at 41 gauging stations on the main stems and key tributaries</li>
<li>Water levels and releases at 14 reservoirs</li>
<li>Diversions into the largest irrigation canals at nine points</li>
</ul>
<p>The platform will be hosted by the region's interstate water coordination commission, which has existed since the early 1990s but has long been criticised as underfunded. Donors have offered to pay for new automatic sensors at stations that are still read by hand.</p>
<h2>Sceptics and next steps</h2>
<p>Not everyone is convinced. A hydrologist in Khujand, who asked not to be named because she works for a state agency, said that many gauges are decades old and that publishing unreliable data could create new quarrels. Officials acknowledged the point and said the first year would be treated as a trial.</p>
<p>The ministers agreed to meet again in the autumn to review how the system worked during the irrigation season, and to discuss a longer-standing request from Kazakhstan and Turkmenistan, at the downstream end of the two rivers, for binding minimum flows in dry years. That question, one delegate said, "is for another day, and probably another decade".</p>`,
    },
    ru: {
      title: "Пять стран Центральной Азии договорились обмениваться данными о реках в реальном времени",
      dek: "Министры водного хозяйства подписали протокол о ежедневной публикации данных о стоке и наполнении водохранилищ в бассейнах Сырдарьи и Амударьи. Это скромный шаг, но чиновники надеются, что он смягчит ежегодные споры о распределении воды.",
      body: `<p>Министры водного хозяйства Казахстана, Кыргызстана, Таджикистана, Туркменистана и Узбекистана во вторник договорились с начала следующего вегетационного сезона публиковать на общей онлайн-платформе ежедневные показания гидропостов и водохранилищ на двух главных реках региона — Сырдарье и Амударье.</p>
<p>Протокол, подписанный после двухдневных переговоров в Ташкенте, не меняет объёмов воды, на которые имеет право каждая страна. Речь идёт об информации: сколько воды проходит через определённую точку, насколько заполнены крупные водохранилища и сколько воды сбрасывается вниз по течению. До сих пор большую часть этих данных бассейновые организации передавали письмами или по телефону — часто с опозданием на несколько дней, а иногда не передавали вовсе.</p>
<figure data-media="reservoir-dam"></figure>
<h2>Почему важны цифры</h2>
<p>Обе реки берут начало в горах Кыргызстана и Таджикистана и текут через орошаемые равнины Узбекистана, Туркменистана и юга Казахстана, не доходя до Аральского моря. Странам в верховьях вода нужна зимой для гидроэлектростанций, фермерам ниже по течению — летом для хлопка, пшеницы и риса. Каждую весну разногласия по графикам попусков обсуждаются на совещаниях, а каждое лето фермеры в хвостовой части каналов жалуются, что до них доходит меньше обещанного.</p>
<p>Гидрологи говорят, что значительная часть этих споров объясняется неопределённостью, а не злым умыслом. Когда одна сторона не видит данных другой, засушливая неделя выглядит как нарушенное обещание.</p>
<blockquote><p>Половина наших споров была о цифрах, которые никто не мог проверить. Если все смотрят на один и тот же экран, мы сможем тратить время на действительно сложные вопросы.</p><cite>Бахтиёр Назаров, высокопоставленный сотрудник министерства водного хозяйства Узбекистана</cite></blockquote>
<h2>Что будет публиковаться</h2>
<p>Согласно протоколу, каждая страна будет не реже раза в сутки загружать показания с 64 согласованных постов, включая приток и сброс на крупнейших водохранилищах. Данные станут общедоступными с задержкой в 24 часа — это компромисс между странами, которые хотели немедленной публикации, и теми, кого беспокоит коммерческая чувствительность сведений, связанных с экспортом электроэнергии.</p>
<ul>
<li>Ежедневный расход воды на 41 гидропосту на основных руслах и ключевых притоках</li>
<li>Уровни воды и сбросы на 14 водохранилищах</li>
<li>Водозабор в крупнейшие оросительные каналы в девяти точках</li>
</ul>
<p>Платформу разместит межгосударственная координационная водохозяйственная комиссия, которая существует с начала 1990-х годов, но давно подвергается критике за недостаточное финансирование. Доноры предложили оплатить новые автоматические датчики на постах, где показания до сих пор снимают вручную.</p>
<h2>Скептики и дальнейшие шаги</h2>
<p>Убедить удалось не всех. Гидролог из Худжанда, попросившая не называть её имени, поскольку она работает в государственном ведомстве, отметила, что многим приборам несколько десятков лет и публикация недостоверных данных может породить новые споры. Чиновники согласились с этим замечанием и сообщили, что первый год будет считаться пробным.</p>
<p>Министры договорились снова встретиться осенью, чтобы оценить работу системы в поливной сезон и обсудить давнюю просьбу Казахстана и Туркменистана, расположенных в низовьях двух рек, о закреплении обязательных минимальных попусков в маловодные годы. Этот вопрос, по словам одного из делегатов, «для другого дня, а скорее всего, для другого десятилетия».</p>`,
    },
  },
  {
    key: "kyrgyz-local-elections",
    section: "politics",
    countries: ["kyrgyzstan"],
    topics: ["elections", "governance"],
    authors: ["nurlan"],
    hoursAgo: 30,
    en: {
      title: "Kyrgyzstan's local council elections: what to watch",
      dek: "Voters in towns and villages will choose the councils that run schools, water pipes and pasture committees. Turnout, new faces and the cost of campaigning are the numbers to follow.",
      body: `<p>Local elections rarely make headlines outside the districts where they are held, but in Kyrgyzstan the councils known as <em>keneshes</em> shape much of daily life. They approve village budgets, decide which road gets repaired first, and oversee the committees that allocate summer pasture, a question that still matters to a large share of rural households.</p>
<p>On polling day, voters in more than four hundred towns and rural districts will choose new councils. Here is a short guide to what observers will be watching.</p>
<h2>Turnout outside the cities</h2>
<p>Turnout at local elections has historically been lower than at national votes, and lower still among younger voters, many of whom are working in Bishkek, in Kazakhstan or in Russia. The Central Election Commission has extended the period during which voters can change their polling station online, and observers will be watching whether that makes a visible difference in districts with many seasonal workers.</p>
<h2>New faces and familiar ones</h2>
<p>In many villages the same people have sat on the council for years, sometimes because nobody else wants the job. Councillors are paid little or nothing, and meetings often take place in the evenings after farm work. Civic groups have been running short courses for first-time candidates, with an emphasis on reading a budget and holding public hearings.</p>
<blockquote><p>People think the council is about politics. Mostly it is about pipes, school roofs and who cleans the irrigation ditch. We want people who are not afraid of a spreadsheet.</p><cite>Aida Toktosunova, who runs a candidate training programme in Chui region</cite></blockquote>
<h2>Women on the ballot</h2>
<p>Party lists for city councils must include a minimum share of candidates of each gender, and women have gradually gained seats over recent cycles, although they remain a minority, particularly at village level. Several women's networks have published a joint list of priorities, led by kindergarten places and safe school transport.</p>
<h2>Money and campaign rules</h2>
<p>Spending limits for local races are low, and most campaigns are run through WhatsApp groups, door-to-door visits and meetings in the local club house. Election monitors say their main concern is not large sums of money but small favours: a repaired road just before polling day, or a donation to a mosque or a school. They will publish a report on campaign conduct within a month of the vote.</p>
<h2>What comes next</h2>
<p>Preliminary results are expected within a day of the vote, with final results certified by district commissions afterwards. New councils will then elect their chairs and, in rural districts, take part in choosing the head of the local administration. For most residents, the real test will come later, when the councils set next year's budgets.</p>`,
    },
  },
  {
    key: "kazakh-village-budgets",
    section: "politics",
    countries: ["kazakhstan"],
    topics: ["governance"],
    authors: ["aigerim"],
    hoursAgo: 120,
    en: {
      title: "Kazakh villages get a bigger say in how their budgets are spent",
      dek: "A pilot in three regions lets residents vote on a slice of the rural district budget. The sums are small, but the first results have surprised officials.",
      body: `<p>In the village of Akkol, about two hours' drive from the regional centre, residents were asked a simple question this spring: if you had eleven million tenge to spend, what would you spend it on? The answer, after three public meetings and a vote by text message, was street lighting on the road to the school.</p>
<p>Akkol is one of 140 rural districts taking part in a pilot that lets residents decide how to use a portion of the local budget. The scheme builds on reforms since 2018 that gave rural districts, known as <em>auyldyq okrugs</em>, their own budgets and their own taxes, and on the direct election of rural district heads, which began in 2021. Decentralisation has been a recurring theme of the administration of President Kassym-Jomart Tokayev, who took office in 2019.</p>
<p>Under the pilot, at least five percent of each participating district's budget is set aside for projects proposed and chosen by residents. Anyone over eighteen can suggest a project; a committee that includes residents checks whether it is feasible and estimates the cost; and the final choice is made by a public vote, in person or online.</p>
<blockquote><p>We expected people to ask for a new football pitch. Instead, they asked for lights, bus shelters and a ramp at the clinic. It turns out people know exactly what is missing.</p><cite>Saule Omarova, deputy head of a district finance department taking part in the pilot</cite></blockquote>
<p>The most popular categories so far have been street lighting, playground repairs and small water projects, such as replacing a pump or fencing a well. In one district in the south, residents voted to pay for a minibus that takes older people to a regional hospital twice a week.</p>
<p>Turnout in the votes varied widely, from fewer than one in ten eligible residents in some larger villages to more than half in small ones. Organisers say that meetings held in the evening, after work, and in school halls rather than in the district administration drew more people.</p>
<p>The sums involved remain modest. Rural districts depend heavily on transfers from regional budgets, and their own revenue, mostly from property and land taxes, rarely covers more than a small share of spending. Critics also point out that a vote on five percent of a budget says little about the other ninety-five.</p>
<p>The finance ministry is expected to decide by the end of the year whether to extend the scheme nationwide. An evaluation by a university team in Astana found that completed projects were, on average, delivered more cheaply than similar projects procured in the usual way, which the researchers attributed to closer attention from residents who had voted for them.</p>`,
    },
  },
  {
    key: "ferghana-joint-checkpoint",
    section: "politics",
    countries: ["uzbekistan", "kyrgyzstan"],
    topics: ["trade", "transport"],
    authors: ["timur", "nurlan"],
    hoursAgo: 340,
    en: {
      title: "A joint checkpoint in the Ferghana Valley cuts border queues to minutes",
      dek: "Uzbek and Kyrgyz officers now check travellers and lorries at a single window. Traders on both sides say the change has already altered their routines.",
      body: `<p>For years, crossing between Uzbekistan and Kyrgyzstan in the Ferghana Valley meant two queues, two sets of forms and, on a bad day, several hours in the sun. Since last month, at one crossing between Andijan and Osh regions, it means one stop.</p>
<p>Under a pilot agreed by the two governments, border guards and customs officers from both countries work side by side in a shared building, checking documents and cargo once rather than twice. Travellers hand their passports through one window; lorries are weighed and scanned at one gate.</p>
<h2>From hours to minutes</h2>
<p>According to figures released by the Uzbek customs service, the average time for a pedestrian to cross has fallen from around forty minutes to under ten, and the average wait for a lorry from more than five hours to about ninety minutes. The figures could not be independently verified, but traders interviewed by Steppe on both sides described a similar improvement.</p>
<blockquote><p>Before, I left home at four in the morning to be first in the line. Now I leave at seven and I am at the bazaar in Osh before the tea is ready.</p><cite>Gulchehra Mamatova, who sells dried fruit in markets on both sides of the border</cite></blockquote>
<h2>Years of groundwork</h2>
<p>Relations between the two countries have warmed considerably since 2017, and the governments have since completed the long process of agreeing on their shared border. That made it possible to discuss practical arrangements such as joint control, which requires each country to allow the other's officers to work on its territory.</p>
<p>The pilot is modelled loosely on arrangements used elsewhere, where neighbouring countries share inspection facilities. Officials say the main challenges were not political but technical: linking two customs databases, agreeing on which country's rules apply when an inspection finds a problem, and arranging for staff to be paid and housed.</p>
<h2>What traders still want</h2>
<ul>
<li>Longer opening hours, especially during the harvest season, when produce spoils quickly</li>
<li>Recognition of each other's phytosanitary certificates for fruit and vegetables</li>
<li>Clear rules on how much cash and goods a small trader can carry without a declaration</li>
</ul>
<p>Officials from both countries said they planned to review the pilot after six months and, if it works, to extend the model to other crossings in the valley. A spokesperson for the Kyrgyz border service said the next candidate would be a busier crossing used mainly by lorries carrying building materials.</p>`,
    },
  },
  {
    key: "trans-caspian-ferries",
    section: "politics",
    countries: ["turkmenistan", "kazakhstan"],
    topics: ["transport", "trade"],
    authors: ["aigerim"],
    hoursAgo: 820,
    en: {
      title: "Caspian ports compete and cooperate as the trans-Caspian route grows",
      dek: "Kazakhstan and Turkmenistan both want to be the gateway across the Caspian Sea. Ministers meeting in Turkmenbashi talked up cooperation, but the ports are also rivals.",
      body: `<p>Transport ministers from Kazakhstan and Turkmenistan met this week in the Caspian port of Turkmenbashi to discuss what has become one of the region's busiest diplomatic files: the route that carries goods from China across Central Asia, over the Caspian Sea by ferry, and on through the Caucasus towards Turkey and Europe.</p>
<p>Interest in the route, often called the Middle Corridor, has grown sharply since 2022 as shippers looked for alternatives to routes through Russia. Volumes remain small compared with the main northern rail line or the sea route through the Suez Canal, but they have grown every year, and ports on both sides of the Caspian are investing to keep up.</p>
<p>The ministers signed a memorandum on harmonising ferry tariffs and on sharing information about vessel schedules, and agreed to set up a working group on digital cargo documents. Details were not published.</p>
<blockquote><p>A ferry that waits two days for a berth costs everyone money. We compete for cargo, yes, but we also lose cargo together if the sea crossing is slow.</p><cite>Dovletgeldi Annayev, an official at Turkmenistan's maritime agency</cite></blockquote>
<p>Kazakhstan's main Caspian ports are Aktau and Kuryk, further south. Turkmenbashi was substantially rebuilt and expanded in the late 2010s and now has a modern ferry and container terminal. The two countries' ports are competing for some of the same flows, particularly cargo coming by rail from China through Kazakhstan or Uzbekistan.</p>
<p>Shipping agents say the biggest constraint on the route is not port capacity but the small number of ferries and the weather. Winter storms on the Caspian regularly halt crossings for days, and the sea's falling water level has made some approaches shallower, limiting how heavily vessels can be loaded. Several new ferries are under construction in regional shipyards.</p>
<p>Freight forwarders in Almaty told Steppe that customers mainly want predictability. A container that takes three weeks from western China to the Black Sea is acceptable, one said; a container that takes anywhere between two and six weeks is not.</p>
<p>The ministers said the next meeting of the working group would take place in Aktau before the end of the year, and that they had invited officials from Azerbaijan and Georgia to join talks on a single timetable for the whole route.</p>`,
    },
  },
  {
    key: "organised-recruitment-migrants",
    section: "politics",
    countries: ["uzbekistan", "tajikistan", "russia"],
    topics: ["migration"],
    authors: ["dilnoza"],
    hoursAgo: 1320,
    en: {
      title: "Organised recruitment offers migrants an alternative to the old routes",
      dek: "Governments in Tashkent and Dushanbe are expanding state-run schemes that place workers abroad with contracts in hand. The numbers are still small next to the millions who travel on their own.",
      body: `<p>At a training centre on the outskirts of Samarkand, twenty young men are practising how to lay bricks to a spirit level, while in the next room a teacher drills a class of nurses in medical vocabulary. All of them hope to leave within a year, not on a bus to Moscow with a phone number in their pocket, but with a contract, a visa and a flight paid in advance.</p>
<p>Uzbekistan and Tajikistan have for decades been among the countries most dependent on labour migration. Most migrants travel independently, overwhelmingly to Russia, and find work through relatives and acquaintances. Governments in both countries have spent the past several years building up state agencies that recruit workers for specific jobs abroad, and they are now expanding those schemes.</p>
<h2>How the schemes work</h2>
<p>Employers abroad, or their governments, tell the agency how many workers they need and with which skills. The agency advertises the vacancies, tests applicants, provides language and skills courses, and handles visas and travel. Workers sign contracts before leaving, and the agency keeps in touch with them while they are away.</p>
<p>Destinations include South Korea, the Gulf states, several European Union countries and the United Kingdom, where seasonal farm work has attracted thousands of Central Asian workers. Russia remains by far the largest destination overall, and officials say organised recruitment to Russian employers is also growing.</p>
<blockquote><p>When a worker leaves with a contract, he knows his wage, his hours and where he will sleep. When he leaves on his own, he knows only the name of his cousin.</p><cite>Rustam Kholmatov, head of a regional migration office in Uzbekistan</cite></blockquote>
<h2>The limits</h2>
<p>Officials acknowledge that the schemes reach only a fraction of those who leave each year. Places are limited by what employers abroad request, and the language requirements for some destinations are demanding. Recruitment fees charged by private intermediaries, which are supposed to be banned in many schemes, remain a problem, according to workers and rights groups.</p>
<p>Researchers also note that some returnees from Korea or Europe come back with savings and skills that local labour markets do not use. A worker who has operated modern farm machinery abroad may find only manual work at home.</p>
<h2>Returning home</h2>
<p>Both governments have begun to pay more attention to what happens after migrants return, with small business loans and programmes that recognise skills gained abroad. Officials in Samarkand said they planned to survey returnees next year to see how many had found work that matched their experience.</p>`,
    },
  },
];
