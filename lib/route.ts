import "server-only";
import { isAppError } from "./errors";
import { msg, translateFieldErrors, translateMessage } from "./i18n/message-key";
import { requestTranslator } from "./i18n/server-translator";
import { isDatabaseUnavailable } from "./ops/db-health";
import { errorFields, log, requestIdFrom, withRequestId } from "./ops/log";
import { countUnavailable, observeRequest } from "./ops/metrics";

/**
 * Wraps a route handler, whatever it answers (PDF, DOCX, ICS, CSV or JSON): an AppError becomes a
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
