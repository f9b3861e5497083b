import { config, type core } from "zod/mini";
import { msg } from "@/lib/i18n/message-key";

/**
 * zod's own messages (for a check that names no message of its own) as catalog keys too, so that no
 * English reaches a reader of another language. Set once for the zod of the page and of the server:
 * every schema file under lib/validation imports this module.
 */
export function zodMessage(issue: core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === null ? msg("validation.required") : msg("validation.invalid");
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string") return min <= 1 ? msg("validation.required") : msg("validation.tooShort", { min });
      if (issue.origin === "array" || issue.origin === "set") return msg("validation.tooFew", { min });
      return msg("validation.atLeast", { min });
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") return msg("validation.tooLong", { max });
      if (issue.origin === "array" || issue.origin === "set") return msg("validation.tooMany", { max });
      return msg("validation.atMost", { max });
    }
    case "invalid_value":
      return msg("validation.chooseOption");
    case "invalid_format":
      return msg("validation.invalidFormat");
    default:
      return msg("validation.invalid");
  }
}

config({ customError: zodMessage });
