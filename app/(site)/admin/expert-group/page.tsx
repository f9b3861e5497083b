import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { ADD_MEMBER_CHECKS } from "@/lib/validation/expert-group";
import { BalanceView } from "@/components/expert-group/balance-view";
import { CompositionEditor } from "@/components/expert-group/composition-editor";
import { db } from "@/db/client";
import { requirePageRole } from "@/lib/auth/guards";
import { now as clockNow } from "@/lib/clock";
import { getExpertGroupsView, listMembershipOn } from "@/lib/expert-group/queries";
import { readerDates } from "@/lib/i18n/reader";
import { inReaderLanguage, readerStateName } from "@/lib/i18n/state-names";
import { newYorkDate } from "@/lib/time";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("editExpertGroup") };
}

export default async function EditExpertGroupPage() {
  await requirePageRole("/admin/expert-group", "admin");
  const [t, now, { locale, day }] = await Promise.all([getTranslations("composition"), clockNow(), readerDates()]);
  const [groups, membership] = await Promise.all([getExpertGroupsView(db(), now), listMembershipOn(db(), newYorkDate(now))]);
  const g = groups[0];
  if (!g) return <h1>{t("title")}</h1>;
  const inGroup = new Set(g.members.map((m) => m.iso3));
  return (
    <section aria-labelledby="edit-eg-title">
      <Breadcrumb>
        <Link href="/expert-group">{(await getTranslations("admin"))("expertGroup")}</Link>
      </Breadcrumb>
      <h1 id="edit-eg-title">{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
      <ClientMessages namespaces={["composition"]} forms={ADD_MEMBER_CHECKS}>
        <CompositionEditor
          groupId={g.group.id}
          members={g.members.map((m) => ({ iso3: m.iso3, name: readerStateName(m.iso3, m.name, locale), expertName: m.expertName, isChair: m.isChair }))}
          candidates={inReaderLanguage(membership.filter((s) => !inGroup.has(s.iso3)).map((s) => ({ iso3: s.iso3, name: s.name })), locale)}
        />
      </ClientMessages>
      <BalanceView balance={g.balance} today={day(now)} flags />
    </section>
  );
}
