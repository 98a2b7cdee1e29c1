import type { DemoArticle } from "../types.js";

export const economyArticles: DemoArticle[] = [
  {
    key: "remittances-slow",
    section: "economy",
    countries: ["kyrgyzstan", "tajikistan", "uzbekistan", "russia"],
    topics: ["migration", "finance"],
    authors: ["nurlan", "farangis"],
    hoursAgo: 48,
    en: {
      title: "Remittances from Russia slow as workers weigh other destinations",
      dek: "Money sent home by migrant workers still props up household budgets from Osh to Kulob. But central bank figures and conversations with families suggest the flows are changing shape.",
      body: `<p>Money transfers from Russia to Kyrgyzstan, Tajikistan and Uzbekistan fell in the first half of the year compared with the same period last year, according to figures published by the three countries' central banks, continuing a slowdown that began last autumn.</p>
<p>The decline was modest in Uzbekistan, whose workers have spread to a wider range of destinations, and steeper in Kyrgyzstan and Tajikistan, which depend more heavily on the Russian labour market. In all three countries, remittances remain one of the largest sources of foreign currency and a lifeline for rural households.</p>
<h2>Why the flows are changing</h2>
<p>Economists point to several factors working at once. Tighter rules for foreign workers in Russia, including more demanding documentation and more frequent checks, have pushed some migrants to return home or to look elsewhere. Swings in the rouble exchange rate have made earnings less predictable. And a growing number of workers are choosing Kazakhstan, South Korea, Turkey or the European Union instead.</p>
<blockquote><p>A rouble earned is worth less at home than it was, and it is harder to earn. Families are doing the arithmetic, and some of them are deciding the journey is not worth it.</p><cite>Malika Jurayeva, an economist at a research institute in Tashkent</cite></blockquote>
<p>Part of the change may also be statistical. Transfers through banks and money-transfer systems are counted; cash carried home by hand, or money moved through informal networks, is not. Officials in Dushanbe said they believed some flows had shifted to channels that do not appear in official data.</p>
<h2>What it means at home</h2>
<figure data-media="bazaar-awning"></figure>
<p>In a village outside Osh, Zarina, whose husband has worked on building sites near Moscow for eight years, said the family had postponed plans to add a second floor to their house. "He sends less and he sends it less often," she said. "We buy flour in bulk now, before the price goes up."</p>
<p>Retailers and builders in southern Kyrgyzstan report weaker demand for construction materials, which are often bought with remittance money. Banks say demand for consumer loans has held up, which some analysts read as a sign that households are borrowing to make up the gap.</p>
<h2>Looking ahead</h2>
<p>Governments in the region have responded by promoting organised recruitment to other countries, encouraging returnees to start businesses, and negotiating with Russian authorities over the status of their citizens. None of those measures is likely to replace the Russian market soon: it remains by far the largest employer of Central Asian migrants, and the shared language still matters.</p>
<p>Economists at the <a href="https://www.worldbank.org/">World Bank</a> and elsewhere have long warned that the region's reliance on remittances leaves it exposed to shocks in a single economy. The latest figures, one analyst in Bishkek said, are "a reminder, not yet a crisis".</p>`,
    },
    ru: {
      title: "Денежные переводы из России сокращаются: мигранты присматриваются к другим странам",
      dek: "Деньги, которые присылают трудовые мигранты, по-прежнему поддерживают семейные бюджеты от Оша до Куляба. Но данные центробанков и разговоры с семьями говорят о том, что структура этих потоков меняется.",
      body: `<p>Денежные переводы из России в Кыргызстан, Таджикистан и Узбекистан в первом полугодии сократились по сравнению с тем же периодом прошлого года, следует из данных центральных банков трёх стран. Замедление, начавшееся прошлой осенью, продолжается.</p>
<p>В Узбекистане, чьи граждане работают в более широком круге стран, снижение оказалось умеренным, а в Кыргызстане и Таджикистане, сильнее зависящих от российского рынка труда, — более заметным. Во всех трёх странах переводы остаются одним из крупнейших источников иностранной валюты и опорой для сельских семей.</p>
<h2>Почему меняются потоки</h2>
<p>Экономисты называют сразу несколько причин. Ужесточение правил для иностранных работников в России, в том числе более сложное оформление документов и более частые проверки, заставило часть мигрантов вернуться домой или искать работу в других местах. Колебания курса рубля сделали заработки менее предсказуемыми. Кроме того, всё больше людей выбирают Казахстан, Южную Корею, Турцию или страны Евросоюза.</p>
<blockquote><p>Заработанный рубль дома стоит меньше, чем раньше, и заработать его труднее. Семьи считают, и некоторые приходят к выводу, что поездка того не стоит.</p><cite>Малика Жураева, экономист исследовательского института в Ташкенте</cite></blockquote>
<p>Отчасти изменения могут быть статистическими. Переводы через банки и системы денежных переводов учитываются, а наличные, привезённые домой лично, или деньги, переданные через неформальные сети, — нет. В Душанбе чиновники заявили, что, по их мнению, часть потоков ушла в каналы, которые не попадают в официальную статистику.</p>
<h2>Что это значит для семей</h2>
<figure data-media="bazaar-awning"></figure>
<p>В селе под Ошем Зарина, муж которой восемь лет работает на стройках в Подмосковье, рассказала, что семья отложила планы надстроить второй этаж дома. «Он присылает меньше и реже, — говорит она. — Теперь мы покупаем муку мешками, пока цена не выросла».</p>
<p>Торговцы и строители на юге Кыргызстана отмечают снижение спроса на стройматериалы, которые часто покупают на деньги мигрантов. Банки говорят, что спрос на потребительские кредиты держится, и некоторые аналитики видят в этом признак того, что семьи берут в долг, чтобы закрыть разрыв.</p>
<h2>Что дальше</h2>
<p>Правительства стран региона в ответ продвигают организованный набор работников в другие страны, поощряют вернувшихся мигрантов открывать своё дело и ведут переговоры с российскими властями о статусе своих граждан. Ни одна из этих мер вряд ли скоро заменит российский рынок: он остаётся крупнейшим работодателем для мигрантов из Центральной Азии, а общий язык по-прежнему имеет значение.</p>
<p>Экономисты <a href="https://www.worldbank.org/">Всемирного банка</a> и других организаций давно предупреждают, что зависимость региона от переводов делает его уязвимым перед потрясениями в одной экономике. Последние цифры, по словам одного аналитика в Бишкеке, — это «напоминание, но ещё не кризис».</p>`,
    },
  },
  {
    key: "osh-bazaar-qr",
    section: "economy",
    countries: ["kyrgyzstan"],
    topics: ["finance", "cities"],
    authors: ["nurlan"],
    hoursAgo: 16,
    hero: "bazaar-awning",
    en: {
      title: "At Bishkek's Osh Bazaar, QR codes arrive one stall at a time",
      dek: "Cash is still king in the aisles of the capital's oldest market, but a laminated square of black and white is appearing on more and more counters.",
      body: `<p>At the spice stall where Nurgul has worked for eleven years, the most important piece of equipment used to be a set of brass scales. Now it shares the counter with a small laminated card printed with a QR code, taped next to the cumin.</p>
<p>"The young ones do not carry cash any more," she said, weighing out a hundred grams of red pepper for a student who paid by pointing her phone at the card. "If I say cash only, they go to the next stall."</p>
<p>Osh Bazaar, one of Bishkek's largest and oldest markets, is a useful barometer of how quickly Kyrgyzstan is moving away from cash. Banks and payment companies have spent the past few years competing to sign up small traders, offering free QR stickers, low fees for the first months and instant transfers to a trader's account.</p>
<p>A national QR standard, introduced by the central bank, means that customers of one bank can pay traders who use another. That has made it easier for small sellers, who previously had to display half a dozen different codes, to accept payments from almost anyone with a banking app.</p>
<blockquote><p>Three years ago maybe one trader in ten had a code. Now, in the food rows, it is more than half. In the clothing rows, where tourists buy, it is almost everyone.</p><cite>Kanat Sydykov, who manages a section of the market</cite></blockquote>
<p>Not everyone is convinced. Some older traders worry that electronic payments make it easier for tax authorities to see their turnover. Others complain about the fees charged once promotional periods end, or about the days when the mobile network is overloaded and payments take minutes to go through.</p>
<p>There are also practical limits. Wholesale buyers from the regions, who arrive with sacks of cash to buy goods for their own shops, still prefer to pay in notes, and many suppliers upstream of the market are paid in cash too. A trader selling dried apricots said that she accepted QR payments from customers but then withdrew the money to pay the farmers who supplied her.</p>
<p>For shoppers, the change is mostly welcome. A pensioner buying potatoes said she had been taught to use the app by her grandson and now preferred it, because she no longer had to count change with cold fingers in winter.</p>
<p>The central bank has said it wants the share of cashless payments to keep rising, and has been encouraging merchants through lower interbank fees. At Osh Bazaar, the brass scales are not going anywhere. But the cards taped next to them suggest that the way people pay for what is on the scales is changing faster than anyone expected.</p>`,
    },
  },
  {
    key: "som-liberalisation-traders",
    section: "economy",
    countries: ["uzbekistan"],
    topics: ["finance", "trade"],
    authors: ["timur"],
    hoursAgo: 200,
    en: {
      title: "After the som was floated: what changed for Tashkent's traders",
      dek: "Uzbekistan's 2017 currency reform ended the era of two exchange rates. Traders at the capital's bazaars remember the black market, and explain how business works now.",
      body: `<p>Anyone who did business in Tashkent before September 2017 remembers the two exchange rates: the official one, at which almost nobody could actually buy dollars, and the market rate, roughly twice as high, quoted in whispers by money changers outside every bazaar.</p>
<p>The currency reform that autumn, one of the first major decisions of President Shavkat Mirziyoyev's government, unified the two rates overnight, allowing the som to fall to close to its market value and giving companies and individuals the right to buy foreign currency at banks for most purposes. Economists generally regard it as the starting point of the reforms that have reshaped Uzbekistan's economy since.</p>
<h2>Goodbye to the money changers</h2>
<p>Abdulaziz, who imports kitchen appliances from China and sells them from a shop near Chorsu bazaar, said that before the reform he spent as much time managing currency as selling goods. Importers had to find dollars on the street, at the street rate, but often had to price goods as if they had bought them at the official rate. Converting money at a bank could take months.</p>
<blockquote><p>In the old days my most important contact was the man with the bag of dollars. Now it is my bank manager, and I can change money on my phone at midnight.</p><cite>Abdulaziz Rakhimov, an importer in Tashkent</cite></blockquote>
<h2>The price of a floating currency</h2>
<p>The reform was not painless. The som lost about half its official value in a single day, and prices of imported goods rose sharply in the months that followed. Inflation remained elevated for several years before the central bank, which moved to an inflation-targeting framework, gradually brought it down.</p>
<p>Traders say that, since then, the currency has tended to weaken gradually rather than in sudden jumps, which makes planning easier. The table below shows how four traders interviewed by Steppe described their businesses before and after.</p>
<table>
<thead><tr><th>Question</th><th>Before the reform</th><th>Now</th></tr></thead>
<tbody>
<tr><td>Where did you get dollars?</td><td>Street changers</td><td>Bank app or branch</td></tr>
<tr><td>How long to pay a foreign supplier?</td><td>Weeks to months</td><td>One to two days</td></tr>
<tr><td>How many price lists?</td><td>Two (cash and transfer)</td><td>One</td></tr>
<tr><td>Biggest worry</td><td>Getting currency at all</td><td>Competition</td></tr>
</tbody>
</table>
<h2>What remains to be done</h2>
<p>Economists say the reform opened the door to others, from simpler taxes to the sale of state assets, but that much remains unfinished. Large state companies still dominate several sectors, and access to credit for small firms is uneven. Traders also complain about frequent changes in customs rules.</p>
<p>For people like Abdulaziz, though, the change in daily life has been profound. "My son does not believe me when I tell him about the two rates," he said. "He thinks I am telling him a story from the Soviet Union."</p>`,
    },
    ru: {
      title: "После отпуска сума: что изменилось для ташкентских торговцев",
      dek: "Валютная реформа 2017 года в Узбекистане положила конец эпохе двух курсов. Торговцы столичных базаров вспоминают чёрный рынок и рассказывают, как устроен бизнес сейчас.",
      body: `<p>Все, кто вёл дела в Ташкенте до сентября 2017 года, помнят два курса: официальный, по которому почти никто не мог купить доллары, и рыночный, примерно вдвое выше, который менялы шёпотом называли у каждого базара.</p>
<p>Валютная реформа той осени, одно из первых крупных решений правительства президента Шавката Мирзиёева, за одну ночь объединила два курса. Сум опустился почти до рыночной стоимости, а компании и граждане получили право покупать валюту в банках для большинства целей. Экономисты в целом считают реформу отправной точкой преобразований, которые с тех пор изменили экономику Узбекистана.</p>
<h2>Прощание с менялами</h2>
<p>Абдулазиз, который ввозит кухонную технику из Китая и продаёт её в магазине у базара Чорсу, говорит, что до реформы тратил на возню с валютой столько же времени, сколько на торговлю. Импортёрам приходилось искать доллары на улице по уличному курсу, а цены на товары нередко рассчитывать так, будто валюта куплена по официальному. Конвертация через банк могла занять месяцы.</p>
<blockquote><p>Раньше самым важным человеком для меня был мужчина с сумкой долларов. Теперь это мой банковский менеджер, а поменять деньги я могу в телефоне хоть в полночь.</p><cite>Абдулазиз Рахимов, импортёр из Ташкента</cite></blockquote>
<h2>Цена плавающего курса</h2>
<p>Реформа не прошла безболезненно. За один день сум потерял около половины официальной стоимости, а цены на импортные товары в следующие месяцы резко выросли. Инфляция несколько лет оставалась высокой, пока центральный банк, перешедший к режиму инфляционного таргетирования, постепенно её не снизил.</p>
<p>По словам торговцев, с тех пор валюта, как правило, слабеет постепенно, а не скачками, и это упрощает планирование. В таблице ниже — как четверо торговцев, с которыми поговорил Steppe, описывают свой бизнес до и после реформы.</p>
<table>
<thead><tr><th>Вопрос</th><th>До реформы</th><th>Сейчас</th></tr></thead>
<tbody>
<tr><td>Где вы брали доллары?</td><td>У уличных менял</td><td>В банковском приложении или отделении</td></tr>
<tr><td>Сколько времени занимала оплата иностранному поставщику?</td><td>От недель до месяцев</td><td>Один-два дня</td></tr>
<tr><td>Сколько было прайс-листов?</td><td>Два (наличные и перечисление)</td><td>Один</td></tr>
<tr><td>Главная забота</td><td>Вообще достать валюту</td><td>Конкуренция</td></tr>
</tbody>
</table>
<h2>Что ещё предстоит сделать</h2>
<p>Экономисты говорят, что реформа открыла дорогу другим переменам — от упрощения налогов до продажи государственных активов, — но многое остаётся незавершённым. В ряде отраслей по-прежнему доминируют крупные госкомпании, а доступ малого бизнеса к кредитам неравномерен. Торговцы также жалуются на частые изменения таможенных правил.</p>
<p>Но для таких людей, как Абдулазиз, повседневная жизнь изменилась коренным образом. «Сын не верит, когда я рассказываю ему про два курса, — говорит он. — Думает, что это история из Советского Союза».</p>`,
    },
  },
];
