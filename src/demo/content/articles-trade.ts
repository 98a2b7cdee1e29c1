import type { DemoArticle } from "../types.js";

/** Economy-section articles about farming, trade and freight. */
export const tradeArticles: DemoArticle[] = [
  {
    key: "kazakh-grain-harvest",
    section: "economy",
    countries: ["kazakhstan"],
    topics: ["agriculture", "trade"],
    authors: ["aigerim"],
    hoursAgo: 400,
    en: {
      title: "Kazakhstan's grain harvest beats forecasts, but storage is the bottleneck",
      dek: "A late, dry autumn let farmers in the north bring in more wheat than expected. Now they are racing to find space for it before the snow.",
      body: `<p>Combine harvesters in Kazakhstan's northern grain belt finished their work this week with a harvest that, according to preliminary figures from the agriculture ministry, comfortably beat the forecast made in the spring. Farmers brought in about 23.1 million tonnes of grain, clean weight, against an early estimate of 20.5 million.</p>
<p>A dry, warm September allowed crops that had been slowed by a cool summer to ripen, and harvesting ran with few interruptions for rain. Yields were particularly strong in Kostanay, Akmola and North Kazakhstan regions, which together produce most of the country's wheat.</p>
<figure data-media="harvest-chart"></figure>
<h2>Where to put it</h2>
<p>The good news has created an old problem. The country's grain elevators and warehouses were already partly full with stocks from last year, and farmers say they are struggling to find space. Some have resorted to storing grain in long plastic sleeves laid out on the fields, which protect it for a few months but leave it vulnerable to rodents and a sudden thaw.</p>
<blockquote><p>Growing the wheat was the easy part this year. Now I am phoning every elevator within two hundred kilometres, and they all say the same thing: maybe next week.</p><cite>Yerlan Sarsenbayev, who farms 4,000 hectares in Kostanay region</cite></blockquote>
<p>The government has announced purchases for the state food reserve and subsidies for rail transport to ports and border crossings, aimed at moving grain out of the north more quickly. Railway officials say they have added wagons, but exporters complain that grain competes for the same lines as coal, metals and transit containers.</p>
<h2>Prices and exports</h2>
<p>A large harvest usually means lower prices at the farm gate, and this year is no exception. Traders in Astana say that prices for milling wheat have fallen noticeably since August. Millers, including large flour producers in Qaraghandy region, have taken the opportunity to build up stocks.</p>
<p>Kazakhstan is one of the world's major exporters of wheat and flour, with traditional buyers in Central Asia and Afghanistan and growing sales to China and the Middle East. Exporters say the key question for the coming months is whether they can get grain to buyers fast enough to compete with suppliers from Russia, whose ports on the Black Sea are much closer to many markets.</p>
<table>
<thead><tr><th>Indicator</th><th>Spring forecast</th><th>Preliminary result</th></tr></thead>
<tbody>
<tr><td>Total grain, million tonnes</td><td>20.5</td><td>23.1</td></tr>
<tr><td>Of which wheat, million tonnes</td><td>15.8</td><td>17.9</td></tr>
<tr><td>Average yield, tonnes per hectare</td><td>1.3</td><td>1.5</td></tr>
</tbody>
</table>
<p>Agricultural economists say the harvest also highlights long-standing weaknesses: ageing elevators, a shortage of grain wagons, and a reliance on a single crop that is exposed to drought. A researcher at an agricultural university in Karaganda said that a gradual shift towards oilseeds and pulses, which has been under way for several years, was one answer, "but nobody changes a rotation because of one good year".</p>`,
    },
    ru: {
      title: "Урожай зерна в Казахстане превзошёл прогнозы, но узким местом стало хранение",
      dek: "Поздняя сухая осень позволила аграриям на севере собрать больше пшеницы, чем ожидалось. Теперь они спешат найти для неё место до снега.",
      body: `<p>Комбайны в северном зерновом поясе Казахстана на этой неделе завершили уборку. По предварительным данным министерства сельского хозяйства, урожай уверенно превысил весенний прогноз: аграрии собрали около 23,1 млн тонн зерна в чистом весе при первоначальной оценке в 20,5 млн тонн.</p>
<p>Сухой и тёплый сентябрь позволил дозреть посевам, развитие которых замедлилось из-за прохладного лета, а уборка почти не прерывалась из-за дождей. Особенно высокой урожайность была в Костанайской, Акмолинской и Северо-Казахстанской областях, где выращивается большая часть пшеницы страны.</p>
<figure data-media="harvest-chart"></figure>
<h2>Куда его деть</h2>
<p>Хорошая новость обернулась старой проблемой. Элеваторы и склады страны и так были частично заполнены запасами прошлого года, и фермеры говорят, что с трудом находят место. Некоторые хранят зерно в длинных пластиковых рукавах прямо в поле: так его можно сберечь несколько месяцев, но оно остаётся уязвимым для грызунов и внезапной оттепели.</p>
<blockquote><p>Вырастить пшеницу в этом году было самым простым. Теперь я обзваниваю все элеваторы в радиусе двухсот километров, и все отвечают одно и то же: может быть, на следующей неделе.</p><cite>Ерлан Сарсенбаев, фермер, который обрабатывает 4000 гектаров в Костанайской области</cite></blockquote>
<p>Правительство объявило о закупках в государственный продовольственный резерв и о субсидиях на железнодорожную перевозку зерна к портам и пограничным переходам, чтобы быстрее вывозить его с севера. Железнодорожники говорят, что добавили вагоны, но экспортёры жалуются, что зерно конкурирует за те же линии с углём, металлами и транзитными контейнерами.</p>
<h2>Цены и экспорт</h2>
<p>Большой урожай обычно означает снижение закупочных цен, и этот год не исключение. Трейдеры в Астане говорят, что цены на продовольственную пшеницу с августа заметно снизились. Мукомолы, в том числе крупные производители муки в Карагандинской области, пользуются моментом, чтобы пополнить запасы.</p>
<p>Казахстан — один из крупнейших мировых экспортёров пшеницы и муки; традиционные покупатели — страны Центральной Азии и Афганистан, растут продажи в Китай и на Ближний Восток. Экспортёры считают, что главный вопрос ближайших месяцев — успеют ли они доставить зерно покупателям достаточно быстро, чтобы конкурировать с поставщиками из России, чьи черноморские порты гораздо ближе ко многим рынкам.</p>
<table>
<thead><tr><th>Показатель</th><th>Весенний прогноз</th><th>Предварительный итог</th></tr></thead>
<tbody>
<tr><td>Всего зерна, млн тонн</td><td>20,5</td><td>23,1</td></tr>
<tr><td>В том числе пшеницы, млн тонн</td><td>15,8</td><td>17,9</td></tr>
<tr><td>Средняя урожайность, тонн с гектара</td><td>1,3</td><td>1,5</td></tr>
</tbody>
</table>
<p>Экономисты-аграрники говорят, что урожай высветил и давние слабые места: стареющие элеваторы, нехватку зерновозов и зависимость от одной культуры, уязвимой перед засухой. Исследователь аграрного университета в Караганде отметил, что одним из ответов стал постепенный переход к масличным и бобовым, идущий уже несколько лет, «но никто не меняет севооборот из-за одного удачного года».</p>`,
    },
  },
  {
    key: "uzbek-textile-traceability",
    section: "economy",
    countries: ["uzbekistan"],
    topics: ["trade", "agriculture"],
    authors: ["timur"],
    hoursAgo: 310,
    en: {
      title: "Uzbek mills chase European buyers with traceable cotton",
      dek: "Textile companies that once exported raw fibre now sell finished garments. To win orders from European brands, they are learning to prove where every bale came from.",
      body: `<p>In a spinning mill outside Namangan, each bale of cotton that arrives from the fields now carries a sticker with a barcode. Scanned at the gate, it tells the mill which farm grew the cotton, when it was picked and which gin processed it. By the time the fibre has been spun, knitted, dyed and sewn into a T-shirt, the same information will be available to a buyer in Germany or Poland.</p>
<p>Such traceability has become a condition for selling to many European clothing brands, which face growing pressure from regulators and customers to know where their materials come from. For Uzbekistan, it is also part of a long effort to change how the world sees its cotton.</p>
<figure data-media="cotton-field"></figure>
<p>For years, international campaigners called for a boycott of Uzbek cotton because of the use of forced labour in the harvest. After reforms, and years of monitoring by the International Labour Organization, that campaign was formally ended in 2022. Since then, textile companies have been trying to turn a reputational handicap into an advantage.</p>
<p>The sector has also changed its business model. Uzbekistan used to export most of its cotton as raw fibre. Today, the government's policy is to process it at home, and most of the crop is spun, woven or knitted by domestic companies, many of them organised into so-called clusters that control everything from the field to the factory.</p>
<blockquote><p>Ten years ago, a buyer asked us for the price. Now the first question is about the farm, the water, the workers and the chemicals. The price comes fourth.</p><cite>Shahnoza Alimova, export manager at a textile group in the Ferghana Valley</cite></blockquote>
<p>Exporters say the new systems are expensive. Certification audits, software and staff training can add a noticeable share to the cost of a garment, and small factories struggle to pay for them. Some are pooling resources through industry associations, which negotiate with certification bodies on behalf of their members.</p>
<p>There are other challenges. Cotton is a thirsty crop, and buyers increasingly ask about water use in a region where the Aral Sea has become a byword for the consequences of irrigation. Several clusters have introduced drip irrigation on part of their land, with government subsidies, and say it has cut water use sharply on those fields.</p>
<p>European buyers contacted by Steppe said they were interested in Uzbek suppliers because of shorter delivery times than from East Asia and because of the traceability systems. But they added that competition remained fierce, and that price still mattered more than any label once the paperwork was in order.</p>`,
    },
  },
  {
    key: "kyrgyz-mountain-honey",
    section: "economy",
    countries: ["kyrgyzstan", "china"],
    topics: ["agriculture", "trade"],
    authors: ["nurlan"],
    hoursAgo: 90,
    en: {
      title: "Kyrgyz beekeepers bet on certified mountain honey",
      dek: "Kyrgyzstan's white sainfoin honey has loyal fans at home. A group of beekeepers wants buyers in China and the Gulf to pay a premium for it too.",
      body: `<p>Every June, Bakyt Usenov loads sixty beehives onto a truck in the Chui valley and drives them up into the mountains. Over the summer he moves them three times, following the flowering of the meadows from 1,500 metres to more than 2,500. By August the bees are working among wild flowers just below the snow line.</p>
<p>"The bees go where the flowers are, and I go where the bees are," he said, lifting a frame heavy with pale, almost white honey. "That is the whole secret."</p>
<p>Kyrgyzstan has a long tradition of beekeeping, and its honey, particularly the creamy white honey made mainly from sainfoin, is prized at home and among visitors. But exports have been small and irregular, held back by a fragmented industry of thousands of small producers and by difficulties meeting the food safety standards of large foreign markets.</p>
<figure data-media="beehives"></figure>
<h2>Labs and labels</h2>
<p>A cooperative of about three hundred beekeepers in the Chui, Issyk-Kul and Naryn regions is trying to change that. With the help of a donor-funded programme, members have started sending samples from every batch to an accredited laboratory in Bishkek, recording where their hives stood and when, and selling through a shared brand.</p>
<blockquote><p>Everyone says their honey is the best in the world. The buyer in Dubai or Urumqi does not care what we say. He wants a lab report and a barcode.</p><cite>Gulmira Asanova, chair of the beekeepers' cooperative</cite></blockquote>
<p>The cooperative says it sold its first containers to buyers in China and the United Arab Emirates this year, at prices well above what traders pay in local markets. China, which has opened its market to a growing list of Kyrgyz farm products in recent years, is the biggest prize: large, nearby and fond of honey, although shipping through the mountain passes adds cost.</p>
<h2>Risks in the meadows</h2>
<p>Beekeepers face growing problems too. Warmer, drier summers have shifted flowering times, and in some valleys overgrazing has thinned the meadows that bees depend on. Varroa mites and disease remain a constant worry, and some keepers say they have lost a third of their colonies over hard winters.</p>
<p>There is also the problem of fakes. Honey diluted with syrup, or imported honey sold as local, undermines the reputation that producers are trying to build. The cooperative hopes that laboratory testing will help set its members apart.</p>
<p>Back in the mountains, Usenov is less concerned with brands than with the weather. "If it rains for two weeks in July, there is no honey, certificate or no certificate," he said. "The bees are the real bosses here."</p>`,
    },
    ru: {
      title: "Кыргызские пчеловоды делают ставку на сертифицированный горный мёд",
      dek: "У белого эспарцетового мёда из Кыргызстана есть преданные поклонники внутри страны. Группа пчеловодов хочет, чтобы покупатели в Китае и странах Персидского залива тоже платили за него надбавку.",
      body: `<p>Каждый июнь Бакыт Усенов грузит шестьдесят ульев на грузовик в Чуйской долине и везёт их в горы. За лето он трижды переставляет их вслед за цветением лугов — от 1500 до более чем 2500 метров. К августу пчёлы работают на диких цветах чуть ниже снеговой линии.</p>
<p>«Пчёлы идут туда, где цветы, а я иду туда, где пчёлы, — говорит он, поднимая рамку, тяжёлую от бледного, почти белого мёда. — Вот и весь секрет».</p>
<p>У пчеловодства в Кыргызстане давние традиции, и местный мёд — особенно кремовый белый мёд, собранный в основном с эспарцета, — ценят и жители страны, и гости. Но экспорт был небольшим и нерегулярным: мешали раздробленность отрасли, в которой работают тысячи мелких производителей, и сложности с соблюдением стандартов безопасности продуктов крупных зарубежных рынков.</p>
<figure data-media="beehives"></figure>
<h2>Лаборатории и этикетки</h2>
<p>Кооператив из примерно трёхсот пчеловодов Чуйской, Иссык-Кульской и Нарынской областей пытается это изменить. При поддержке донорской программы участники начали отправлять образцы каждой партии в аккредитованную лабораторию в Бишкеке, записывать, где и когда стояли их ульи, и продавать мёд под общим брендом.</p>
<blockquote><p>Каждый говорит, что его мёд лучший в мире. Покупателю в Дубае или Урумчи всё равно, что мы говорим. Ему нужны протокол лаборатории и штрихкод.</p><cite>Гульмира Асанова, председатель кооператива пчеловодов</cite></blockquote>
<p>По данным кооператива, в этом году он продал первые контейнеры покупателям в Китае и Объединённых Арабских Эмиратах — по ценам намного выше тех, что платят перекупщики на местных рынках. Главный приз — Китай, который в последние годы открыл свой рынок для всё большего числа кыргызских сельхозпродуктов: он большой, близкий и любит мёд, хотя доставка через горные перевалы увеличивает расходы.</p>
<h2>Риски на лугах</h2>
<p>Проблем у пчеловодов тоже становится больше. Из-за более тёплого и сухого лета сместились сроки цветения, а в некоторых долинах перевыпас истощил луга, от которых зависят пчёлы. Клещ варроа и болезни остаются постоянной заботой, и некоторые пасечники говорят, что за суровые зимы теряли треть семей.</p>
<p>Есть и проблема подделок. Мёд, разбавленный сиропом, или импортный мёд, который выдают за местный, подрывает репутацию, которую пытаются создать производители. Кооператив надеется, что лабораторные проверки помогут выделить его участников.</p>
<p>А в горах Усенова больше заботят не бренды, а погода. «Если в июле две недели идёт дождь, мёда нет — с сертификатом или без, — говорит он. — Настоящие хозяева здесь пчёлы».</p>`,
    },
  },
  {
    key: "termez-afghan-trade",
    section: "economy",
    countries: ["uzbekistan", "afghanistan"],
    topics: ["trade", "transport"],
    authors: ["timur"],
    hoursAgo: 1100,
    en: {
      title: "Termez warehouses fill up as trade with Afghanistan grows",
      dek: "The Uzbek border city has become a logistics hub for goods heading south. Traders describe a busy, uncertain business.",
      body: `<p>On the road into Termez from the north, the lorries start several kilometres before the city. Some carry flour and cooking oil, others building materials, fuel or secondhand cars. Almost all of them are heading for the same place: the warehouses and customs yards near the Friendship Bridge over the Amu Darya, which links Uzbekistan with the Afghan town of Hairatan.</p>
<p>Termez, in Uzbekistan's southernmost region of Surkhandarya, has long been the main gateway for trade between Central Asia and northern Afghanistan. In recent years the authorities have built a large logistics and trade zone on the edge of the city, with warehouses, cold stores and a market where Afghan traders can buy goods without travelling further north.</p>
<p>Officials say trade through Termez has grown steadily, driven by Uzbek exports of food, fuel and manufactured goods. Imports from Afghanistan, mostly fruit, nuts and other farm products, are much smaller but rising.</p>
<blockquote><p>Afghanistan needs everything, and we are the closest shop. The question is never whether they want to buy. The question is whether they can pay, and how the money will move.</p><cite>Jasur Ergashev, who runs a freight forwarding company in Termez</cite></blockquote>
<p>Payment remains the biggest headache. Many banks are reluctant to handle transactions involving Afghanistan, and traders rely on a mix of cash, barter and intermediaries. Some Termez businesses say they only sell to Afghan buyers who pay in full before the goods cross the bridge.</p>
<p>Traders also contend with frequent changes in rules on both sides, from customs fees to requirements for drivers. Uzbek lorries often transfer their loads to Afghan vehicles at the border rather than drive into the country, adding time and cost.</p>
<p>For the city itself, the boom has brought jobs. Warehouse operators say they struggle to find enough forklift drivers and accountants, and hotels near the bridge are full of traders from both sides. Local authorities are building new housing and have expanded the airport.</p>
<p>Officials in Tashkent describe Termez as the starting point for larger ambitions, including a proposed railway through Afghanistan towards Pakistan's ports, which would give Central Asia a southern route to the sea. Traders in Termez are cautious. "Every year someone shows me a map with a railway to the ocean," said one. "Meanwhile I am still waiting for my lorry to be weighed."</p>`,
    },
  },
  {
    key: "cku-railway-explainer",
    section: "economy",
    countries: ["china", "kyrgyzstan", "uzbekistan"],
    topics: ["transport", "trade"],
    authors: ["timur", "nurlan"],
    hoursAgo: 600,
    en: {
      title: "What the China–Kyrgyzstan–Uzbekistan railway means for freight",
      dek: "Discussed for a quarter of a century, a railway across the Tian Shan is now under construction. Here is what it is for, and what could still slow it down.",
      body: `<p>The idea of a railway linking western China with Uzbekistan through the mountains of Kyrgyzstan has been discussed since the 1990s. For most of that time it existed mainly on maps and in communiqués. Work on the line has now begun, and the project has become a centrepiece of transport planning in all three countries.</p>
<h2>The route</h2>
<p>The line will run from Kashgar in China's Xinjiang region across the Torugart pass into Kyrgyzstan, through the mountains of Naryn and Jalal-Abad regions, and down into the Ferghana Valley, where it will connect with Uzbekistan's network near Andijan. The total length is around 500 kilometres, a significant part of which crosses high mountain terrain requiring dozens of tunnels and bridges.</p>
<h2>Why it matters</h2>
<ul>
<li><strong>A shorter route.</strong> Goods moving by rail between China and Uzbekistan today mostly travel through Kazakhstan. The new line would offer a more direct route to the Ferghana Valley and beyond, towards Turkmenistan, Iran and Afghanistan.</li>
<li><strong>Kyrgyzstan on the network.</strong> Kyrgyzstan's railways consist of a line in the north and several short, separate lines in the south that connect only through neighbouring countries. The new line would give the south a direct link to China as well as Uzbekistan.</li>
<li><strong>Competition between corridors.</strong> For China, more routes into Central Asia mean less dependence on any single border crossing.</li>
</ul>
<h2>The hard parts</h2>
<p>Building a railway in the Tian Shan is expensive. Costs are being shared among the three countries and financed partly through loans, and the terms of financing and the share of Kyrgyzstan's contribution have been the subject of long negotiations. Economists in Bishkek have warned that the country must be careful not to take on debt it cannot service.</p>
<p>There is also a technical complication. China uses standard-gauge track, while the former Soviet countries use a broader gauge. Where and how cargo will be transferred between the two systems affects both cost and speed, and has been one of the most debated details.</p>
<blockquote><p>The railway will not make money by carrying goods from China to Uzbekistan alone. It will make money if factories, mines and warehouses grow up along it. That part is up to us.</p><cite>Almazbek Tursunaliev, a transport economist in Bishkek</cite></blockquote>
<h2>What to watch</h2>
<p>Officials have set ambitious completion dates. Engineers say the tunnels will determine the real timetable. Communities along the route, many of them herding villages, want to know what happens to pastures and access roads during construction, and whether there will be jobs for local workers. For freight forwarders, the key question is tariffs: a shorter route is only attractive if it is also competitively priced.</p>`,
    },
  },
  {
    key: "dostyk-second-track",
    section: "economy",
    countries: ["kazakhstan", "china"],
    topics: ["transport", "trade"],
    authors: ["aigerim"],
    hoursAgo: 180,
    hero: "steppe-train",
    en: {
      title: "A second track across the steppe eases the squeeze at the Chinese border",
      dek: "Trains from the Dostyk crossing used to wait for hours on sidings for oncoming traffic to pass. Doubling the line has changed the arithmetic of transit.",
      body: `<p>For years the railway from the Dostyk border crossing with China to the junction at Moyinty, in central Kazakhstan, was one of the tightest bottlenecks in the country's transport system. Trains in one direction had to wait on sidings while trains in the other passed, and every delay rippled through timetables across the network.</p>
<p>Since a second track was laid alongside the old one, freight operators say, the line can carry far more trains, and transit times for containers from China towards the Caspian ports and Europe have become more predictable.</p>
<p>Transit has been a priority for the government for years, and speeches by President Tokaev have repeatedly returned to the idea of Kazakhstan as a bridge between China and Europe. The national railway company has been doubling or building several lines at once, and has been buying new locomotives and wagons.</p>
<blockquote><p>On the old single line, a train might stand for three hours in the middle of nowhere waiting for a gap. Now it just keeps going. For a driver that is the difference between a good shift and a terrible one.</p><cite>Marat Zhakupov, a locomotive driver based in Aktogay</cite></blockquote>
<p>The figures published by the railway company suggest a substantial increase in the number of trains the section can handle each day. Independent forwarders in Almaty say the improvement is real but warn that capacity problems have simply moved elsewhere, to border terminals where cargo must be transferred between Chinese standard-gauge and Kazakh broad-gauge wagons, and to the ports.</p>
<p>Competition for space on the network has also intensified. Transit containers share the lines with domestic freight such as coal, grain and metals, and exporters of grain in particular complain that they are sometimes squeezed out during the busiest months.</p>
<p>The steppe between Dostyk and Moyinty is flat and sparsely populated, and the construction brought temporary work to small stations along the route. Some of those stations now have new sidings, platforms and staff housing. Local officials hope that logistics companies will follow, although so far most new warehouses have been built near larger cities.</p>
<p>Railway officials say the next step is to digitise paperwork at the border so that trains spend less time standing still at Dostyk itself. "We built a motorway," one said, "and now we need to fix the toll booth."</p>`,
    },
  },
];
