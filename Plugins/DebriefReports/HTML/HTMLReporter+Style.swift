extension HTMLReporter {
    /// The report's only stylesheet, inline. Two palettes, both WCAG AA for text (4.5:1) and
    /// for chart marks (3:1): light by default and in print, dark on screens that prefer it.
    /// Cards and charts flow into as many columns as fit, one on a phone. In print, cards and
    /// charts never split across pages, and disclosures print open.
    static let style = """
    :root {
      color-scheme: light dark;
      --page: #f3f4f6; --surface: #ffffff; --ink: #1f2933; --muted: #4b5563; --line: #d5dae0; --track: #e6e9ed;
      --link: #1d5c96; --accent: #1f6f8b; --hoped: #1f6f8b; --partly: #a0620b; --other: #7b4fb8;
      --going-well: #1e6b45; --practise: #8a5300; --next-step: #22578f; --noticed: #4b5563;
    }
    @media screen and (prefers-color-scheme: dark) {
      :root {
        --page: #101418; --surface: #1a2027; --ink: #e7eaee; --muted: #b4bdc7; --line: #3a4450; --track: #2c343e;
        --link: #9ccbff; --accent: #6cc3e6; --hoped: #6cc3e6; --partly: #f0b454; --other: #c0a2f2;
        --going-well: #72d69b; --practise: #f0b454; --next-step: #8fc2f5; --noticed: #b4bdc7;
      }
    }
    * { box-sizing: border-box; }
    html { background: var(--page); }
    body { margin: 0; background: var(--page); color: var(--ink); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
    main { max-width: 74rem; margin: 0 auto; padding: 1.25rem 1rem 3rem; }
    main.one { max-width: 50rem; }
    h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 .3rem; }
    h2 { font-size: 1.25rem; line-height: 1.3; margin: 2rem 0 .75rem; }
    h3, h4 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
    a { color: var(--link); }
    .top { margin-bottom: 1rem; }
    .lead { margin: 0; font-size: 1.05rem; }
    .made { margin: .15rem 0 0; color: var(--muted); font-size: .875rem; }
    .cards, .notes { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: 1rem; margin: 0 0 1rem; }
    .card { background: var(--surface); border: 1px solid var(--line); border-top: 5px solid var(--noticed); border-radius: 10px; padding: .8rem 1rem .9rem; break-inside: avoid; }
    .card h2, .card h3 { font-size: 1.1rem; line-height: 1.3; margin: .1rem 0 .35rem; }
    .card p { margin: .25rem 0; }
    .card .kind { margin: 0; font-size: .8rem; font-weight: 700; letter-spacing: .04em; text-transform: uppercase; color: var(--noticed); }
    .card.going-well { border-top-color: var(--going-well); } .card.going-well .kind { color: var(--going-well); }
    .card.practise { border-top-color: var(--practise); } .card.practise .kind { color: var(--practise); }
    .card.next-step { border-top-color: var(--next-step); } .card.next-step .kind { color: var(--next-step); }
    details { margin-top: .5rem; font-size: .9rem; }
    summary { cursor: pointer; color: var(--link); }
    details ul { margin: .3rem 0 0; padding-left: 1.1rem; }
    details li { margin: .15rem 0; }
    .day { color: var(--muted); white-space: nowrap; }
    .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(19rem, 1fr)); gap: 1rem; }
    .chart-card { margin: 0; background: var(--surface); border: 1px solid var(--line); border-radius: 10px; padding: .8rem 1rem; break-inside: avoid; }
    figcaption .chart-title { display: block; font-weight: 700; }
    figcaption .summary { display: block; color: var(--muted); font-size: .875rem; }
    .chart { display: block; width: 100%; max-width: 30rem; height: auto; margin: .6rem auto 0; }
    .chart .grid { stroke: var(--line); stroke-width: 1; }
    .chart .axis { fill: var(--muted); font-size: 13px; }
    .chart .value { fill: var(--ink); font-size: 13px; }
    .chart .point { fill: var(--ink); font-size: 13px; font-weight: 700; }
    .chart .line { fill: none; stroke: var(--accent); stroke-width: 2.5; stroke-linejoin: round; }
    .chart .span { stroke: var(--accent); stroke-width: 6; stroke-linecap: round; opacity: .35; }
    .chart .dot { fill: var(--surface); stroke: var(--accent); stroke-width: 2.5; }
    .chart .track { fill: var(--track); }
    .chart .hoped { fill: var(--hoped); }
    .chart .partly { fill: var(--partly); }
    .chart .other { fill: var(--other); }
    table { border-collapse: collapse; width: 100%; margin-top: .4rem; font-size: .85rem; }
    th, td { text-align: left; padding: .2rem .4rem; border-bottom: 1px solid var(--line); vertical-align: top; }
    .n { white-space: nowrap; }
    .r { text-align: right; }
    .debrief { background: var(--surface); border: 1px solid var(--line); border-radius: 10px; padding: .4rem 1rem 1rem; margin: 0 0 1rem; }
    .debrief > h3:first-child, .debrief > dl:first-child { margin-top: .6rem; }
    dl { display: grid; grid-template-columns: minmax(7rem, 13rem) 1fr; gap: .2rem 1rem; margin: .5rem 0; }
    dt { color: var(--muted); }
    dd { margin: 0; overflow-wrap: anywhere; }
    ul { padding-left: 1.2rem; }
    li { overflow-wrap: anywhere; }
    @media (max-width: 34rem) {
      main { padding: 1rem .75rem 2rem; }
      h1 { font-size: 1.5rem; }
      dl { grid-template-columns: 1fr; gap: 0; }
      dd { margin-bottom: .4rem; }
    }
    @page { margin: 16mm 14mm; }
    @media print {
      html, body { background: #fff; }
      body { font-size: 10.5pt; }
      main { max-width: none; padding: 0; }
      h2 { break-after: avoid; }
      .card, .chart-card, .debrief { border-color: #8a939c; }
      details::details-content { content-visibility: visible; display: block; }
      summary { color: var(--ink); list-style: none; }
      a { color: inherit; text-decoration: none; }
    }
    """
}
