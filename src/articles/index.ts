/** The articles feature: store, service, routes and URL helpers. Other features import only this file. */
export { deriveBody, processBody, type SanitizedBody, sanitizeBodyAhead } from "./body.js";
export { type ExclusiveRunner, startPublishScheduler } from "./publish-scheduler.js";
export { registerArticleRoutes } from "./routes.js";
export { sanitizeBody } from "./sanitize.js";
export {
  type ArticleBatchEntry,
  type ArticleInput,
  type ArticleService,
  type ArticleWriteHook,
  articleInputSchema,
  createArticleService,
  describeIssues,
} from "./service.js";
export { type ArticleStore, createArticleStore, type Executor, type NewMedia } from "./store.js";
export type * from "./types.js";
export { archivePath, articlePath, authorPath, homePath, languagePrefix, mediaUrl, tagPath } from "./urls.js";
