import type { DemoArticle } from "../types.js";
import { cultureArticles } from "./articles-culture.js";
import { economyArticles } from "./articles-economy.js";
import { energyArticles } from "./articles-energy.js";
import { politicsArticles } from "./articles-politics.js";
import { societyArticles } from "./articles-society.js";
import { tradeArticles } from "./articles-trade.js";

/** Every demo article, newest first. */
export const demoArticles: DemoArticle[] = [
  ...politicsArticles,
  ...economyArticles,
  ...tradeArticles,
  ...energyArticles,
  ...societyArticles,
  ...cultureArticles,
].sort((a, b) => a.hoursAgo - b.hoursAgo);
