import { renderMarkdown } from "@/lib/markdown";
import { RESTRICTED_LABEL, type CompiledReport } from "@/lib/report/compile";

/**
 * The compiled report as a web page, in the document's own order: masthead, I. Introduction,
 * II. Replies received from Governments (a State per h3, an item per h4). The replies' Markdown goes
 * through lib/markdown.ts, which escapes any HTML a delegation typed.
 */
export function ReportDocument({ report, headingId }: { report: CompiledReport; headingId: string }) {
  return (
    <article className="un-document" aria-labelledby={headingId} lang="en">
      <div className="masthead">
        <p className="masthead-symbol symbol">{report.symbol}</p>
        <p className="masthead-organ">General Assembly</p>
        <p className="masthead-right">
          Distr.: General
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
      <h2 id={headingId} className="document-title">
        {report.title}
        <span className="document-subtitle">{report.subtitle}</span>
        {report.addendumLine && <span className="document-subtitle">{report.addendumLine}</span>}
      </h2>

      <section aria-labelledby={`${headingId}-intro`}>
        <h3 id={`${headingId}-intro`}>{report.sections.introduction.heading}</h3>
        {report.sections.introduction.blocks.map((b, i) =>
          b.kind === "paragraph" ? (
            <p key={i} className="numbered-paragraph">
              <span className="paragraph-number">{b.number}.</span> {b.text}
            </p>
          ) : (
            <ul key={i} className="document-list">
              {b.items.map((item) => (
                <li key={item.label}>
                  <span className="paragraph-number">{item.label}</span> {item.text}
                </li>
              ))}
            </ul>
          ),
        )}
      </section>

      <section aria-labelledby={`${headingId}-replies`}>
        <h3 id={`${headingId}-replies`}>{report.sections.replies.heading}</h3>
        {report.states.length === 0 && <p>No reply has been received.</p>}
        {report.states.map((state) => (
          <section key={state.iso3} className="document-state" aria-labelledby={`${headingId}-${state.iso3}`} data-iso3={state.iso3}>
            <h4 id={`${headingId}-${state.iso3}`}>{state.name}</h4>
            <p className="masthead-right">
              {state.originalLine}
              <br />
              {state.receivedLine}
            </p>
            {state.items.map((item) => (
              <div key={item.letter} className="document-item">
                <h5>{item.heading}</h5>
                {item.restricted && <p className="restricted-mark">[{RESTRICTED_LABEL}]</p>}
                {item.isNilReply ? (
                  <p>
                    <em>{item.body}</em>
                  </p>
                ) : (
                  <div className="reply-text" lang={item.language} dir={item.language === "ar" ? "rtl" : undefined} dangerouslySetInnerHTML={{ __html: renderMarkdown(item.body) }} />
                )}
              </div>
            ))}
          </section>
        ))}
      </section>
    </article>
  );
}
