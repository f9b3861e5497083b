import "server-only";
import { unstable_rethrow } from "next/navigation";
import { flattenError, safeParse, type core } from "zod";
import { db, type Database } from "@/db/client";
import type { Role } from "@/db/schema";
import { currentUser } from "@/lib/auth/guards";
import { now } from "@/lib/clock";
import type { TopLevelContext } from "@/lib/context";
import { AppError, isAppError, type ErrorCode } from "@/lib/errors";
import { msg, translateFieldErrors, translateMessage } from "@/lib/i18n/message-key";
import { requestTranslator } from "@/lib/i18n/server-translator";
import { isDatabaseUnavailable } from "./ops/db-health";
import { noteRequestError } from "./ops/outage";

/** What every Server Action returns: the data, or an error the form can show (field errors next to their fields). */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode | "internal"; message: string; fieldErrors?: Record<string, string[] | undefined>; details?: unknown };

/** The roles an action admits (at least one), or "public" for the few that need no account (sign-in, password reset). */
export type Roles = readonly [Role, ...Role[]];
export type DeclaredRoles = Roles | "public";

/** A Server Action, carrying the roles it declared (read by tests; the client sees only the action). */
export type Action<T> = ((raw?: unknown) => Promise<ActionResult<T>>) & { readonly roles: DeclaredRoles };

/** What a public action gets: no actor, since nobody is signed in. */
export interface PublicContext {
  db: Database;
  now: Date;
}

const INTERNAL_MESSAGE = msg("serverErrors.internal");
const SESSION_ENDED_MESSAGE = msg("serverErrors.sessionEnded");

/**
 * A Server Action for signed-in users: authenticate, then check the declared roles, then parse the
 * input with its zod schema, then run. The service still checks what depends on the record (the
 * State's own delegation, the workflow). Errors come back as values; anything unexpected is logged
 * and never shown.
 *
 *   export const saveAction = action({ input: schema, roles: ["delegation"] }, (input, ctx) => save(ctx, input));
 */
export function action<S extends core.$ZodType, T>(
  spec: { input: S; roles: Roles },
  run: (input: core.output<S>, ctx: TopLevelContext) => Promise<T>,
): Action<T> {
  const guarded = async (raw?: unknown): Promise<ActionResult<T>> => translated(await guardedRun(raw));
  const guardedRun = async (raw?: unknown): Promise<ActionResult<T>> => {
    try {
      const user = await currentUser();
      if (!user) return { ok: false, code: "unauthenticated", message: SESSION_ENDED_MESSAGE };
      if (!spec.roles.includes(user.role)) return failure(new AppError("forbidden"));
      const parsed = parse(spec.input, raw);
      if (!parsed.ok) return parsed;
      return { ok: true, data: await run(parsed.data, { db: db(), actor: user, now: await now() }) };
    } catch (error) {
      return caught(error);
    }
  };
  return Object.assign(guarded, { roles: spec.roles });
}

/** A Server Action anyone may call, signed in or not: parse, then run. Same result type as `action`. */
export function publicAction<S extends core.$ZodType, T>(spec: { input: S }, run: (input: core.output<S>, ctx: PublicContext) => Promise<T>): Action<T> {
  const open = async (raw?: unknown): Promise<ActionResult<T>> => translated(await openRun(raw));
  const openRun = async (raw?: unknown): Promise<ActionResult<T>> => {
    try {
      const parsed = parse(spec.input, raw);
      if (!parsed.ok) return parsed;
      return { ok: true, data: await run(parsed.data, { db: db(), now: await now() }) };
    } catch (error) {
      return caught(error);
    }
  };
  return Object.assign(open, { roles: "public" as const });
}

/**
 * A public action for a plain `<form action>` (no input, no result: it ends in a redirect), e.g. signing out.
 * React types a form's action as returning nothing, hence this variant.
 */
export function publicFormAction(run: () => Promise<void>): ((formData?: FormData) => Promise<void>) & { readonly roles: "public" } {
  return Object.assign(async () => run(), { roles: "public" as const });
}

function parse<S extends core.$ZodType>(schema: S, raw: unknown): { ok: true; data: core.output<S> } | Extract<ActionResult<never>, { ok: false }> {
  const parsed = safeParse(schema, raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const flat = flattenError(parsed.error);
  return {
    ok: false,
    code: "invalid",
    message: flat.formErrors[0] ?? msg("serverErrors.default.invalid"),
    fieldErrors: flat.fieldErrors as Record<string, string[] | undefined>,
  };
}

function failure(error: AppError): Extract<ActionResult<never>, { ok: false }> {
  return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors, details: error.details };
}

function caught(error: unknown): Extract<ActionResult<never>, { ok: false }> {
  // redirect(), notFound() and the like are Next's control flow, not errors: let them through.
  unstable_rethrow(error);
  if (isAppError(error)) return failure(error);
  if (isDatabaseUnavailable(error)) {
    // Nothing was written (the transaction never committed): the editor keeps the text and retries.
    noteRequestError(error);
    return { ok: false, code: "unavailable", message: msg("serverErrors.databaseUnavailable") };
  }
  console.error(error);
  return { ok: false, code: "internal", message: INTERNAL_MESSAGE };
}

/** A refusal's message and field errors in the reader's language (keys made with `msg` are translated; plain text stays). */
async function translated<T>(result: ActionResult<T>): Promise<ActionResult<T>> {
  if (result.ok) return result;
  const t = await requestTranslator();
  return { ...result, message: translateMessage(t, result.message), fieldErrors: translateFieldErrors(t, result.fieldErrors) };
}
