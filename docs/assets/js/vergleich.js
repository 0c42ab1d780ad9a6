// «Kreise vergleichen»: up to five Kreise side by side for one key indicator, as a small SVG
// line chart and a table, with a CSV of exactly the table. Without this script the
// container stays hidden and the static chart and tables are the page. The view lives in
// the address (?vergleich=05570,05566&indikator=q_SGBII, kept with history.replaceState),
// so a link restores it. Data: daten/vergleich/index.json (indicators, source, texts),
// jobcenter/kreise.json (the picker) and daten/vergleich/<AGS>.json per Kreis; each is
// loaded once, and nothing before the widget comes near the screen or the address asks.
(function () {
  "use strict";

  var SVG = "http://www.w3.org/2000/svg";
  var LIMIT = 8;  // hits shown in the picker
  var AGS = /^\d{5}$/;
  // Line styles: colour (≥ 4.5:1 on white), dash and marker differ, so a line is told apart
  // without colour, too.
  var COLOURS = ["#1a5e9a", "#c04f00", "#00795c", "#a8437f", "#8a6100"];
  var DASHES = ["", "8 4", "2 3", "10 3 2 3", "5 2"];
  var SHAPES = ["circle", "square", "triangle", "diamond", "down"];

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (all, key) {
      return Object.prototype.hasOwnProperty.call(values || {}, key) ? String(values[key]) : all;
    });
  }

  // Lower case, umlauts spelled out, only letters and digits (as the finder does).
  function fold(text) {
    return text.toLocaleLowerCase("de")
      .replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, " ").trim();
  }

  // German number format with a fixed number of decimals, rounded as the site's tables
  // round (Python: the exact binary value, an exact tie to the even digit), so that the
  // widget and the static table of a profile show the same figure.
  function number(value, digits) {
    var size = Math.abs(value);
    var exact = size.toFixed(Math.min(100, digits + 60));
    var cut = exact.indexOf(".") + 1 + digits;
    var kept = exact.slice(0, cut).replace(/\.$/, "");
    var text = /^50*$/.test(exact.slice(cut)) && /[02468]$/.test(kept) ? kept
      : size.toFixed(digits);
    var parts = text.split(".");
    var out = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, ".") + (parts[1] ? "," + parts[1] : "");
    return (value < 0 && /[1-9]/.test(out) ? "-" : "") + out;
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (name === "text") node.textContent = attrs[name];
      else node.setAttribute(name, attrs[name]);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  function svg(tag, attrs, parent) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (parent) parent.appendChild(node);
    return node;
  }

  function getJson(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(url + ": " + response.status);
      return response.json();
    });
  }

  // -- the address ---------------------------------------------------------------------
  function readAddress() {
    var params = new URLSearchParams(window.location.search);
    return {
      has: params.has("vergleich"),
      codes: (params.get("vergleich") || "").split(",").map(function (c) { return c.trim(); })
        .filter(Boolean),
      indikator: params.get("indikator")
    };
  }

  function writeAddress(codes, indikator) {
    var params = new URLSearchParams(window.location.search);
    params.delete("vergleich");
    params.delete("indikator");
    var rest = params.toString();
    var query = (rest ? rest + "&" : "") + "vergleich=" + codes.join(",") +
      "&indikator=" + encodeURIComponent(indikator);
    window.history.replaceState(window.history.state, "",
      window.location.pathname + "?" + query + window.location.hash);
  }

  // -- the line chart ------------------------------------------------------------------
  function niceTicks(max, count) {
    if (!(max > 0)) return [0, 1];
    var raw = max / count;
    var power = Math.pow(10, Math.floor(Math.log10(raw)));
    var step = [1, 2, 2.5, 5, 10].map(function (f) { return f * power; })
      .filter(function (s) { return s >= raw; })[0];
    var ticks = [];
    for (var v = 0; v < max + step * 0.999; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
    return ticks;
  }

  function marker(shape, x, y, r) {
    var d = {
      circle: "M" + (x - r) + "," + y + "a" + r + "," + r + " 0 1,0 " + 2 * r + ",0a" + r +
        "," + r + " 0 1,0 " + -2 * r + ",0",
      square: "M" + (x - r) + "," + (y - r) + "h" + 2 * r + "v" + 2 * r + "h" + -2 * r + "z",
      triangle: "M" + x + "," + (y - r * 1.2) + "L" + (x + r * 1.1) + "," + (y + r * 0.8) +
        "H" + (x - r * 1.1) + "z",
      diamond: "M" + x + "," + (y - r * 1.3) + "L" + (x + r * 1.1) + "," + y + "L" + x + "," +
        (y + r * 1.3) + "L" + (x - r * 1.1) + "," + y + "z",
      down: "M" + x + "," + (y + r * 1.2) + "L" + (x + r * 1.1) + "," + (y - r * 0.8) +
        "H" + (x - r * 1.1) + "z"
    };
    return d[shape];
  }

  // series: [{label, values: [value or null per year]}]; years: [von … bis]
  function drawChart(holder, series, years, ind, label) {
    holder.textContent = "";
    var width = Math.max(280, Math.floor(holder.clientWidth || 600));
    var narrow = width < 480;
    var height = narrow ? 230 : 290;
    var m = { l: 46, r: 20, t: 24, b: 28 };
    var max = 0;
    series.forEach(function (s) {
      s.values.forEach(function (v) { if (v !== null && v > max) max = v; });
    });
    var ticks = niceTicks(max, narrow ? 4 : 5);
    var top = ticks[ticks.length - 1];
    var plotW = width - m.l - m.r;
    var plotH = height - m.t - m.b;
    function x(i) { return m.l + (years.length > 1 ? i / (years.length - 1) : 0.5) * plotW; }
    function y(v) { return m.t + plotH - (v / top) * plotH; }
    var root = svg("svg", { width: width, height: height, viewBox: "0 0 " + width + " " + height,
                            role: "img", "aria-label": label, "class": "kv-svg" }, holder);
    var axes = svg("g", { "class": "kv-achsen", "aria-hidden": "true" }, root);
    ticks.forEach(function (v) {
      svg("line", { x1: m.l, x2: width - m.r, y1: y(v), y2: y(v),
                    "class": v === 0 ? "kv-null" : "kv-gitter" }, axes);
      svg("text", { x: m.l - 6, y: y(v) + 4, "text-anchor": "end" }, axes).textContent =
        number(v, v % 1 ? 1 : 0);
    });
    svg("text", { x: 2, y: 12, "class": "kv-einheit" }, axes).textContent = ind.einheit;
    var every = Math.max(1, Math.ceil(years.length * 40 / plotW));
    years.forEach(function (year, i) {
      if ((years.length - 1 - i) % every) return;  // counted from the latest year
      svg("text", { x: x(i), y: height - 8, "text-anchor": "middle" }, axes).textContent = year;
    });
    series.forEach(function (s, k) {
      var group = svg("g", { "class": "kv-reihe", stroke: COLOURS[k], fill: COLOURS[k] }, root);
      var path = "";
      var open = false;
      s.values.forEach(function (v, i) {
        if (v === null) { open = false; return; }  // a gap stays a gap
        path += (open ? "L" : "M") + x(i).toFixed(1) + "," + y(v).toFixed(1);
        open = true;
      });
      if (path) {
        var line = svg("path", { d: path, fill: "none", "stroke-width": 2.5 }, group);
        if (DASHES[k]) line.setAttribute("stroke-dasharray", DASHES[k]);
      }
      s.values.forEach(function (v, i) {
        if (v === null) return;
        var dot = svg("path", { d: marker(SHAPES[k], x(i), y(v), narrow ? 3.2 : 3.8),
                                stroke: "#fff", "stroke-width": 1 }, group);
        svg("title", {}, dot).textContent = s.label + " " + years[i] + ": " +
          number(v, ind.stellen) + " (" + ind.einheit + ")";
      });
    });
    return root;
  }

  function swatch(k) {
    var root = svg("svg", { width: 34, height: 14, viewBox: "0 0 34 14", "aria-hidden": "true",
                            "class": "kv-muster" });
    var line = svg("path", { d: "M1,7H33", stroke: COLOURS[k], "stroke-width": 2.5 }, root);
    if (DASHES[k]) line.setAttribute("stroke-dasharray", DASHES[k]);
    svg("path", { d: marker(SHAPES[k], 17, 7, 3.8), fill: COLOURS[k], stroke: "#fff" }, root);
    return root;
  }

  // -- the widget ----------------------------------------------------------------------
  function setUp(box, n) {
    var base = new URL(box.getAttribute("data-kv"), document.baseURI);
    var own = box.getAttribute("data-kv-kreis");
    var id = "kv" + n + "-";
    var meta = null;
    var texts = {};
    var kreise = null;  // picker rows, loaded on first use
    var kreiseLoading = null;
    var records = {};  // AGS → promise of its file
    var codes = [];
    var indikator = null;
    var hits = [];
    var active = -1;
    var drawn = 0;
    var ui = {};

    function t(key, values) { return fill(texts[key], values); }

    function indicator(key) {
      return meta.indikatoren.filter(function (i) { return i.id === key; })[0];
    }

    function loadKreise() {
      if (!kreiseLoading) {
        var url = new URL(meta.kreise, base);
        kreiseLoading = getJson(url).then(function (rows) {
          kreise = rows.map(function (row) {
            var name = meta.zusatz[row.k] ? t("name_zusatz", { name: row.n,
                                                               zusatz: meta.zusatz[row.k] })
              : row.n;
            return { code: row.k, label: name, land: row.l, form: row.f,
                     key: fold(name + " " + row.l + " " + row.k) };
          });
        });
      }
      return kreiseLoading;
    }

    function record(code) {
      if (!records[code]) records[code] = getJson(new URL(code + ".json", base));
      return records[code];
    }

    function labelOf(rec) {
      return meta.zusatz[rec.ags] ? t("name_zusatz", { name: rec.name, zusatz: meta.zusatz[rec.ags] })
        : rec.name;
    }

    function say(text) { ui.status.textContent = text; }

    // -- picker
    function search() {
      var tokens = fold(ui.input.value).split(" ").filter(Boolean);
      hits = [];
      if (tokens.length && kreise) {
        var scored = [];
        kreise.forEach(function (row) {
          var score = 0;
          for (var i = 0; i < tokens.length; i++) {
            var at = row.key.indexOf(tokens[i]);
            if (at < 0) return;
            score += at === 0 ? 3 : row.key.charAt(at - 1) === " " ? 2 : 1;
          }
          scored.push({ row: row, score: score });
        });
        scored.sort(function (a, b) {
          return b.score - a.score || a.row.label.localeCompare(b.row.label, "de");
        });
        hits = scored.slice(0, LIMIT).map(function (s) { return s.row; });
        ui.count.textContent = scored.length === 0 ? t("kein_treffer")
          : scored.length === 1 ? t("ein_treffer") : t("treffer", { anzahl: scored.length });
      } else {
        ui.count.textContent = "";
      }
      active = -1;
      showHits();
    }

    function showHits() {
      ui.list.textContent = "";
      hits.forEach(function (row, i) {
        var chosen = codes.indexOf(row.code) >= 0;
        var option = el("li", { role: "option", id: id + "treffer-" + row.code,
                                "aria-selected": i === active ? "true" : "false" },
          [el("span", { text: row.label }),
           el("span", { "class": "kv-treffer-zusatz",
                        text: " – " + row.land + (row.form ? ", " + row.form : "") })]);
        if (chosen) option.setAttribute("aria-disabled", "true");
        option.addEventListener("mousedown", function (event) { event.preventDefault(); });
        option.addEventListener("click", function () { add(row); });
        ui.list.appendChild(option);
      });
      var open = hits.length > 0;
      ui.list.hidden = !open;
      ui.input.setAttribute("aria-expanded", open ? "true" : "false");
      if (active >= 0) {
        ui.input.setAttribute("aria-activedescendant", id + "treffer-" + hits[active].code);
        var current = ui.list.children[active];
        if (current.scrollIntoView) current.scrollIntoView({ block: "nearest" });
      } else {
        ui.input.removeAttribute("aria-activedescendant");
      }
    }

    function close() {
      hits = [];
      active = -1;
      showHits();
    }

    function add(row) {
      if (codes.indexOf(row.code) >= 0) {
        say(t("schon_gewaehlt", { name: row.label }));
      } else if (codes.length >= meta.max) {
        say(t("voll", { max: meta.max }));
      } else {
        codes.push(row.code);
        ui.input.value = "";
        close();
        ui.count.textContent = "";
        changed();
        say(t("hinzugefuegt", { name: row.label }));
      }
      ui.input.focus();
    }

    function chooseTyped() {
      if (active >= 0) return add(hits[active]);
      var typed = fold(ui.input.value);
      if (!typed) return;
      loadKreise().then(function () {
        var exact = kreise.filter(function (row) { return fold(row.label) === typed; });
        search();
        var pick = exact.length === 1 ? exact[0] : hits.length === 1 ? hits[0] : null;
        if (pick) add(pick);
        else say(t("nicht_gefunden", { eingabe: ui.input.value.trim() }));
      });
    }

    function onKey(event) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        if (!hits.length) return search();
        var step = event.key === "ArrowDown" ? 1 : -1;
        active = (active + step + hits.length + 1) % (hits.length + 1);
        if (active === hits.length) active = -1;
        showHits();
      } else if (event.key === "Enter") {
        event.preventDefault();
        chooseTyped();
      } else if (event.key === "Escape") {
        if (hits.length) { event.preventDefault(); close(); }
      }
    }

    // -- chips, chart, table
    function remove(code, label) {
      var at = codes.indexOf(code);
      codes.splice(at, 1);
      changed().then(function () {
        // the focus goes to the chip that took its place, else to the picker
        var buttons = ui.chips.querySelectorAll("button");
        (buttons[Math.min(at, buttons.length - 1)] || ui.input).focus();
        say(t("entfernt", { name: label }));
      });
    }

    function renderChips(recs) {
      ui.chips.textContent = "";
      recs.forEach(function (rec, k) {
        var label = labelOf(rec);
        var button = el("button", { type: "button", "class": "kv-entfernen",
                                    "aria-label": t("entfernen", { name: label }),
                                    title: t("entfernen", { name: label }), text: "×" });
        button.addEventListener("click", function () { remove(rec.ags, label); });
        ui.chips.appendChild(el("li", {}, [swatch(k), el("span", { text: label }), button]));
      });
      ui.counter.textContent = t("zaehler", { anzahl: codes.length, max: meta.max });
    }

    function view(recs, ind) {
      var years = [];
      for (var y = ind.von; y <= ind.bis; y++) years.push(y);
      var series = recs.map(function (rec) {
        var reihe = rec.reihen[ind.id] || { von: ind.von, werte: [] };
        return {
          code: rec.ags, label: labelOf(rec),
          values: years.map(function (year) {
            var v = reihe.werte[year - reihe.von];
            return typeof v === "number" ? v : null;
          })
        };
      });
      return { years: years, series: series };
    }

    function csvCell(value) {
      var text = value === null ? "" : String(value);
      return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
    }

    function download(shown, ind) {
      var header = [t("spalte_jahr")].concat(shown.series.map(function (s) { return s.label; }));
      var lines = [header.map(csvCell).join(",")];
      shown.years.forEach(function (year, i) {
        lines.push([year].concat(shown.series.map(function (s) { return s.values[i]; }))
          .map(csvCell).join(","));
      });
      var blob = new Blob([lines.join("\n") + "\n"], { type: "text/csv;charset=utf-8" });
      var link = el("a", { href: URL.createObjectURL(blob),
                           download: t("csv_datei", { indikator: ind.id,
                                                      codes: codes.join("-") }) });
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
      say(t("csv_erstellt", { zeilen: shown.years.length }));
    }

    function renderTable(shown, ind) {
      var caption = t("tabelle_titel", { name: ind.name, einheit: ind.einheit });
      var head = el("tr", {}, [el("th", { scope: "col", text: t("spalte_jahr") })]
        .concat(shown.series.map(function (s) {
          return el("th", { scope: "col", "class": "num", text: s.label });
        })));
      var body = el("tbody");
      shown.years.forEach(function (year, i) {
        body.appendChild(el("tr", {}, [el("th", { scope: "row", text: String(year) })]
          .concat(shown.series.map(function (s) {
            var v = s.values[i];
            return v === null ? el("td", { "class": "num", title: t("keine_angabe"), text: "–" })
              : el("td", { "class": "num", text: number(v, ind.stellen) });
          }))));
      });
      var table = el("table", { "class": "datatable kv-daten" },
                     [el("caption", { text: caption }), el("thead", {}, [head]), body]);
      ui.table.textContent = "";
      var wrap = el("div", { "class": "table-wrap" }, [table]);
      ui.table.appendChild(wrap);
      if (wrap.scrollWidth > wrap.clientWidth + 1) {  // scrolls sideways: a keyboard region
        wrap.classList.add("ist-breit");
        wrap.setAttribute("role", "region");
        wrap.setAttribute("tabindex", "0");
        wrap.setAttribute("aria-label", caption);
      }
    }

    function render() {
      var ticket = ++drawn;
      var ind = indicator(indikator);
      box.setAttribute("aria-busy", "true");
      return Promise.all(codes.map(record)).then(function (recs) {
        if (ticket !== drawn) return;
        box.removeAttribute("aria-busy");
        renderChips(recs);
        var empty = recs.length === 0;
        ui.result.hidden = empty;
        ui.empty.hidden = !empty;
        if (empty) return;
        var shown = view(recs, ind);
        var names = shown.series.map(function (s) { return s.label; });
        ui.title.textContent = t("grafik_titel", { name: ind.name, einheit: ind.einheit,
                                                   von: ind.von, bis: ind.bis });
        var alt = t("grafik_alt", { name: ind.name, einheit: ind.einheit, von: ind.von,
                                    bis: ind.bis, namen: names.join(", ") });
        ui.draw = function () { drawChart(ui.chart, shown.series, shown.years, ind, alt); };
        ui.draw();
        var none = shown.series.filter(function (s) {
          return s.values.every(function (v) { return v === null; });
        }).map(function (s) { return s.label; });
        var gaps = shown.series.some(function (s) {
          return s.values.some(function (v) { return v === null; });
        });
        ui.missing.textContent = (none.length ? t("ohne_wert", { namen: none.join(", ") }) + " "
          : "") + (gaps ? t("luecken") : "");
        ui.missing.hidden = !ui.missing.textContent;
        ui.note.textContent = ind.hinweis ? t("hinweis", { hinweis: ind.hinweis }) : "";
        ui.note.hidden = !ind.hinweis;
        ui.more.textContent = "";  // a profile names the indicator pages below the widget
        if (!own) {
          ui.more.appendChild(document.createTextNode(t("alle_kreise") + " "));
          ui.more.appendChild(el("a", { href: new URL(ind.seite, base).href, text: ind.name }));
        }
        renderTable(shown, ind);
        ui.csv.onclick = function () { download(shown, ind); };
      }).catch(function () {
        if (ticket !== drawn) return;
        box.removeAttribute("aria-busy");
        say(t("fehler"));
      });
    }

    function changed() {
      writeAddress(codes, indikator);
      return render();
    }

    // -- building the widget
    function build() {
      var heading = own ? el("h3", { "class": "kv-titel", text: t("ueberschrift") }) : null;
      ui.input = el("input", { id: id + "eingabe", type: "text", role: "combobox",
                               autocomplete: "off", spellcheck: "false",
                               "aria-autocomplete": "list", "aria-expanded": "false",
                               "aria-controls": id + "treffer",
                               "aria-describedby": id + "hinweis " + id + "zaehler" });
      ui.list = el("ul", { id: id + "treffer", role: "listbox", "class": "kv-treffer",
                           "aria-label": t("suche_label") });
      ui.list.hidden = true;
      var addButton = el("button", { type: "button", "class": "kv-knopf",
                                     text: t("hinzufuegen") });
      ui.count = el("span", { "class": "kv-anzahl" });
      ui.select = el("select", { id: id + "indikator" }, meta.indikatoren.map(function (i) {
        return el("option", { value: i.id, text: i.name });
      }));
      ui.counter = el("p", { id: id + "zaehler", "class": "kv-zaehler" });
      ui.chips = el("ul", { "class": "kv-chips", "aria-label": t("gewaehlt") });
      ui.status = el("p", { "class": "kv-status", role: "status" });
      ui.notice = el("p", { "class": "kv-meldung", role: "status" });
      ui.notice.hidden = true;
      ui.empty = el("p", { "class": "kv-leer", text: t("leer") });
      ui.title = el("strong");
      ui.chart = el("div", { "class": "kv-bild" });
      ui.missing = el("p", { "class": "kv-luecken" });
      ui.note = el("p", { "class": "kv-hinweis" });
      ui.more = el("p", { "class": "kv-mehr" });
      ui.table = el("div", { "class": "kv-tabelle" });
      ui.csv = el("button", { type: "button", "class": "kv-knopf kv-csv", text: t("csv_knopf") });
      var sources = el("figcaption", {}, [document.createTextNode(
        t("quelle", { quelle: meta.quelle }) + " " + t("quellen") + " ")]);
      meta.quellen.forEach(function (q, i) {
        if (i) sources.appendChild(document.createTextNode(", "));
        sources.appendChild(el("a", { href: new URL(q.href, base).href, text: q.titel }));
      });
      ui.result = el("div", { "class": "kv-ergebnis" }, [
        el("figure", { "class": "kv-grafik" }, [
          el("p", { "class": "kv-grafik-titel" }, [ui.title]), ui.chart, sources]),
        ui.missing, ui.note, ui.table,
        el("p", { "class": "kv-download" }, [ui.csv, el("span", { "class": "kv-csv-hinweis",
                                                                    text: t("csv_hinweis") })]),
        ui.more
      ]);
      box.textContent = "";
      // on a profile the widget brings its heading and introduction; the Vergleich page
      // has them in its text
      var intro = own ? el("p", { "class": "kv-einleitung", text: t("einleitung",
                                                                    { max: meta.max }) }) : null;
      [heading, intro, ui.notice,
       el("div", { "class": "kv-steuerung" }, [
         el("div", { "class": "kv-suche" }, [
           el("label", { "for": id + "eingabe", text: t("suche_label") }),
           el("div", { "class": "kv-kombi" }, [ui.input, addButton, ui.list]),
           el("p", { id: id + "hinweis", "class": "kv-klein" }, [
             document.createTextNode(t("suche_hinweis") + " "), ui.count])]),
         el("div", { "class": "kv-kennzahl" }, [
           el("label", { "for": id + "indikator", text: t("indikator_label") }), ui.select])]),
       ui.counter, ui.chips, ui.status, ui.empty, ui.result
      ].forEach(function (node) { if (node) box.appendChild(node); });

      ui.input.addEventListener("focus", function () { loadKreise(); });
      ui.input.addEventListener("input", function () { loadKreise().then(search); });
      ui.input.addEventListener("keydown", onKey);
      ui.input.addEventListener("blur", function () { setTimeout(close, 150); });
      addButton.addEventListener("click", chooseTyped);
      ui.select.addEventListener("change", function () {
        indikator = ui.select.value;
        changed();
      });
      var width = 0;
      var redraw = function () {
        var now = ui.chart.clientWidth;
        if (ui.draw && now && Math.abs(now - width) > 2) { width = now; ui.draw(); }
      };
      if (window.ResizeObserver) new ResizeObserver(redraw).observe(ui.chart);
      else window.addEventListener("resize", redraw);
    }

    // The state the address asks for; what it cannot use is named, never silently dropped.
    function restore(address) {
      var problems = [];
      indikator = meta.indikatoren[0].id;
      if (address.indikator) {
        if (indicator(address.indikator)) indikator = address.indikator;
        else problems.push(t("indikator_unbekannt", { id: address.indikator,
                                                     name: indicator(indikator).name }));
      }
      ui.select.value = indikator;
      if (!address.has) {
        codes = own ? [own] : [];
        return Promise.resolve(problems);
      }
      return loadKreise().then(function () {
        var known = {};
        kreise.forEach(function (row) { known[row.code] = true; });
        var unknown = [];
        var extra = [];
        address.codes.forEach(function (code) {
          if (!AGS.test(code) || !known[code]) unknown.push(code);
          else if (codes.indexOf(code) >= 0) return;
          else if (codes.length >= meta.max) extra.push(code);
          else codes.push(code);
        });
        if (unknown.length) problems.push(t("unbekannt", { codes: unknown.join(", ") }));
        if (extra.length) problems.push(t("zu_viele", { max: meta.max, codes: extra.join(", ") }));
        return problems;
      });
    }

    function start() {
      box.setAttribute("aria-busy", "true");
      getJson(new URL("index.json", base)).then(function (loaded) {
        meta = loaded;
        texts = loaded.texte;
        build();
        say(t("laedt"));
        return restore(readAddress());
      }).then(function (problems) {
        ui.notice.textContent = problems.join(" ");
        ui.notice.hidden = !problems.length;
        return render();
      }).then(function () {
        if (ui.status.textContent === t("laedt")) say("");
      }).catch(function () {
        box.removeAttribute("aria-busy");
        box.textContent = "";
        box.hidden = true;  // the static chart and tables remain
      });
    }

    box.hidden = false;
    var address = readAddress();
    if (address.has || !("IntersectionObserver" in window)) {
      start();
      return;
    }
    var watch = new IntersectionObserver(function (entries) {
      if (entries.some(function (e) { return e.isIntersecting; })) {
        watch.disconnect();
        start();
      }
    }, { rootMargin: "400px 0px" });
    watch.observe(box);
  }

  function init() {
    var boxes = document.querySelectorAll(".kv[data-kv]");
    for (var i = 0; i < boxes.length; i++) setUp(boxes[i], i + 1);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
