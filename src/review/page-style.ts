// The review page's stylesheet, inlined so that the page is one file that needs no network.
export const pageStyle = `
:root { color-scheme: light; --ok: #1b7f3b; --partial: #a15c00; --failed: #b3261e; --mark: #fff2a8; --active: #ffb347; --line: #d6d6d6; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f; background: #f6f6f4; }
header.page { padding: 16px 24px; background: #fff; border-bottom: 1px solid var(--line); }
h1 { font-size: 20px; margin: 0 0 4px; }
.counts { margin: 0 0 8px; }
.overview { display: flex; gap: 32px; flex-wrap: wrap; align-items: flex-start; }
.overview figure { margin: 0; }
.overview figcaption { font-size: 13px; font-weight: 600; color: #555; }
.overview table { border-collapse: collapse; font-size: 13px; }
.overview td, .overview th { padding: 1px 8px 1px 0; text-align: left; vertical-align: top; }
.overview th { font-weight: 600; color: #555; }
.chart text { font: 11px system-ui, sans-serif; fill: #333; }
.chart .total { font-weight: 600; }
.controls { margin-top: 10px; display: flex; gap: 16px; align-items: center; }
nav.index { padding: 8px 24px; background: #fff; border-bottom: 1px solid var(--line); font-size: 13px; }
nav.index a { margin-right: 12px; white-space: nowrap; }
nav.index a.failed { color: var(--failed); } nav.index a.partial { color: var(--partial); }
main { padding: 16px 24px; }
article.report { background: #fff; border: 1px solid var(--line); border-left: 6px solid var(--ok); border-radius: 6px; margin: 0 0 20px; padding: 12px 16px; }
article.report.status-partial { border-left-color: var(--partial); }
article.report.status-failed { border-left-color: var(--failed); background: #fff7f6; }
article.report[hidden] { display: none; }
article.report.current { box-shadow: 0 0 0 3px #7aa7ff; }
article.report.is-checked h2 { color: #1b5e20; }
label.mark { font-size: 13px; font-weight: normal; margin-left: 12px; white-space: nowrap; }
a.source { color: inherit; }
.controls input[type=search] { min-width: 260px; padding: 3px 6px; }
.controls { flex-wrap: wrap; }
.keys { font-size: 12px; color: #555; } kbd { border: 1px solid #bbb; border-radius: 3px; padding: 0 3px; font-size: 11px; background: #f3f3f3; }
#export-text { width: 100%; height: 8em; margin-top: 6px; font: 12px ui-monospace, monospace; }
details.codebook { margin-top: 10px; font-size: 13px; } details.codebook table { border-collapse: collapse; }
details.codebook td, details.codebook th { padding: 1px 8px 1px 0; text-align: left; vertical-align: top; }
.code-title { color: #555; font-size: 12px; }
.correction-note { color: #4a148c; font-size: 12px; } .pending { color: #4a148c; font-size: 12px; font-weight: 600; }
tr.editor textarea { width: 100%; font: 12px ui-monospace, monospace; } tr.editor input.edit-note { width: 60%; margin: 2px 6px 2px 0; }
button.edit { font-size: 11px; padding: 0 6px; cursor: pointer; }
.status.corrected { color: #4a148c; }
article.report h2 { font-size: 16px; margin: 0 0 6px; word-break: break-all; }
.badge { display: inline-block; font-size: 12px; font-weight: 600; padding: 1px 8px; border-radius: 10px; color: #fff; margin-right: 6px; vertical-align: middle; }
.badge.ok { background: var(--ok); } .badge.partial { background: var(--partial); } .badge.failed { background: var(--failed); }
.badge.warn { background: #6b4e00; }
.error { color: var(--failed); font-weight: 600; }
ul.warnings { margin: 6px 0 10px; padding: 8px 12px 8px 28px; background: #fff4d6; border: 1px solid #e9c46a; border-radius: 4px; }
.body { display: grid; grid-template-columns: minmax(320px, 5fr) 6fr; gap: 16px; }
table.fields { border-collapse: collapse; width: 100%; font-size: 13px; }
table.fields th, table.fields td { border-bottom: 1px solid #eee; padding: 3px 6px; text-align: left; vertical-align: top; }
table.fields td.value { word-break: break-word; }
table.fields tr.not-stated td.value { color: #888; }
table.fields .field-warning { color: #7a4a00; font-size: 12px; margin-top: 2px; }
button.field-link { font: inherit; font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 12px; padding: 0 4px; border: 1px solid #b9c7e6; border-radius: 3px; background: #eef3ff; color: #1f3f8f; cursor: pointer; text-align: left; }
button.field-link:hover, button.field-link.selected { background: var(--active); border-color: #c47a00; color: #000; }
code.field { font-size: 12px; padding: 0 4px; color: #555; }
.status { font-size: 12px; white-space: nowrap; }
.status.stated { color: var(--ok); } .status.derived { color: #1f3f8f; } .status.no-evidence { color: var(--partial); } .status.not-stated { color: #888; }
.grade { font-size: 11px; border-radius: 3px; padding: 0 4px; margin-left: 4px; }
.grade.high { background: #e3f4e6; color: #1d5e2a; } .grade.medium { background: #fff3d6; color: #6b4d00; } .grade.low { background: #fde4e1; color: #8a2316; }
h3.timeline-title { font-size: 13px; margin: 10px 0 4px; }
ol.timeline { list-style: none; margin: 0; padding: 0 0 0 10px; border-left: 2px solid #c8d3e6; font-size: 12px; }
ol.timeline li { margin: 2px 0; position: relative; }
ol.timeline li::before { content: ''; position: absolute; left: -15px; top: 6px; width: 8px; height: 8px; border-radius: 50%; background: #7a8fb8; }
ol.timeline li.published::before { background: var(--failed); } ol.timeline li.scheduled::before { background: var(--ok); }
ol.timeline .kind { font-weight: 600; } ol.timeline q { color: #555; }
pre.doc { margin: 0; padding: 10px 12px; max-height: 70vh; overflow: auto; white-space: pre-wrap; word-break: break-word; background: #fbfbf9; border: 1px solid #e6e6e0; border-radius: 4px; font: 12.5px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
pre.doc mark { background: var(--mark); border-radius: 2px; }
pre.doc mark.active { background: var(--active); outline: 2px solid #c47a00; }
.no-text { color: #888; font-style: italic; }
@media (max-width: 900px) { .body { grid-template-columns: 1fr; } }
`;
