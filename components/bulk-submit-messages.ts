import type { ClientMessagePick } from "@/i18n/client-messages";

/**
 * The messages `BulkSubmit` (components/bulk-submit.tsx) reads, and only those: the delegation home
 * sends them to the browser instead of the three namespaces they come from (9 KB in English).
 * lib/i18n/client-messages.test.ts checks the component against this list.
 */
export const BULK_SUBMIT_MESSAGES = [
  "editor.publicationPublic",
  "editor.publicationRestricted",
  "reply.original",
  "reply.nilReply",
  "replyForm.bulkTitle",
  "replyForm.bulkLegend",
  "replyForm.bulkButton",
  "replyForm.bulkConfirmTitle",
  "replyForm.bulkDone",
  "replyForm.bulkLate",
  "replyForm.nilReplyTag",
  "replyForm.submitting",
  "replyForm.yesSubmit",
] as const satisfies readonly ClientMessagePick[];
