import type { DemoAuthor } from "../types.js";

/** Invented journalists for the demo newsroom. Any resemblance to real people is accidental. */
export const demoAuthors: DemoAuthor[] = [
  {
    key: "aigerim",
    name: { en: "Aigerim Bekova", ru: "Айгерим Бекова" },
    bio: {
      en: "Aigerim Bekova is Steppe's Almaty correspondent. She covers Kazakhstan's economy, energy and transport, and has a soft spot for freight timetables.",
      ru: "Айгерим Бекова — корреспондент Steppe в Алматы. Пишет об экономике, энергетике и транспорте Казахстана и питает слабость к расписаниям грузовых поездов.",
    },
  },
  {
    key: "timur",
    name: { en: "Timur Ismoilov", ru: "Тимур Исмоилов" },
    bio: {
      en: "Timur Ismoilov reports from Tashkent on Uzbekistan's economy, banking and trade with Afghanistan and China. Before joining Steppe he spent six years on a business desk.",
      ru: "Тимур Исмоилов пишет из Ташкента об экономике Узбекистана, банковском секторе и торговле с Афганистаном и Китаем. До Steppe шесть лет работал в деловой редакции.",
    },
  },
  {
    key: "nurlan",
    name: { en: "Nurlan Abdykadyrov", ru: "Нурлан Абдыкадыров" },
    bio: {
      en: "Nurlan Abdykadyrov is based in Bishkek and writes about Kyrgyzstan's society, environment and politics. He spends his summers in the mountains, mostly for work.",
      ru: "Нурлан Абдыкадыров работает в Бишкеке и пишет об обществе, экологии и политике Кыргызстана. Лето проводит в горах — в основном по работе.",
    },
  },
  {
    key: "farangis",
    name: { en: "Farangis Rahimova", ru: "Фарангис Рахимова" },
    bio: {
      en: "Farangis Rahimova covers water, hydropower and migration from Dushanbe and Khujand. She studied hydrology before switching to journalism.",
      ru: "Фарангис Рахимова пишет о воде, гидроэнергетике и миграции из Душанбе и Худжанда. До журналистики изучала гидрологию.",
    },
  },
  {
    key: "dilnoza",
    name: { en: "Dilnoza Yusupova", ru: "Дилноза Юсупова" },
    bio: {
      en: "Dilnoza Yusupova edits Steppe's culture and society pages from Samarkand. She writes about cinema, crafts, education and the cities of the region.",
      ru: "Дилноза Юсупова редактирует разделы культуры и общества Steppe в Самарканде. Пишет о кино, ремёслах, образовании и городах региона.",
    },
  },
];
