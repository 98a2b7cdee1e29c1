import type { DemoArticle } from "../types.js";

export const cultureArticles: DemoArticle[] = [
  {
    key: "kok-samal-film-days",
    section: "culture",
    countries: ["kazakhstan", "kyrgyzstan"],
    topics: ["cities"],
    authors: ["dilnoza"],
    hoursAgo: 8,
    en: {
      title: "A Kyrgyz debut opens Almaty's Kok Samal film days",
      dek: "The festival of Central Asian cinema opened with a quiet, funny film about a shepherd who inherits a mobile phone shop. Here is what else is worth seeing this week.",
      body: `<p>The audience at the opening night of the Kok Samal film days in Almaty laughed, on and off, for ninety minutes, and then stood to applaud a director who looked as though she would rather be anywhere else. Cholpon Abdrakhmanova, 29, had never seen her first feature film in a full cinema before.</p>
<p>Her film, <em>Signal</em>, tells the story of a middle-aged shepherd from the Naryn mountains who inherits his late brother's mobile phone repair shop in Bishkek and has to decide whether to run it or sell it. Shot mostly with non-professional actors, it moves between the high pastures and a crowded city bazaar, and finds comedy in the gap between them without ever mocking its characters.</p>
<blockquote><p>I wanted to make a film about my uncles, who are always somewhere between the village and the city and never quite at home in either. Everyone in Central Asia has uncles like that.</p><cite>Cholpon Abdrakhmanova, director of <em>Signal</em></cite></blockquote>
<h2>A festival for the region</h2>
<p>Now in its seventh year, Kok Samal, whose name means "blue breeze" in Kazakh, screens feature films, documentaries and shorts from the five Central Asian countries and their neighbours. This year's programme includes more than sixty films, with screenings in three cinemas and, in the evenings, an open-air venue in a city park.</p>
<p>The festival has become a meeting point for a regional film industry that has grown rapidly. Kazakh cinema has produced a series of commercial hits and festival successes in recent years; Kyrgyz directors have a strong reputation for small, personal films; and young film-makers in Uzbekistan and Tajikistan have been finding audiences online and at international festivals.</p>
<h2>Worth seeing this week</h2>
<ul>
<li><strong>The Ninth Floor</strong>, a tense Kazakh drama about neighbours in a Soviet-era apartment block when the lift breaks down for a week in winter</li>
<li><strong>Salt</strong>, a documentary following three generations of a family in a village near the former shore of the Aral Sea</li>
<li><strong>Wedding Season</strong>, an Uzbek comedy about a young man who works as a professional wedding guest</li>
<li><strong>Dushanbe Night Shift</strong>, a collection of short films made by students at a Tajik film school</li>
</ul>
<h2>Money and screens</h2>
<p>Behind the celebrations, film-makers describe a difficult environment. Public funding is limited and competitive, private investors prefer comedies with television stars, and independent films struggle to reach cinemas dominated by Hollywood and Russian releases. Streaming platforms have opened new opportunities, but pay little for regional films.</p>
<p>Festival organisers say they want Kok Samal to help films travel within the region, not only abroad. This year, for the first time, distributors from several countries are holding a market during the festival. Abdrakhmanova said she had already had two offers. "My uncles will finally see it in a cinema," she said. "Then they will tell me everything I got wrong."</p>`,
    },
  },
  {
    key: "samarkand-tile-restorers",
    section: "culture",
    countries: ["uzbekistan"],
    topics: ["tourism"],
    authors: ["dilnoza"],
    hoursAgo: 620,
    en: {
      title: "Restorers bring back the blues of a Samarkand madrasa",
      dek: "In a workshop behind the old city, craftsmen are recreating glazed tiles using methods that had almost been forgotten.",
      body: `<p>The workshop smells of wet clay and woodsmoke. On long shelves, hundreds of tiles are drying: hexagons, stars and narrow borders, each one painted by hand in shades of turquoise, cobalt and white. In a corner, a kiln built of old bricks ticks as it cools.</p>
<p>This is where a team of about twenty craftsmen is recreating the glazed tilework for a small nineteenth-century madrasa in Samarkand's old town, a few streets from the Registan. Much of the original decoration was lost over the past century to earthquakes, neglect and well-meant but clumsy repairs. Restorers hope to finish the facade by next spring.</p>
<blockquote><p>Anyone can buy blue paint. The old blue was made of stone and fire, and it changes when the sun moves. We spent two years getting it right, and we are still not completely happy.</p><cite>Sherali Umarov, the master ceramicist who leads the workshop</cite></blockquote>
<p>The team's method begins with the original tiles that survived, which they study under magnification and, with the help of a university laboratory, analyse to understand the composition of the clay and glazes. The craftsmen then experiment with local clays and with mineral pigments, adjusting recipes and firing temperatures until the colours match.</p>
<p>Samarkand's great monuments, from the Registan ensemble to the Shah-i-Zinda necropolis and the Bibi-Khanym mosque, have been restored many times since the late nineteenth century, and the quality of that work has been debated by specialists ever since. Some Soviet-era restorations replaced original material with new tiles made using industrial methods, which can look flat and uniform next to historical work.</p>
<p>Conservation experts say smaller buildings such as the madrasa are often overlooked, even though they make up much of the historical fabric of the city. The current project is funded by a combination of the state, a private foundation and donations from local businesses, and the restorers are documenting their methods so that they can be used elsewhere.</p>
<p>Apprentices are central to the project. Six young people from Samarkand and the surrounding villages are learning the craft in the workshop, starting with simple geometric borders and progressing, over years, to complex designs. Several said they had never considered ceramics as a career until they visited the workshop on a school trip.</p>
<p>For Umarov, who learned from his father, the project is about continuity as much as beauty. "The men who made the first tiles did not sign them," he said, holding a fragment with a faded turquoise star. "But they left instructions in the colour. We just have to learn to read them."</p>`,
    },
  },
  {
    key: "aitys-new-generation",
    section: "culture",
    countries: ["kazakhstan", "kyrgyzstan"],
    topics: ["education"],
    authors: ["dilnoza", "nurlan"],
    hoursAgo: 980,
    en: {
      title: "Aitys finds a new generation of improvising poets",
      dek: "The improvised poetry contests of the Kazakh and Kyrgyz steppe are packing concert halls and streaming online. The young performers are as quick as their predecessors, and sharper about the news.",
      body: `<p>The two poets sit facing each other on a stage in a concert hall, each with a stringed instrument across their knees. One plays a few bars, pauses, and then begins to sing a verse, improvised on the spot, gently teasing her opponent about his home town. The audience roars. He waits, smiles, and replies with a verse of his own about the price of meat in her region. The hall erupts again.</p>
<p>This is <em>aitys</em> in Kazakh, or <em>aitysh</em> in Kyrgyz: a contest between improvising poets, known as <em>akyns</em>, who duel in rhymed verse to the accompaniment of the dombra or the komuz. The tradition is centuries old, and was recognised by <a href="https://www.unesco.org/">UNESCO</a> as part of the intangible cultural heritage of humanity in 2015.</p>
<h2>Old art, new audiences</h2>
<p>After years when aitys was seen by some as a folk tradition for older audiences, the form has found a new following. Large contests are broadcast on national television and streamed online, clips of the sharpest exchanges circulate on social media, and the best-known performers are recognised in the street.</p>
<p>Many of the new generation of akyns are in their twenties. They have studied the classical repertoire, but they also draw on the news, social media and daily life: corruption, traffic, housing prices, migration and the frustrations of young people in the cities.</p>
<blockquote><p>An akyn has always been the one who says aloud what everyone is thinking. My grandfather sang about the khan. I sing about the mortgage. It is the same job.</p><cite>Aruzhan Tleubergenova, a 24-year-old akyn from southern Kazakhstan</cite></blockquote>
<h2>Schools for improvisation</h2>
<p>Aitys cannot be learned entirely from books, teachers say, but it can be trained. Schools and clubs in both countries teach young people the forms of verse, the musical accompaniment and the techniques of improvisation, such as building a stock of rhymes and images that can be combined quickly on stage.</p>
<p>Students start with poetry memorisation and simple exercises, answering a teacher's verse with a verse of their own. The best go on to regional contests and, eventually, to national competitions, where the prizes can include cars and apartments as well as prestige.</p>
<h2>Debates about the form</h2>
<p>Some older performers worry that the popularity of quick, comic exchanges on social media is pushing out the longer, more lyrical forms of the tradition. Others point out that humour and topical satire have always been part of aitys.</p>
<p>Back on the stage, the contest ends with the two poets embracing. The judges deliberate. The audience, for now, has already decided. "They are both winners," said an elderly man in the front row, wiping his eyes. "I have not laughed like that since I was a boy."</p>`,
    },
  },
  {
    key: "turkmen-carpet-patterns",
    section: "culture",
    countries: ["turkmenistan"],
    topics: ["tourism"],
    authors: ["dilnoza"],
    hoursAgo: 1600,
    en: {
      title: "Ashgabat weavers keep old carpet patterns in daily use",
      dek: "Turkmen carpets are a national symbol, printed on banknotes and celebrated with a public holiday. For the women who weave them, they are also a living craft.",
      body: `<p>In a workshop on the outskirts of Ashgabat, eight women sit in a row at a long horizontal loom, knotting wool at a speed that is hard to follow with the eye. They do not use a printed pattern. The design, a repeated medallion known as a <em>gul</em>, is in their heads and in their hands.</p>
<p>Carpets occupy a special place in Turkmen culture. The pattern of five guls, representing the country's main historical tribes, appears on the national flag. The country marks a Carpet Day each year on the last Sunday of May, and Ashgabat, which older maps spell Ashkhabad, is home to a large museum devoted to carpets, with examples several centuries old.</p>
<p>Each tribal group traditionally used its own guls and its own colour palette, dominated by deep reds, so that an expert can often tell where a carpet was made by looking at its pattern. Carpets were used as floor coverings and wall hangings, but also as door covers for yurts, bags, saddle covers and prayer rugs.</p>
<blockquote><p>My mother taught me this gul when I was eight. I have woven it thousands of times, and every time it comes out a little bit different. That is how you know a person made it.</p><cite>Ogulgerek Myradova, a weaver with more than thirty years of experience</cite></blockquote>
<p>The craft remains widespread. Many women still weave at home, particularly in rural areas, and carpets remain a traditional part of a bride's dowry. State enterprises and private workshops produce carpets for sale in the country and abroad, and for large public buildings.</p>
<p>The work is demanding. A skilled weaver can tie several thousand knots a day, and a large carpet can take a team of women many months to finish. Weavers speak of back pain and strained eyes, and some younger women prefer work in offices or shops.</p>
<p>Specialists say the use of natural dyes, which declined during the twentieth century as synthetic dyes became common, has seen something of a revival, with workshops experimenting with madder, pomegranate rind and walnut husks. Natural dyes produce softer colours that age well, but take far longer to prepare.</p>
<p>Export rules for carpets are strict, and visitors who want to take one home need documentation showing that it is not a historical piece. Carpet sellers at the capital's markets say tourists are few, and most of their customers are local families buying carpets for weddings and new homes.</p>
<p>At the end of the shift, the women stand and stretch. The carpet on the loom has grown by a few centimetres. "A carpet is patient," one of them said. "It teaches you to be patient too."</p>`,
    },
  },
  {
    key: "dushanbe-bookshop",
    section: "culture",
    countries: ["tajikistan", "russia"],
    topics: ["education", "cities"],
    authors: ["farangis"],
    hoursAgo: 2100,
    en: {
      title: "A Dushanbe bookshop where three languages share a shelf",
      dek: "Tajik poetry, Russian novels and English textbooks sit side by side in a small shop near Rudaki Avenue. Its owner says the mix tells the story of the city.",
      body: `<p>The bookshop occupies the ground floor of a Soviet-era apartment building a short walk from Rudaki Avenue, Dushanbe's main street. It is small, with room for perhaps a dozen customers, and every wall is covered with shelves. On one side are books in Tajik: classical Persian poetry, modern novels, children's books. On another, Russian literature and translations. Near the counter, the fastest-growing section: English textbooks, dictionaries and paperbacks.</p>
<p>The owner, a former literature teacher who opened the shop eight years ago, says the shelves reflect the way people in the city read and speak. Tajik is the state language, and the one most people speak at home. Russian remains widely used, particularly in business and among older residents of the capital, and many families still consider it important for their children. English has become the language of ambition for young people hoping to study or work abroad.</p>
<blockquote><p>A grandmother comes in for Tolstoy, her daughter for a Tajik cookbook, and her grandson for an English grammar. They leave with three bags and argue about who pays.</p><cite>Firdavs Nematov, owner of the bookshop</cite></blockquote>
<p>Dushanbe, known as Stalinabad for three decades of the Soviet era, has a long literary tradition. The city's squares and streets are named after classical poets such as Rudaki, Ferdowsi and Jami, and recitation of poetry remains a common part of family celebrations. Bookshops, though, have struggled. Many closed in the difficult years after independence, and online shopping and mobile phones have since taken their share.</p>
<p>Nematov says the shop survives because it is more than a shop. It hosts readings by local poets, a weekly English conversation club and a children's story hour on Saturday mornings. A small table in the corner serves tea.</p>
<p>The supply of books is a constant challenge. Tajik publishers print small runs, and popular titles sell out quickly. Russian books arrive via Moscow distributors, with long delivery times and prices that rise with the exchange rate. English books are the most expensive, and Nematov relies partly on donations and on travellers who bring books in their luggage.</p>
<p>Reading habits are changing in other ways too. Young customers often discover books through social media, and ask for titles they have seen recommended online. Nematov now keeps a shelf of the most requested books near the window, which changes every few weeks.</p>
<p>On a weekday afternoon, a group of students is sitting on the floor in the English section, flipping through exam preparation books. An older man is reading a volume of Rudaki by the window. "Every language has its corner," Nematov said. "But the tea is the same for everyone."</p>`,
    },
  },
];
