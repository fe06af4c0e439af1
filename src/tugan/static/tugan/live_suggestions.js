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
            textPart(option, "live-suggestion-details",
              [place.within, place.names.join(" · ")].filter(Boolean).join(" — "));
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
