/* kgraph HTML view: reads the JSON data island, draws it with vis-network and
   shows details. Untrusted text is only ever set with textContent (or handed to
   vis-network as DOM elements / canvas labels), never parsed as HTML.
   State for tests: window.kgraphView and body[data-ready|data-rendered-*]. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var colors = data.colors;
  var status = document.getElementById("kg-status");
  var details = document.getElementById("kg-details");
  var nodeById = {};
  var edgeById = {};
  var view = {network: null, nodes: null, edges: null, ready: false};
  window.kgraphView = view;
  data.nodes.forEach(function (n) { nodeById[n.id] = n; });
  data.edges.forEach(function (e) { edgeById[e.id] = e; });

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function tooltip(head, rows) {
    var box = el("div");
    box.appendChild(el("div", "kg-tip-head", head));
    rows.forEach(function (row) { if (row) box.appendChild(el("div", "kg-tip-row", row)); });
    return box;
  }

  function plural(count, word) { return count + " " + word + (count === 1 ? "" : "s"); }

  function nodeTooltip(n) {
    if (n.kind === "Paper") return tooltip(n.name, ["Paper " + n.paper_id, n.date]);
    return tooltip(n.name, [n.type + " · " + plural(n.paper_count, "paper"),
      n.aliases.length ? "aliases: " + n.aliases.join(", ") : ""]);
  }

  function edgeTooltip(e) {
    return tooltip(e.type + (e.derived ? " (derived)" : ""),
      [e.paper_title || e.paper, e.evidence ? "“" + e.evidence + "”" : ""]);
  }

  function visNode(n) {
    var item = {id: n.id, label: n.label, group: n.type, title: nodeTooltip(n),
      value: n.kind === "Paper" ? 1 : Math.max(1, n.paper_count)};
    if (n.x !== undefined) { item.x = n.x; item.y = n.y; }
    return item;
  }

  function visEdge(e) {
    var c = colors.edges[e.type] || "#999999";
    return {id: e.id, from: e.from, to: e.to, title: edgeTooltip(e), dashes: e.derived,
      color: {color: c, highlight: c, hover: c}};
  }

  function groups() {
    var out = {};
    Object.keys(colors.nodes).forEach(function (type) {
      var c = colors.nodes[type];
      var active = {background: c, border: "#222222"};
      out[type] = {shape: type === "Paper" ? "square" : "dot", font: {color: type === "Paper" ? "#666666" : "#222222"},
        color: {background: c, border: c, highlight: active, hover: active}};
    });
    return out;
  }

  var options = {
    groups: groups(),
    nodes: {font: {size: 14, strokeWidth: 3, strokeColor: "#ffffff"},
      scaling: {min: 6, max: 30, label: {enabled: true, min: 16, max: 26, drawThreshold: 6}}},
    edges: {smooth: false, width: 1, arrows: {to: {enabled: true, scaleFactor: 0.4}}},
    layout: {improvedLayout: false, randomSeed: 7},
    interaction: {hover: true, hideEdgesOnDrag: true, tooltipDelay: 150},
    physics: data.physics ? {solver: "forceAtlas2Based",
      forceAtlas2Based: {gravitationalConstant: -90, centralGravity: 0.02, springLength: 80, avoidOverlap: 0.6},
      stabilization: {iterations: 200, updateInterval: 25}} : {enabled: false}
  };

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function definitions(pairs) {
    var list = el("dl");
    pairs.forEach(function (pair) {
      if (pair[1] === "") return;
      list.appendChild(el("dt", null, pair[0]));
      list.appendChild(el("dd", null, pair[1]));
    });
    return list;
  }

  function relationTag(type) {
    var tag = el("span", "kg-rel", type);
    tag.style.background = colors.edges[type] || "#999999";
    return tag;
  }

  function edgeItem(e, fromId) {
    var outgoing = e.from === fromId;
    var other = nodeById[outgoing ? e.to : e.from];
    var item = el("li");
    item.appendChild(relationTag(e.type));
    item.appendChild(document.createTextNode((outgoing ? " → " : " ← ") + other.name));
    if (other.kind !== "Paper" && nodeById[fromId].kind !== "Paper" && e.paper_title) {
      item.appendChild(document.createTextNode(" (in " + e.paper_title + ")"));
    }
    if (e.evidence) item.appendChild(el("span", "kg-evidence", e.evidence));
    return item;
  }

  function showNode(id) {
    var n = nodeById[id];
    var connected = view.network.getConnectedEdges(id);
    var list = el("ol");
    clear(details);
    details.appendChild(el("h3", null, n.name));
    details.appendChild(n.kind === "Paper"
      ? definitions([["type", "Paper"], ["id", n.paper_id], ["date", n.date], ["url", n.url]])
      : definitions([["type", n.type], ["aliases", n.aliases.join(", ")], ["papers", String(n.paper_count)]]));
    connected.slice(0, 200).forEach(function (eid) { list.appendChild(edgeItem(edgeById[eid], id)); });
    details.appendChild(el("h2", null, plural(connected.length, "relation")));
    details.appendChild(list);
  }

  function showEdge(id) {
    var e = edgeById[id];
    clear(details);
    details.appendChild(el("h3", null, e.type + (e.derived ? " (derived)" : "")));
    details.appendChild(definitions([["from", nodeById[e.from].name], ["to", nodeById[e.to].name],
      ["paper", e.paper_title || e.paper], ["evidence", e.evidence]]));
  }

  function findNode(query) {
    var q = query.trim().toLowerCase();
    if (!q) return null;
    function exact(n) {
      return n.name.toLowerCase() === q ||
        (n.aliases || []).some(function (a) { return a.toLowerCase() === q; });
    }
    return data.nodes.find(exact) ||
      data.nodes.find(function (n) { return n.name.toLowerCase().indexOf(q) !== -1; }) || null;
  }

  view.search = function (query) {
    var n = findNode(query);
    status.textContent = n ? "" : "no match for “" + query + "”";
    if (!n) return null;
    view.network.selectNodes([n.id]);
    view.network.focus(n.id, {scale: 1.5, animation: false});
    showNode(n.id);
    return n.id;
  };

  function fillNames() {
    var names = document.getElementById("kg-names");
    var seen = {};
    data.nodes.forEach(function (n) {
      [n.name].concat(n.aliases || []).forEach(function (name) {
        if (seen[name]) return;
        seen[name] = true;
        var option = document.createElement("option");
        option.value = name;
        names.appendChild(option);
      });
    });
    var input = document.getElementById("kg-search");
    input.addEventListener("change", function () { view.search(input.value); });
  }

  function markReady() {
    if (view.ready) return;
    view.ready = true;
    document.body.dataset.renderedNodes = String(view.nodes.length);
    document.body.dataset.renderedEdges = String(view.edges.length);
    document.body.dataset.ready = "1";
    status.textContent = "";
  }

  view.nodes = new vis.DataSet(data.nodes.map(visNode));
  view.edges = new vis.DataSet(data.edges.map(visEdge));
  view.network = new vis.Network(document.getElementById("kg-network"), {}, options);
  view.network.on("click", function (p) {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
  });
  if (data.physics && data.nodes.length) {
    view.network.on("stabilizationProgress", function (p) {
      status.textContent = "laying out… " + Math.round(100 * p.iterations / p.total) + "%";
    });
    view.network.once("stabilizationIterationsDone", function () {
      view.network.setOptions({physics: false});
      markReady();
    });
  } else {
    view.network.once("afterDrawing", markReady);
  }
  view.network.setData({nodes: view.nodes, edges: view.edges});
  if (!data.physics) view.network.fit({animation: false});
  fillNames();
}());
