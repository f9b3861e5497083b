import { PDF_FONT_FAMILIES } from "./fonts";

/**
 * The report's layout in Typst, after the General Assembly documents of 2010 (A/65/154): masthead,
 * contents with page numbers, numbered paragraphs, each State's name centred in bold, then
 * "[Original: ...]" and the date on two lines at the end side; from page 2 a running header with the
 * symbol on the outer side (even pages left, odd pages right; mirrored in Arabic) and the page
 * number in the outer bottom corner. Times New Roman's metrics (Tinos), 10/12 pt. The data come in
 * as JSON through `sys.inputs.data`, never spliced into the markup.
 */
export const REPORT_TEMPLATE = String.raw`
#let d = json(bytes(sys.inputs.data))
#let rtl-doc = d.dir == "rtl"
#let fonts = (${PDF_FONT_FAMILIES.map((f) => JSON.stringify(f)).join(", ")})
#set document(title: d.symbol + ": " + d.subtitle, author: "United Nations Secretariat")
// Justified, unhyphenated, lines broken one after the other as Word does (Typst's default for
// justified text weighs each paragraph's breaks as a whole, which cost a 400-page report most of its time).
#set text(font: fonts, size: 10pt, lang: d.lang, dir: if rtl-doc { rtl } else { ltr }, top-edge: 0.8em, bottom-edge: -0.2em, hyphenate: false)
#set par(leading: 2pt, spacing: 6pt, justify: true, linebreaks: "simple")
#let outer-left(page) = if rtl-doc { calc.odd(page) } else { calc.even(page) }
#set page(
  paper: "a4",
  margin: (top: 2.8cm, bottom: 2.5cm, inside: 2.4cm, outside: 2.4cm),
  header: context {
    let p = here().page()
    if p > 1 {
      set text(size: 8pt, weight: "bold")
      let s = d.running
      box(width: 100%, stroke: (bottom: 0.5pt), inset: (bottom: 3pt), if outer-left(p) { align(left, s) } else { align(right, s) })
    }
  },
  footer: context {
    let p = here().page()
    if p > 1 {
      set text(size: 8pt, weight: "bold")
      if outer-left(p) { align(left, str(p)) } else { align(right, str(p)) }
    }
  },
)
// Paragraph numbers and list markers hang in a box at the start of the first line (one paragraph,
// no grid: a grid per paragraph made a 400-page report several times slower to lay out). Indents
// are given on the side where the text starts, from the direction passed in (no context lookups).
#let pads(s, e: 0pt, rtl: false, body) = if rtl { pad(right: s, left: e, body) } else { pad(left: s, right: e, body) }
// An inline box sits on the line by its bottom edge, 0.2em below the baseline (the text's bottom-edge): shifted by as much.
#let hanging(width, marker, body) = par(hanging-indent: width)[#box(width: width, baseline: 0.2em, marker)#body]
#let runs(list) = list.map(r => {
  let c = r.t.split("\n").map(x => [#x]).join(linebreak())
  if r.at("b", default: false) { c = text(weight: "bold", c) }
  if r.at("i", default: false) { c = emph(c) }
  c
}).join()
#let numbered(n, body) = hanging(1cm, [#n.], body)
#let block-of(b, rtl) = {
  if b.k == "p" { if b.at("n", default: none) != none { numbered(b.n, runs(b.r)) } else { pads(1cm, rtl: rtl, runs(b.r)) } }
  else if b.k == "h" { pads(1cm, rtl: rtl, text(weight: "bold", runs(b.r))) }
  else if b.k == "q" { pads(2cm, e: 1cm, rtl: rtl, runs(b.r)) }
  else if b.k == "li" { pads(1cm + b.depth * 0.75cm, rtl: rtl, hanging(0.75cm, b.marker, runs(b.r))) }
}
#show heading: set text(size: 10pt, weight: "bold")
#show heading.where(level: 1): it => block(above: 14pt, below: 8pt, it.body)
#show heading.where(level: 2): it => block(above: 14pt, below: 6pt, width: 100%, align(center, it.body))
#show heading.where(level: 3): it => block(above: 8pt, below: 6pt, it.body)

// Masthead
#grid(columns: (1fr, auto), align: (start + bottom, end + bottom), text(size: 10pt, d.masthead.unitedNations), text(size: 17pt, weight: "bold", d.symbol))
#line(length: 100%, stroke: 1.5pt)
#grid(columns: (1fr, auto), align: (start + top, start + top), text(size: 20pt, weight: "bold", d.masthead.organ),
  block(width: 5cm, text(size: 10pt)[#d.masthead.distribution \ #d.dateLine \ \ #d.masthead.original.split("\n").join(linebreak())]))
#line(length: 100%, stroke: 0.75pt)
#v(6pt)
#block[#set par(justify: false)
#d.sessionLine \
#if d.masthead.agendaLine != none { if d.masthead.footnote != none { let parts = d.masthead.agendaLine.split("*"); [#parts.at(0)#footnote(numbering: "*", d.masthead.footnote.trim("* ", at: start))#parts.slice(1).join()] } else [#d.masthead.agendaLine] } \
#text(weight: "bold", d.title)]
#v(14pt)
#block(width: 80%)[#set par(justify: false); #text(size: 15pt, weight: "bold", d.title)]
#v(6pt)
#text(size: 15pt, weight: "bold", d.subtitle)
#if d.addendumLine != none { v(4pt); text(size: 15pt, weight: "bold", d.addendumLine) }
#v(14pt)
#grid(columns: (1fr, auto), text(size: 10pt, style: "italic", d.contentsHeading), text(size: 8pt, style: "italic", d.pageLabel))
#v(4pt)
#outline(title: none, depth: 2, indent: 1cm)
#pagebreak(weak: true)

= #d.introHeading
#for b in d.intro {
  if b.k == "p" { numbered(b.n, b.t) }
  else { for i in b.items { pads(1cm, rtl: rtl-doc, hanging(1cm, i.label, i.text)) } }
}

= #d.repliesHeading
#if d.states.len() == 0 { pads(1cm, rtl: rtl-doc, d.noReplies) }
#for s in d.states {
  heading(level: 2, s.name)
  align(end)[#s.original \ #s.received]
  v(6pt)
  for it in s.items {
    let it-rtl = it.dir == "rtl"
    set text(lang: it.lang, dir: if it-rtl { rtl } else { ltr })
    if it.heading != none { heading(level: 3, outlined: false, pads(1cm, rtl: it-rtl, it.heading)) }
    if it.restricted != none { pads(1cm, rtl: it-rtl, text(weight: "bold", "[" + it.restricted + "]")) }
    for b in it.blocks { block-of(b, it-rtl) }
  }
}
`;
