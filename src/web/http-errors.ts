import type { ErrorCode } from "../core/errors.js";

/**
 * The HTTP status of every error code: the one place this mapping lives.
 */
const STATUS: Record<ErrorCode, number> = {
  CONFIG_INVALID: 500,
  DB_UNAVAILABLE: 503,
  DB_MIGRATION_FAILED: 500,
  VALIDATION_FAILED: 400,
  NOT_FOUND: 404,
  PAGE_OUT_OF_RANGE: 404,
  ARTICLE_NOT_FOUND: 404,
  ARTICLE_SLUG_TAKEN: 409,
  ARTICLE_INVALID: 400,
  RATES_SOURCE_UNKNOWN: 400,
  RATES_FETCH_FAILED: 502,
  RATES_BAD_RESPONSE: 502,
  RATES_NOT_AVAILABLE: 404,
  IMPORT_BAD_XML: 400,
  IMPORT_BAD_JSON: 400,
  IMPORT_UNSUPPORTED: 400,
  IMPORT_FILE_NOT_FOUND: 400,
  IMPORT_OUT_OF_MEMORY: 500,
  SEARCH_QUERY_INVALID: 400,
  SEARCH_UNAVAILABLE: 503,
  AUTH_REQUIRED: 401,
  FORBIDDEN: 403,
  CONFLICT: 409,
  INTERNAL: 500,
};

/**
 * @example
 * httpStatusFor("ARTICLE_NOT_FOUND"); // 404
 */
export function httpStatusFor(code: ErrorCode): number {
  return STATUS[code];
}
