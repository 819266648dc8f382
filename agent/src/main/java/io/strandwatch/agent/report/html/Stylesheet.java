package io.strandwatch.agent.report.html;

/** The page's only style sheet, inline: the report must render from a single file with no network. */
final class Stylesheet {

  private Stylesheet() {}

  static final String CSS = String.join("\n",
      ":root { --fg: #1d2330; --muted: #5d6675; --line: #d9dee7; --bg: #ffffff; --panel: #f6f8fb; }",
      "* { box-sizing: border-box; }",
      "body { margin: 0 auto; max-width: 1320px; padding: 24px 28px 48px; color: var(--fg); background: var(--bg);",
      "  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif; }",
      "h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 19px; margin: 32px 0 10px;",
      "  padding-bottom: 4px; border-bottom: 2px solid var(--line); } h3 { font-size: 16px; margin: 0 0 6px; }",
      "p.meta, p.note, p.none { color: var(--muted); margin: 4px 0 10px; }",
      "nav a { margin-right: 14px; } a { color: #1f5fbf; text-decoration: none; } a:hover { text-decoration: underline; }",
      ".tiles { display: flex; flex-wrap: wrap; gap: 10px; margin: 14px 0; }",
      ".tile { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px;",
      "  min-width: 130px; } .tile b { display: block; font-size: 20px; } .tile span { color: var(--muted); }",
      ".scroll { overflow-x: auto; }",
      "table { border-collapse: collapse; margin: 6px 0 12px; font-variant-numeric: tabular-nums; }",
      "th, td { padding: 4px 10px; border-bottom: 1px solid var(--line); white-space: nowrap; }",
      "th { text-align: right; color: var(--muted); font-weight: 600; } th:first-child { text-align: left; }",
      "td { text-align: right; } td:first-child { text-align: left; white-space: normal; min-width: 12em;",
      "  overflow-wrap: anywhere; }",
      "table.alerts td:first-child { min-width: 0; white-space: nowrap; }",
      "table.alerts td:nth-child(-n+3), table.alerts th:nth-child(-n+3) { text-align: left; }",
      "table.strands td:nth-child(2), table.strands th:nth-child(2) { text-align: left; }",
      "article.strand { border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; margin: 14px 0;",
      "  background: #fff; break-inside: avoid; }",
      ".attr { display: inline-block; background: var(--panel); border: 1px solid var(--line); border-radius: 4px;",
      "  padding: 0 6px; margin: 0 4px 4px 0; font-size: 12px; color: var(--muted); }",
      ".unknown, td.unknown { color: #8a5a00; font-style: italic; }",
      "svg.chart { display: block; max-width: 100%; height: auto; font-size: 12px; }",
      "svg .grid { stroke: #e6e9ef; stroke-width: 1; } svg .axis-line { stroke: #9aa3b2; stroke-width: 1; }",
      "svg .axis { fill: var(--muted); font-size: 11px; } svg .label { fill: var(--fg); }",
      "svg .value { fill: var(--fg); font-weight: 600; } svg .value.unknown { fill: #8a5a00; font-style: italic; }",
      "svg .bar.q0 { fill: #9ec5f0; } svg .bar.q1 { fill: #6ea7e6; } svg .bar.q2 { fill: #3f86d8; }",
      "svg .bar.q3 { fill: #2563b6; } svg .bar.q4 { fill: #173f7a; } svg .bar.cost { fill: #2f9e74; }",
      "svg .alert.sev-info { fill: #6ea7e6; } svg .alert.sev-warning { fill: #f0b429; }",
      "svg .alert.sev-error { fill: #e8710a; } svg .alert.sev-critical { fill: #d12f2f; }",
      "svg .alert.sev-unknown { fill: #9aa3b2; } svg .alert.open { stroke: #1d2330; stroke-dasharray: 3 2; }",
      ".sev { font-weight: 600; } .sev.sev-warning { color: #9a6b00; } .sev.sev-error { color: #b85500; }",
      ".sev.sev-critical { color: #b01f1f; } .sev.sev-info { color: #1f5fbf; }",
      "footer { margin-top: 36px; color: var(--muted); font-size: 12px; }",
      "@media print { body { max-width: none; } nav { display: none; } }",
      "");
}
