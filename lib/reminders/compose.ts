import { formatNewYorkDateTime } from "@/lib/time";
import { ordinal } from "@/lib/ordinal";

export interface ReminderInput {
  stateName: string;
  recipientName: string;
  session: number;
  /** The resolution mandating the cycle and its paragraph inviting the views (64/25, paragraph 3). */
  mandate?: { number: string; paragraph: number };
  deadline: Date;
  offsetDays: number | null;
  openItems: { letter: string; text: string; status: string }[];
  link: string;
}

/** The text of a reminder, in the Secretariat's usual courteous form. */
export function composeReminder(r: ReminderInput): { subject: string; body: string } {
  const when =
    r.offsetDays === null ? "" : r.offsetDays > 0 ? ` (${r.offsetDays} day${r.offsetDays === 1 ? "" : "s"} left)` : r.offsetDays < 0 ? " (deadline passed)" : " (due today)";
  const mandate = r.mandate ?? { number: "62/17", paragraph: 3 };
  const subject = `Resolution ${mandate.number}: views of ${r.stateName} for the ${ordinal(r.session)} session${when}`;
  const items = r.openItems.map((i) => `  (${i.letter}) ${i.text} [${i.status.replace("_", " ")}]`).join("\n");
  const timing =
    r.offsetDays !== null && r.offsetDays < 0
      ? `The deadline of ${formatNewYorkDateTime(r.deadline)} has passed. Replies are still accepted and will be marked as received late; those received after the report is issued appear in an addendum.`
      : `Replies are requested by ${formatNewYorkDateTime(r.deadline)}.`;
  const body = [
    `Dear ${r.recipientName},`,
    "",
    `The Office for Disarmament Affairs presents its compliments and recalls that, in paragraph ${mandate.paragraph} of resolution ${mandate.number}, the General Assembly invited all Member States to inform the Secretary-General of their views. For the ${ordinal(r.session)} session, the following items of ${r.stateName} are still open:`,
    "",
    items,
    "",
    timing,
    "A nil reply (no views on an item at this time) is also welcome.",
    "",
    `Reply here: ${r.link}`,
  ].join("\n");
  return { subject, body };
}
