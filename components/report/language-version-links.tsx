import { LinkList } from "@/components/ui/blocks";
import { LOCALE_INFO, LOCALES } from "@/lib/i18n/locales";

/** The report's six language versions, each named in itself, as PDF and DOCX links under `base`. */
export function LanguageVersionLinks({ base, pdf, docx }: { base: string; pdf: string; docx: string }) {
  return (
    <LinkList>
      {LOCALES.map((l) => (
        <li key={l}>
          <span lang={l} dir={LOCALE_INFO[l].dir}>
            {LOCALE_INFO[l].endonym}
          </span>
          : <a href={`${base}/report.pdf?lang=${l}`}>{pdf}</a> · <a href={`${base}/report.docx?lang=${l}`}>{docx}</a>
        </li>
      ))}
    </LinkList>
  );
}
