import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { Metadata } from "next";
import { CycleForm } from "@/components/admin/cycle-form";
import { db } from "@/db/client";
import { requirePageRole } from "@/lib/auth/guards";
import { listCycles } from "@/lib/resolutions/queries";
import { OFFICIAL_TIME_ZONE } from "@/lib/time";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { readerLocale } from "@/lib/i18n/reader";
import { sessionName } from "@/lib/i18n/session-ordinal";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("cyclesTitle") };
}

export default async function CyclesPage() {
  await requirePageRole("/admin/cycles", "admin");
  const [cycles, t, locale] = await Promise.all([listCycles(db()), getTranslations("admin"), readerLocale()]);
  return (
    <section aria-labelledby="cycles-title">
      <h1 id="cycles-title">{t("cyclesTitle")}</h1>
      <p className="lede">{t("cyclesLede")}</p>
      {cycles.map((c) =>
        c.closedAt ? (
          <div key={c.id} className="card">
            <h2>{t("cycleFor", { session: sessionName(c.targetSession, locale, { case: "oblique", style: "numeric" }) })}</h2>
            <p>{t("closedCycle", { symbol: c.reportSymbol ?? "—" })}</p>
          </div>
        ) : (
          <ClientMessages key={c.id} namespaces={["admin"]} forms={false}>
          <CycleForm
            session={c.targetSession}
            sessionLabel={t("cycleFor", { session: sessionName(c.targetSession, locale, { case: "oblique", style: "numeric" }) })}
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
          </ClientMessages>
        ),
      )}
    </section>
  );
}
