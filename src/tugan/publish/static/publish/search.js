// Offline search of the published site: the index (search-index.js) is loaded beside this
// file, so it works opened from disk. Keys: Han characters and pairs of them (Simplified),
// and words lowercased without diacritics, as tugan/core/site_search.py builds them.
(function () {
  "use strict";
  var index = window.TUGAN_SEARCH;
  var fold = window.TUGAN_FOLD || {};
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-query");
  var list = document.getElementById("search-results");
  var summary = document.getElementById("search-summary");
  var labels = document.getElementById("search-labels").dataset;
  var HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

  function foldWord(word) {
    return word.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "");
  }

  function queryKeys(query) {
    var keys = [];
    var simplified = Array.from(query).map(function (c) { return fold[c] || c; }).join("");
    (simplified.match(/[\u3400-\u9fff\uf900-\ufaff]+/g) || []).forEach(function (run) {
      var chars = Array.from(run);
      if (chars.length === 1) {
        keys.push({ kind: "gram", key: chars[0] });
      }
      for (var i = 0; i + 1 < chars.length; i++) {
        keys.push({ kind: "gram", key: chars[i] + chars[i + 1] });
      }
    });
    (query.match(/[\p{L}\p{N}]+/gu) || []).forEach(function (word) {
      var letters = Array.from(word).filter(function (c) { return !HAN.test(c); }).join("");
      if (letters) {
        keys.push({ kind: "word", key: foldWord(letters) });
      }
    });
    return keys;
  }

  function matches(key) {
    if (key.kind === "gram") {
      return new Set(index.grams[key.key] || []);
    }
    var found = new Set();
    Object.keys(index.words).forEach(function (word) {
      if (word.indexOf(key.key) === 0) {
        index.words[word].forEach(function (n) { found.add(n); });
      }
    });
    return found;
  }

  function search(query) {
    var keys = queryKeys(query);
    if (!keys.length) {
      return null;
    }
    var found = matches(keys[0]);
    keys.slice(1).forEach(function (key) {
      var more = matches(key);
      found = new Set(Array.from(found).filter(function (n) { return more.has(n); }));
    });
    return Array.from(found).sort(function (a, b) { return a - b; });
  }

  function show(query) {
    var found = search(query.trim());
    list.textContent = "";
    if (found === null) {
      list.hidden = true;
      summary.textContent = "";
      return;
    }
    found.forEach(function (n) {
      var entry = index.entries[n];
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = entry[3];
      link.textContent = entry[1];
      link.dir = "auto";
      item.appendChild(link);
      item.appendChild(document.createTextNode(" " + entry[0] + (entry[2] ? " · " + entry[2] : "")));
      list.appendChild(item);
    });
    list.hidden = found.length === 0;
    summary.textContent = found.length ? found.length + " " + labels.found : labels.none;
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); show(input.value); });
  input.addEventListener("input", function () { show(input.value); });
})();
