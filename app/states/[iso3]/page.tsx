import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Deadline } from "@/components/deadline";
import { StatusBadge } from "@/components/status-badge";
import { db } from "@/db/client";
import { getResolutionWithText, listCycles, PRIMARY_RESOLUTION } from "@/db/queries/resolutions";
import { findStateByIso3 } from "@/db/queries/states";
import { getStateCycleItems } from "@/db/queries/submissions";
import type { ReportingCycle } from "@/db/schema";
import { requirePageUser } from "@/lib/auth/guards";
import { now as clockNow } from "@/lib/clock";
import { isCycleClosed, pickCurrentCycle } from "@/lib/cycles";
import { effectiveDeadline } from "@/lib/deadlines";
import { canViewState } from "@/lib/permissions";
import { formatNewYorkDateTime, formatUnDate } from "@/lib/time";

export const metadata: Metadata = { title: "State" };

export default async function StatePage({ params }: { params: Promise<{ iso3: string }> }) {
  const { iso3 } = await params;
  const user = await requirePageUser(`/states/${iso3}`);
  const state = await findStateByIso3(db(), iso3);
  if (!state) notFound();
  if (!canViewState(user, state.id)) forbidden();

  const [t, now, data] = await Promise.all([
    getTranslations("delegation"),
    clockNow(),
    getResolutionWithText(db(), PRIMARY_RESOLUTION),
  ]);
  if (!data) notFound();
  const cycles = await listCycles(db(), data.resolution.id);
  const cycle = pickCurrentCycle(cycles);

  return (
    <section aria-labelledby="state-title">
      <h1 id="state-title">{t("title", { state: state.name })}</h1>
      {!cycle ? (
        <p>{t("noCycle")}</p>
      ) : (
        <CycleItems stateId={state.id} cycle={cycle} now={now} />
      )}
    </section>
  );
}

async function CycleItems({ stateId, cycle, now }: { stateId: number; cycle: ReportingCycle; now: Date }) {
  const [t, { items, extension }] = await Promise.all([getTranslations("delegation"), getStateCycleItems(db(), stateId, cycle)]);
  const deadline = effectiveDeadline(cycle.deadline, extension);
  return (
    <>
      <h2>{t("cycle", { session: cycle.targetSession })}</h2>
      <dl className="card">
        <dt>
          <strong>{t("deadline")}</strong>
        </dt>
        <dd>
          <Deadline deadline={deadline} now={now} />
          {extension && <p>{t("extension", { date: formatNewYorkDateTime(extension.deadline), reason: extension.reason })}</p>}
        </dd>
      </dl>
      {isCycleClosed(cycle) && <p className="notice">{t("closed")}</p>}
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t("cycle", { session: cycle.targetSession })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("item")}</th>
              <th scope="col">{t("question")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("lastSaved")}</th>
              <th scope="col">{t("submitted")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map(({ item, status, submission }) => (
              <tr key={item.id}>
                <th scope="row">({item.letter})</th>
                <td>{item.text}</td>
                <td>
                  <StatusBadge status={status} />
                </td>
                <td>{submission?.lastSavedAt ? formatNewYorkDateTime(submission.lastSavedAt) : t("never")}</td>
                <td>{submission?.submittedAt ? formatUnDate(submission.submittedAt) : t("never")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
