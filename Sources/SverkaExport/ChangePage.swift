// The frame shared by the diff and track pages: head, summary bar, styles and the small script.

import SverkaModel

/// Builds the parts the change pages (``DiffHTMLReport``, ``StalenessHTMLReport``) share.
///
/// The page is one table of two panes, one `<tbody>` a change, whose classes name its
/// operation (`op-changed`) and severity (`sev-high`). Without JavaScript the page is whole:
/// every change is shown, the summary bar gives the counts, and cosmetic runs are marked or
/// not as the report was asked. The script adds the filters (each count of the bar becomes a
/// checkbox that hides or shows its class), `j`/`k` to move between changes, and the toggle
/// that shows cosmetic changes. Nothing is loaded from the network.
enum ChangePage {
  /// One entry of the summary bar.
  struct Filter {
    /// The class it hides, such as `op-moved` or `sev-high`.
    let key: String
    /// What the bar shows, such as `moved`.
    let label: String
    let count: Int
    /// Whether the class is shown when the page opens with JavaScript; without it, every
    /// class is shown.
    let shown: Bool
  }

  /// The page up to and including the summary bar and the table's head.
  static func head(
    title: String, heading: String, facts: [String], groups: [(String, [Filter])],
    showCosmetic: Bool, columns: [String]
  ) -> String {
    // Only the script hides anything (from the checkboxes), so a page without it is whole.
    let bodyClasses = showCosmetic ? [] : ["hide-cosmetic"]
    var out = """
      <!DOCTYPE html>
      <html lang="en" class="no-js">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(HTMLText.escape(title))</title>
      <style>\(style)</style>
      </head>
      <body class="\(bodyClasses.joined(separator: " "))">
      <header class="top">
      <h1>\(heading)</h1>

      """
    out +=
      "<p class=\"facts\">" + facts.map { HTMLText.escape($0) }.joined(separator: " · ") + "</p>\n"
    out += "<nav class=\"summary\" aria-label=\"Counts and filters\">\n"
    for (name, filters) in groups {
      out += "<span class=\"group\">\(HTMLText.escape(name)):</span>\n"
      for filter in filters {
        let checked = filter.shown ? " checked" : ""
        let disabled = filter.count == 0 ? " disabled" : ""
        out += "<label class=\"f \(filter.key)\"><input type=\"checkbox\" data-filter=\""
        out += "\(filter.key)\"\(checked)\(disabled)> \(HTMLText.escape(filter.label)) "
        out += "<b>\(filter.count)</b></label>\n"
      }
    }
    let cosmetic = showCosmetic ? " checked" : ""
    out += "<label class=\"f toggle\"><input type=\"checkbox\" data-filter=\"cosmetic\""
    out += "\(cosmetic)> mark cosmetic changes</label>\n"
    out += "<span class=\"keys\"><kbd>j</kbd>/<kbd>k</kbd> next/previous change</span>\n"
    out += "</nav>\n</header>\n<main>\n<table class=\"panes\">\n<colgroup>"
    out += "<col class=\"n\"><col><col class=\"n\"><col></colgroup>\n<thead><tr>"
    for (index, column) in columns.enumerated() {
      out += index % 2 == 0 ? "<th>¶</th>" : "<th>\(HTMLText.escape(column))</th>"
    }
    out += "</tr></thead>\n"
    return out
  }

  /// Documents with more paragraphs than this open with their unchanged ones hidden (a
  /// filter brings them back), so that the changes are what a reader sees first.
  static let contextLimit = 200

  /// The end of the page: the table's end, the script and the closing tags.
  static let tail = "</table>\n</main>\n<script>\(script)</script>\n</body>\n</html>\n"

  /// A paragraph-number cell: `2`, `2+3`, or empty.
  static func numbers(_ values: [Int], prefix: String = "") -> String {
    values.isEmpty ? "" : prefix + values.map(String.init).joined(separator: "+")
  }

  /// The flag line's description of each reason, with its evidence when there is some.
  static func reasons(_ paragraph: ParagraphDiff, aLabel: String, bLabel: String) -> String {
    paragraph.reasons.map { reason in
      var text = "<span class=\"reason\">\(reason.rawValue)</span>"
      if let evidence = paragraph.evidence.first(where: { $0.reason == reason }),
        !(evidence.onlyInA.isEmpty && evidence.onlyInB.isEmpty)
      {
        text +=
          " <span class=\"evd\">"
          + HTMLText.escape(evidence.description(aLabel: aLabel, bLabel: bLabel)) + "</span>"
      }
      return text
    }.joined(separator: "; ")
  }

  /// The marks for one side's evidence: `onlyInA` items when `sideA`, else `onlyInB`.
  static func marks(_ paragraph: ParagraphDiff, sideA: Bool, label: String) -> [MarkedText.Mark] {
    paragraph.evidence.flatMap { evidence in
      (sideA ? evidence.onlyInA : evidence.onlyInB).map {
        MarkedText.Mark(item: $0, reason: evidence.reason, note: "only in \(label)")
      }
    }
  }

  private static let style = """
    :root{--ins:#d4f4dc;--del:#fbd9d6;--cos:#fff1b8;--mark:#ffe066;--high:#c62828;--line:#e2e2e2}
    *{box-sizing:border-box}
    body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1f1f1f;\
    background:#fff}
    .top{position:sticky;top:0;z-index:2;background:#f7f7f8;border-bottom:1px solid #ccc;\
    padding:.5em 1em}
    h1{font-size:1.05em;margin:0 0 .15em;overflow-wrap:anywhere}
    h1 .path{font-family:ui-monospace,monospace;font-weight:600}
    .facts{margin:0 0 .35em;color:#555;font-size:.9em}
    .summary{display:flex;flex-wrap:wrap;gap:.25em .5em;align-items:center;font-size:.9em}
    .summary .group{color:#666;margin-left:.4em}
    .summary label{border:1px solid #ccc;border-radius:1em;padding:0 .6em;background:#fff;\
    white-space:nowrap;cursor:pointer}
    .summary label.sev-high{border-color:var(--high);color:var(--high)}
    .summary .keys{margin-left:auto;color:#666}
    .no-js .summary input,.no-js .summary .toggle,.no-js .keys{display:none}
    kbd{font:inherit;border:1px solid #bbb;border-radius:3px;padding:0 .3em;background:#fff}
    main{padding:0 1em 3em}
    table.panes{border-collapse:collapse;width:100%;table-layout:fixed}
    col.n{width:3.2em}
    th{position:sticky;top:var(--top,0);text-align:left;font-size:.85em;color:#555;\
    background:#fff;border-bottom:2px solid #999;padding:.3em .5em}
    td{vertical-align:top;padding:.3em .5em;border-bottom:1px solid var(--line)}
    td.t{overflow-wrap:anywhere;unicode-bidi:isolate}
    td.t>*{unicode-bidi:isolate}
    td.n{color:#777;font-size:.85em;text-align:right;font-variant-numeric:tabular-nums;\
    white-space:nowrap}
    tbody.op-equal td.t,tbody.st-current td.t{color:#5f5f5f}
    tbody.change>tr:last-child>td{border-bottom-color:#bdbdbd}
    tr.flag td{border-bottom:none;padding:.45em .5em 0;font-size:.85em;color:#444}
    .op{display:inline-block;font-weight:600;border-radius:3px;padding:0 .4em;background:#eceff3}
    .sev-high .op{background:var(--high);color:#fff}
    .reason{font-family:ui-monospace,monospace;font-size:.95em}
    .evd{color:#6b3c00}
    tbody.current{outline:3px solid #2962ff;outline-offset:-2px}
    tbody:target{outline:3px solid #ffab00;outline-offset:-2px}
    ins{background:var(--ins);text-decoration:none}
    del{background:var(--del);text-decoration:line-through;text-decoration-color:#a33}
    .cos{background:var(--cos);border-bottom:1px dotted #a80}
    .hide-cosmetic .cos{background:none;border:0}
    mark.ev{background:var(--mark);outline:1px solid #d4a200;border-radius:2px}
    .pb{display:block;height:.6em}
    a.jump{font-size:.85em;white-space:nowrap}
    .ghost td.t{color:#8a8a8a;font-style:italic}
    .none{color:#999;font-style:italic}
    .hide-cosmetic tbody.op-cosmetic tr.flag{display:none}
    .hide-cosmetic tbody.op-cosmetic td.t{color:#5f5f5f}
    .hide-cosmetic.hide-op-equal tbody.op-cosmetic{display:none}
    .hide-op-equal tbody.op-equal,.hide-op-changed tbody.op-changed,\
    .hide-op-moved tbody.op-moved,.hide-op-deleted tbody.op-deleted,\
    .hide-op-inserted tbody.op-inserted,.hide-op-split tbody.op-split,\
    .hide-op-merged tbody.op-merged,.hide-op-cosmetic tbody.op-cosmetic,\
    .hide-sev-high tbody.sev-high,.hide-sev-normal tbody.sev-normal,\
    .hide-sev-none tbody.sev-none{display:none}
    @media print{
    body{font-size:9.5pt}
    .top{position:static;background:none;border:0;padding:0}
    th{position:static}
    .summary input,.summary .toggle,.keys,a.jump{display:none}
    .summary label{border:0;padding:0}
    tbody{break-inside:avoid}
    tbody.current,tbody:target{outline:none}
    ins,del,.cos,mark.ev,.sev-high .op{print-color-adjust:exact;-webkit-print-color-adjust:exact}
    ins{text-decoration:underline}
    }
    """

  private static let script = """
    (function(){
    var d=document,b=d.body,boxes=d.querySelectorAll('input[data-filter]');
    function apply(){for(var i=0;i<boxes.length;i++){
    b.classList.toggle('hide-'+boxes[i].getAttribute('data-filter'),!boxes[i].checked);}}
    for(var i=0;i<boxes.length;i++){boxes[i].addEventListener('change',apply);}
    apply();
    var top=d.querySelector('.top');
    function fit(){b.style.setProperty('--top',top.offsetHeight+'px');}
    fit();window.addEventListener('resize',fit);
    function changes(){var all=d.querySelectorAll('tbody.change'),out=[];
    var hideCos=b.classList.contains('hide-cosmetic');
    for(var i=0;i<all.length;i++){var t=all[i];
    if(hideCos&&t.classList.contains('op-cosmetic'))continue;
    if(t.getClientRects().length)out.push(t);}return out;}
    d.addEventListener('keydown',function(e){
    if(e.ctrlKey||e.metaKey||e.altKey)return;
    if(e.key!=='j'&&e.key!=='k')return;
    var list=changes();if(!list.length)return;
    var cur=d.querySelector('tbody.current'),i=list.indexOf(cur),edge=top.offsetHeight+4;
    if(i<0){i=-1;for(var n=0;n<list.length;n++){
    if(list[n].getBoundingClientRect().top>edge){i=e.key==='j'?n:n-1;break;}}
    if(i<0)i=e.key==='j'?list.length-1:list.length-1;}
    else{i+=e.key==='j'?1:-1;}
    i=Math.max(0,Math.min(list.length-1,i));
    if(cur)cur.classList.remove('current');
    list[i].classList.add('current');
    list[i].scrollIntoView({block:'center'});
    e.preventDefault();});
    d.documentElement.className='js';
    })();
    """
}
