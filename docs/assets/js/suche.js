/* Site search on demand (partials/suche.html, kommunale_jobcenter/suche.py).
   A first visit transfers nothing of the search: Pagefind's script, its WebAssembly and
   the index chunks come only when the reader turns to the search field (focus, typing,
   the magnifier button), and then only the chunks a query needs.
   Keyboard: Tab or the magnifier (Enter/Space) opens it, ↓/↑ move through the results,
   Enter follows a result (Enter in the field: the first), Escape closes. */
(function () {
  "use strict";
  var dialog = document.querySelector("[data-kj-suche]");
  var toggle = document.getElementById("__search");
  if (!dialog || !toggle) return;
  var input = dialog.querySelector("input.md-search__input");
  var form = dialog.querySelector("form");
  var status = document.getElementById("kj-suche-status");
  var list = document.getElementById("kj-suche-liste");
  var button = document.querySelector(".kj-suche-knopf");
  var MAX = 10;
  var engine = null;
  var opener = null;
  var current = 0;

  function load() {
    if (!engine) {
      var base = new URL(dialog.getAttribute("data-kj-basis"), location.href).pathname;
      // absolute: import() in a classic script resolves against the script's own URL
      var script = new URL(dialog.getAttribute("data-kj-suche"), location.href).href;
      engine = import(script).then(function (pagefind) {
        return pagefind.options({ baseUrl: base, excerptLength: 24 }).then(function () {
          pagefind.init();
          return pagefind;
        });
      });
      engine.catch(function () {
        say("Die Suche ist gerade nicht verfügbar. Alle Träger stehen im Jobcenter-Verzeichnis.");
      });
    }
    return engine;
  }

  function say(text) { status.textContent = text; }

  function expanded() {
    if (button) button.setAttribute("aria-expanded", toggle.checked ? "true" : "false");
  }

  function open(from) {
    opener = from || null;
    toggle.checked = true;
    expanded();
    load();
    if (document.activeElement !== input) input.focus();
  }

  function close() {
    toggle.checked = false;
    expanded();
    if (opener && opener !== input) opener.focus(); else input.blur();
    opener = null;
  }

  /* The excerpt is HTML from Pagefind: keep its text and its <mark>s, nothing else. */
  function excerptNode(excerpt) {
    var template = document.createElement("template");
    template.innerHTML = excerpt;
    var p = document.createElement("p");
    template.content.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        p.appendChild(mark);
      } else {
        p.appendChild(document.createTextNode(node.textContent));
      }
    });
    return p;
  }

  function item(data) {
    var li = document.createElement("li");
    li.className = "md-search-result__item";
    var a = document.createElement("a");
    a.className = "md-search-result__link";
    a.href = data.url;
    var article = document.createElement("div");
    article.className = "md-search-result__article md-typeset";
    var title = document.createElement("h2");
    title.className = "kj-treffer-titel";
    title.textContent = (data.meta && data.meta.title) || data.url;
    article.appendChild(title);
    article.appendChild(excerptNode(data.excerpt || ""));
    a.appendChild(article);
    li.appendChild(a);
    return li;
  }

  function search() {
    var query = input.value.trim();
    var ticket = ++current;
    if (!query) {
      list.replaceChildren();
      say("Suchbegriff eingeben");
      return;
    }
    say("Suche …");
    load().then(function (pagefind) {
      return pagefind.debouncedSearch(query, {}, 150);
    }).then(function (found) {
      if (!found || ticket !== current) return null;  // a newer query superseded this one
      var first = found.results.slice(0, MAX);
      return Promise.all(first.map(function (r) { return r.data(); })).then(function (rows) {
        if (ticket !== current) return;
        list.replaceChildren.apply(list, rows.map(item));
        var n = found.results.length;
        say(n === 0 ? "Keine Treffer für «" + query + "»"
          : (n === 1 ? "1 Treffer" : n + " Treffer") + " für «" + query + "»"
            + (n > MAX ? ", die ersten " + MAX + " gezeigt" : ""));
      });
    }).catch(function () { /* load() already said so */ });
  }

  function links() { return Array.prototype.slice.call(list.querySelectorAll("a")); }

  function move(step) {
    var all = links();
    if (!all.length) return;
    var at = all.indexOf(document.activeElement);
    if (at < 0) { all[step > 0 ? 0 : all.length - 1].focus(); return; }
    if (at + step < 0) { input.focus(); return; }
    all[Math.min(at + step, all.length - 1)].focus();
  }

  input.addEventListener("focus", function () { if (!toggle.checked) open(input); });
  input.addEventListener("input", search);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = links()[0];
    if (first) location.href = first.href;
  });
  form.addEventListener("reset", function () {
    setTimeout(function () { search(); input.focus(); }, 0);
  });
  dialog.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") { event.preventDefault(); move(1); }
    else if (event.key === "ArrowUp") { event.preventDefault(); move(-1); }
    else if (event.key === "Escape") { event.preventDefault(); close(); }
  });
  // Tab out of the search: it closes, so it never covers the element that has the focus
  dialog.addEventListener("focusout", function (event) {
    var next = event.relatedTarget;
    if (next && !dialog.contains(next) && toggle.checked) {
      toggle.checked = false;
      expanded();
      opener = null;
    }
  });
  toggle.addEventListener("change", function () {
    expanded();
    if (toggle.checked) open(opener);
    else if (dialog.contains(document.activeElement)) document.activeElement.blur();
  });
  // the magnifier on narrow screens: a <button>, so Enter and Space click it
  if (button) {
    button.addEventListener("click", function () { open(button); });
    expanded();
  }
})();
