import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { DEMO_DATE_CHECKS } from "@/lib/validation/timeline";
import { ClockForm } from "@/components/admin/clock-form";
import { db } from "@/db/client";
import { requirePageRole } from "@/lib/auth/guards";
import { now as clockNow } from "@/lib/clock";
import { getClockSetting } from "@/lib/clock-setting";
import { readerDates } from "@/lib/i18n/reader";
import { newYorkDate } from "@/lib/time";
import { Facts } from "@/components/ui/blocks";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("metaClock") };
}

export default async function ClockPage() {
  await requirePageRole("/admin/clock", "admin");
  const [t, now, setting, { moment }] = await Promise.all([getTranslations("clock"), clockNow(), getClockSetting(db()), readerDates()]);
  const source = setting.production ? "sourceReal" : setting.setting ? "sourceSetting" : setting.envToday ? "sourceEnv" : "sourceReal";
  return (
    <section aria-labelledby="clock-title">
      <h1 id="clock-title">{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
      <Facts>
        <dt>{t("current")}</dt>
        <dd data-testid="app-today">
          <time dateTime={now.toISOString()}>{moment(now)}</time>
        </dd>
        <dt>{t("source")}</dt>
        <dd>{t(source)}</dd>
      </Facts>
      {setting.production ? <p className="notice">{t("production")}</p> : <ClientMessages namespaces={["clock"]} forms={DEMO_DATE_CHECKS}><ClockForm current={setting.setting ?? newYorkDate(now)} /></ClientMessages>}
    </section>
  );
}
