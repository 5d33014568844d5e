/** Inline style sheet of the HTML report (system fonts only, no network). */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --rule: #c8c8c8; --focus: #0b57d0; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1400px; padding: 1.5rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Khmer", sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--rule); }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
code, .id { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .9em; overflow-wrap: anywhere; }
.summary { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; margin: 0; padding: 0; list-style: none; color: var(--muted); }
.summary strong { color: var(--ink); }
.legend { display: flex; align-items: center; gap: .5rem; margin: .75rem 0; font-size: .9rem; }
.legend .scale { width: 12rem; height: 1rem; border: 1px solid var(--rule); background: linear-gradient(to right, hsl(20 85% 98%), hsl(20 85% 58%)); }
.legend .swatch-gap { width: 2rem; height: 1rem; border: 1px solid var(--rule); }
table.alignment { border-collapse: collapse; width: 100%; table-layout: fixed; margin-bottom: 1rem; }
table.alignment th, table.alignment td { border: 1px solid var(--rule); padding: .4rem .5rem; vertical-align: top; text-align: start; }
table.alignment thead th { background: #f3f3f3; position: sticky; top: 0; z-index: 2; }
table.alignment th.slot { width: 8rem; background: #fafafa; font-weight: 600; }
th .role, th .lang { display: block; font-weight: normal; color: var(--muted); font-size: .85rem; }
td.cell { position: relative; min-width: 12rem; }
td.cell:focus { outline: 3px solid var(--focus); outline-offset: -3px; }
td.cell .text { white-space: pre-wrap; overflow-wrap: anywhere; }
td.cell .score { display: block; margin-top: .25rem; font-size: .8rem; color: #333; }
.gap, .legend .swatch-gap { background: repeating-linear-gradient(135deg, #fff 0 6px, #e2e2e2 6px 12px); }
td.gap .text { font-style: italic; color: #444; }
.gap-label { display: inline-block; padding: 0 .35rem; border: 1px dashed #777; border-radius: 3px; background: #fff; font-weight: 600; font-style: normal; }
td.cell .reasons { display: none; position: absolute; z-index: 5; left: 0; top: 100%; width: max(100%, 22rem); padding: .5rem .75rem; background: #fffef5; color: var(--ink); border: 1px solid #999; border-radius: 4px; box-shadow: 0 4px 12px rgb(0 0 0 / .2); font-size: .85rem; }
td.cell:hover .reasons, td.cell:focus .reasons, td.cell:focus-within .reasons { display: block; }
td.cell .reasons ul { margin: .25rem 0 0; padding-inline-start: 1.1rem; }
.reason-code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .8rem; }
.bars { list-style: none; margin: .5rem 0; padding: 0; display: grid; grid-template-columns: minmax(10rem, max-content) minmax(8rem, 1fr) 3.5rem; gap: .3rem .75rem; align-items: center; max-width: 60rem; }
.bars li { display: contents; }
.bar { height: 1rem; background: #f1f1f1; border: 1px solid var(--rule); }
.bar .fill { display: block; height: 100%; }
.bars .value { font-variant-numeric: tabular-nums; text-align: end; }
.alone li, .not-parallel li { margin-bottom: .5rem; }
.alone ul ul, .not-parallel ul ul { color: var(--muted); }
details { margin: 1rem 0; }
summary { cursor: pointer; }
caption.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media print { td.cell .reasons { display: none !important; } }
`
