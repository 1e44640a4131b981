// Draws an insights dashboard's chart with Chart.js from the figures the page embeds with
// json_script (#insights-chart-data). The same figures are in the accessible table below the
// chart, so without JavaScript nothing is lost.
(function () {
  "use strict";

  var COLOURS = ["#1d70b8", "#f47738", "#00703c", "#912b88", "#d4351c", "#505a5f"];

  function draw() {
    var canvas = document.getElementById("insights-chart");
    var source = document.getElementById("insights-chart-data");
    if (!canvas || !source || typeof window.Chart === "undefined") {
      return;
    }
    var spec = JSON.parse(source.textContent);
    var datasets = spec.datasets.map(function (dataset, index) {
      var colour = COLOURS[index % COLOURS.length];
      return {
        label: dataset.label,
        data: dataset.data,
        backgroundColor: colour,
        borderColor: colour,
        fill: false,
        tension: 0.2,
      };
    });
    var valueAxis = { beginAtZero: true, stacked: Boolean(spec.stacked) };
    if (spec.percent) {
      valueAxis.max = 100;
      valueAxis.ticks = { callback: function (value) { return value + "%"; } };
    }
    if (spec.max) {
      valueAxis.max = spec.max;
    }
    var categoryAxis = { stacked: Boolean(spec.stacked) };
    var horizontal = Boolean(spec.horizontal);
    new window.Chart(canvas, {
      type: spec.type,
      data: { labels: spec.labels, datasets: datasets },
      options: {
        indexAxis: horizontal ? "y" : "x",
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
        plugins: { legend: { display: datasets.length > 1 } },
      },
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
