// Progressive enhancement for data tables: sortable columns (buttons in the headers,
// keyboard-operable) and a text filter for tables marked "filterable".
(function () {
  "use strict";

  function sortKey(cell, kind) {
    // Numbers and dates carry a machine key; an empty key is a missing value.
    var key = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent;
    if (kind === "number" || kind === "date") {
      if (key === "") return null;
      if (kind === "number") return parseFloat(key);
    }
    return key.toLocaleLowerCase("de");
  }

  function makeSortable(table) {
    var headers = table.querySelectorAll("thead th");
    headers.forEach(function (th, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sortieren";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      th.setAttribute("aria-sort", "none");
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        headers.forEach(function (other) { other.setAttribute("aria-sort", "none"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var kind = th.getAttribute("data-kind");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = sortKey(a.cells[index], kind), y = sortKey(b.cells[index], kind);
          if (x === y) return 0;
          if (x === null) return 1;
          if (y === null) return -1;
          var order = kind === "number" ? x - y : String(x).localeCompare(String(y), "de");
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  var counter = 0;
  function makeFilterable(table) {
    counter += 1;
    var id = "tabellenfilter-" + counter;
    var wrap = document.createElement("div");
    wrap.className = "tabellenfilter";
    var label = document.createElement("label");
    label.setAttribute("for", id);
    label.textContent = "Tabelle filtern: ";
    var input = document.createElement("input");
    input.type = "search";
    input.id = id;
    input.setAttribute("aria-controls", table.id || "");
    var status = document.createElement("span");
    status.className = "tabellenfilter-status";
    status.setAttribute("aria-live", "polite");
    wrap.appendChild(label);
    wrap.appendChild(input);
    wrap.appendChild(status);
    table.parentNode.parentNode.insertBefore(wrap, table.parentNode);
    input.addEventListener("input", function () {
      var needle = input.value.trim().toLocaleLowerCase("de");
      var shown = 0;
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var match = !needle || row.textContent.toLocaleLowerCase("de").indexOf(needle) !== -1;
        row.hidden = !match;
        if (match) shown += 1;
      });
      status.textContent = shown + " von " + table.tBodies[0].rows.length + " Zeilen";
    });
  }

  function start() {
    document.querySelectorAll("table.datatable").forEach(function (table) {
      makeSortable(table);
      if (table.classList.contains("filterable")) makeFilterable(table);
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
