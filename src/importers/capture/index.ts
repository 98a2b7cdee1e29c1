export { parseCaptures } from "./parse-captures.js";
export type {
  CapturedArticle,
  CapturedRate,
  CaptureFile,
  CaptureMerge,
  CaptureNote,
  CaptureReport,
  CaptureSkip,
  ParseCapturesOptions,
  ParseCapturesResult,
} from "./types.js";
