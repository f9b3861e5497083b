import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status-badge";
import { Deadline } from "@/components/deadline";
import { DueNext } from "@/components/timeline/due-next";
import { newYorkDate } from "@/lib/time";
import { db } from "@/db/client";
import { reference } from "@/lib/reference-cache";
import { getResolutionWithText, listCycles } from "@/lib/resolutions/queries";
import { getCycleStatusCounts } from "@/lib/submissions/queries";
import { requirePageRole } from "@/lib/auth/guards";
import { now as clockNow } from "@/lib/clock";
import { pickCurrentCycle } from "@/lib/cycles";
import { STATUSES } from "@/lib/status";
import { readerLocale } from "@/lib/i18n/reader";
import { sessionName } from "@/lib/i18n/session-ordinal";
import { LinkList } from "@/components/ui/blocks";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("home.nav") };
}

export default async function SecretariatHome() {
  const user = await requirePageRole("/secretariat", "reviewer", "admin");
  const [t, tr, locale, now, data] = await Promise.all([getTranslations("secretariat"), getTranslations("review"), readerLocale(), clockNow(), getResolutionWithText(db())]);
  const cycle = data ? pickCurrentCycle(await reference(`cycles:${data.resolution.id}`, () => listCycles(db(), data.resolution.id))) : undefined;
  if (!data || !cycle) return <h1>{t("title")}</h1>;
  const { counts, expected } = await getCycleStatusCounts(db(), cycle);
  const session = sessionName(cycle.targetSession, locale, { style: "numeric" });
  return (
    <section aria-labelledby="sec-title">
      <h1 id="sec-title">{t("title")}</h1>
      <nav aria-label={tr("home.nav")} className="card">
        <LinkList>
          <li>
            <Link href={`/secretariat/cycles/${cycle.targetSession}`}>{tr("home.matrix", { session })}</Link>
          </li>
          <li>
            <Link href={`/secretariat/cycles/${cycle.targetSession}/report`}>{tr("home.report", { session })}</Link>
          </li>
          <li>
            <Link href="/secretariat/queue">{tr("home.queue")}</Link>
          </li>
          <li>
            <Link href="/secretariat/audit">{tr("home.audit")}</Link>
          </li>
          <li>
            <Link href="/secretariat/outbox">{tr("home.outbox")}</Link>
          </li>
          {user.role === "admin" && (
            <li>
              <Link href="/admin/users">{tr("home.users")}</Link> · <Link href="/admin/cycles">{tr("home.cycles")}</Link>
            </li>
          )}
        </LinkList>
      </nav>
      <DueNext />
      <h2>{t("cycle", { session: cycle.targetSession, symbol: cycle.reportSymbol && cycle.reportIssuedOn && cycle.reportIssuedOn <= newYorkDate(now) ? cycle.reportSymbol : "—" })}</h2>
      <p>
        <Deadline deadline={cycle.deadline} now={now} />
      </p>
      <DataTable
        caption={t("countsCaption", { states: expected / data.items.length, items: data.items.length, total: expected })}
        style={{ maxWidth: "32rem" }}
        rows={STATUSES}
        rowKey={(s) => s}
        rowProps={(s) => ({ "data-status": s })}
        columns={[
          { key: "status", header: t("statusCol"), rowHeader: true, cell: (s) => <StatusBadge status={s} /> },
          { key: "count", header: t("countCol"), cell: (s) => counts[s] },
        ]}
      />
    </section>
  );
}
