// The testimony page: add rows, live suggestions of existing persons and places, and a draft
// kept in this browser (localStorage) until the testimony is saved. Plain JS, no build.
(function () {
  "use strict";

  var cleared = document.querySelector("[data-clear-draft]");
  if (cleared) {
    window.localStorage.removeItem(cleared.getAttribute("data-clear-draft"));
  }
  var form = document.getElementById("testimony-form");
  if (!form) {
    return;
  }
  var draftKey = form.getAttribute("data-draft-key");
  var draftStatus = document.querySelector("[data-draft-status]");

  function totalField(prefix) {
    return form.querySelector("input[name='" + prefix + "-TOTAL_FORMS']");
  }

  function addRow(prefix) {
    var total = totalField(prefix);
    var index = parseInt(total.value, 10);
    var html = document.getElementById(prefix + "-template").innerHTML
      .replace(/__prefix__/g, String(index))
      .replace(/__number__/g, String(index + 1));
    var holder = document.createElement("div");
    holder.innerHTML = html.trim();
    var row = holder.firstElementChild;
    form.querySelector("[data-formset='" + prefix + "']").appendChild(row);
    total.value = String(index + 1);
    wireRow(row);
    return row;
  }

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

  // A list of options under a field, chosen with the arrow keys and Enter, or the mouse.
  function showOptions(list, items, render, choose) {
    list.innerHTML = "";
    if (!items.length) {
      list.hidden = true;
      return;
    }
    items.forEach(function (item) {
      var option = document.createElement("button");
      option.type = "button";
      option.setAttribute("role", "option");
      option.className = "live-suggestion";
      render(option, item);
      option.addEventListener("click", function () { choose(item); list.hidden = true; });
      option.addEventListener("keydown", function (event) {
        if (event.key === "ArrowDown" && option.nextElementSibling) {
          option.nextElementSibling.focus();
          event.preventDefault();
        } else if (event.key === "ArrowUp") {
          (option.previousElementSibling || list.previousElementSibling.querySelector("input, textarea")).focus();
          event.preventDefault();
        } else if (event.key === "Escape") {
          list.hidden = true;
        }
      });
      list.appendChild(option);
    });
    list.hidden = false;
  }

  function textPart(parent, className, text) {
    var span = document.createElement("span");
    span.className = className;
    span.setAttribute("dir", "auto");
    span.textContent = text;
    parent.appendChild(span);
  }

  function currentLine(textarea) {
    var before = textarea.value.slice(0, textarea.selectionStart);
    var lines = before.split("\n");
    var line = lines[lines.length - 1].trim();
    if (line) {
      return line;
    }
    var all = textarea.value.split("\n").filter(function (l) { return l.trim(); });
    return all.length ? all[all.length - 1].trim() : "";
  }

  function wirePerson(row) {
    var names = row.querySelector("[data-names]");
    var list = row.querySelector("[data-suggestions]");
    var existing = row.querySelector("[data-existing]");
    var choice = row.querySelector("[data-existing-choice]");
    var link = row.querySelector("[data-existing-link]");
    if (!names) {
      return;
    }
    function attach(person) {
      existing.value = person.public_id;
      link.textContent = person.public_id + " · " + person.name;
      link.href = form.getAttribute("data-person-url").replace("TG-000000", person.public_id);
      choice.hidden = false;
      saveDraft();
    }
    row.querySelector("[data-detach]").addEventListener("click", function () {
      existing.value = "";
      choice.hidden = true;
      saveDraft();
    });
    var suggest = debounce(function () {
      var name = currentLine(names);
      if (name.length < 2) {
        list.hidden = true;
        return;
      }
      var url = form.getAttribute("data-person-suggestions") + "?name=" + encodeURIComponent(name);
      fetchJson(url).then(function (data) {
        if (!data) {
          return;
        }
        showOptions(list, data.persons, function (option, person) {
          textPart(option, "live-suggestion-name", person.name);
          textPart(option, "live-suggestion-id", person.public_id);
          var details = [person.names.filter(function (n) { return n !== person.name; }).join(" · "),
            person.birth, person.hometown, person.status].filter(Boolean).join(" — ");
          textPart(option, "live-suggestion-details", details);
        }, attach);
      });
    }, 250);
    names.addEventListener("input", suggest);
    names.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" && !list.hidden && list.firstElementChild) {
        list.firstElementChild.focus();
        event.preventDefault();
      }
    });
  }

  function wirePlace(input) {
    var list = input.closest(".place-with-suggestions").querySelector("[data-place-suggestions]");
    var keyField = form.querySelector("input[name='" + input.name + "_key']");
    function choose(place) {
      input.value = place.name;
      keyField.value = place.key;
      saveDraft();
      input.focus();
    }
    var suggest = debounce(function () {
      var query = input.value.trim();
      if (!query) {
        list.hidden = true;
        return;
      }
      fetchJson(form.getAttribute("data-place-suggestions") + "?q=" + encodeURIComponent(query))
        .then(function (data) {
          if (!data) {
            return;
          }
          showOptions(list, data.places, function (option, place) {
            textPart(option, "live-suggestion-name", place.name);
            textPart(option, "live-suggestion-details", [place.within, place.names.join(" · ")].filter(Boolean).join(" — "));
          }, choose);
        });
    }, 200);
    input.addEventListener("input", function () {
      keyField.value = "";
      suggest();
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" && !list.hidden && list.firstElementChild) {
        list.firstElementChild.focus();
        event.preventDefault();
      }
    });
  }

  function wireRow(row) {
    wirePerson(row);
    row.querySelectorAll("[data-place]").forEach(wirePlace);
  }

  // The draft: every field but files, the CSRF token and the contact details.
  function draftFields() {
    return Array.prototype.filter.call(form.elements, function (element) {
      return element.name && element.type !== "file" && element.name !== "csrfmiddlewaretoken" &&
        !element.hasAttribute("data-no-draft") && !/-(TOTAL|INITIAL|MIN_NUM|MAX_NUM)_FORMS$/.test(element.name);
    });
  }

  function saveDraft() {
    var values = {};
    draftFields().forEach(function (element) {
      values[element.name] = element.type === "checkbox" ? element.checked : element.value;
    });
    var draft = {
      saved: new Date().toISOString(),
      person: parseInt(totalField("person").value, 10),
      event: parseInt(totalField("event").value, 10),
      values: values
    };
    try {
      window.localStorage.setItem(draftKey, JSON.stringify(draft));
    } catch (error) {
      return;
    }
    if (draftStatus) {
      draftStatus.textContent = draftStatus.getAttribute("data-saved-text") || "";
    }
  }

  function restoreDraft() {
    var raw = window.localStorage.getItem(draftKey);
    if (!raw || form.hasAttribute("data-bound")) {
      return;
    }
    var draft;
    try {
      draft = JSON.parse(raw);
    } catch (error) {
      return;
    }
    ["person", "event"].forEach(function (prefix) {
      while (parseInt(totalField(prefix).value, 10) < (draft[prefix] || 0)) {
        addRow(prefix);
      }
    });
    draftFields().forEach(function (element) {
      if (!(element.name in draft.values)) {
        return;
      }
      if (element.type === "checkbox") {
        element.checked = Boolean(draft.values[element.name]);
      } else {
        element.value = draft.values[element.name];
      }
    });
    form.querySelectorAll("[data-person], [data-testifier]").forEach(function (row) {
      var existing = row.querySelector("[data-existing]");
      if (existing && existing.value) {
        var link = row.querySelector("[data-existing-link]");
        link.textContent = existing.value;
        link.href = form.getAttribute("data-person-url").replace("TG-000000", existing.value);
        row.querySelector("[data-existing-choice]").hidden = false;
      }
    });
    form.classList.add("draft-restored");
    if (draftStatus) {
      draftStatus.textContent = draftStatus.getAttribute("data-restored-text") + " " +
        new Date(draft.saved).toLocaleString();
    }
  }

  // The testifier, too, may already be on record (a relative abroad who testified before).
  form.querySelectorAll("[data-person], [data-testifier]").forEach(wirePerson);
  form.querySelectorAll("[data-place]").forEach(wirePlace);
  form.querySelectorAll("[data-add]").forEach(function (button) {
    button.addEventListener("click", function () {
      var row = addRow(button.getAttribute("data-add"));
      var first = row.querySelector("textarea, select, input:not([type=hidden])");
      if (first) {
        first.focus();
      }
      saveDraft();
    });
  });
  form.querySelector("[data-discard-draft]").addEventListener("click", function () {
    window.localStorage.removeItem(draftKey);
    window.location.assign(window.location.pathname);
  });
  restoreDraft();
  form.addEventListener("input", debounce(saveDraft, 300));
  form.addEventListener("change", saveDraft);
}());
