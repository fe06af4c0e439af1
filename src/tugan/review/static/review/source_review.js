// The review page: pointing at a suggestion lights up the words it was read from, and back;
// selecting words of the text offers to add a person, event or place suggestion from them.
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

  var text = document.querySelector(".review-text");
  var form = document.getElementById("add-from-span");
  if (!text || !form) { return; }

  // The first (or, from the end, last) text node at a boundary given as (node, offset).
  function textBoundary(node, offset) {
    if (node.nodeType === Node.TEXT_NODE) { return [node, offset]; }
    var walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    var after = node.childNodes[offset];
    var last = null;
    while (walker.nextNode()) {
      var current = walker.currentNode;
      if (after && (after === current || after.contains(current) ||
          (after.compareDocumentPosition(current) & Node.DOCUMENT_POSITION_FOLLOWING))) {
        return [current, 0];
      }
      if (!after && node.contains(current)) { last = current; }
    }
    return last ? [last, last.length] : null;
  }

  // Each segment of the text carries data-start, its offset in the source's text.
  function sourceOffset(node, offset) {
    var boundary = textBoundary(node, offset);
    if (!boundary) { return null; }
    var holder = boundary[0].parentElement.closest("[data-start]");
    if (!holder || !text.contains(holder)) { return null; }
    var before = 0;
    var walker = document.createTreeWalker(holder, NodeFilter.SHOW_TEXT);
    while (walker.nextNode() && walker.currentNode !== boundary[0]) {
      before += walker.currentNode.length;
    }
    return Number(holder.getAttribute("data-start")) + before + boundary[1];
  }

  function offerSelection() {
    var selection = window.getSelection();
    if (!selection.rangeCount || selection.isCollapsed) { form.hidden = true; return; }
    var range = selection.getRangeAt(0);
    if (!text.contains(range.commonAncestorContainer)) { form.hidden = true; return; }
    var start = sourceOffset(range.startContainer, range.startOffset);
    var end = sourceOffset(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) { form.hidden = true; return; }
    form.elements.start.value = start;
    form.elements.end.value = end;
    form.querySelector(".selected-words").textContent = selection.toString().trim();
    form.hidden = false;
  }
  document.addEventListener("selectionchange", offerSelection);
})();
