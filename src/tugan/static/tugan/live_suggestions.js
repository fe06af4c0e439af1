// Live suggestions under a field as one types, chosen with the arrow keys and Enter, or the
// mouse: the places of every place field (records.place_field.PlaceInput), on any page that
// renders its form's media, and the list the testimony page uses for existing persons
// (window.tuganSuggestions). Without JavaScript a place field is a plain text input that takes
// a name. Plain JS, no build.
(function () {
  "use strict";

  function debounce(fn, wait) {
    var timer = null;
    return function () {
      var args = arguments;
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { fn.apply(null, args); }, wait);
    };
  }

  function fetchJson(url) {
    return window.fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; });
  }

  function textPart(parent, className, text) {
    var span = document.createElement("span");
    span.className = className;
    span.setAttribute("dir", "auto");
    span.textContent = text;
    parent.appendChild(span);
  }

  function setExpanded(field, expanded) {
    if (field.getAttribute("role") === "combobox") {
      field.setAttribute("aria-expanded", expanded ? "true" : "false");
    }
  }

  // The option the arrow keys have reached, which the field names (aria-activedescendant)
  // while the focus stays in the field, as the ARIA combobox pattern has it: one can type on
  // at any moment, and a screen reader reads the option out.
  function activeOption(field) {
    var id = field.getAttribute("aria-activedescendant");
    return id ? document.getElementById(id) : null;
  }

  function setActive(field, option) {
    var active = activeOption(field);
    if (active) {
      active.setAttribute("aria-selected", "false");
    }
    if (option) {
      option.setAttribute("aria-selected", "true");
      field.setAttribute("aria-activedescendant", option.id);
      option.scrollIntoView({ block: "nearest" });
    } else {
      field.removeAttribute("aria-activedescendant");
    }
  }

  function hide(field, list) {
    setActive(field, null);
    list.hidden = true;
    setExpanded(field, false);
  }

  var listCount = 0;
  var phone = window.matchMedia("(max-width: 40rem)");

  // On a phone the list spans the form (or the field's fieldset) rather than the field, often
  // half the screen wide, so a place's details have room. On a wider screen the stylesheet
  // sizes it beside the field, and it opens towards the form's middle where it would stick out
  // of the form or fieldset (a field at the far edge of a row, on either side).
  function fitWidth(field, list) {
    list.style.left = list.style.right = list.style.maxWidth = "";
    var holder = list.offsetParent;
    if (list.hidden || !holder) {
      return;
    }
    var area = (field.closest("fieldset, form") || document.body).getBoundingClientRect();
    var start = Math.max(area.left, 0);
    var end = Math.min(area.right, document.documentElement.clientWidth);
    var box = holder.getBoundingClientRect();
    var inside = box.left + holder.clientLeft;  // the holder's padding edge, whence left counts
    var insideEnd = inside + holder.clientWidth;  // and its other edge, whence right counts
    if (phone.matches) {
      list.style.left = start - inside + "px";
      list.style.right = insideEnd - end + "px";
      list.style.maxWidth = "none";
      return;
    }
    var shown = list.getBoundingClientRect();
    if (shown.right > end) {
      list.style.left = Math.max(start, end - shown.width) - inside + "px";
      list.style.right = "auto";
    } else if (shown.left < start) {
      list.style.right = insideEnd - Math.min(end, start + shown.width) + "px";
      list.style.left = "auto";
    }
  }

  // The list of options under field: the arrow keys move between them (wireKeys), Enter, a
  // click or a tap chooses one, Escape closes the list. The options never take the focus.
  function show(field, list, items, render, choose) {
    setActive(field, null);
    list.innerHTML = "";
    if (!items.length) {
      hide(field, list);
      return;
    }
    if (!list.id) {
      listCount += 1;
      list.id = "live-suggestions-" + listCount;
    }
    items.forEach(function (item, index) {
      var option = document.createElement("div");
      option.id = list.id + "-" + index;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.className = "live-suggestion";
      render(option, item);
      // The focus stays in the field while the mouse is down, so leaving it does not close the
      // list before the click lands.
      option.addEventListener("mousedown", function (event) { event.preventDefault(); });
      option.addEventListener("click", function () {
        hide(field, list);
        choose(item);
        field.focus();
      });
      list.appendChild(option);
    });
    list.hidden = false;
    fitWidth(field, list);
    setExpanded(field, true);
  }

  // The keys of the list, pressed in the field: Down and Up move through the options (Up from
  // the first goes back to what is typed), Enter chooses the one reached (and does not send
  // the form), Escape closes the list; and the list closes when the focus leaves both the field
  // and the list (holder holds the two). Typing leaves the option reached. Keys that finish an input method's composition (a
  // Chinese word chosen with Enter) are the input method's.
  function wireKeys(field, list, holder) {
    field.addEventListener("keydown", function (event) {
      if (list.hidden || event.isComposing || event.keyCode === 229) {
        return;
      }
      var options = Array.prototype.slice.call(list.children);
      var index = options.indexOf(activeOption(field));
      if (event.key === "ArrowDown") {
        setActive(field, options[Math.min(index + 1, options.length - 1)]);
      } else if (event.key === "ArrowUp") {
        setActive(field, index > 0 ? options[index - 1] : null);
      } else if (event.key === "Enter" && index >= 0) {
        options[index].click();
      } else if (event.key === "Escape") {
        hide(field, list);
      } else {
        return;
      }
      event.preventDefault();
    });
    window.addEventListener("resize", function () { fitWidth(field, list); });
    // What is typed next is the field's: no option is active until the arrow keys reach one.
    field.addEventListener("input", function () { setActive(field, null); });
    holder.addEventListener("focusout", function (event) {
      if (!event.relatedTarget || !holder.contains(event.relatedTarget)) {
        hide(field, list);
      }
    });
  }

  // A place field: what is typed clears the key, the places named like it are listed, and the
  // one chosen fills the name and the key. "change" is sent, so a page that keeps a draft keeps it.
  function wirePlace(input) {
    var holder = input.closest(".place-input");
    var list = holder.querySelector(".live-suggestions");
    var keyField = holder.querySelector("input[type=hidden]");
    if (input.hasAttribute("role")) {
      return;
    }
    if (!list.id) {
      list.id = (input.id || input.name) + "_suggestions";
    }
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");
    function choose(place) {
      input.value = place.name;
      keyField.value = place.key;
      input.dispatchEvent(new Event("change", { bubbles: true }));
    }
    var suggest = debounce(function () {
      var query = input.value.trim();
      if (!query) {
        hide(input, list);
        return;
      }
      fetchJson(holder.getAttribute("data-place-suggestions") + "?q=" + encodeURIComponent(query))
        .then(function (data) {
          if (!data || input.value.trim() !== query) {
            return;
          }
          show(input, list, data.places, function (option, place) {
            textPart(option, "live-suggestion-name", place.name);
            // On one line, cut short where it is too long; a pointer shows it whole.
            var details = [place.within, place.names.join(" · ")].filter(Boolean).join(" — ");
            textPart(option, "live-suggestion-details", details);
            option.lastChild.title = details;
          }, choose);
        });
    }, 200);
    input.addEventListener("input", function () {
      keyField.value = "";
      suggest();
    });
    wireKeys(input, list, holder);
  }

  // Every place field under root not wired yet (a page that adds rows calls this for each).
  function wirePlaces(root) {
    root.querySelectorAll(".place-input input[data-place]").forEach(wirePlace);
  }

  window.tuganSuggestions = {
    debounce: debounce,
    fetchJson: fetchJson,
    textPart: textPart,
    show: show,
    hide: hide,
    wireKeys: wireKeys,
    wirePlaces: wirePlaces
  };
  wirePlaces(document);
}());
