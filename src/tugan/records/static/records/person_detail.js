// The person page's Print button (inline handlers are refused by the Content-Security-Policy),
// and a family graph wider than the screen opened with this person in view.
(function () {
  "use strict";
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
  document.querySelectorAll(".family-graph .graph-scroll").forEach(function (figure) {
    var center = figure.querySelector(".node.center rect");
    if (!center || figure.scrollWidth <= figure.clientWidth) { return; }
    var node = center.getBoundingClientRect();
    var box = figure.getBoundingClientRect();
    figure.scrollLeft += (node.left + node.width / 2) - (box.left + box.width / 2);
  });
}());
