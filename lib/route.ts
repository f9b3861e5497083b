import "server-only";
import { AppError, isAppError } from "./errors";
import { isSameOriginRequest, isStateChanging } from "./net/origin";
import { parseIntParam } from "./params";
import { msg, translateFieldErrors, translateMessage } from "./i18n/message-key";
import { requestTranslator } from "./i18n/server-translator";
import { isDatabaseUnavailable } from "./ops/db-health";
import { noteRequestError } from "./ops/outage";
import { errorFields, log, requestIdFrom, withRequestId } from "./ops/log";
import { countUnavailable, observeRequest } from "./ops/metrics";

/**
 * Wraps a route handler, whatever it answers (PDF, DOCX, ICS, CSV or JSON): a state-changing method
 * (POST, PUT, PATCH, DELETE) from another origin is refused with 403 before the handler runs; an AppError becomes a
 * JSON error with its HTTP status; a database that cannot be reached answers 503 (try again);
 * anything else is logged and answered with a 500 that reveals nothing of the database. Each answer carries the request id its log lines carry, and
 * its duration is recorded under `route` (the pattern, e.g. "/api/states/[iso3]/submissions").
 */
export function routeHandler<C>(handler: (request: Request, context: C) => Promise<Response>, route = "unnamed") {
  return async (request: Request, context: C): Promise<Response> => {
    const requestId = requestIdFrom(request.headers);
    const started = performance.now();
    const response = await withRequestId(requestId, async () => {
      try {
        if (isStateChanging(request.method) && !isSameOriginRequest(request.headers, request.url)) {
          throw new AppError("forbidden", msg("serviceErrors.otherOrigin"));
        }
        return await handler(request, context);
      } catch (error) {
        if (isAppError(error)) {
          const t = await requestTranslator();
          return Response.json(
            { error: error.code, message: translateMessage(t, error.message), fieldErrors: translateFieldErrors(t, error.fieldErrors), details: error.details },
            { status: error.status },
          );
        }
        if (isDatabaseUnavailable(error)) {
          noteRequestError(error);
          countUnavailable("route");
          log.warn("database unavailable", { route, method: request.method, ...errorFields(error, false) });
          return Response.json(
            { error: "unavailable", message: translateMessage(await requestTranslator(), msg("serverErrors.databaseUnavailable")) },
            { status: 503, headers: { "retry-after": "2" } },
          );
        }
        log.error("request failed", { route, method: request.method, ...errorFields(error) });
        return Response.json({ error: "internal", message: translateMessage(await requestTranslator(), msg("serverErrors.routeInternal")) }, { status: 500 });
      }
    });
    observeRequest(route, request.method, response.status, (performance.now() - started) / 1000);
    try {
      response.headers.set("x-request-id", requestId);
    } catch {
      // immutable headers (a Response from fetch): the id is in the log line anyway
    }
    return response;
  };
}

/** A numeric route parameter in the column's range (lib/params.ts), or 404. */
export function intParam(raw: string | undefined, range?: { min?: number; max?: number }): number {
  const n = parseIntParam(raw, range);
  if (n === null) throw new AppError("not_found");
  return n;
}

/** Room for the multipart boundaries and headers around an uploaded file. */
export const FORM_OVERHEAD_BYTES = 64 * 1024;

/**
 * Reads a multipart form while counting its bytes: past `maxBytes` the upload is cut off at once
 * with 413, whether or not it declared a Content-Length (a chunked upload cannot slip through and
 * is never held whole in memory). A body that is not a form gives null.
 */
export async function readLimitedForm(request: Request, maxBytes: number, message = msg("serviceErrors.fileTooLarge")): Promise<FormData | null> {
  const tooLarge = () => new AppError("too_large", message, { fieldErrors: { file: [message] } });
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw tooLarge();
  if (!request.body) return null;
  let seen = 0;
  let exceeded = false;
  const counted = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > maxBytes) {
          exceeded = true;
          controller.error(tooLarge());
          return;
        }
        controller.enqueue(chunk);
      },
    }),
  );
  const contentType = request.headers.get("content-type") ?? "";
  try {
    return await new Response(counted, { headers: { "content-type": contentType } }).formData();
  } catch {
    if (exceeded) throw tooLarge();
    return null;
  }
}
