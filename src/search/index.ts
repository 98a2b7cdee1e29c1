/** The search feature: index, hook, routes and the gazetteer. Other features import only this file. */
export { type CreateSearchIndexOptions, createSearchIndex } from "./create-search-index.js";
export { defaultGazetteerEntries } from "./gazetteer/data.js";
export { createGazetteer, type Gazetteer, type GazetteerEntry } from "./gazetteer/gazetteer.js";
export { registerSearchRoutes, type SearchRoutesOptions } from "./routes.js";
export { createSearchHook } from "./search-hook.js";
export type * from "./search-index.js";
