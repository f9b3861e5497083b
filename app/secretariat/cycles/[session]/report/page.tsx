import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { IssueReport } from "@/components/report/issue-report";
import { ReportDocument } from "@/components/report/report-document";
import { db } from "@/db/client";
import { getCycleStatusCounts } from "@/lib/submissions/queries";
import { requirePageRole } from "@/lib/auth/guards";
import { now as clockNow } from "@/lib/clock";
import { isAppError } from "@/lib/errors";
import { ordinal } from "@/lib/ordinal";
import { compileReport } from "@/lib/report/compile";
import { loadNextDocument } from "@/lib/report/queries";
import { formatNewYorkDateTime, formatUnDate, newYorkDate } from "@/lib/time";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { LinkList } from "@/components/ui/blocks";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Report of the Secretary-General" };

export default async function ReportPage({ params }: { params: Promise<{ session: string }> }) {
  const { session } = await params;
  await requirePageRole(`/secretariat/cycles/${session}/report`, "reviewer", "admin");
  const sessionNumber = Number(session);
  const loaded = await loadNextDocument(db(), sessionNumber).catch((e: unknown) => {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  });
  const { frame, issued, source } = loaded;
  const { cycle } = frame;
  const report = compileReport(source, "full");
  const [now, { counts }] = await Promise.all([clockNow(), getCycleStatusCounts(db(), cycle)]);
  const awaiting = counts.submitted + counts.under_review + counts.returned;
  const restricted = report.states.reduce((n, s) => n + s.items.filter((i) => i.restricted).length, 0);
  const base = `/api/secretariat/cycles/${cycle.targetSession}`;
  const warnings = [
    !report.addendumLine && now < cycle.deadline ? `The reply deadline (${formatNewYorkDateTime(cycle.deadline)}) has not passed: issuing now closes the cycle to the States still replying.` : null,
    awaiting > 0 ? `${awaiting} ${awaiting === 1 ? "reply is" : "replies are"} still awaiting review and ${awaiting === 1 ? "is" : "are"} not included.` : null,
  ].filter(Boolean);

  return (
    <section aria-labelledby="report-title">
      <Breadcrumb>
        <Link href="/secretariat">Secretariat</Link> › <Link href={`/secretariat/cycles/${cycle.targetSession}`}>Coverage matrix, {ordinal(cycle.targetSession)} session</Link> › Report
      </Breadcrumb>
      <h1 id="report-title">Report of the Secretary-General for the {ordinal(cycle.targetSession)} session</h1>
      <p className="lede">
        Compiled from the accepted replies, each as last submitted (never a draft). Symbol <span className="symbol">{report.baseSymbol}</span>
        {cycle.reportAgendaItem ? `, agenda item ${cycle.reportAgendaItem}` : ""}; note verbale of {formatUnDate(cycle.noteVerbaleDate)}.
      </p>

      <h2>Issued documents</h2>
      {issued.length === 0 ? (
        <p>{cycle.reportIssuedOn ? `The report was issued on ${formatUnDate(cycle.reportIssuedOn)}, before this tracker; nothing has been issued here yet.` : "Nothing has been issued yet."}</p>
      ) : (
        <DataTable
          caption="Documents issued for this cycle"
          hideCaption
          variant="compact"
          rows={issued}
          rowKey={(r) => r.id}
          columns={[
            { key: "document", header: "Document", rowHeader: true, cellClassName: "symbol", cell: (r) => r.symbol },
            { key: "issued", header: "Issued on", cell: (r) => formatUnDate(r.issuedOn) },
            { key: "by", header: "By", cell: (r) => r.issuedBy },
            { key: "replies", header: "Replies", cell: (r) => r.replies },
            {
              key: "downloads",
              header: "Downloads",
              cell: (r) => (
                <>
                  <a href={`${base}/report.docx?addendum=${r.addendum}`}>DOCX<span className="visually-hidden"> of {r.symbol}</span></a> ·{" "}
                  <a href={`${base}/report.pdf?addendum=${r.addendum}`}>PDF<span className="visually-hidden"> of {r.symbol}</span></a> · public edition:{" "}
                  <a href={`${base}/report.pdf?addendum=${r.addendum}&edition=public`}>PDF<span className="visually-hidden"> of {r.symbol}, public edition</span></a>
                </>
              ),
            },
          ]}
        />
      )}

      <h2 id="next-title">
        Next document: <span className="symbol">{report.symbol}</span> {report.addendumLine ? "(addendum)" : ""}
      </h2>
      <p role="status" aria-live="polite">
        {report.replyCount === 0
          ? "No accepted reply is waiting to be issued."
          : `${report.replyCount} accepted ${report.replyCount === 1 ? "reply" : "replies"} from ${report.states.length} ${report.states.length === 1 ? "State" : "States"}${restricted > 0 ? `, ${restricted} restricted` : ""}.`}
      </p>
      {warnings.map((w) => (
        <p key={w} className="notice warn">
          {w}
        </p>
      ))}
      <h3>Export</h3>
      <LinkList>
        <li>
          <a href={`${base}/report.docx`}>Draft as DOCX (Word)</a>
        </li>
        <li>
          <a href={`${base}/report.pdf`}>Draft as PDF</a>
        </li>
        <li>
          <a href={`${base}/report.pdf?edition=public`}>Draft as PDF, public edition</a>
        </li>
        <li>
          <a href={`${base}/replies.csv`}>All submitted replies as CSV</a>
        </li>
        <li>
          <a href={`${base}/replies.json`}>All submitted replies as JSON</a>
        </li>
      </LinkList>
      {/* Always rendered, so its confirmation stays on screen after the page refreshes. */}
      <h3>Issue</h3>
      <IssueReport
        summary={{
          session: cycle.targetSession,
          symbol: report.symbol,
          isAddendum: report.addendum > 0,
          fingerprint: report.fingerprint,
          replies: report.replyCount,
          states: report.states.length,
          restricted,
          issueDate: formatUnDate(newYorkDate(now)),
          warning: warnings.join(" ") || null,
        }}
      />

      <h2>Preview</h2>
      <p className="muted">Restricted replies are marked; the public edition and the public pages leave them out.</p>
      <ReportDocument report={report} headingId="preview" />
    </section>
  );
}
