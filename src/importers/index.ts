/** The importers feature: WordPress (WXR and REST dumps) and page captures. Other code imports only this file. */
export { type CaptureImportOptions, importCaptures } from "./capture/import-captures.js";
export {
  formatReport,
  type ImportFailure,
  type ImportReport,
  type ImportStatus,
  type KindCounts,
  type SkippedRecord,
} from "./import-report.js";
export { lookupRedirect, redirectKey } from "./redirects.js";
export {
  type ImportProgress,
  importWordPressFiles,
  importWordPressRest,
  type WordPressImportOptions,
} from "./wordpress/import-wordpress.js";
