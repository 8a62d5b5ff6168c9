/* kgraph HTML view, part 2: reads the JSON data island, draws it with
   vis-network and handles filters, search, expand/focus and reset.
   What is shown: nodes in view.shown whose type is on, and edges between
   shown nodes whose relation is on. State for tests: window.kgraphView
   (counts(), search(), expand(), focusOn(), setType(), setRelation(), reset(),
   readyAt: ms from navigation start to interactive)
   and body[data-ready|data-shown-nodes|data-shown-edges]. */
(function () {
  "use strict";
  var ui = window.kgraphUI;
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var status = document.getElementById("kg-status");
  var details = document.getElementById("kg-details");
  var view = {colors: data.colors, nodeById: {}, edgeById: {}, adjacency: {}, typeOn: {}, relationOn: {},
    shown: null, ready: false, network: null};
  window.kgraphView = view;
  var names = {};
  data.nodes.forEach(function (n) { view.nodeById[n.id] = n; view.adjacency[n.id] = []; names[n.id] = n.name; });
  data.edges.forEach(function (e) {
    view.edgeById[e.id] = e;
    view.adjacency[e.from].push(e);
    if (e.to !== e.from) view.adjacency[e.to].push(e);
  });
  Object.keys(data.colors.nodes).forEach(function (t) { view.typeOn[t] = true; });
  Object.keys(data.colors.edges).forEach(function (t) { view.relationOn[t] = true; });
  var focusSet = {};
  data.focus.forEach(function (id) { focusSet[id] = true; });

  view.edgesOf = function (id) { return view.adjacency[id] || []; };

  function startSet() {
    var ids = data.start || data.nodes.map(function (n) { return n.id; });
    var set = {};
    ids.forEach(function (id) { set[id] = true; });
    return set;
  }

  function nodeVisible(n) { return view.shown[n.id] === true && view.typeOn[view.nodeById[n.id].type] !== false; }
  function edgeVisible(e) {
    var d = view.edgeById[e.id];
    return view.relationOn[d.type] !== false && nodeVisible({id: d.from}) && nodeVisible({id: d.to});
  }

  /* Labels shrink below the draw threshold when zoomed out: entities in one
     paper and papers only show theirs when zoomed in, hubs and focus always. */
  function labelSize(n, grow) {
    if (focusSet[n.id]) return 22;
    if (n.kind === "Paper") return 9;
    return n.paper_count > 1 ? Math.min(30, 16 + 4 * grow) : 10;
  }

  function visNode(n) {
    var grow = n.kind === "Paper" ? 0 : Math.log2(Math.max(1, n.paper_count));
    var item = {id: n.id, label: n.label, group: n.type, title: ui.nodeTooltip(n),
      size: n.kind === "Paper" ? 5 : Math.min(40, 9 + 5 * grow), font: {size: labelSize(n, grow)}};
    if (focusSet[n.id]) {
      item.borderWidth = 4;
      item.color = {background: data.colors.nodes[n.type], border: "#222222"};
    }
    if (n.x !== undefined) { item.x = n.x; item.y = n.y; }
    return item;
  }

  function visEdge(e) {
    var c = data.colors.edges[e.type] || "#999999";
    return {id: e.id, from: e.from, to: e.to, title: ui.edgeTooltip(e, names), dashes: e.derived && !e.papers,
      width: Math.min(8, 1 + 1.5 * Math.log2(Math.max(1, e.weight))), color: {color: c, highlight: c, hover: c, opacity: 0.8}};
  }

  function groups() {
    var out = {};
    Object.keys(data.colors.nodes).forEach(function (type) {
      var c = data.colors.nodes[type];
      var active = {background: c, border: "#222222"};
      out[type] = {shape: data.shapes[type], color: {background: c, border: c, highlight: active, hover: active},
        font: {color: type === "Paper" ? "#777777" : "#222222"}};
    });
    return out;
  }

  var options = {
    groups: groups(),
    nodes: {font: {strokeWidth: 3, strokeColor: "#ffffff"}, scaling: {label: {drawThreshold: 8}}},
    edges: {smooth: false, arrows: {to: {enabled: true, scaleFactor: 0.4}}},
    layout: {improvedLayout: false, randomSeed: 7},
    interaction: {hover: true, hideEdgesOnDrag: true, tooltipDelay: 150},
    physics: data.physics ? {solver: "forceAtlas2Based",
      forceAtlas2Based: data.nodes.length > 150
        ? {gravitationalConstant: -70, centralGravity: 0.03, springLength: 80, avoidOverlap: 0.6}
        : {gravitationalConstant: -160, centralGravity: 0.02, springLength: 130, avoidOverlap: 1},
      stabilization: {iterations: 250, updateInterval: 25}} : {enabled: false}
  };

  /* Fit the shown nodes, but never zoom in past 1:1 (small graphs would get huge labels). */
  function fit() {
    view.network.fit({animation: false});
    if (view.network.getScale() > 1) view.network.moveTo({scale: 1, animation: false});
  }

  view.counts = function () { return [view.nodesView.length, view.edgesView.length]; };

  /* Keep where shown nodes are (vis forgets it when a view hides them); place
     never-drawn nodes in a ring around the node at anchorId. */
  function keepPositions(anchorId, added) {
    var at = view.network.getPositions();
    var updates = Object.keys(at).map(function (id) { return {id: id, x: at[id].x, y: at[id].y}; });
    var centre = at[anchorId] || {x: 0, y: 0};
    added.forEach(function (id, i) {
      if (at[id] || view.nodes.get(id).x !== undefined) return;
      var angle = 2 * Math.PI * i / added.length;
      var radius = 60 + 4 * added.length;
      updates.push({id: id, x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle)});
    });
    view.nodes.update(updates);
  }

  function refresh(anchorId, added) {
    if (view.ready) keepPositions(anchorId, added || []);
    view.nodesView.refresh();
    view.edgesView.refresh();
    var counts = view.counts();
    document.getElementById("kg-shown-nodes").textContent = String(counts[0]);
    document.getElementById("kg-shown-edges").textContent = String(counts[1]);
    document.body.dataset.shownNodes = String(counts[0]);
    document.body.dataset.shownEdges = String(counts[1]);
  }

  /* Show every neighbour of node id (from the full data); returns how many were hidden. */
  view.expand = function (id) {
    var added = view.shown[id] ? [] : [id];
    view.shown[id] = true;
    view.edgesOf(id).forEach(function (e) {
      if (view.relationOn[e.type] === false) return;
      [e.from, e.to].forEach(function (other) {
        if (!view.shown[other]) { view.shown[other] = true; added.push(other); }
      });
    });
    refresh(id, added);
    var count = added.length - (added[0] === id ? 1 : 0);
    status.textContent = count ? "showing " + ui.plural(count, "more node") : "no hidden neighbours";
    return count;
  };

  /* Show only node id and its neighbours. */
  view.focusOn = function (id) {
    view.shown = {};
    view.expand(id);
    view.network.selectNodes([id]);
    fit();
    return view.counts();
  };

  view.setType = function (type, on) { view.typeOn[type] = on; syncBoxes(); refresh(); return view.counts(); };
  view.setRelation = function (type, on) { view.relationOn[type] = on; syncBoxes(); refresh(); return view.counts(); };

  view.reset = function () {
    view.shown = startSet();
    Object.keys(view.typeOn).forEach(function (t) { view.typeOn[t] = true; });
    Object.keys(view.relationOn).forEach(function (t) { view.relationOn[t] = true; });
    syncBoxes();
    refresh();
    view.network.unselectAll();
    fit();
    ui.clear(details);
    status.textContent = "";
    return view.counts();
  };

  function findNode(query) {
    var q = query.trim().toLowerCase();
    if (!q) return null;
    function exact(n) {
      return n.name.toLowerCase() === q || (n.aliases || []).some(function (a) { return a.toLowerCase() === q; });
    }
    return data.nodes.find(exact) ||
      data.nodes.find(function (n) { return n.name.toLowerCase().indexOf(q) !== -1; }) || null;
  }

  /* Find a node by name or alias, show it (even if hidden), select and centre it. */
  view.search = function (query) {
    var n = findNode(query);
    status.textContent = n ? "" : "no match for “" + query + "”";
    if (!n) return null;
    var anchor = view.shown[n.id] ? null : view.edgesOf(n.id).map(function (e) {
      return e.from === n.id ? e.to : e.from;
    }).find(function (other) { return view.shown[other]; });
    view.shown[n.id] = true;
    view.typeOn[n.type] = true;
    syncBoxes();
    refresh(anchor, [n.id]);
    view.network.selectNodes([n.id]);
    view.network.focus(n.id, {scale: 1.2, animation: false});
    ui.showNode(view, details, n.id);
    return n.id;
  };

  var boxes = {};
  function syncBoxes() {
    Object.keys(boxes).forEach(function (k) {
      var parts = k.split(":");
      boxes[k].checked = (parts[0] === "type" ? view.typeOn : view.relationOn)[parts[1]] !== false;
    });
  }

  function swatch(kind, name) {
    var mark = ui.el("span", kind === "type" ? "kg-swatch kg-shape-" + data.shapes[name] : "kg-line");
    mark.style.background = data.colors[kind === "type" ? "nodes" : "edges"][name];
    return mark;
  }

  function filterList(listId, kind, counts, setter) {
    var list = document.getElementById(listId);
    Object.keys(counts).forEach(function (name) {
      var item = ui.el("li");
      var label = ui.el("label");
      var box = ui.el("input");
      box.type = "checkbox";
      box.checked = true;
      box.dataset[kind] = name;
      box.addEventListener("change", function () { setter(name, box.checked); });
      boxes[kind + ":" + name] = box;
      label.appendChild(box);
      label.appendChild(swatch(kind, name));
      label.appendChild(document.createTextNode(name + " (" + counts[name] + ")"));
      item.appendChild(label);
      list.appendChild(item);
    });
  }

  function countBy(items, key, all) {
    var counts = {};
    Object.keys(all).forEach(function (k) { counts[k] = 0; });
    items.forEach(function (item) { counts[item[key]] = (counts[item[key]] || 0) + 1; });
    return counts;
  }

  function fillNames() {
    var list = document.getElementById("kg-names");
    var seen = {};
    data.nodes.forEach(function (n) {
      [n.name].concat(n.aliases || []).forEach(function (name) {
        if (seen[name]) return;
        seen[name] = true;
        var option = document.createElement("option");
        option.value = name;
        list.appendChild(option);
      });
    });
    var input = document.getElementById("kg-search");
    input.addEventListener("change", function () { view.search(input.value); });
  }

  function markReady() {
    if (view.ready) return;
    view.ready = true;
    view.readyAt = performance.now();
    document.body.dataset.ready = "1";
    status.textContent = "";
  }

  view.shown = startSet();
  view.nodes = new vis.DataSet(data.nodes.map(visNode));
  view.edges = new vis.DataSet(data.edges.map(visEdge));
  view.nodesView = new vis.DataView(view.nodes, {filter: nodeVisible});
  view.edgesView = new vis.DataView(view.edges, {filter: edgeVisible});
  filterList("kg-type-filters", "type", countBy(data.nodes, "type", data.colors.nodes), view.setType);
  filterList("kg-relation-filters", "relation", countBy(data.edges, "type", data.colors.edges), view.setRelation);
  view.network = new vis.Network(document.getElementById("kg-network"), {}, options);
  view.network.on("click", function (p) {
    if (p.nodes.length) ui.showNode(view, details, p.nodes[0]);
    else if (p.edges.length) ui.showEdge(view, details, p.edges[0]);
  });
  view.network.on("doubleClick", function (p) { if (p.nodes.length) view.expand(p.nodes[0]); });
  document.getElementById("kg-reset").addEventListener("click", view.reset);
  if (data.physics && data.nodes.length) {
    view.network.on("stabilizationProgress", function (p) {
      status.textContent = "laying out… " + Math.round(100 * p.iterations / p.total) + "%";
    });
    view.network.once("stabilizationIterationsDone", function () {
      view.network.setOptions({physics: false});
      fit();
      markReady();
    });
  } else {
    view.network.once("afterDrawing", markReady);
  }
  view.network.setData({nodes: view.nodesView, edges: view.edgesView});
  refresh();
  if (!data.physics) fit();
  fillNames();
}());
