import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status-badge";
import { Deadline } from "@/components/deadline";
import { DueNext } from "@/components/timeline/due-next";
import { newYorkDate } from "@/lib/time";
import { db } from "@/db/client";
import { getResolutionWithText, listCycles } from "@/lib/resolutions/queries";
import { getCycleStatusCounts } from "@/lib/submissions/queries";
import { requirePageRole } from "@/lib/auth/guards";
import { now as clockNow } from "@/lib/clock";
import { pickCurrentCycle } from "@/lib/cycles";
import { STATUSES } from "@/lib/status";
import { ordinal } from "@/lib/ordinal";

export const metadata: Metadata = { title: "Secretariat" };

export default async function SecretariatHome() {
  const user = await requirePageRole("/secretariat", "reviewer", "admin");
  const [t, now, data] = await Promise.all([getTranslations("secretariat"), clockNow(), getResolutionWithText(db())]);
  const cycle = data ? pickCurrentCycle(await listCycles(db(), data.resolution.id)) : undefined;
  if (!data || !cycle) return <h1>{t("title")}</h1>;
  const { counts, expected } = await getCycleStatusCounts(db(), cycle);
  return (
    <section aria-labelledby="sec-title">
      <h1 id="sec-title">{t("title")}</h1>
      <nav aria-label="Secretariat" className="card">
        <ul className="link-list">
          <li>
            <Link href={`/secretariat/cycles/${cycle.targetSession}`}>Coverage matrix of the {ordinal(cycle.targetSession)} session</Link>
          </li>
          <li>
            <Link href={`/secretariat/cycles/${cycle.targetSession}/report`}>Report of the {ordinal(cycle.targetSession)} session</Link>
          </li>
          <li>
            <Link href="/secretariat/queue">My queue</Link>
          </li>
          <li>
            <Link href="/secretariat/audit">Audit log</Link>
          </li>
          <li>
            <Link href="/secretariat/outbox">Reminders and outbox</Link>
          </li>
          {user.role === "admin" && (
            <li>
              <Link href="/admin/users">Users</Link> · <Link href="/admin/cycles">Cycles and deadlines</Link>
            </li>
          )}
        </ul>
      </nav>
      <DueNext />
      <h2>{t("cycle", { session: cycle.targetSession, symbol: cycle.reportSymbol && cycle.reportIssuedOn && cycle.reportIssuedOn <= newYorkDate(now) ? cycle.reportSymbol : "—" })}</h2>
      <p>
        <Deadline deadline={cycle.deadline} now={now} />
      </p>
      <div className="table-wrap">
        <table style={{ maxWidth: "32rem" }}>
          <caption>{t("countsCaption", { states: expected / data.items.length, items: data.items.length, total: expected })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("statusCol")}</th>
              <th scope="col">{t("countCol")}</th>
            </tr>
          </thead>
          <tbody>
            {STATUSES.map((s) => (
              <tr key={s} data-status={s}>
                <th scope="row">
                  <StatusBadge status={s} />
                </th>
                <td>{counts[s]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
