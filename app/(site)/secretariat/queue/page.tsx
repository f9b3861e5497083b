import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import styles from "./page.module.css";
import { ClientMessages } from "@/components/client-messages";
import { QueueAssign } from "@/components/review/queue-assign";
import { QueueTable } from "@/components/review/queue-table";
import { db } from "@/db/client";
import { requirePageRole } from "@/lib/auth/guards";
import { getWorkQueue, listReviewers } from "@/lib/review/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("secretariatDay.queue");
  return { title: t("title") };
}

export default async function QueuePage() {
  const user = await requirePageRole("/secretariat/queue", "reviewer", "admin");
  const [queue, reviewers, t] = await Promise.all([getWorkQueue(db()), listReviewers(db()), getTranslations("secretariatDay.queue")]);
  const isAdmin = user.role === "admin";
  const mine = queue.filter((q) => q.reviewerId === user.id);
  const unassigned = queue.filter((q) => q.reviewerId === null);
  const others = queue.filter((q) => q.reviewerId !== null && q.reviewerId !== user.id);
  const reviewerName = new Map(reviewers.map((r) => [r.id, r.name]));
  const load = reviewers.map((r) => ({ ...r, n: queue.filter((q) => q.reviewerId === r.id).length, late: queue.filter((q) => q.reviewerId === r.id && q.isLate).length }));
  return (
    <ClientMessages namespaces={["secretariatQueue"]} forms={false}>
    <section aria-labelledby="queue-title">
      <h1 id="queue-title">{t("title")}</h1>
      <p className="lede">{t("lede", { total: queue.length, mine: mine.length, unassigned: unassigned.length })}</p>
      <div className={styles.columns}>
        <section aria-labelledby="queue-mine" className={styles.column}>
          <h2 id="queue-mine">{t("mine", { n: mine.length })}</h2>
          <QueueTable rows={mine} formId="queue-mine-form" caption={t("mine", { n: mine.length })} select={isAdmin} take={false} />
          {isAdmin && mine.length > 0 && <QueueAssign id="queue-mine-form" meId={user.id} reviewers={reviewers} />}
        </section>
        <section aria-labelledby="queue-unassigned" className={styles.column}>
          <h2 id="queue-unassigned">{t("unassigned", { n: unassigned.length })}</h2>
          <QueueTable rows={unassigned} formId="queue-unassigned-form" caption={t("unassigned", { n: unassigned.length })} />
          {unassigned.length > 0 && <QueueAssign id="queue-unassigned-form" meId={user.id} reviewers={isAdmin ? reviewers : null} />}
        </section>
      </div>
      {isAdmin && (
        <>
          <h2 id="queue-load">{t("loadTitle")}</h2>
          <div className="table-wrap">
            <table className="compact" aria-labelledby="queue-load">
              <thead>
                <tr>
                  <th scope="col">{t("reviewer")}</th>
                  <th scope="col">{t("loadOpen")}</th>
                  <th scope="col">{t("loadLate")}</th>
                </tr>
              </thead>
              <tbody>
                {load.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{r.name}</th>
                    <td>{r.n}</td>
                    <td>{r.late}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2 id="queue-others">{t("others", { n: others.length })}</h2>
          <QueueTable rows={others} formId="queue-others-form" caption={t("others", { n: others.length })} reviewerName={reviewerName} showReviewer />
          {others.length > 0 && <QueueAssign id="queue-others-form" meId={user.id} reviewers={reviewers} />}
        </>
      )}
    </section>
    </ClientMessages>
  );
}
