/**
 * Inline style sheet of the HTML report (installed fonts only, no network: Noto for every script first, where
 * installed, then the system's). Slot groups show their sentence pairs
 * and drift reasons when open (`.open`, set by the script; always without script). Below 40rem the tables
 * stack: one block per cell, labelled with its document, so that a phone never scrolls sideways.
 */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --rule: #c8c8c8; --focus: #0b57d0; --low: #9b1c1c; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0 auto; max-width: 1400px; padding: 1.5rem; font: 15px/1.5 "Noto Sans", "Noto Sans Khmer", "Noto Sans Arabic", "Noto Sans Thai", "Noto Sans SC", "Noto Sans CJK SC", system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #fff; overflow-wrap: anywhere; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--rule); }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
a { color: #0b4fb3; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
code, .id { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .9em; overflow-wrap: anywhere; }
.skip { position: absolute; left: -999rem; }
.skip:focus { position: static; }
.summary { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; margin: 0; padding: 0; list-style: none; color: var(--muted); }
.summary strong { color: var(--ink); }
.legend { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem; margin: .75rem 0; font-size: .9rem; }
.legend .scale { width: 12rem; max-width: 40vw; height: 1rem; border: 1px solid var(--rule); background: linear-gradient(to right, hsl(20 85% 98%), hsl(20 85% 58%)); }
.legend .swatch-gap { width: 2rem; height: 1rem; border: 1px solid var(--rule); }
form.filters { display: flex; flex-wrap: wrap; align-items: end; gap: .5rem 1rem; margin: 1rem 0; padding: .5rem .75rem; background: #f6f7f9; border: 1px solid var(--rule); border-radius: 4px; }
form.filters label { display: flex; flex-direction: column; font-size: .85rem; color: #333; }
form.filters input, form.filters select, button { font: inherit; font-size: .9rem; }
form.filters input[type="number"] { width: 7rem; }
form.filters .status { margin: 0; flex-basis: 100%; font-size: .85rem; color: #333; }
button { cursor: pointer; padding: .1rem .5rem; border: 1px solid #888; border-radius: 3px; background: #fff; color: var(--ink); }
table { border-collapse: collapse; }
table.contents { width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
table.contents th, table.contents td { border-bottom: 1px solid var(--rule); padding: .25rem .5rem; text-align: start; vertical-align: top; }
table.contents thead th { background: #f3f3f3; }
table.contents th button { border: 0; padding: 0; background: none; font-weight: 600; text-decoration: underline dotted; }
th[aria-sort="ascending"] button::after { content: " ▲"; }
th[aria-sort="descending"] button::after { content: " ▼"; }
.badge { display: inline-block; padding: 0 .35rem; border: 1px solid #777; border-radius: 3px; font-size: .8rem; }
table.alignment { width: 100%; table-layout: fixed; margin-bottom: 1rem; }
table.alignment th, table.alignment td { border: 1px solid var(--rule); padding: .4rem .5rem; vertical-align: top; text-align: start; }
table.alignment thead th { background: #f3f3f3; position: sticky; top: 0; z-index: 2; }
table.alignment th.slot { width: 9rem; background: #fafafa; font-weight: 600; }
table.alignment tbody.slot { border-top: 2px solid #999; }
th .role, th .lang, th .lines { display: block; font-weight: normal; color: var(--muted); font-size: .85rem; }
th .toggle { margin-top: .25rem; font-weight: normal; }
th .toggle::before { content: "▸ "; }
th .toggle[aria-expanded="true"]::before { content: "▾ "; }
tbody.slot:target, tr.pair:target { outline: 3px solid var(--focus); outline-offset: -3px; }
td.cell .text, tr.pair p { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; }
td.cell .meta { display: block; margin: .25rem 0 0; font-size: .8rem; color: #333; }
.line { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .75rem; color: var(--muted); margin: 0 .35rem; }
td.cell .reasons { display: none; margin: .35rem 0 0; padding: .35rem .5rem .35rem 1.4rem; background: #fffef5; border: 1px solid #bbb; border-radius: 3px; font-size: .85rem; }
.js tbody.slot:not(.open) tr.pair { display: none; }
.js tbody.slot.open td.cell .reasons, html:not(.js) td.cell .reasons { display: block; }
.js tbody.slot.open.paired td.cell .text { display: none; }
tr.pair th { font-weight: normal; font-size: .85rem; background: #fcfcfc; }
tr.pair th .bead, tr.pair th .confidence { display: inline-block; margin-inline-start: .35rem; }
tr.pair td { background: #fff; }
tr.pair p + p { margin-top: .25rem; }
tr.pair.low th, tr.pair.low td { box-shadow: inset 4px 0 0 var(--low); }
tr.pair.low .confidence { color: var(--low); font-weight: 600; }
.reason-code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .8rem; }
.gap, .legend .swatch-gap { background: repeating-linear-gradient(135deg, #fff 0 6px, #e2e2e2 6px 12px); }
td.gap .text { font-style: italic; color: #444; }
.gap-label { display: inline-block; padding: 0 .35rem; border: 1px dashed #777; border-radius: 3px; background: #fff; font-weight: 600; font-style: normal; }
.bars { list-style: none; margin: .5rem 0; padding: 0; display: grid; grid-template-columns: minmax(8rem, max-content) minmax(4rem, 1fr) 3.5rem; gap: .3rem .75rem; align-items: center; max-width: 60rem; }
.bars li { display: contents; }
.bar { height: 1rem; background: #f1f1f1; border: 1px solid var(--rule); }
.bar .fill { display: block; height: 100%; }
.bars .value { font-variant-numeric: tabular-nums; text-align: end; }
.alone li, .not-parallel li { margin-bottom: .5rem; }
.alone ul ul, .not-parallel ul ul { color: var(--muted); }
details { margin: 1rem 0; }
summary { cursor: pointer; }
caption.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (max-width: 40rem) {
  body { padding: .75rem; }
  table.alignment, table.alignment tbody, table.alignment tr, table.alignment th, table.alignment td { display: block; width: auto; }
  table.alignment thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  table.alignment td[data-label]::before { content: attr(data-label); display: block; font-size: .75rem; color: var(--muted); }
  table.alignment th.slot { width: auto; }
  table.contents thead { display: none; }
  table.contents, table.contents tbody, table.contents tr, table.contents td { display: block; }
  table.contents tr { border-bottom: 1px solid var(--rule); padding: .25rem 0; }
  table.contents td { border: 0; padding: 0 .25rem; }
  table.contents td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); }
  .bars { grid-template-columns: 1fr 3.5rem; }
  .bars .label { grid-column: 1 / -1; }
}
@media print { form.filters { display: none; } .js tbody.slot tr.pair { display: table-row; } }
`
