/**
 * The one error family of Steppe. Every failure a user can meet has a stable code; the HTTP
 * status and the CLI exit code for each code are decided in exactly one place each
 * (`web/error-handler.ts` and `cli/exit-codes.ts`), never at the throw site.
 *
 * @example
 * throw new AppError("ARTICLE_NOT_FOUND", `No article with slug "${slug}".`);
 */
export const ERROR_CODES = [
  // configuration and start-up
  "CONFIG_INVALID",
  "DB_UNAVAILABLE",
  "DB_MIGRATION_FAILED",
  // input validation (HTTP, forms, CLI arguments)
  "VALIDATION_FAILED",
  "NOT_FOUND",
  "PAGE_OUT_OF_RANGE",
  // articles
  "ARTICLE_NOT_FOUND",
  "ARTICLE_SLUG_TAKEN",
  "ARTICLE_INVALID",
  // rates
  "RATES_SOURCE_UNKNOWN",
  "RATES_FETCH_FAILED",
  "RATES_BAD_RESPONSE",
  "RATES_NOT_AVAILABLE",
  // import
  "IMPORT_BAD_XML",
  "IMPORT_BAD_JSON",
  "IMPORT_UNSUPPORTED",
  "IMPORT_FILE_NOT_FOUND",
  // search
  "SEARCH_QUERY_INVALID",
  "SEARCH_UNAVAILABLE",
  // editorial
  "AUTH_REQUIRED",
  "FORBIDDEN",
  "CONFLICT",
  "INTERNAL",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorOptions {
  /** Structured facts about the failure (file, line, column, source id...). Safe to show. */
  details?: Record<string, unknown>;
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.details = options.details ?? {};
  }
}

/** True when `error` is an AppError, optionally with the given code. */
export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
