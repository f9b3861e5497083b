import type { CompiledReport } from "@/lib/report/compile";
import styles from "./report-document.module.css";
import { ReplyText } from "@/components/ui/blocks";

/**
 * The compiled report as a web page, in the document's own order: masthead, I. Introduction,
 * II. Replies received from Governments (a State per h3, an item per h4). The replies' Markdown goes
 * through lib/markdown.ts, which escapes any HTML a delegation typed.
 */
export function ReportDocument({ report, headingId }: { report: CompiledReport; headingId: string }) {
  return (
    <article className={styles.document} aria-labelledby={headingId} lang={report.locale} dir={report.dir}>
      <div className={styles.masthead}>
        <p className={`${styles.mastheadSymbol} symbol`}>{report.symbol}</p>
        <p className={styles.mastheadOrgan}>{report.masthead.organ}</p>
        <p className={styles.mastheadRight}>
          {report.masthead.distribution}
          <br />
          {report.dateLine}
        </p>
        <p>
          {report.sessionLine}
          {report.agendaLine && (
            <>
              <br />
              {report.agendaLine}
            </>
          )}
        </p>
        <p>
          <strong>{report.title}</strong>
        </p>
      </div>
      <h2 id={headingId} className={styles.title}>
        {report.title}
        <span className={styles.subtitle}>{report.subtitle}</span>
        {report.addendumLine && <span className={styles.subtitle}>{report.addendumLine}</span>}
      </h2>

      <section aria-labelledby={`${headingId}-intro`}>
        <h3 id={`${headingId}-intro`}>{report.sections.introduction.heading}</h3>
        {report.sections.introduction.blocks.map((b, i) =>
          b.kind === "paragraph" ? (
            <p key={i} className={styles.numbered}>
              <span className={styles.number}>{b.number}.</span> {b.text}
            </p>
          ) : (
            <ul key={i} className={styles.list}>
              {b.items.map((item) => (
                <li key={item.label}>
                  <span className={styles.number}>{item.label}</span> {item.text}
                </li>
              ))}
            </ul>
          ),
        )}
      </section>

      <section aria-labelledby={`${headingId}-replies`}>
        <h3 id={`${headingId}-replies`}>{report.sections.replies.heading}</h3>
        {report.states.length === 0 && <p>{report.noRepliesLine}</p>}
        {report.states.map((state) => (
          <section key={state.iso3} className="document-state" aria-labelledby={`${headingId}-${state.iso3}`} data-iso3={state.iso3}>
            <h4 id={`${headingId}-${state.iso3}`}>{state.name}</h4>
            <p className={styles.mastheadRight}>
              {state.originalLine}
              <br />
              {state.receivedLine}
            </p>
            {state.items.map((item) => (
              <div key={item.letter} className={styles.item}>
                {item.heading && <h5>{item.heading}</h5>}
                {item.restricted && <p className={styles.restricted}>[{report.restrictedLabel}]</p>}
                {item.isNilReply ? (
                  <p>
                    <em>{item.body}</em>
                  </p>
                ) : (
                  <ReplyText body={item.body} language={item.language} />
                )}
              </div>
            ))}
          </section>
        ))}
      </section>
    </article>
  );
}
