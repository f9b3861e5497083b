import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pageNamespaces, pickMessages, type ClientMessagePick, type FormChecks } from "@/i18n/client-messages";

/**
 * Sends the named catalog namespaces to the client components inside it, on the page that has them:
 * the root layout sends only what every page needs (the error boundary's and the dialogs' messages).
 * A nested provider replaces its parent's messages, so the root namespaces are sent again (pageNamespaces).
 * `forms={false}` leaves out the forms' own checks, for client components without a checked field;
 * `forms={["validation.replyText", ...]}` sends only the checks of the page's own schemas (FormChecks).
 */
export async function ClientMessages({ namespaces, forms = true, children }: { namespaces: readonly ClientMessagePick[]; forms?: FormChecks; children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, pageNamespaces(namespaces, { forms }))}>{children}</NextIntlClientProvider>;
}
