import "server-only";
import { forbidden, notFound } from "next/navigation";
import { isAppError } from "./errors";

/** On a page, a service's refusal renders the 403 or 404 page with that status. */
export async function orPageError<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isAppError(error)) {
      if (error.code === "forbidden") forbidden();
      if (error.code === "not_found") notFound();
    }
    throw error;
  }
}
