import { msg } from "./i18n/message-key";

/** Errors as values the user can read, each with the HTTP status it maps to. */
export const ERROR_STATUS = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  invalid: 422,
  conflict: 409,
  closed: 423,
  too_large: 413,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/**
 * Each code's default message, as a catalog key (messages/<locale>/serverErrors.json): translated into
 * the reader's language where the error leaves the server (lib/action.ts, lib/route.ts).
 */
const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  unauthenticated: msg("serverErrors.default.unauthenticated"),
  forbidden: msg("serverErrors.default.forbidden"),
  not_found: msg("serverErrors.default.not_found"),
  invalid: msg("serverErrors.default.invalid"),
  conflict: msg("serverErrors.default.conflict"),
  closed: msg("serverErrors.default.closed"),
  too_large: msg("serverErrors.default.too_large"),
  unavailable: msg("serverErrors.default.unavailable"),
};

/**
 * A refusal the user can read. `message` (and each field error) is best a catalog key made with
 * `msg(key, values)` from lib/i18n/message-key.ts, so that it reaches the reader in their language;
 * a plain string still passes through as it is.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: Record<string, string[] | undefined>;
  /** What the user needs to resolve the error (e.g. both texts of a conflict); never internals. */
  readonly details?: unknown;
  constructor(code: ErrorCode, message?: string, options: { fieldErrors?: Record<string, string[] | undefined>; details?: unknown } = {}) {
    super(message ?? DEFAULT_MESSAGES[code]);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options.fieldErrors;
    this.details = options.details;
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
