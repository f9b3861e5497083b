import type { AuditAction } from "@/lib/audit";
import { sessionName } from "@/lib/i18n/session-ordinal";
import { stateName } from "@/lib/i18n/state-names";
import type { Locale } from "@/lib/i18n/locales";

/** Kinds of event as a person names them; the filter offers these, never the internal codes. */
export const AUDIT_KINDS = {
  submissions: ["submission.submit", "submission.amend"],
  drafts: ["submission.start_draft", "submission.restore"],
  withdrawals: ["submission.withdraw"],
  decisions: ["submission.start_review", "submission.return", "submission.accept", "submission.publish"],
  comments: ["submission.comment"],
  letters: ["submission.attach_letter"],
  assignments: ["review.assign"],
  extensions: ["cycle.extend_deadline"],
  reports: ["report.issue"],
  reminders: ["outbox.retry"],
  accounts: ["user.create", "user.disable", "user.enable", "user.reset_link", "user.reset_password", "calendar_token.rotate"],
  settings: ["cycle.update", "clock.set", "resolution.create", "expert_group.add_member", "expert_group.remove_member", "expert_group.set_chair", "expert_group.set_expert"],
} as const satisfies Record<string, readonly AuditAction[]>;

export type AuditKind = keyof typeof AUDIT_KINDS;

export function isAuditKind(value: unknown): value is AuditKind {
  return typeof value === "string" && Object.hasOwn(AUDIT_KINDS, value);
}

export function kindOf(action: string): AuditKind | null {
  for (const [kind, actions] of Object.entries(AUDIT_KINDS)) if ((actions as readonly string[]).includes(action)) return kind as AuditKind;
  return null;
}

/** Sentences with their own key in the catalog; every other event reads "{actor}: {kind}". */
const SENTENCES: ReadonlySet<string> = new Set<AuditAction>([
  "submission.start_draft",
  "submission.submit",
  "submission.amend",
  "submission.withdraw",
  "submission.restore",
  "submission.attach_letter",
  "submission.comment",
  "submission.start_review",
  "submission.return",
  "submission.accept",
  "submission.publish",
  "review.assign",
  "cycle.extend_deadline",
  "report.issue",
  "outbox.retry",
]);

export interface AuditRow {
  action: string;
  actor: string | null;
  iso3: string | null;
  session: number | null;
  details: unknown;
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

const text = (v: unknown, max = 300) => (typeof v === "string" ? (v.length > max ? `${v.slice(0, max - 1)}…` : v) : "");

/**
 * One event as a sentence in the reader's language, e.g. "Reviewer Two returned India's reply to
 * item (a), 65th session: “Please name the national CERT”". `t` reads secretariatDay.audit.
 */
export function auditSentence(e: AuditRow, locale: Locale, t: Translate, formatDate: (iso: string) => string): string {
  const d = (e.details && typeof e.details === "object" ? e.details : {}) as Record<string, unknown>;
  const values: Record<string, string | number> = {
    actor: e.actor ?? t("system"),
    state: e.iso3 ? stateName(e.iso3, locale) : "—",
    item: text(d.item) || "—",
    session: e.session ? sessionName(e.session, locale, { style: "numeric" }) : "—",
    version: typeof d.version === "number" ? d.version : 0,
    reason: text(d.reason),
    comment: text(d.body),
    reviewer: text(d.reviewerName) || (d.reviewerId ? t("someone") : t("nobody")),
    deadline: typeof d.deadline === "string" ? formatDate(d.deadline) : "—",
    to: text(d.to),
    kind: t(`kinds.${kindOf(e.action) ?? "settings"}`),
  };
  if (e.action === "review.assign") {
    const states = Array.isArray(d.states) ? d.states.filter((s): s is string => typeof s === "string") : [];
    values.what =
      states.length === 1 && d.item
        ? t("what.item", { state: stateName(states[0]!, locale), item: text(d.item) })
        : t("what.states", { states: states.map((s) => stateName(s, locale)).join(", "), count: states.length });
  }
  if (!SENTENCES.has(e.action)) return t("events.other", values);
  const key = `events.${e.action.replace(".", "_")}`;
  if (e.action === "submission.return" && !values.reason) return t("events.submission_return_noreason", values);
  return t(key, values);
}
