// Progressive enhancement for data tables: sortable columns (buttons in the headers,
// keyboard-operable), a text filter for tables marked "filterable", and for a table wider
// than its column (a phone) a visible hint and a keyboard-scrollable region.
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

  // A wide table scrolls sideways in its wrapper: say so above it, and let the keyboard
  // scroll it (focusable region named by the caption). Checked again when the window
  // changes size or a closed <details> with a table opens. A ResizeObserver reports each
  // wrapper after the browser's own layout, so measuring forces no extra layout of the
  // page (Lighthouse: a forced layout of a page with a 400-row table was a long task).
  function shown(wrap) {
    return wrap.offsetParent !== null && !wrap.closest("details:not([open])");
  }

  function setWide(wrap, wide) {
    var hint = wrap.previousElementSibling;
    var hasHint = hint && hint.classList.contains("tabellen-hinweis");
    wrap.classList.toggle("ist-breit", wide);
    if (wide && !hasHint) {
      hint = document.createElement("p");
      hint.className = "tabellen-hinweis";
      hint.setAttribute("aria-hidden", "true");
      hint.textContent = "Breite Tabelle: seitlich verschieben \u2192";
      wrap.parentNode.insertBefore(hint, wrap);
      var caption = wrap.querySelector("caption");
      wrap.setAttribute("role", "region");
      wrap.setAttribute("tabindex", "0");
      wrap.setAttribute("aria-label", (caption ? caption.textContent : "Tabelle") +
        " (seitlich verschiebbar)");
    } else if (!wide && hasHint) {
      hint.remove();
      wrap.removeAttribute("role");
      wrap.removeAttribute("tabindex");
      wrap.removeAttribute("aria-label");
    }
  }

  // all widths first, then all changes: one layout, not one per table
  function markWide(wraps) {
    var visible = Array.prototype.filter.call(wraps, shown);
    var wide = visible.map(function (wrap) { return wrap.scrollWidth > wrap.clientWidth + 1; });
    visible.forEach(function (wrap, i) { setWide(wrap, wide[i]); });
  }

  function markAllWide() {
    markWide(document.querySelectorAll(".table-wrap"));
  }

  function start() {
    document.querySelectorAll("table.datatable").forEach(function (table) {
      makeSortable(table);
      if (table.classList.contains("filterable")) makeFilterable(table);
    });
    if (typeof ResizeObserver === "function") {
      // first report after the first layout; then on every change of a wrapper's size
      // (window resized, <details> opened: from 0 to its width)
      var observer = new ResizeObserver(function (entries) {
        markWide(entries.map(function (entry) { return entry.target; }));
      });
      document.querySelectorAll(".table-wrap").forEach(function (wrap) { observer.observe(wrap); });
      return;
    }
    markAllWide();
    var pending = null;
    window.addEventListener("resize", function () {
      clearTimeout(pending);
      pending = setTimeout(markAllWide, 150);
    });
    document.addEventListener("toggle", function (event) {
      if (event.target.open) markWide(event.target.querySelectorAll(".table-wrap"));
    }, true);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
