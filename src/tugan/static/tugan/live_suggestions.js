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

  function hide(field, list) {
    list.hidden = true;
    setExpanded(field, false);
  }

  // The list of options under field: the arrow keys move between them and back to the field,
  // Enter or a click chooses one, Escape closes the list. Options are left out of the Tab order
  // (Tab goes on to the next field), as in a listbox.
  function show(field, list, items, render, choose) {
    list.innerHTML = "";
    if (!items.length) {
      hide(field, list);
      return;
    }
    items.forEach(function (item) {
      var option = document.createElement("button");
      option.type = "button";
      option.tabIndex = -1;
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
      option.addEventListener("focus", function () { option.setAttribute("aria-selected", "true"); });
      option.addEventListener("blur", function () { option.setAttribute("aria-selected", "false"); });
      option.addEventListener("keydown", function (event) {
        if (event.key === "ArrowDown" && option.nextElementSibling) {
          option.nextElementSibling.focus();
          event.preventDefault();
        } else if (event.key === "ArrowUp") {
          (option.previousElementSibling || field).focus();
          event.preventDefault();
        } else if (event.key === "Escape") {
          hide(field, list);
          field.focus();
          event.preventDefault();
        }
      });
      list.appendChild(option);
    });
    list.hidden = false;
    setExpanded(field, true);
  }

  // The keys that open and close the list from the field, and closing it when the focus leaves
  // both (holder holds the field and the list).
  function wireKeys(field, list, holder) {
    field.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" && !list.hidden && list.firstElementChild) {
        list.firstElementChild.focus();
        event.preventDefault();
      } else if (event.key === "Escape" && !list.hidden) {
        hide(field, list);
        event.preventDefault();
      }
    });
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
