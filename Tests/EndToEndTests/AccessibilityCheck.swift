import Foundation

/// A checker that runs inside Chromium on a copy of the report, after the page's own styles
/// apply, and leaves its findings in the DOM for `--dump-dom` (base64 JSON between markers).
///
/// It opens every disclosure, then checks:
/// - the page does not scroll sideways at the window's width;
/// - every `<svg>` is a chart with `role="img"`, an `aria-label`, a `<title>`, a description
///   (`aria-describedby` naming visible text) and a data table in its figure;
/// - every element with its own text: its computed colour (`fill` in SVG) against the
///   background it sits on (layers blended up to the page), at least 4.5:1, or 3:1 for large
///   text (24 px, or 18.66 px bold; SVG text at the size it is drawn);
/// - chart marks (lines, dots, bars but the track): 3:1 against their background (WCAG 1.4.11).
enum AccessibilityCheck {
    struct Result: Decodable {
        var dark: Bool
        var charts: Int
        var texts: Int
        var marks: Int
        var failures: [String]

        /// The findings the script left in `dom`.
        init(dom: String) throws {
            // The last markers: the script's own source holds the first ones.
            guard let end = dom.range(of: ":A11Y", options: .backwards),
                  let start = dom.range(of: "A11Y:", options: .backwards, range: dom.startIndex..<end.lowerBound),
                  let data = Data(base64Encoded: String(dom[start.upperBound..<end.lowerBound])) else {
                throw Failure(description: "The accessibility check left no result; Chromium printed: \(dom.prefix(300))")
            }
            self = try JSONDecoder().decode(Result.self, from: data)
        }
    }

    /// Checks `html` in Chromium at `width` px, in dark or light mode.
    static func run(on html: String, dark: Bool, width: Int, chromium: Chromium, in folder: String) throws -> Result {
        let checked = folder + "/checked-\(dark ? "dark" : "light")-\(width).html"
        try html.replacingOccurrences(of: "</body>", with: "<script>\(script)</script>\n</body>")
            .write(toFile: checked, atomically: true, encoding: .utf8)
        let dom = try chromium.run(["--blink-settings=preferredColorScheme=\(dark ? 0 : 1)", "--window-size=\(width),2000",
                                    "--virtual-time-budget=5000", "--dump-dom", "file://" + checked], in: folder)
        return try Result(dom: dom)
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let script = #"""
    window.addEventListener('load', function () {
      var out = { dark: matchMedia('(prefers-color-scheme: dark)').matches, charts: 0, texts: 0, marks: 0, failures: [] };
      var wide = document.documentElement.scrollWidth - document.documentElement.clientWidth;
      if (wide > 0) out.failures.push('the page scrolls sideways by ' + wide + ' px at ' + innerWidth + ' px wide');
      document.querySelectorAll('details').forEach(function (d) { d.open = true; });
      function parse(text) {
        var m = /rgba?\(([^)]+)\)/.exec(text || '');
        if (!m) return null;
        var p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
        return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
      }
      function luminance(c) {
        function f(v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
        return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
      }
      function ratio(a, b) {
        var x = luminance(a), y = luminance(b);
        return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
      }
      function blend(top, under) {
        var a = top[3];
        return [top[0] * a + under[0] * (1 - a), top[1] * a + under[1] * (1 - a), top[2] * a + under[2] * (1 - a), 1];
      }
      function background(el) {
        var layers = [];
        for (var e = el; e; e = e.parentElement) {
          if (e instanceof SVGElement) continue;
          var c = parse(getComputedStyle(e).backgroundColor);
          if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
        }
        var base = out.dark ? [0, 0, 0, 1] : [255, 255, 255, 1];
        for (var i = layers.length - 1; i >= 0; i--) base = blend(layers[i], base);
        return base;
      }
      function name(el) {
        return el.tagName.toLowerCase() + (el.getAttribute('class') ? '.' + el.getAttribute('class').replace(/ /g, '.') : '')
          + ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
      }
      document.querySelectorAll('svg').forEach(function (svg) {
        out.charts++;
        var label = svg.getAttribute('aria-label') || '';
        var title = svg.querySelector(':scope > title');
        var described = document.getElementById(svg.getAttribute('aria-describedby') || '');
        var figure = svg.closest('figure');
        if (svg.getAttribute('role') !== 'img') out.failures.push('chart without role="img": ' + label);
        if (!label.trim()) out.failures.push('chart without aria-label');
        if (!title || !title.textContent.trim()) out.failures.push('chart without <title>: ' + label);
        if (!described || !described.textContent.trim() || described.getClientRects().length === 0)
          out.failures.push('chart without a visible description: ' + label);
        if (!figure || !figure.querySelector('table')) out.failures.push('chart without a data table: ' + label);
      });
      var skip = { TITLE: 1, DESC: 1, STYLE: 1, SCRIPT: 1, HEAD: 1, title: 1, desc: 1 };
      document.querySelectorAll('body *').forEach(function (el) {
        if (skip[el.tagName] || el.closest('title, desc, script, style')) return;
        var own = Array.prototype.some.call(el.childNodes, function (n) { return n.nodeType === 3 && n.textContent.trim(); });
        if (!own || el.getClientRects().length === 0) return;
        var style = getComputedStyle(el);
        if (style.visibility === 'hidden' || style.display === 'none') return;
        var svg = el instanceof SVGElement;
        var fg = parse(svg ? style.fill : style.color);
        if (!fg) { out.failures.push('no colour: ' + name(el)); return; }
        var bg = background(el);
        fg = blend(fg, bg);
        var size = parseFloat(style.fontSize);
        if (svg && el.ownerSVGElement) size *= el.ownerSVGElement.getScreenCTM().a;
        var bold = parseInt(style.fontWeight, 10) >= 700;
        var large = size >= 24 || (size >= 18.66 && bold);
        var need = large ? 3 : 4.5;
        var got = ratio(fg, bg);
        out.texts++;
        if (got < need) out.failures.push('text contrast ' + got.toFixed(2) + ' < ' + need + ': ' + name(el));
      });
      document.querySelectorAll('svg .line, svg .dot, svg .bar').forEach(function (el) {
        var style = getComputedStyle(el);
        var mark = parse(el.classList.contains('bar') ? style.fill : style.stroke);
        var bg = background(el.ownerSVGElement);
        var got = mark ? ratio(blend(mark, bg), bg) : 0;
        out.marks++;
        if (got < 3) out.failures.push('chart mark contrast ' + got.toFixed(2) + ' < 3: ' + name(el));
      });
      var pre = document.createElement('pre');
      pre.textContent = 'A11Y:' + btoa(unescape(encodeURIComponent(JSON.stringify(out)))) + ':A11Y';
      document.body.appendChild(pre);
    });
    """#
}
