/** The feeds feature: RSS/Atom/JSON feeds, sitemaps, the Google News sitemap, robots.txt, social card. */
export { buildFeed, type FeedArticle, type FeedChannel, type FeedSite } from "./build-feed.js";
export { type FeedRoutesOptions, registerFeedRoutes } from "./routes.js";
export { renderSocialCard } from "./social-card.js";
