/**
 * The coverage matrix's body as one HTML string. The table has some 2,700 elements (193 States × a link per item,
 * the State's link, its group, its reviewer); rendered element by element they were most of the page's rendering
 * time on the server, though nothing in them is interactive (the admin's checkboxes belong to the assignment form
 * through their `form` attribute, which reads them with FormData). Written here as text, the same markup costs a
 * fraction of that; every value is escaped.
 */

/**
 * One State's row, compact: the page sends these few bytes in the React payload and this component
 * renders the table (in HTML on the server, then hydrated), instead of sending every one of the 772
 * cells twice, once as HTML and once as React elements. What repeats from row to row (a regional
 * group's name, a reviewer's) is sent once, in `groups` and `reviewers`, and a row holds its index.
 */
export type CompactMatrixRow = [
  iso3: string,
  name: string,
  /** Index in `groups`. */
  group: number,
  /** One character per item, in the order of `letters`: the status's index in `statusShort`. */
  statuses: string,
  /** Bit i set: item i is late. */
  lateMask: number,
  /** Index in `reviewers`, or -1: no reviewer. */
  reviewer: number,
  /** "(extended to 15 June 2010)"; left out when the State has no extension. */
  extension?: string,
];

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };

/** Text or an attribute value, safe inside an element or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export interface MatrixRowsOptions {
  session: number;
  letters: readonly string[];
  rows: readonly CompactMatrixRow[];
  groups: readonly string[];
  reviewers: readonly string[];
  statusShort: readonly string[];
  isAdmin: boolean;
  /** "Select {state}". */
  selectState: string;
  /** The class of the extension's note after a State's name. */
  extensionClass: string;
}

/** Not started, the first status, is the cell's default look (CSS): its cells carry no status attribute. */
const NOT_STARTED = 0;

/**
 * An attribute's value, unquoted when the HTML standard allows it (nothing but letters, digits and `./_-`, which
 * is every link, code and status here), else quoted and escaped.
 */
function attr(value: string): string {
  return /^[\w./-]+$/.test(value) ? value : `"${escapeHtml(value)}"`;
}

/**
 * The rows in the HTML standard's short form: values unquoted where they may be (`attr`), and no end tag for a
 * cell, a row header or a row, which the next cell or row closes (the standard's "optional tags"). A browser builds
 * the same table; the matrix's 1,351 cells are some 11 KB lighter for it.
 */
export function matrixRowsHtml(o: MatrixRowsOptions): string {
  const short = o.statusShort.map(escapeHtml);
  const groups = o.groups.map(escapeHtml);
  const reviewers = o.reviewers.map(escapeHtml);
  const extensionClass = attr(o.extensionClass);
  let html = "";
  for (const [rawIso3, rawName, group, statuses, lateMask, reviewer, extension] of o.rows) {
    const name = escapeHtml(rawName);
    html += "<tr>";
    if (o.isAdmin) html += `<td><input type=checkbox name=state value=${attr(rawIso3)} form=assign-form aria-label=${attr(o.selectState.replace("{state}", rawName))}>`;
    html += `<th scope=row><a href=${attr(`/states/${rawIso3}`)}>${name}</a>`;
    if (extension) html += `<span class=${extensionClass}> ${escapeHtml(extension)}</span>`;
    html += `<td>${groups[group] ?? ""}`;
    for (let i = 0; i < o.letters.length; i += 1) {
      const status = Number(statuses[i]);
      // The link's name is its visible text; the row and column headers give its context. The address is relative
      // to the matrix's own (/secretariat/cycles/65): 772 of them, ten bytes each.
      html += status === NOT_STARTED ? "<td>" : `<td data-s=${status}>`;
      html += `<a href=${attr(`../review/${rawIso3}/${o.session}/${o.letters[i]}`)}>${short[status] ?? ""}${lateMask & (1 << i) ? "*" : ""}</a>`;
    }
    html += `<td>${reviewers[reviewer] ?? "—"}`;
  }
  return html;
}
