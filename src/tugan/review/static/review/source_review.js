// The review page: pointing at a suggestion lights up the words it was read from, and back.
"use strict";
(function () {
  function light(number, on) {
    document.querySelectorAll('[data-suggestion="' + number + '"]').forEach(function (element) {
      element.classList.toggle("active", on);
    });
  }
  document.querySelectorAll("[data-suggestion]").forEach(function (element) {
    var number = element.getAttribute("data-suggestion");
    element.addEventListener("mouseenter", function () { light(number, true); });
    element.addEventListener("mouseleave", function () { light(number, false); });
    element.addEventListener("focusin", function () { light(number, true); });
    element.addEventListener("focusout", function () { light(number, false); });
  });
})();
