import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { Metadata } from "next";
import { CycleForm } from "@/components/admin/cycle-form";
import { db } from "@/db/client";
import { requirePageRole } from "@/lib/auth/guards";
import { listCycles } from "@/lib/resolutions/queries";
import { OFFICIAL_TIME_ZONE } from "@/lib/time";
import { ordinal } from "@/lib/ordinal";

export const metadata: Metadata = { title: "Cycles and deadlines" };

export default async function CyclesPage() {
  await requirePageRole("/admin/cycles", "admin");
  const cycles = await listCycles(db());
  return (
    <section aria-labelledby="cycles-title">
      <h1 id="cycles-title">Cycles and deadlines</h1>
      <p className="lede">Dates are New York time. A cycle whose report has been issued can no longer change.</p>
      {cycles.map((c) =>
        c.closedAt ? (
          <div key={c.id} className="card">
            <h2>Cycle for the {ordinal(c.targetSession)} session</h2>
            <p>Closed: report {c.reportSymbol} issued.</p>
          </div>
        ) : (
          <CycleForm
            key={c.id}
            session={c.targetSession}
            initial={{
              cycleId: c.id,
              noteVerbaleDate: c.noteVerbaleDate,
              deadline: format(new TZDate(c.deadline.getTime(), OFFICIAL_TIME_ZONE), "yyyy-MM-dd'T'HH:mm"),
              reportSymbol: c.reportSymbol ?? "",
              reminderOffsets: c.reminderOffsets.join(", "),
              issuanceLeadDays: c.issuanceLeadDays,
              processingDays: c.processingDays,
            }}
          />
        ),
      )}
    </section>
  );
}
