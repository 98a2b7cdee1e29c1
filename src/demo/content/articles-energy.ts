import type { DemoArticle } from "../types.js";

export const energyArticles: DemoArticle[] = [
  {
    key: "winter-power-swaps",
    section: "energy-environment",
    countries: ["kazakhstan", "kyrgyzstan", "tajikistan", "uzbekistan"],
    topics: ["energy", "water"],
    authors: ["farangis", "aigerim"],
    hoursAgo: 3,
    hero: "reservoir-dam",
    en: {
      title: "Winter power swaps keep the lights on across Central Asia's grid",
      dek: "As temperatures fall, electricity flows between the region's countries are rising. The deals behind them trade summer water for winter kilowatt-hours.",
      body: `<p>The first hard frost of the season arrived across much of Central Asia this week, and with it the familiar winter squeeze on electricity. Demand for heating has pushed consumption to seasonal highs in Bishkek, Dushanbe and Tashkent, and grid operators are relying on power imported from neighbours to cover the evening peaks.</p>
<p>Behind those flows lies a set of arrangements that has grown in importance over the past several years: swaps in which one country supplies electricity in one season and receives it back, or receives water, in another.</p>
<h2>How the swaps work</h2>
<p>Kyrgyzstan and Tajikistan generate most of their electricity from hydropower. Their large reservoirs, such as Toktogul on the Naryn and Nurek on the Vakhsh, fill with meltwater in summer. In winter, when rivers run low, the plants can only produce more power by drawing the reservoirs down, which leaves less water for farmers downstream the following summer.</p>
<p>Under the swap agreements, Kazakhstan and Uzbekistan, whose power comes mainly from gas- and coal-fired plants, send electricity upstream in winter. In return, the upstream countries release more water in summer, when it is needed for irrigation, and often send back surplus hydropower at the same time.</p>
<blockquote><p>Water in the reservoir in January is worth more to everyone than water in the river in January. The swaps are a way of paying for that patience.</p><cite>Sherzod Kamolov, an engineer at a regional dispatch centre in Tashkent</cite></blockquote>
<h2>A grid that was built as one</h2>
<p>The region's high-voltage network was designed in Soviet times as a single system, with a dispatch centre in Tashkent balancing flows between republics. After independence, parts of the system drifted apart, and for years some countries operated largely in isolation. Reconnection of the ring, completed in stages, has made larger exchanges possible again.</p>
<p>Grid operators say the system remains fragile. Many transmission lines and substations are old, and a fault in one country can trigger outages in others, as a major blackout affecting several countries in early 2022 showed.</p>
<h2>This winter's outlook</h2>
<p>Officials in Bishkek said Toktogul had entered the autumn with more water than last year, after a wetter summer in the mountains, which should reduce the need for rolling power cuts. Tajikistan has warned that limits on supply to some industrial users may still be necessary in January.</p>
<ul>
<li>Kyrgyzstan has agreed to import electricity from Kazakhstan and Uzbekistan in the winter months</li>
<li>Tajikistan will supply power to Uzbekistan and Afghanistan in summer under existing contracts</li>
<li>All four countries have pledged to share daily reservoir data through the new regional platform</li>
</ul>
<p>Energy analysts say the swaps are a practical, if imperfect, substitute for a regional electricity market with transparent prices. "Every winter we prove that cooperation works," said one analyst in Almaty. "Every spring we start negotiating from scratch."</p>`,
    },
    ru: {
      title: "Зимние энергообмены помогают удержать свет в сетях Центральной Азии",
      dek: "С похолоданием растут перетоки электроэнергии между странами региона. В основе сделок — обмен летней воды на зимние киловатт-часы.",
      body: `<p>На этой неделе в большую часть Центральной Азии пришли первые сильные морозы сезона, а вместе с ними — привычный зимний дефицит электроэнергии. Спрос на отопление поднял потребление до сезонных максимумов в Бишкеке, Душанбе и Ташкенте, и системные операторы рассчитывают на импорт от соседей, чтобы пройти вечерние пики.</p>
<p>За этими перетоками стоит система договорённостей, значение которой за последние годы выросло: обмены, при которых одна страна поставляет электроэнергию в один сезон и получает её обратно — или получает воду — в другой.</p>
<h2>Как устроены обмены</h2>
<p>Кыргызстан и Таджикистан вырабатывают большую часть электроэнергии на ГЭС. Их крупные водохранилища, такие как Токтогульское на Нарыне и Нурекское на Вахше, летом наполняются талой водой. Зимой, когда реки мелеют, станции могут дать больше энергии, только срабатывая водохранилища, — и тогда следующим летом фермерам ниже по течению достаётся меньше воды.</p>
<p>По соглашениям об обмене Казахстан и Узбекистан, чья энергетика основана в основном на газовых и угольных станциях, зимой поставляют электроэнергию в верховья. Взамен страны верховьев летом, когда вода нужна для полива, сбрасывают больше воды и часто одновременно возвращают излишки гидроэнергии.</p>
<blockquote><p>Вода в водохранилище в январе стоит для всех больше, чем вода в реке в январе. Обмены — это способ заплатить за такое терпение.</p><cite>Шерзод Камолов, инженер регионального диспетчерского центра в Ташкенте</cite></blockquote>
<h2>Сеть, построенная как единое целое</h2>
<p>Высоковольтная сеть региона проектировалась в советское время как единая система, а диспетчерский центр в Ташкенте балансировал перетоки между республиками. После обретения независимости части системы разошлись, и несколько лет некоторые страны работали в основном изолированно. Поэтапное восстановление энергокольца снова сделало возможными крупные обмены.</p>
<p>Системные операторы говорят, что система остаётся хрупкой. Многие линии электропередачи и подстанции устарели, и авария в одной стране может вызвать отключения в других, как показал крупный блэкаут, затронувший несколько стран в начале 2022 года.</p>
<h2>Прогноз на эту зиму</h2>
<p>В Бишкеке сообщили, что Токтогульское водохранилище вошло в осень с бо́льшим запасом воды, чем год назад, после более влажного лета в горах, что должно снизить необходимость в веерных отключениях. Таджикистан предупредил, что в январе могут понадобиться ограничения поставок некоторым промышленным потребителям.</p>
<ul>
<li>Кыргызстан договорился об импорте электроэнергии из Казахстана и Узбекистана в зимние месяцы</li>
<li>Таджикистан летом будет поставлять электроэнергию в Узбекистан и Афганистан по действующим контрактам</li>
<li>Все четыре страны обязались ежедневно публиковать данные о водохранилищах на новой региональной платформе</li>
</ul>
<p>Энергетические аналитики называют обмены практичной, хотя и несовершенной заменой регионального рынка электроэнергии с прозрачными ценами. «Каждую зиму мы доказываем, что сотрудничество работает, — говорит аналитик из Алматы. — А каждую весну начинаем переговоры с нуля».</p>`,
    },
  },
  {
    key: "tajik-hydropower-build",
    section: "energy-environment",
    countries: ["tajikistan", "uzbekistan"],
    topics: ["energy", "water"],
    authors: ["farangis"],
    hoursAgo: 260,
    en: {
      title: "Inside the slow build of a mid-sized Tajik hydropower plant",
      dek: "Far from the giant dams that dominate headlines, a 160-megawatt plant in the Zarafshan valley shows what building power in the mountains really involves.",
      body: `<p>The road to the Darai-Sang construction site climbs for three hours from the town of Panjakent, following the Zarafshan river as the valley narrows between walls of grey rock. At the end of it, in a side gorge, several hundred workers are building what will be, if all goes to plan, a 160-megawatt hydropower plant.</p>
<p>It is a modest project by Tajik standards. The country is home to Nurek, one of the tallest dams in the world, and to the even larger Rogun scheme under construction on the Vakhsh. But engineers and economists say that plants like Darai-Sang, smaller and quicker to build, could matter just as much for the country's energy security.</p>
<figure data-media="reservoir-dam"></figure>
<h2>Run of the river</h2>
<p>Unlike the great storage dams, Darai-Sang is designed mainly as a run-of-river plant, with a relatively small reservoir. It will divert part of the river's flow through a tunnel several kilometres long to a powerhouse further downstream, using the drop in height to turn the turbines, before returning the water to the river.</p>
<p>That design has advantages. It floods less land, displaces fewer people and holds back less water from users downstream, including farmers around Samarkand and Bukhara in Uzbekistan, who depend on the Zarafshan. Its main drawback is that it produces far less power in winter, when the river is low and demand is highest.</p>
<blockquote><p>The mountain decides our schedule. We can dig eight metres of tunnel on a good day and forty centimetres on a bad one, and we do not know which rock is waiting for us until we reach it.</p><cite>Firuz Davlatov, deputy chief engineer on the project</cite></blockquote>
<h2>Delays and costs</h2>
<p>Construction began four years ago and has already fallen behind schedule, mainly because of difficult geology in the tunnel and the short working season at altitude. Officials now expect the first turbine to start running in about two years. The cost, financed by a mix of state funds and loans from development banks, has risen by about a fifth.</p>
<p>Downstream, Uzbek officials have followed the project closely. The two countries, whose relations over water were tense for many years, have in the past several years signed agreements on joint hydropower projects and data exchange, and a joint technical group has reviewed the plant's operating rules.</p>
<h2>Who benefits</h2>
<p>Most of the electricity will feed the national grid, but planners say the plant will also improve supply in the Zarafshan valley itself, where villages have long suffered cuts in winter. Local residents are hopeful but wary. "They have promised us light before," said a schoolteacher in a village below the site. "This time, at least, we can see them digging."</p>`,
    },
    ru: {
      title: "Как медленно строится средняя ГЭС в Таджикистане",
      dek: "Вдали от гигантских плотин, которые попадают в заголовки, станция мощностью 160 мегаватт в долине Зеравшана показывает, чего на самом деле стоит строительство энергетики в горах.",
      body: `<p>Дорога к стройплощадке «Дараи-Санг» три часа поднимается от Пенджикента вдоль Зеравшана, пока долина не сужается между стенами серых скал. В её конце, в боковом ущелье, несколько сотен рабочих строят то, что, если всё пойдёт по плану, станет гидроэлектростанцией мощностью 160 мегаватт.</p>
<p>По таджикским меркам это скромный проект. В стране находится Нурекская ГЭС с одной из самых высоких плотин в мире, а на Вахше строится ещё более крупный Рогун. Но инженеры и экономисты говорят, что такие станции, как «Дараи-Санг», — меньше и быстрее в строительстве — могут значить для энергобезопасности страны не меньше.</p>
<figure data-media="reservoir-dam"></figure>
<h2>Деривационная схема</h2>
<p>В отличие от больших плотин с водохранилищами, «Дараи-Санг» проектируется в основном как русловая станция с относительно небольшим водохранилищем. Часть стока реки будет отводиться по туннелю длиной в несколько километров к зданию ГЭС ниже по течению: перепад высот вращает турбины, после чего вода возвращается в реку.</p>
<p>У такой схемы есть преимущества. Она затапливает меньше земли, требует переселения меньшего числа людей и меньше задерживает воду для водопользователей ниже по течению, в том числе фермеров вокруг Самарканда и Бухары в Узбекистане, которые зависят от Зеравшана. Главный недостаток — зимой, когда река мелеет, а спрос максимален, станция вырабатывает гораздо меньше энергии.</p>
<blockquote><p>Наш график определяет гора. В хороший день мы проходим восемь метров туннеля, в плохой — сорок сантиметров, и не знаем, какая порода нас ждёт, пока до неё не дойдём.</p><cite>Фируз Давлатов, заместитель главного инженера проекта</cite></blockquote>
<h2>Задержки и расходы</h2>
<p>Строительство началось четыре года назад и уже отстаёт от графика — в основном из-за сложной геологии в туннеле и короткого рабочего сезона на высоте. Теперь чиновники ожидают пуска первой турбины примерно через два года. Стоимость, которую финансируют государство и банки развития, выросла примерно на пятую часть.</p>
<p>В низовьях за проектом внимательно следят узбекские чиновники. Две страны, отношения которых в вопросах воды много лет были напряжёнными, в последние годы подписали соглашения о совместных гидроэнергетических проектах и обмене данными, а совместная техническая группа изучила правила эксплуатации станции.</p>
<h2>Кто выиграет</h2>
<p>Большая часть электроэнергии пойдёт в национальную сеть, но, по словам проектировщиков, станция улучшит и энергоснабжение самой долины Зеравшана, где сёла давно страдают от зимних отключений. Местные жители надеются, но с осторожностью. «Свет нам уже обещали, — говорит учительница из села ниже стройки. — Но в этот раз мы хотя бы видим, как они копают».</p>`,
    },
  },
  {
    key: "uzbek-solar-evening",
    section: "energy-environment",
    countries: ["uzbekistan"],
    topics: ["energy", "climate"],
    authors: ["timur"],
    hoursAgo: 140,
    hero: "solar-field",
    en: {
      title: "Uzbekistan's desert solar parks face the evening problem",
      dek: "Solar farms built in the past few years produce cheap power at noon. The harder task is keeping the lights on after sunset, and that is where the next wave of investment is heading.",
      body: `<p>On a clear afternoon in the Navoi region, the solar park outside the town of Karmana is working at full tilt. Row after row of panels, tilted towards the south, are feeding power into the national grid at a price that would have seemed impossible a decade ago. At six in the evening, as the sun drops behind the low hills, output falls towards zero, just as households across the country switch on their lights, kettles and televisions.</p>
<p>That mismatch, familiar to grid operators around the world, is becoming a central question for Uzbekistan, which has set out to generate a large share of its electricity from renewable sources within the next few years.</p>
<h2>From almost nothing</h2>
<p>Until recently, almost all of Uzbekistan's power came from ageing gas-fired plants, with a smaller contribution from hydropower. Since the late 2010s, the government has held auctions for large solar and wind projects, most of them built and financed by foreign developers who sell the power to the state grid under long-term contracts.</p>
<p>Several of those plants are now running, mostly in the sunny, sparsely populated regions of Navoi, Bukhara, Samarkand and Karakalpakstan. Officials say they have helped reduce gas consumption at power stations, freeing gas for homes and industry during the winter.</p>
<h2>Storing the sun</h2>
<p>The next phase focuses on storage. New contracts increasingly require developers to add large battery systems that store power during the day and release it in the evening. Engineers are also studying pumped-storage hydropower, which uses surplus electricity to pump water uphill and releases it through turbines when needed.</p>
<blockquote><p>The first question used to be whether solar could be cheap enough. That question is answered. The question now is whether the grid can use it at seven in the evening.</p><cite>Nodira Saidova, a power-sector consultant in Tashkent</cite></blockquote>
<h2>Grid constraints</h2>
<p>Transmission is another bottleneck. The best sites for solar and wind are in the west of the country, while the biggest consumers are in the Tashkent region and the Ferghana Valley. New high-voltage lines are under construction, but developers say some plants already have to reduce output at times because the grid cannot carry the power away.</p>
<p>There are also questions about cost. Because the state buys the power in dollars or at dollar-linked prices, some economists warn that rapid expansion could create long-term financial obligations for the state utility. Officials respond that the alternative, burning more gas, carries costs of its own.</p>
<p>For residents of Karmana, the solar park is mostly a landmark on the road to Navoi. A farmer grazing sheep near the fence said he had got used to the glint of the panels. "The sun was always here," he said. "Now somebody has found a way to sell it."</p>`,
    },
  },
  {
    key: "aral-seabed-saxaul",
    section: "energy-environment",
    countries: ["uzbekistan", "kazakhstan"],
    topics: ["water", "climate"],
    authors: ["dilnoza", "farangis"],
    hoursAgo: 900,
    en: {
      title: "Saxaul seedlings and patience on the dried Aral seabed",
      dek: "Where fishing boats once sailed, foresters are planting drought-tolerant shrubs to hold down salty dust. The work is slow, but some early plantings are taking hold.",
      body: `<p>From the edge of the old harbour in Muynak, the view that once opened onto the Aral Sea now stretches across a plain of sand and salt towards a horizon that contains no water at all. The shoreline is more than a hundred kilometres away. Rusting fishing boats, hauled to a viewing point for visitors, are the town's best-known landmark.</p>
<p>Out on that plain, teams of foresters spend the spring and autumn planting saxaul, a hardy shrub native to Central Asia's deserts that can survive on very little water. The aim is not to bring the sea back, which almost nobody now considers possible on the Uzbek side, but to stabilise the exposed seabed and reduce the storms that carry salt and dust across the region.</p>
<figure data-media="map-rivers"></figure>
<h2>A sea that shrank</h2>
<p>The Aral Sea, once among the largest lakes in the world, began to shrink in the 1960s after the Soviet authorities expanded irrigation along the Amu Darya and Syr Darya, diverting most of their flow to cotton and rice fields. Over the following decades it split into several separate bodies of water, and much of the southern part dried out completely. The new desert that emerged is often called the Aralkum.</p>
<p>On the Kazakh side, the story has been somewhat different. A dam completed in 2005 separated the northern part of the sea, the Small Aral, and allowed water from the Syr Darya to accumulate there. The water level rose, salinity fell, and fishing returned to the area around the town of Aralsk.</p>
<h2>Planting the desert</h2>
<p>In Uzbekistan, large-scale planting on the dried seabed began in earnest in the late 2010s. Officials say hundreds of thousands of hectares have been planted. Survival rates vary widely: on some plots, most seedlings died within a year, while on others, planted with better techniques and in wetter years, shrubs have grown to shoulder height and begun to seed naturally.</p>
<blockquote><p>People want to see a forest in two years. This is the desert. If a third of what we plant is alive after five years, that is a success, and the ones that survive will plant the next generation for us.</p><cite>Kuanysh Seitmuratov, a forester from Karakalpakstan</cite></blockquote>
<p>Scientists caution that the long-term effect of the plantings on dust storms is still being studied. Monitoring stations have been installed on several sites, and researchers from regional universities are comparing planted and unplanted areas.</p>
<p>Meanwhile, Muynak is trying to reinvent itself. An annual music and arts festival draws visitors to the former port, and the town has a small museum and new guesthouses. Residents say they have learned not to wait for the sea. "We used to talk about when the water would come back," one guesthouse owner said. "Now we talk about when the tourists will come."</p>`,
    },
  },
  {
    key: "winter-smog-almaty-bishkek",
    section: "energy-environment",
    countries: ["kazakhstan", "kyrgyzstan"],
    topics: ["health", "cities", "climate"],
    authors: ["nurlan", "aigerim"],
    hoursAgo: 60,
    en: {
      title: "Almaty and Bishkek wrestle with winter smog as coal stoves burn",
      dek: "Both cities sit in the shadow of the mountains, and both choke on the same winter haze. Their plans to clear it are starting to diverge.",
      body: `<p>On a still January morning, the view from the foothills above Almaty is of a grey-brown lid lying over the city, with only the tops of the tallest towers poking through. Two hundred kilometres to the west, Bishkek wakes up under the same kind of haze. On the worst days, air quality monitors in both cities report concentrations of fine particles many times the limit recommended by the World Health Organization.</p>
<figure data-media="winter-city"></figure>
<h2>Geography and coal</h2>
<p>The two cities share a geography that makes them vulnerable. Both lie at the foot of high mountain ranges, where cold air settles in winter and warmer air above acts as a lid, trapping pollutants near the ground. Older residents remember winter smog in Soviet-era Alma-Ata, as the city was then called, and in Frunze, as Bishkek was known until 1991.</p>
<p>They also share a dependence on coal. Both cities have large combined heat and power plants that burn coal to supply district heating, and tens of thousands of private houses on their outskirts, many built quickly by people moving from the countryside, are heated by household stoves. Specialists say those stoves, burning low-grade coal and sometimes rubbish, are among the largest contributors to the smog at ground level. Traffic adds to the problem, with many older cars on the roads.</p>
<blockquote><p>A power station has a tall chimney and filters, at least in principle. A stove in a yard has a pipe two metres high. On a windless night, that smoke goes straight into the bedroom next door.</p><cite>Asel Dzhumabaeva, an environmental engineer in Bishkek</cite></blockquote>
<h2>Different plans</h2>
<p>Almaty's main hope lies in converting its largest coal-fired heat and power plant to run on natural gas, a project that has been planned for years and is now under construction. The city has also connected thousands of private houses to the gas network and expanded electric public transport.</p>
<p>Bishkek has a harder path. Gas supply is more limited and more expensive, and many households on the outskirts cannot afford to switch. The city has run programmes to swap old stoves for more efficient models and to distribute cleaner fuel briquettes, and has introduced days when heavy vehicles are restricted during pollution peaks. Campaigners say the measures are too small to make a difference.</p>
<h2>Counting the cost</h2>
<p>Health researchers in both countries have linked winter pollution to increases in respiratory illness, particularly among children and older people. Networks of low-cost sensors, many installed by volunteers, have helped make the problem visible: residents now check air quality apps the way they once checked the weather.</p>
<p>In a neighbourhood on Bishkek's southern edge, a mother of three said she kept her children indoors on the worst days and had bought an air purifier with money her husband sent from abroad. "We moved to the city for a better life," she said. "We did not expect to be afraid of the air."</p>`,
    },
  },
  {
    key: "amu-darya-afghan-canal",
    section: "energy-environment",
    countries: ["uzbekistan", "turkmenistan", "afghanistan"],
    topics: ["water", "agriculture"],
    authors: ["farangis", "timur"],
    hoursAgo: 520,
    hero: "cotton-field",
    en: {
      title: "Downstream farmers watch Afghanistan's new canal on the Amu Darya",
      dek: "A large irrigation canal in northern Afghanistan will draw water from a river that Uzbekistan and Turkmenistan already stretch to the limit. Experts say data and dialogue matter more than alarm.",
      body: `<p>In the lower reaches of the Amu Darya, in Uzbekistan's Khorezm region and across the border in Turkmenistan's Dashoguz province, farmers have learned to watch the river closely. In dry years, the water in the canals runs short in July and August, and the fields at the ends of the canals are the first to suffer.</p>
<p>Now they are watching a construction project hundreds of kilometres upstream. In northern Afghanistan, work has been under way since 2022 on the Qosh Tepa canal, a channel that, when complete, is expected to stretch for roughly 285 kilometres and draw water from the Amu Darya to irrigate land in the country's northern provinces.</p>
<figure data-media="map-rivers"></figure>
<p>Afghanistan has long used a relatively small share of the river's water, despite the fact that a significant part of the basin lies on its territory. Afghanistan did not take part in the water-sharing arrangements agreed between the Central Asian republics after independence, which were based on Soviet-era allocations.</p>
<blockquote><p>Nobody can deny that Afghan farmers need water. The question is how much, when, and whether we can talk about it before the canal is finished rather than after.</p><cite>Otabek Yuldashev, a water resources researcher in Tashkent</cite></blockquote>
<p>Estimates of how much water the canal might eventually withdraw vary widely, and much depends on how it is operated, how much of the planned land is actually brought under irrigation, and how much water is lost through seepage in an unlined channel. Hydrologists say that in a dry year, even a moderate additional withdrawal could make a noticeable difference at the downstream end of the river.</p>
<p>The canal has added urgency to long-standing efforts to use water more efficiently in Uzbekistan and Turkmenistan themselves, where much of the water diverted from the river is lost in old, unlined canals before it reaches the fields. Uzbekistan has been subsidising drip irrigation and the lining of canals, and officials say the savings could offset at least part of any reduction in flow.</p>
<p>Diplomats in the region say that contacts with the Afghan authorities on water have taken place, but that there is no formal mechanism to discuss the river's allocation. Experts have proposed starting with technical steps, such as sharing data on flows and withdrawals, which are less politically sensitive than talks about allocations.</p>
<p>For farmers in Khorezm, the discussion feels distant. "The river has never asked us what we need," said one, standing by a half-empty canal near Urgench. "We plant, and we wait, and we hope."</p>`,
    },
  },
  {
    key: "syr-darya-snowpack",
    section: "energy-environment",
    countries: ["kyrgyzstan", "uzbekistan", "tajikistan", "kazakhstan"],
    topics: ["water", "agriculture", "climate"],
    authors: ["farangis"],
    hoursAgo: 1500,
    en: {
      title: "Snowpack forecasts set the tone for the Syr Darya's irrigation season",
      dek: "Hydrologists say the snow in the Tian Shan is thinner than average this spring. From Khujand to Shymkent, water managers are adjusting their plans.",
      body: `<p>Every spring, before the first irrigation water flows into the canals of the Ferghana Valley, hydrologists in four countries study the same question: how much snow is lying in the mountains? The answer largely determines how much water the Syr Darya will carry through the summer, and therefore how much cotton, wheat, rice and fruit can be grown along its course.</p>
<p>This year's forecasts are not encouraging. Measurements and satellite data suggest that the snowpack in the basin of the Naryn, the Syr Darya's main source in Kyrgyzstan, is below the long-term average after a winter with little precipitation.</p>
<h2>From the mountains to the plains</h2>
<p>The Syr Darya is formed where the Naryn and the Kara Darya meet in the Ferghana Valley. It flows past Khujand in northern Tajikistan, across Uzbekistan and into southern Kazakhstan, before reaching the Small Aral Sea. Along the way it feeds some of the most densely populated farmland in Central Asia.</p>
<p>Its flow is regulated by a chain of reservoirs: Toktogul in Kyrgyzstan, the largest; Kairakkum near Khujand; and Shardara in Kazakhstan, among others. How and when those reservoirs release water is decided in a series of negotiations between the countries each spring.</p>
<h2>Adjusting the plans</h2>
<p>Water managers say a drier year means difficult choices. Upstream, Kyrgyzstan wants to keep water in Toktogul for the winter, when it needs hydropower. Downstream, farmers want it released in the summer. In recent years, the countries have handled this through energy swaps and by agreeing release schedules in advance, and officials say they expect to do the same this year.</p>
<p>In Tajikistan's Sughd region, which surrounds Khujand, authorities have advised farmers to plant less water-intensive crops on some land and to prepare for rotations in canal deliveries, in which different parts of the network receive water on different days. Similar advice has been issued in parts of Uzbekistan and in Kazakhstan's Turkistan region.</p>
<h2>A longer trend</h2>
<p>Hydrologists caution against reading too much into a single year. But they say the longer trend is clear: glaciers in the Tian Shan are shrinking, and the proportion of precipitation falling as rain rather than snow is rising. In the short term, faster melting can even increase summer flows. In the long term, it means less water stored in the mountains for the dry months.</p>
<p>A farmer near Khujand, repairing an irrigation channel with a spade, put it more simply. "My grandfather looked at the mountains in March and knew what kind of summer we would have," he said. "I look at the mountains and at my phone, and I still don't know."</p>`,
    },
  },
  {
    key: "tian-shan-glacier-monitoring",
    section: "energy-environment",
    countries: ["kyrgyzstan"],
    topics: ["climate", "water"],
    authors: ["nurlan"],
    hoursAgo: 1700,
    hero: "mountains",
    en: {
      title: "Glacier monitors in the Tian Shan log another season of retreat",
      dek: "A small team of researchers climbs to a glacier above Bishkek each summer to measure how much ice it has lost. Their numbers feed into forecasts for the whole region.",
      body: `<p>At 3,300 metres, the air is thin and the ice is grey with dust. A team of five researchers from a Bishkek university moves slowly across the lower part of the glacier, stopping at each of a dozen wooden stakes drilled into the ice the previous summer. At each one, they measure how much of the stake is now exposed. The difference, recorded in a notebook and later in a database, tells them how much ice has melted.</p>
<p>This year, the average loss at the stakes was more than a metre of ice, slightly above the average for the past decade.</p>
<p>"It is not dramatic in one year," said the team leader, a glaciologist who has been making the trip for more than fifteen years. "What is dramatic is that we have not had a year when the glacier gained ice since I started."</p>
<p>Kyrgyzstan is home to thousands of glaciers, most of them small, which together store a large share of the water that feeds the rivers of Central Asia, including the Naryn and the Chu. Scientists estimate that glaciers in the Tian Shan have lost a significant part of their area since the middle of the twentieth century, and that the retreat has accelerated in recent decades.</p>
<blockquote><p>Glaciers are the region's savings account. In hot, dry summers they release water when the snow is gone. We are spending the savings, and nobody is making deposits.</p><cite>Erkinbek Duishenaliev, the glaciologist who leads the monitoring team</cite></blockquote>
<p>Monitoring of this kind was widespread in Soviet times, when dozens of glaciers across Central Asia were measured regularly. After 1991, funding collapsed and many records were interrupted. In recent years, universities and international partners have revived measurements on a handful of reference glaciers, combining traditional fieldwork with satellite imagery and automatic weather stations.</p>
<p>The data matter beyond academia. Water managers use them to improve forecasts of river flows, and the hydropower industry follows them closely. Scientists also monitor glacial lakes, which can form as glaciers retreat and occasionally burst, sending floods and mudflows into valleys below.</p>
<p>The work remains underfunded and depends heavily on the dedication of a small number of people. The team makes the ascent with equipment carried on their backs and on two hired horses, and the season for fieldwork is short. Several members are students, and the glaciologist said his biggest worry was not the ice but whether the next generation would stay in science.</p>
<p>On the way down, the team stopped at a meltwater stream to fill their bottles. "This water will be in a field in Chui valley in a few days," one of the students said. "Somebody will grow potatoes with our glacier."</p>`,
    },
  },
  {
    key: "turkmen-gas-china",
    section: "energy-environment",
    countries: ["turkmenistan", "china", "uzbekistan", "kazakhstan"],
    topics: ["energy", "trade"],
    authors: ["aigerim"],
    hoursAgo: 700,
    en: {
      title: "Turkmen gas keeps flowing east as a fourth line to China waits",
      dek: "China has become by far the largest buyer of Turkmenistan's natural gas. A long-planned extra pipeline would deepen that dependence, and both sides are taking their time.",
      body: `<p>Deep beneath the Karakum desert in southeastern Turkmenistan lies Galkynysh, one of the largest natural gas fields in the world. Much of the gas produced there begins a journey of several thousand kilometres east, through pipelines across Uzbekistan and Kazakhstan to the Chinese region of Xinjiang and on to cities on China's coast.</p>
<p>Since the first line of the Central Asia–China gas pipeline opened in 2009, China has become Turkmenistan's dominant customer. Three parallel lines, known as A, B and C, now carry gas from Turkmenistan, along with smaller volumes from Uzbekistan and Kazakhstan, with a combined design capacity of around 55 billion cubic metres a year.</p>
<h2>Line D</h2>
<p>A fourth line, Line D, has been discussed for more than a decade. Unlike the existing lines, it would take a more southerly route through Uzbekistan, Tajikistan and Kyrgyzstan, bringing transit income to the two mountain republics. Construction has started and stopped over the years, and the project's timing has shifted repeatedly.</p>
<p>Analysts say the delays reflect the difficulty of the terrain, negotiations over the price of gas and transit fees, and China's own calculations about how much imported gas it will need as it expands domestic production, imports of liquefied natural gas, and renewable energy.</p>
<blockquote><p>For Ashgabat, Line D means more sales. For Beijing, it means more dependence on one supplier. Both sides want it, but neither is in a hurry to pay for it on the other's terms.</p><cite>Dariga Mukhanova, an energy analyst in Almaty</cite></blockquote>
<h2>One main customer</h2>
<p>Turkmenistan's dependence on a single buyer has been a concern for years. Exports to Russia, once the main customer, fell sharply in the 2010s, and smaller volumes go to Iran and through swap arrangements. The long-discussed TAPI pipeline to Afghanistan, Pakistan and India has made slow progress, and plans to send gas across the Caspian Sea to Europe face legal, financial and political obstacles.</p>
<p>Gas revenue is the backbone of Turkmenistan's economy and state budget. The country keeps the manat pegged at 3.5 to the US dollar, a rate it has maintained since 2015, and hard currency earned from gas sales is central to sustaining that peg and paying for imports.</p>
<h2>What to watch</h2>
<ul>
<li>Any announcement of financing and a construction timetable for Line D</li>
<li>Price negotiations under long-term supply contracts</li>
<li>Progress on new processing capacity at Galkynysh</li>
<li>Talks with European companies about a trans-Caspian pipeline</li>
</ul>
<p>For now, the gas keeps flowing east. Officials in both countries describe the partnership in warm terms, and the pipelines, buried in the desert and the steppe, do not make headlines. But in a region where few things are as important as energy, the question of where Turkmen gas goes next will shape economic and diplomatic choices for years.</p>`,
    },
  },
];
