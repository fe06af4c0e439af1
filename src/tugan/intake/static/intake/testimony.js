// The testimony page: add rows, live suggestions of existing persons, and a draft kept in this
// browser (localStorage) until the testimony is saved. The suggestion list, and the places'
// suggestions, are tugan/live_suggestions.js's (loaded first). Plain JS, no build.
(function () {
  "use strict";

  var suggestions = window.tuganSuggestions;

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
    var suggest = suggestions.debounce(function () {
      var name = currentLine(names);
      if (name.length < 2) {
        suggestions.hide(names, list);
        return;
      }
      var url = form.getAttribute("data-person-suggestions") + "?name=" + encodeURIComponent(name);
      suggestions.fetchJson(url).then(function (data) {
        if (!data) {
          return;
        }
        suggestions.show(names, list, data.persons, function (option, person) {
          suggestions.textPart(option, "live-suggestion-name", person.name);
          suggestions.textPart(option, "live-suggestion-id", person.public_id);
          var details = [person.names.filter(function (n) { return n !== person.name; }).join(" · "),
            person.birth, person.hometown, person.status].filter(Boolean).join(" — ");
          suggestions.textPart(option, "live-suggestion-details", details);
        }, attach);
      });
    }, 250);
    names.addEventListener("input", suggest);
    suggestions.wireKeys(names, list, names.closest(".names-with-suggestions"));
  }

  function wireRow(row) {
    wirePerson(row);
    suggestions.wirePlaces(row);
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
  form.addEventListener("input", suggestions.debounce(saveDraft, 300));
  form.addEventListener("change", saveDraft);
}());
