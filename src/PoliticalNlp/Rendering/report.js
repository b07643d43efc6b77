// Draws each link arc once the cards are laid out, and redraws on resize. Every arc starts at the card that answers
// (data-to) and ends, with its arrowhead, at the claim it answers (data-from). Afterwards each arc checks that its two
// ends lie on those cards and records the result in data-check ("ok"), so a test can read it from the DOM.
(function () {
  "use strict";
  function centreY(el, top) { var r = el.getBoundingClientRect(); return r.top - top + Math.min(22, r.height / 2); }
  function draw() {
    var cols = document.querySelectorAll(".claims-col");
    for (var c = 0; c < cols.length; c++) {
      var col = cols[c], svg = col.querySelector("svg.arcs");
      if (!svg) continue;
      var box = col.getBoundingClientRect();
      svg.setAttribute("height", String(Math.ceil(box.height)));
      svg.style.height = Math.ceil(box.height) + "px";
      var cardsLeft = parseFloat(getComputedStyle(col).paddingLeft) || 0;
      var paths = svg.querySelectorAll("path.arc"), seen = {};
      for (var i = 0; i < paths.length; i++) {
        var p = paths[i], a = document.getElementById(p.getAttribute("data-to")), b = document.getElementById(p.getAttribute("data-from"));
        if (!a || !b) { p.setAttribute("data-check", "missing-end"); continue; }
        var key = p.getAttribute("data-to") + ">" + p.getAttribute("data-from");
        var lane = seen[key] = (seen[key] || 0) + 1;
        var y1 = centreY(a, box.top) + (lane - 1) * 6, y2 = centreY(b, box.top) + (lane - 1) * 6, x = cardsLeft - 1;
        var reach = Math.min(cardsLeft - 8, 16 + Math.abs(y2 - y1) * 0.12 + (lane - 1) * 6);
        if (a === b) y2 = y1 + 14;
        p.setAttribute("d", "M" + x + "," + y1 + " C" + (x - reach) + "," + y1 + " " + (x - reach) + "," + y2 + " " + (x - 2) + "," + y2);
      }
      for (var j = 0; j < paths.length; j++) {
        var q = paths[j];
        if (q.hasAttribute("data-check") && q.getAttribute("data-check") !== "ok" && !q.getAttribute("d")) continue;
        var from = document.getElementById(q.getAttribute("data-from")), to = document.getElementById(q.getAttribute("data-to"));
        if (!from || !to || !q.getAttribute("d")) continue;
        var len = q.getTotalLength(), s = q.getPointAtLength(0), e = q.getPointAtLength(len);
        var ok = touches(to, box, s) && touches(from, box, e);
        q.setAttribute("data-check", ok ? "ok" : "detached");
      }
    }
    document.documentElement.setAttribute("data-arcs", "drawn");
  }
  function touches(el, box, pt) {
    var r = el.getBoundingClientRect(), x = pt.x + box.left, y = pt.y + box.top;
    return x >= r.left - 4 && x <= r.right && y >= r.top && y <= r.bottom;
  }
  function highlight(card, on) {
    var section = card.closest("section.doc"), id = card.getAttribute("data-claim");
    card.classList.toggle("hl", on);
    if (!section || !id) return;
    var parts = section.querySelectorAll(".doc-text [data-c]");
    for (var i = 0; i < parts.length; i++)
      if ((" " + parts[i].getAttribute("data-c") + " ").indexOf(" " + id + " ") >= 0) parts[i].classList.toggle("hl", on);
  }
  var cards = document.querySelectorAll(".card.claim");
  for (var k = 0; k < cards.length; k++) {
    cards[k].addEventListener("mouseenter", function (ev) { highlight(ev.currentTarget, true); });
    cards[k].addEventListener("mouseleave", function (ev) { highlight(ev.currentTarget, false); });
  }
  draw();
  window.addEventListener("resize", draw);
  window.addEventListener("load", draw);
})();
