import type { ErrorCode } from "../core/errors.js";

/**
 * CLI exit codes: 0 success, 1 partial success (a batch job that imported some items),
 * 2 nothing done because of bad input or configuration, 3 a service (database, network) was
 * unavailable, 70 an internal error. The one place error codes map to exit codes.
 */
export const EXIT = { ok: 0, partial: 1, badInput: 2, unavailable: 3, internal: 70 } as const;

const BY_CODE: Partial<Record<ErrorCode, number>> = {
  CONFIG_INVALID: EXIT.badInput,
  VALIDATION_FAILED: EXIT.badInput,
  ARTICLE_INVALID: EXIT.badInput,
  ARTICLE_SLUG_TAKEN: EXIT.badInput,
  IMPORT_BAD_XML: EXIT.badInput,
  IMPORT_BAD_JSON: EXIT.badInput,
  IMPORT_UNSUPPORTED: EXIT.badInput,
  IMPORT_FILE_NOT_FOUND: EXIT.badInput,
  // Stopped part-way: the batches committed before stay (and a re-run goes on from there).
  IMPORT_OUT_OF_MEMORY: EXIT.partial,
  RATES_SOURCE_UNKNOWN: EXIT.badInput,
  RATES_BAD_RESPONSE: EXIT.unavailable,
  RATES_FETCH_FAILED: EXIT.unavailable,
  DB_UNAVAILABLE: EXIT.unavailable,
  SEARCH_UNAVAILABLE: EXIT.unavailable,
  DB_MIGRATION_FAILED: EXIT.internal,
};

/** @example exitCodeFor("CONFIG_INVALID"); // 2 */
export function exitCodeFor(code: ErrorCode): number {
  return BY_CODE[code] ?? EXIT.internal;
}
