// The change pages' script in headless Chromium: j/k move between changes, the summary bar's
// checkboxes hide and show their class, the cosmetic toggle marks cosmetic runs.

import Foundation
import Testing

@Suite(
  .enabled(
    if: HeadlessBrowser.isAvailable,
    "no Chromium found: install Debian's chromium (or set SVERKA_CHROMIUM) to run the browser tests"
  ))
struct PageScriptBrowserTests {
  /// A probe appended to a copy of the page: presses keys and clicks filters as a reader
  /// would, and writes what the page did into the root element's `data-probe`.
  static let probe = """
    <script>
    (function(){
    var d=document,out=[];
    function key(k){d.dispatchEvent(new KeyboardEvent('keydown',{key:k,bubbles:true}));
    var c=d.querySelector('tbody.current');out.push(k+':'+(c?c.id:'none'));}
    key('j');key('j');key('j');key('k');
    var equal=d.querySelector('input[data-filter="op-equal"]');equal.click();
    var row=d.querySelector('tbody.op-equal');
    out.push('equal-hidden:'+(row.getClientRects().length===0));
    equal.click();out.push('equal-shown:'+(row.getClientRects().length>0));
    var high=d.querySelector('input[data-filter="sev-high"]');high.click();
    key('j');high.click();
    d.documentElement.setAttribute('data-probe',out.join(' '));
    })();
    </script>
    """

  @Test func keysAndFiltersWork() throws {
    let finland = "Pairs/2018-08-23-lavrov-telephone-conversation-finland"
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("sverka-probe-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let page = folder.appendingPathComponent("diff.html").path
    let result = try CommandRunner.run([
      "diff", finland + "/en-GB.txt", finland + "/en-GB.rev2.txt", "--format", "html", "-o", page,
    ])
    #expect(result.status == 1)
    let html = try String(contentsOfFile: page, encoding: .utf8)
    try Data(html.replacingOccurrences(of: "</body>", with: Self.probe + "</body>").utf8)
      .write(to: URL(fileURLWithPath: page))
    let rendered = try HeadlessBrowser.render(page)
    #expect(rendered.console.isEmpty, "\(rendered.console)")
    let root = try #require(rendered.dom.range(of: "<html")).lowerBound
    let tag = String(rendered.dom[root...].prefix { $0 != ">" })
    // ¶2, ¶3 and ¶4 changed (rows d2, d3, d4); with high hidden no change is left to visit,
    // so the current one stays.
    #expect(
      tag.contains(
        "data-probe=\"j:d2 j:d3 j:d4 k:d3 equal-hidden:true equal-shown:true j:d3\""),
      "\(tag)")
  }
}
