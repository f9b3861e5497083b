import "server-only";
import { isAppError } from "./errors";

/**
 * Wraps a route handler, whatever it answers (PDF, DOCX, ICS, CSV or JSON): an AppError thrown inside
 * becomes a JSON error with its HTTP status; anything else is logged and answered with a 500 that
 * reveals nothing of the database.
 */
export function routeHandler<C>(handler: (request: Request, context: C) => Promise<Response>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      return await handler(request, context);
    } catch (error) {
      if (isAppError(error)) {
        return Response.json({ error: error.code, message: error.message, fieldErrors: error.fieldErrors }, { status: error.status });
      }
      console.error(error);
      return Response.json({ error: "internal", message: "Something went wrong on our side." }, { status: 500 });
    }
  };
}
