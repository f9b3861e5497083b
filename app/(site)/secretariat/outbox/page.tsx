import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { RetryMessage, RetryReport } from "@/components/review/retry-message";
import { RunReminders } from "@/components/review/run-reminders";
import { db } from "@/db/client";
import { requirePageRole } from "@/lib/auth/guards";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";
import { MAX_ATTEMPTS } from "@/lib/reminders/job";
import { listOutbox, outboxCounts } from "@/lib/reminders/queries";
import { upcomingReminders } from "@/lib/reminders/upcoming";
import { readerDates } from "@/lib/i18n/reader";
import { readerStateName } from "@/lib/i18n/state-names";
import type { Locale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("secretariatDay.outbox");
  return { title: t("title") };
}

export default async function OutboxPage() {
  const user = await requirePageRole("/secretariat/outbox", "reviewer", "admin");
  const today = await now();
  const [messages, counts, upcoming, t, { locale, moment }] = await Promise.all([
    listOutbox(db()),
    outboxCounts(db()),
    upcomingReminders(db(), today, env().APP_URL),
    getTranslations("secretariatDay.outbox"),
    readerDates(),
  ]);
  const setAside = messages.filter((m) => m.message.status === "failed");
  const retrying = messages.filter((m) => m.message.status === "pending" && m.message.attempts > 0);
  const rest = messages.filter((m) => !(m.message.status === "failed" || (m.message.status === "pending" && m.message.attempts > 0)));
  return (
    <section aria-labelledby="outbox-title">
      <h1 id="outbox-title">{t("title")}</h1>
      <p className="lede">
        {t("lede", { minutes: env().REMINDER_INTERVAL_MINUTES || "—" })} {env().SMTP_URL ? t("smtp") : t("noSmtp")}
      </p>
      <p>{t("counts", counts)}</p>
      {user.role === "admin" && (
        <ClientMessages namespaces={["outboxActions"]} forms={false}>
          <RunReminders />
        </ClientMessages>
      )}

      <h2 id="upcoming-title">{t("upcomingTitle")}</h2>
      {upcoming.length === 0 ? (
        <p>{t("upcomingNone")}</p>
      ) : (
        <ul className="outbox" aria-labelledby="upcoming-title">
          {upcoming.map((u) => (
            <li key={`${u.session}-${u.offsetDays}-${u.at.getTime()}`} className="card" data-upcoming={u.offsetDays}>
              <p>
                <strong>{t("upcomingWhen", { at: moment(u.at), offset: u.offsetDays, session: u.session })}</strong>
              </p>
              <p>{t("upcomingStates", { n: u.states.length, people: u.states.reduce((s, x) => s + x.recipients.length, 0) })}</p>
              <details>
                <summary>{t("recipients")}</summary>
                <ul>
                  {u.states.map((s) => (
                    <li key={s.iso3}>
                      {t("recipientLine", { state: readerStateName(s.iso3, s.name, locale), items: s.openItems.map((l) => `(${l})`).join(" "), to: s.recipients.join(", ") })}
                    </li>
                  ))}
                </ul>
              </details>
              {u.preview && (
                <details>
                  <summary>{t("preview", { to: u.preview.to })}</summary>
                  <p>
                    <strong>{u.preview.subject}</strong>
                  </p>
                  <pre className="reply-plain">{u.preview.body}</pre>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}

      <h2 id="setaside-title">{t("setAsideTitle", { n: setAside.length })}</h2>
      <p>{t("setAsideLede", { max: MAX_ATTEMPTS })}</p>
      <ClientMessages namespaces={["outboxActions"]} forms={false}>
        <RetryReport>
          <MessageList items={setAside} t={t} locale={locale} moment={moment} retry />
        </RetryReport>
      </ClientMessages>
      <h2 id="retrying-title">{t("retryingTitle", { n: retrying.length })}</h2>
      <MessageList items={retrying} t={t} locale={locale} moment={moment} />
      <h2 id="messages-title">{t("messagesTitle")}</h2>
      <MessageList items={rest} t={t} locale={locale} moment={moment} />
    </section>
  );
}

type Row = Awaited<ReturnType<typeof listOutbox>>[number];

function MessageList({
  items,
  t,
  locale,
  moment,
  retry = false,
}: {
  items: Row[];
  t: Awaited<ReturnType<typeof getTranslations<"secretariatDay.outbox">>>;
  locale: Locale;
  moment: (value: Date) => string;
  retry?: boolean;
}) {
  if (items.length === 0) return <p>{t("none")}</p>;
  return (
    <ul className="outbox">
      {items.map(({ message: m, state, iso3 }) => (
        <li key={m.id} className="card" data-to={m.toAddress} data-status={m.status}>
          <p>
            <strong>{m.subject}</strong>
          </p>
          <p className="muted">
            {t("to", { to: m.toAddress, state: readerStateName(iso3, state, locale) })} —{" "}
            {m.status === "sent" && m.sentAt
              ? t("sent", { at: moment(m.sentAt) })
              : m.status === "failed"
                ? t("failed", { attempts: m.attempts })
                : m.attempts > 0 && m.nextAttemptAt
                  ? t("retry", { attempts: m.attempts, at: moment(m.nextAttemptAt) })
                  : t("pending")}{" "}
            — {t("written", { at: moment(m.createdAt) })}
          </p>
          {m.lastError && <p className="form-error">{t("why", { error: m.lastError })}</p>}
          {retry && m.status === "failed" && <RetryMessage id={m.id} to={m.toAddress} />}
          <details>
            <summary>{t("message")}</summary>
            <pre className="reply-plain">{m.body}</pre>
          </details>
        </li>
      ))}
    </ul>
  );
}
