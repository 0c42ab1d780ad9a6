// Progressive enhancement: replace a static SVG chart by an interactive vega-embed view
// (tooltips, German number format) once the reader turns to it: pointer over the chart,
// touch, or keyboard focus inside the figure. Only then are the vega bundle (one URL for
// the whole site, data-vega on this script) and the chart's spec loaded, so a first visit
// transfers neither. Without JavaScript the SVG and the data table stay; if anything
// fails, the static chart stays too.
(function () {
  "use strict";
  var FORMAT_LOCALE = /*FORMAT_LOCALE*/null;
  var TIME_FORMAT_LOCALE = /*TIME_FORMAT_LOCALE*/null;
  var script = document.currentScript;
  var bundle = script ? script.getAttribute("data-vega") : null;
  var loading = null;

  function loadVega() {
    if (typeof window.vegaEmbed === "function") return Promise.resolve();
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var tag = document.createElement("script");
        tag.src = bundle;
        tag.onload = resolve;
        tag.onerror = reject;
        document.head.appendChild(tag);
      });
    }
    return loading;
  }

  function fetchSpec(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.json();
    });
  }

  // A phone shows the narrow SVG (<source media>); its interactive view uses the narrow
  // spec too, so the chart keeps its layout when it becomes interactive.
  function specUrl(figure, picture) {
    var img = picture.querySelector("img");
    var narrow = figure.getAttribute("data-spec-schmal");
    var shown = img ? (img.currentSrc || img.src) : "";
    if (narrow && /\.schmal\.svg$/.test(shown)) return narrow;
    return figure.getAttribute("data-spec");
  }

  // vega-tooltip shows its tooltip in the element with this id and makes one in <body>
  // if there is none. It repeats values of the data table for the pointer only, so ours
  // is hidden from assistive technology (it would be content outside every landmark).
  function tooltipElement() {
    if (document.getElementById("vg-tooltip-element")) return;
    var tip = document.createElement("div");
    tip.id = "vg-tooltip-element";
    tip.className = "vg-tooltip";
    tip.setAttribute("aria-hidden", "true");
    document.body.appendChild(tip);
  }

  function enhance(figure) {
    var picture = figure.querySelector(".diagramm-bild");
    var url = picture ? specUrl(figure, picture) : null;
    if (!url || !picture || !bundle) return;
    Promise.all([fetchSpec(url), loadVega()])
      .then(function (loaded) {
        var spec = loaded[0];
        tooltipElement();
        var holder = document.createElement("div");
        holder.className = "diagramm-interaktiv";
        var img = picture.querySelector("img");
        holder.setAttribute("role", "img");
        holder.setAttribute("aria-label", img ? img.getAttribute("alt") : "");
        return window.vegaEmbed(holder, spec, {
          renderer: "svg",
          actions: false,
          formatLocale: FORMAT_LOCALE,
          timeFormatLocale: TIME_FORMAT_LOCALE,
          tooltip: { theme: "light" }
        }).then(function () {
          // The holder is one image with the text alternative; the marks inside carry
          // no names of their own, so hide them from assistive technology (axe
          // «svg-img-alt»). The data table below the chart holds every value.
          var svgs = holder.querySelectorAll("svg");
          for (var i = 0; i < svgs.length; i++) svgs[i].setAttribute("aria-hidden", "true");
          // A map through time (zeitkarte.js) showing another year than the spec's
          // keeps its static image; the view waits hidden until that year returns.
          var other = figure.hasAttribute("data-statisch");
          holder.hidden = other;
          picture.hidden = !other;
          picture.parentNode.insertBefore(holder, picture);
          figure.classList.add("ist-interaktiv");
        });
      })
      .catch(function () { /* keep the static chart */ });
  }

  function arm(figure) {
    var events = ["pointerenter", "focusin", "touchstart"];
    function go() {
      if (figure.hasAttribute("data-statisch")) return;  // another year: stay armed
      events.forEach(function (name) { figure.removeEventListener(name, go); });
      enhance(figure);
    }
    events.forEach(function (name) { figure.addEventListener(name, go, { passive: true }); });
  }

  function start() {
    var figures = document.querySelectorAll("figure.diagramm[data-spec]");
    for (var i = 0; i < figures.length; i++) arm(figures[i]);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
