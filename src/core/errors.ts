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
  "IMPORT_OUT_OF_MEMORY",
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

/** An error as plain data, to cross a thread boundary. */
export interface SerializedError {
  message: string;
  code: string | null;
  details: Record<string, unknown>;
  /** Where an unexpected (non-AppError) error was thrown, for the report of an internal error. */
  stack?: string;
}

/**
 * Turns an error into plain data ({@link reviveError} turns it back).
 *
 * @example
 * port.postMessage({ type: "read-failed", error: serializeError(error) });
 */
export function serializeError(error: unknown): SerializedError {
  if (isAppError(error)) return { message: error.message, code: error.code, details: { ...error.details } };
  if (error instanceof Error) {
    return {
      message: error.message,
      code: null,
      details: {},
      ...(error.stack ? { stack: error.stack } : {}),
    };
  }
  return { message: String(error), code: null, details: {} };
}

/**
 * The error {@link serializeError} described: an AppError with its code and details again.
 *
 * @example
 * reviveError({ message: "x.xml:3:1: bad", code: "IMPORT_BAD_XML", details: { line: 3 } }).code; // "IMPORT_BAD_XML"
 */
export function reviveError(error: SerializedError): Error {
  const code = ERROR_CODES.find((c): c is ErrorCode => c === error.code);
  if (code !== undefined) return new AppError(code, error.message, { details: error.details });
  const revived = new Error(error.message);
  if (error.stack !== undefined) revived.stack = error.stack;
  return revived;
}
