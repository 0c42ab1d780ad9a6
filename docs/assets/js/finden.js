// «Jobcenter finden»: search-as-you-type over all Kreise. Without this script the page shows
// the link to the A–Z list; with it, the form appears and loads a small JSON on first use.
(function () {
  "use strict";

  var LIMIT = 8;

  // Lower case, umlauts and ß spelled out, everything else but letters and digits removed:
  // «Göttingen», «Goettingen» and «gottingen» all become comparable.
  function fold(text) {
    return text.toLocaleLowerCase("de")
      .replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, " ").trim();
  }

  function loose(text) {
    // a second key in which «oe» and «o» match, for queries typed without umlauts
    return text.replace(/ae/g, "a").replace(/oe/g, "o").replace(/ue/g, "u");
  }

  function score(entry, tokens) {
    var best = 0;
    for (var i = 0; i < tokens.length; i++) {
      var token = tokens[i];
      var hit = entry.key.indexOf(token);
      if (hit < 0) hit = entry.loose.indexOf(loose(token));
      if (hit < 0) return -1;
      best += hit === 0 || entry.key.charAt(hit - 1) === " " ? 2 : 1;
    }
    return best;
  }

  function setUp(box) {
    var form = box.querySelector(".finder-form");
    var input = box.querySelector("input");
    var list = box.querySelector(".finder-treffer");
    var status = box.querySelector(".finder-status");
    var source = new URL(box.getAttribute("data-src"), document.baseURI);
    var entries = null;
    var loading = null;

    function load() {
      if (!loading) {
        loading = fetch(source).then(function (r) { return r.json(); }).then(function (rows) {
          entries = rows.map(function (row) {
            var key = fold(row.n + " " + row.l + " " + row.k);
            return { row: row, key: key, loose: loose(key) };
          });
        }).catch(function () {
          status.textContent = "Die Liste ließ sich nicht laden. Bitte nutzen Sie die Liste von A bis Z.";
        });
      }
      return loading;
    }

    function item(row) {
      var li = document.createElement("li");
      var name = document.createElement(row.u ? "a" : "span");
      name.textContent = row.n;
      if (row.u) name.href = new URL(row.u, source).href;
      var form = document.createElement("span");
      form.className = "finder-form-name";
      form.textContent = " – " + row.f + " (" + row.l + ")";
      li.appendChild(name);
      li.appendChild(form);
      return li;
    }

    function show() {
      var tokens = fold(input.value).split(" ").filter(Boolean);
      list.textContent = "";
      if (!tokens.length || !entries) {
        status.textContent = "";
        return;
      }
      var found = [];
      entries.forEach(function (entry) {
        var s = score(entry, tokens);
        if (s >= 0) found.push({ s: s, entry: entry });
      });
      found.sort(function (a, b) {
        return b.s - a.s || a.entry.row.n.localeCompare(b.entry.row.n, "de");
      });
      found.slice(0, LIMIT).forEach(function (f) { list.appendChild(item(f.entry.row)); });
      status.textContent = found.length === 0 ? "Kein Kreis gefunden."
        : found.length === 1 ? "1 Kreis gefunden."
        : found.length + " Kreise gefunden" + (found.length > LIMIT ? ", die ersten " + LIMIT + " stehen hier." : ".");
    }

    form.hidden = false;
    input.addEventListener("focus", load);
    input.addEventListener("input", function () { load().then(show); });
    form.addEventListener("submit", function (event) {
      // Enter opens the first hit; without a hit the form goes to the A–Z list.
      var first = list.querySelector("a");
      if (first) {
        event.preventDefault();
        window.location.href = first.href;
      }
    });
    if (input.value) load().then(show);
  }

  document.querySelectorAll(".finder").forEach(setUp);
})();
