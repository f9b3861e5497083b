import "server-only";
import { flattenError, safeParse, type core } from "zod";
import { db } from "@/db/client";
import { currentUser } from "@/lib/auth/guards";
import { now } from "@/lib/clock";
import { isAppError, type ErrorCode } from "@/lib/errors";
import type { ServiceContext } from "@/lib/submissions/context";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode | "internal"; message: string; fieldErrors?: Record<string, string[] | undefined>; details?: unknown };

/**
 * Every Server Action goes through here: parse the input with its zod schema, authenticate, then
 * run the service, which authorises (role, State, workflow) itself. Errors come back as values the
 * form can show; a database error is logged and never shown.
 */
export function action<S extends core.$ZodType, T>(schema: S, run: (input: core.output<S>, ctx: ServiceContext) => Promise<T>) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const parsed = safeParse(schema, raw);
    if (!parsed.success) {
      const flat = flattenError(parsed.error);
      return {
        ok: false,
        code: "invalid",
        message: flat.formErrors[0] ?? "Check the highlighted fields.",
        fieldErrors: flat.fieldErrors as Record<string, string[] | undefined>,
      };
    }
    const user = await currentUser();
    if (!user) return { ok: false, code: "unauthenticated", message: "Your session has ended. Sign in again; your text is kept in this browser." };
    try {
      return { ok: true, data: await run(parsed.data, { db: db(), actor: user, now: await now() }) };
    } catch (error) {
      if (isAppError(error)) {
        return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors, details: error.details };
      }
      console.error(error);
      return { ok: false, code: "internal", message: "The reply could not be saved because of a problem on our side. Try again in a moment." };
    }
  };
}
