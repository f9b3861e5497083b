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

const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  unauthenticated: "Sign in to continue.",
  forbidden: "You do not have access to this.",
  not_found: "Not found.",
  invalid: "Check the highlighted fields.",
  conflict: "Someone else changed this in the meantime.",
  closed: "This is closed to changes.",
  too_large: "That is too large.",
  unavailable: "The service is unavailable for a moment. Try again shortly.",
};

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
