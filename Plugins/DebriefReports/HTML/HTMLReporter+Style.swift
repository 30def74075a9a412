extension HTMLReporter {
    /// The report's only stylesheet, inline: calm colours on screen, black on white in print,
    /// charts and insights never split across pages.
    static let style = """
    :root { --ink: #1f2933; --muted: #616e7c; --line: #d9dee4; --accent: #2f6f8f; --partly: #e8b04b; --other: #8a6bbf; }
    * { box-sizing: border-box; }
    body { margin: 0; background: #f7f8fa; color: var(--ink); font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
    main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; background: #fff; }
    h1 { font-size: 1.8rem; margin: 0 0 .5rem; }
    h2 { font-size: 1.3rem; margin: 2.2rem 0 .6rem; padding-bottom: .3rem; border-bottom: 2px solid var(--line); }
    h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; color: var(--accent); }
    .lead { color: var(--muted); }
    dl { display: grid; grid-template-columns: minmax(8rem, 14rem) 1fr; gap: .25rem 1rem; margin: .5rem 0; }
    dt { color: var(--muted); }
    dd { margin: 0; overflow-wrap: anywhere; }
    ul { padding-left: 1.2rem; }
    li { margin: .3rem 0; overflow-wrap: anywhere; }
    .insight { border-left: 4px solid var(--accent); background: #f2f7fa; padding: .6rem 1rem; margin: .8rem 0; break-inside: avoid; }
    .insight h3 { margin: 0 0 .2rem; color: var(--ink); }
    .insight p { margin: .2rem 0; }
    .meta { color: var(--muted); font-size: .85rem; }
    figure { margin: 1rem 0; break-inside: avoid; }
    figcaption { color: var(--muted); font-size: .85rem; text-align: center; }
    .chart { width: 100%; height: auto; }
    .chart .grid { stroke: var(--line); stroke-width: 1; }
    .chart .axis { fill: var(--muted); font-size: 12px; }
    .chart .value { fill: var(--ink); font-size: 12px; }
    .chart .line { fill: none; stroke: var(--accent); stroke-width: 2.5; }
    .chart .dot { fill: #fff; stroke: var(--accent); stroke-width: 2; }
    .chart .track { fill: #eef1f4; }
    .chart .partly { fill: var(--partly); }
    .chart .other { fill: var(--other); }
    @page { margin: 18mm 16mm; }
    @media print {
      body { background: #fff; font-size: 11pt; }
      main { max-width: none; padding: 0; }
      h2 { break-after: avoid; }
      section { break-inside: auto; }
      .insight { background: none; border-left-color: #000; }
      .chart .line, .chart .dot { stroke: #000; }
    }
    """
}
