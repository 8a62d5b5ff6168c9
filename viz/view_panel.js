/* kgraph HTML view, part 1: DOM helpers, tooltips and the details panel.
   Untrusted text is only ever set with textContent; links get their href via
   the DOM property, and only for http(s) URLs. Defines window.kgraphUI. */
(function () {
  "use strict";
  var MAX_ITEMS = 100;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function plural(count, word) { return count + " " + word + (count === 1 ? "" : "s"); }

  /* An <a> for http(s) URLs (checked after the browser parsed them), else a <span>. */
  function paperLink(text, url) {
    if (typeof url === "string" && /^https?:\/\//i.test(url.trim())) {
      var a = el("a", "kg-link", text);
      a.href = url.trim();
      if (a.protocol === "http:" || a.protocol === "https:") {
        a.rel = "noopener noreferrer";
        a.target = "_blank";
        return a;
      }
    }
    return el("span", null, text);
  }

  function quote(sentence) { return el("q", "kg-evidence", sentence); }

  function tooltip(head, rows) {
    var box = el("div");
    box.appendChild(el("div", "kg-tip-head", head));
    rows.forEach(function (row) { if (row) box.appendChild(el("div", "kg-tip-row", row)); });
    return box;
  }

  function nodeTooltip(n) {
    if (n.kind === "Paper") return tooltip(n.name, ["Paper " + n.paper_id, n.date]);
    return tooltip(n.name, [n.type + " · " + plural(n.paper_count, "paper"),
      n.aliases.length ? "aliases: " + n.aliases.join(", ") : ""]);
  }

  function edgeTooltip(e, names) {
    var head = names[e.from] + " → " + e.type + " → " + names[e.to];
    if (e.papers) return tooltip(head, [plural(e.weight, "paper"), e.evidence ? "“" + e.evidence + "”" : ""]);
    return tooltip(head, [e.paper_title || e.paper, e.evidence ? "“" + e.evidence + "”" : ""]);
  }

  function definitions(pairs) {
    var list = el("dl");
    pairs.forEach(function (pair) {
      if (pair[1] === "" || pair[1] === undefined) return;
      list.appendChild(el("dt", null, pair[0]));
      var dd = el("dd");
      if (typeof pair[1] === "string") dd.textContent = pair[1]; else dd.appendChild(pair[1]);
      list.appendChild(dd);
    });
    return list;
  }

  function relationTag(type, colors) {
    var tag = el("span", "kg-rel", type);
    tag.style.background = colors.edges[type] || "#999999";
    return tag;
  }

  function button(label, action) {
    var b = el("button", "kg-action", label);
    b.type = "button";
    b.addEventListener("click", action);
    return b;
  }

  function section(details, title, items) {
    if (!items.length) return;
    var list = el("ol");
    items.slice(0, MAX_ITEMS).forEach(function (item) { list.appendChild(item); });
    details.appendChild(el("h2", null, title + (items.length > MAX_ITEMS ? " (first " + MAX_ITEMS + ")" : "")));
    details.appendChild(list);
  }

  function paperItem(p) {
    var li = el("li");
    li.appendChild(paperLink(p.title || p.id, p.url));
    if (p.date) li.appendChild(el("span", "kg-date", " " + p.date));
    return li;
  }

  function evidenceItem(view, e, fromId) {
    var outgoing = e.from === fromId;
    var other = view.nodeById[outgoing ? e.to : e.from];
    var li = el("li");
    li.appendChild(relationTag(e.type, view.colors));
    li.appendChild(document.createTextNode((outgoing ? " → " : " ← ") + other.name));
    if (e.papers) {
      li.appendChild(document.createTextNode(" (" + plural(e.weight, "paper") + ")"));
    } else if (other.kind !== "Paper" && view.nodeById[fromId].kind !== "Paper" && e.paper_title) {
      li.appendChild(document.createTextNode(" in "));
      li.appendChild(paperLink(e.paper_title, e.paper_url));
    }
    if (e.evidence) li.appendChild(quote(e.evidence));
    return li;
  }

  function nodePapers(view, n) {
    if (n.papers) return n.papers;
    var seen = {};
    return view.edgesOf(n.id).map(function (e) { return view.nodeById[e.from]; })
      .filter(function (p) { return p.kind === "Paper" && !seen[p.id] && (seen[p.id] = true); })
      .map(function (p) { return {id: p.paper_id, title: p.name, url: p.url, date: p.date}; });
  }

  function showNode(view, details, id) {
    var n = view.nodeById[id];
    var edges = view.edgesOf(id);
    clear(details);
    details.appendChild(el("h3", null, n.name));
    if (n.kind === "Paper") {
      details.appendChild(definitions([["type", "Paper"], ["id", n.paper_id], ["date", n.date],
        ["link", n.url ? paperLink(n.url, n.url) : ""]]));
      if (n.abstract) details.appendChild(el("p", "kg-abstract", n.abstract));
    } else {
      details.appendChild(definitions([["type", n.type], ["aliases", n.aliases.join(", ")],
        ["papers", String(n.paper_count)]]));
    }
    var actions = el("p", "kg-actions");
    actions.appendChild(button("Show neighbours", function () { view.expand(id); }));
    actions.appendChild(button("Only this neighbourhood", function () { view.focusOn(id); }));
    details.appendChild(actions);
    if (n.kind !== "Paper") section(details, "Papers", nodePapers(view, n).map(paperItem));
    section(details, plural(edges.length, "relation"), edges.map(function (e) { return evidenceItem(view, e, id); }));
  }

  function showEdge(view, details, id) {
    var e = view.edgeById[id];
    clear(details);
    details.appendChild(el("h3", null, e.type + (e.derived ? " (derived)" : "")));
    details.appendChild(definitions([["from", view.nodeById[e.from].name], ["to", view.nodeById[e.to].name],
      ["papers", e.papers ? String(e.weight) : ""]]));
    var papers = e.papers || [{id: e.paper, title: e.paper_title, url: e.paper_url, evidence: [e.evidence]}];
    section(details, "Evidence", papers.map(function (p) {
      var li = paperItem(p);
      (p.evidence || []).forEach(function (s) { if (s) li.appendChild(quote(s)); });
      return li;
    }));
  }

  window.kgraphUI = {el: el, clear: clear, plural: plural, paperLink: paperLink, quote: quote,
    nodeTooltip: nodeTooltip, edgeTooltip: edgeTooltip, showNode: showNode, showEdge: showEdge};
}());
