import type { DemoImage } from "../types.js";

const credit = "Illustration: Steppe demo";

/** Original flat illustrations drawn for the demo; the files live in `src/demo/images/`. */
export const demoImages: DemoImage[] = [
  {
    key: "map-rivers",
    file: "map-rivers.svg",
    width: 800,
    height: 500,
    alt: {
      en: "Stylised map of Central Asia showing the Syr Darya and Amu Darya flowing north-west into the Aral Sea, with the Caspian Sea, Lake Balkhash and the main capitals marked.",
      ru: "Схематичная карта Центральной Азии: Сырдарья и Амударья текут на северо-запад к Аральскому морю; отмечены Каспийское море, озеро Балхаш и столицы.",
    },
    caption: {
      en: "The Syr Darya and the Amu Darya rise in the Tian Shan and Pamir mountains and once both fed the Aral Sea.",
      ru: "Сырдарья и Амударья берут начало в горах Тянь-Шаня и Памира; когда-то обе реки питали Аральское море.",
    },
    credit,
  },
  {
    key: "mountains",
    file: "mountains.svg",
    width: 800,
    height: 450,
    alt: {
      en: "Snow-capped ridges above green foothills and a wide blue lake, with a single yurt on the shore.",
      ru: "Заснеженные хребты над зелёными предгорьями и широким синим озером, на берегу — юрта.",
    },
    caption: {
      en: "Mountain lakes and summer pastures draw a growing number of visitors each year.",
      ru: "Горные озёра и летние пастбища с каждым годом привлекают всё больше гостей.",
    },
    credit,
  },
  {
    key: "harvest-chart",
    file: "harvest-chart.svg",
    width: 800,
    height: 500,
    alt: {
      en: "Bar chart of grain harvests over seven seasons, from 16.1 to 24.6 million tonnes; this year's 23.1 million tonnes is above the spring forecast of 20.5.",
      ru: "Столбчатая диаграмма урожая зерна за семь сезонов — от 16,1 до 24,6 млн тонн; нынешние 23,1 млн тонн выше весеннего прогноза в 20,5 млн.",
    },
    caption: {
      en: "Grain harvest by season, million tonnes (illustrative figures for the demo).",
      ru: "Урожай зерна по сезонам, млн тонн (условные данные для демо-версии).",
    },
    credit,
  },
  {
    key: "tram",
    file: "tram.svg",
    width: 800,
    height: 450,
    alt: {
      en: "A red low-floor light-rail car under an overhead wire at a city stop, with apartment blocks behind.",
      ru: "Красный низкопольный вагон легкорельсового транспорта под контактным проводом на городской остановке, позади — жилые дома.",
    },
    caption: {
      en: "Low-floor cars make the new line accessible from street-level platforms.",
      ru: "Низкопольные вагоны позволяют садиться прямо с платформ на уровне улицы.",
    },
    credit,
  },
  {
    key: "solar-field",
    file: "solar-field.svg",
    width: 800,
    height: 450,
    alt: {
      en: "Rows of dark blue solar panels on sandy ground under a bright sun, with a transmission tower on the horizon.",
      ru: "Ряды тёмно-синих солнечных панелей на песке под ярким солнцем, на горизонте — опора ЛЭП.",
    },
    caption: {
      en: "Desert solar parks produce most at midday, when demand is lowest.",
      ru: "Солнечные станции в пустыне дают больше всего энергии в полдень, когда спрос минимален.",
    },
    credit,
  },
  {
    key: "bazaar-awning",
    file: "bazaar-awning.svg",
    width: 800,
    height: 450,
    alt: {
      en: "Red-and-white and green-and-white striped awnings over market stalls piled with pomegranates, melons, round bread and green apples.",
      ru: "Полосатые красно-белые и зелёно-белые навесы над прилавками с гранатами, дынями, лепёшками и зелёными яблоками.",
    },
    caption: {
      en: "Bazaars remain the main place to shop for food in most of the region's cities.",
      ru: "В большинстве городов региона базары остаются главным местом покупки продуктов.",
    },
    credit,
  },
  {
    key: "reservoir-dam",
    file: "reservoir-dam.svg",
    width: 800,
    height: 450,
    alt: {
      en: "A concrete dam across a mountain valley holding back a blue reservoir, with a spillway in the middle and a power line beside a small building.",
      ru: "Бетонная плотина в горной долине удерживает синее водохранилище; в центре — водосброс, рядом — небольшое здание и ЛЭП.",
    },
    caption: {
      en: "Upstream reservoirs store summer meltwater that downstream farmers and winter power plants both need.",
      ru: "Водохранилища в верховьях накапливают летнюю талую воду, нужную и фермерам ниже по течению, и зимней энергетике.",
    },
    credit,
  },
  {
    key: "cotton-field",
    file: "cotton-field.svg",
    width: 800,
    height: 450,
    alt: {
      en: "Rows of green cotton plants with open white bolls stretching to a line of poplar trees.",
      ru: "Ряды зелёного хлопчатника с раскрытыми белыми коробочками, на горизонте — тополя.",
    },
    caption: {
      en: "Cotton is still grown across the irrigated lowlands, but more of it is now spun and sewn at home.",
      ru: "Хлопок по-прежнему выращивают на орошаемых равнинах, но всё больше его перерабатывают внутри страны.",
    },
    credit,
  },
  {
    key: "steppe-train",
    file: "steppe-train.svg",
    width: 800,
    height: 450,
    alt: {
      en: "A yellow locomotive pulling five coloured shipping containers across flat, dry steppe beside a line of telegraph poles.",
      ru: "Жёлтый локомотив тянет пять разноцветных контейнеров по ровной сухой степи вдоль линии телеграфных столбов.",
    },
    caption: {
      en: "Container trains between China and Europe cross the Kazakh steppe for days.",
      ru: "Контейнерные поезда между Китаем и Европой идут по казахстанской степи несколько суток.",
    },
    credit,
  },
  {
    key: "beehives",
    file: "beehives.svg",
    width: 800,
    height: 450,
    alt: {
      en: "Four painted wooden beehives, blue, yellow, red and white, on a flowering meadow below snowy peaks, with bees in flight.",
      ru: "Четыре окрашенных деревянных улья — синий, жёлтый, красный и белый — на цветущем лугу под заснеженными вершинами; над ними летают пчёлы.",
    },
    caption: {
      en: "Beekeepers move their hives uphill through the summer as the meadows come into flower.",
      ru: "Летом пчеловоды поднимают ульи всё выше в горы вслед за цветением лугов.",
    },
    credit,
  },
  {
    key: "winter-city",
    file: "winter-city.svg",
    width: 800,
    height: 450,
    alt: {
      en: "A city skyline on a winter day under a brownish layer of smog, with chimney smoke rising and mountains faint behind.",
      ru: "Городские кварталы зимним днём под бурым слоем смога; из труб поднимается дым, позади едва видны горы.",
    },
    caption: {
      en: "On still winter days, smoke from coal stoves and heating plants is trapped over the city.",
      ru: "В безветренные зимние дни дым от угольных печей и котельных застаивается над городом.",
    },
    credit,
  },
];
