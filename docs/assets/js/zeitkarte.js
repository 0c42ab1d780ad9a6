// A map through time: one SVG holds every year (karte.svg#j2010 selects 2010, see
// kommunale_jobcenter/zeitkarte.py). Without JavaScript the figure shows the latest year and a list
// of every year's map with its text alternative. This script shows the year slider above
// the map: the range input (arrow keys, Home/End, Page Up/Down), «Vorjahr» and
// «Folgejahr» swap the image source, its text alternative, the title and the caption,
// and announce the year in a polite live region. The interactive map (diagramme.js)
// exists for the rendered year only: for any other year the static image is shown.
(function () {
  "use strict";

  function yearsOf(figure) {
    var items = figure.querySelectorAll(".zeitkarte-liste li[data-jahr]");
    var years = [];
    for (var i = 0; i < items.length; i++) {
      var link = items[i].querySelector("a");
      var alt = items[i].querySelector(".zeitkarte-alt");
      if (!link || !alt) continue;
      years.push({
        jahr: Number(items[i].getAttribute("data-jahr")),
        titel: items[i].getAttribute("data-titel") || "",
        src: link.getAttribute("href"),
        alt: alt.textContent
      });
    }
    return years;
  }

  function setup(figure) {
    var controls = figure.querySelector(".zeitkarte-regler");
    var slider = controls && controls.querySelector("input[type=range]");
    var img = figure.querySelector(".diagramm-bild img");
    var years = yearsOf(figure);
    if (!slider || !img || years.length < 2) return;
    var picture = figure.querySelector(".diagramm-bild");
    var title = figure.querySelector(".diagramm-titel strong");
    var caption = figure.querySelector(".zeitkarte-kurz");
    var status = controls.querySelector(".zeitkarte-anzeige");
    var steps = controls.querySelectorAll(".zeitkarte-schritt");
    var rendered = Number(figure.getAttribute("data-jahr"));
    var plain = img.getAttribute("src");  // the rendered year: the SVG without fragment

    function find(year) {
      for (var i = 0; i < years.length; i++) if (years[i].jahr === year) return i;
      return -1;
    }

    function show(index) {
      var year = years[index];
      img.setAttribute("src", year.jahr === rendered ? plain : year.src);
      img.setAttribute("alt", year.alt);
      if (title) title.textContent = year.titel;
      if (caption) caption.textContent = year.alt;
      slider.value = String(year.jahr);
      slider.setAttribute("aria-valuetext", String(year.jahr));
      if (status) status.textContent = "Karte für " + year.jahr;
      for (var i = 0; i < steps.length; i++) {
        var step = Number(steps[i].getAttribute("data-schritt"));
        var end = index + step < 0 || index + step >= years.length;
        steps[i].setAttribute("aria-disabled", end ? "true" : "false");
      }
      // The interactive view (diagramme.js) shows the rendered year only.
      var holder = figure.querySelector(".diagramm-interaktiv");
      if (year.jahr === rendered) {
        figure.removeAttribute("data-statisch");
        if (holder && picture) { holder.hidden = false; picture.hidden = true; }
      } else {
        figure.setAttribute("data-statisch", "");
        if (holder) holder.hidden = true;
        if (picture) picture.hidden = false;
      }
    }

    function nearest(value) {
      var best = 0;
      for (var i = 1; i < years.length; i++) {
        if (Math.abs(years[i].jahr - value) < Math.abs(years[best].jahr - value)) best = i;
      }
      return best;
    }

    slider.addEventListener("input", function () {
      show(nearest(Number(slider.value)));
    });
    for (var i = 0; i < steps.length; i++) {
      steps[i].addEventListener("click", function (event) {
        var target = find(Number(slider.value)) + Number(event.currentTarget.getAttribute("data-schritt"));
        if (target >= 0 && target < years.length) show(target);
      });
    }
    controls.hidden = false;
    show(find(rendered) >= 0 ? find(rendered) : years.length - 1);
  }

  function start() {
    var figures = document.querySelectorAll("figure.zeitkarte");
    for (var i = 0; i < figures.length; i++) setup(figures[i]);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
