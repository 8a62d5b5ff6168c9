/* kgraph comparison page: the side-by-side table and the quoted evidence,
   built with the DOM from data.comparison (Comparison.to_json()). Runs after
   view.js, whose graph below shows the joint neighbourhood. */
(function () {
  "use strict";
  var ui = window.kgraphUI;
  var view = window.kgraphView;
  var comparison = JSON.parse(document.getElementById("kg-data").textContent).comparison;
  var box = document.getElementById("kg-compare");
  var ROWS = [["type", "Type"], ["aliases", "Aliases"], ["papers", "Papers"], ["tasks", "Tasks"],
    ["datasets", "Datasets"], ["metrics", "Metrics"], ["baselines", "Baselines"]];

  function paperUrl(id) {
    var node = view.nodeById["paper:" + id];
    return node ? node.url : "";
  }

  function paperEntry(p) {
    var li = ui.el("li");
    li.appendChild(ui.paperLink(p.title || p.id, paperUrl(p.id)));
    if (p.date) li.appendChild(ui.el("span", "kg-date", " " + p.date));
    return li;
  }

  function valueList(values, shared) {
    var list = ui.el("ul");
    values.forEach(function (v) {
      var li = ui.el("li", shared.indexOf(v) !== -1 ? "kg-shared" : null, v);
      li.addEventListener("click", function () { view.search(v); });
      list.appendChild(li);
    });
    return list;
  }

  function cell(entity, prop) {
    var td = ui.el("td");
    var value = entity[prop];
    if (prop === "papers") {
      var list = ui.el("ul");
      value.forEach(function (p) { list.appendChild(paperEntry(p)); });
      td.appendChild(list);
    } else if (Array.isArray(value)) {
      td.appendChild(valueList(value, comparison.shared[prop] || []));
    } else {
      td.textContent = value;
    }
    return td;
  }

  function table() {
    var t = ui.el("table");
    var head = ui.el("tr");
    head.appendChild(ui.el("th"));
    comparison.entities.forEach(function (e) {
      var th = ui.el("th", null, e.name);
      th.scope = "col";
      head.appendChild(th);
    });
    t.appendChild(head);
    ROWS.forEach(function (row) {
      var tr = ui.el("tr");
      var th = ui.el("th", null, row[1]);
      th.scope = "row";
      tr.appendChild(th);
      comparison.entities.forEach(function (e) { tr.appendChild(cell(e, row[0])); });
      t.appendChild(tr);
    });
    return t;
  }

  function evidence() {
    var list = ui.el("ol", "kg-compare-evidence");
    comparison.evidence.forEach(function (item) {
      var li = ui.el("li");
      li.appendChild(ui.paperLink(item.title || item.paper, paperUrl(item.paper)));
      li.appendChild(document.createTextNode(" (" + item.date + "): " + item.compared.join(" vs ")));
      li.appendChild(ui.el("blockquote", null, "“" + item.evidence + "”"));
      list.appendChild(li);
    });
    return list;
  }

  box.appendChild(ui.el("h2", null, "Side by side"));
  box.appendChild(table());
  box.appendChild(ui.el("p", "kg-hint", "Bold: shared by all. Click a value to find it in the graph."));
  box.appendChild(ui.el("h2", null, comparison.evidence.length
    ? "Where they are compared" : "No paper compares them directly"));
  box.appendChild(evidence());
  document.body.dataset.compareRows = String(ROWS.length);
}());
