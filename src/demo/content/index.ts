export { demoArticles } from "./articles.js";
export { demoAuthors } from "./authors.js";
export { demoImages } from "./images.js";
export { demoTags } from "./tags.js";
