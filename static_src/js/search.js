/* Suggestions for the header's search box; the form works without this script. */
(function () {
  "use strict";
  var form = document.querySelector(".header-search[data-autocomplete-url]");
  if (!form || !window.fetch) return;
  var input = form.querySelector("input[type=search]");
  var list = form.querySelector(".header-search__suggestions");
  var timer = null;
  var controller = null;
  var active = -1;
  // A combobox only once there are suggestions to offer: the markup alone is a search field.
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");

  function close() {
    list.hidden = true;
    list.innerHTML = "";
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function show(results) {
    list.innerHTML = "";
    // A new list has nothing highlighted: Enter then submits the form instead of opening an
    // option the visitor can no longer see (or one that no longer exists).
    active = -1;
    input.removeAttribute("aria-activedescendant");
    results.forEach(function (result, index) {
      // The link itself is the option (a link inside an option would nest interactive
      // controls); focus stays in the search box, so the links leave the tab order.
      var item = document.createElement("li");
      item.setAttribute("role", "none");
      var link = document.createElement("a");
      link.id = "header-search-option-" + index;
      link.setAttribute("role", "option");
      link.tabIndex = -1;
      link.href = result.url;
      link.textContent = result.title;
      var type = document.createElement("small");
      type.textContent = result.type;
      link.appendChild(type);
      item.appendChild(link);
      list.appendChild(item);
    });
    list.hidden = results.length === 0;
    input.setAttribute("aria-expanded", results.length ? "true" : "false");
  }

  function fetchSuggestions() {
    var query = input.value.trim();
    if (query.length < 2) { close(); return; }
    if (controller) controller.abort();
    controller = new AbortController();
    var url = form.dataset.autocompleteUrl + "?q=" + encodeURIComponent(query);
    fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { results: [] }; })
      .then(function (data) { show(data.results || []); })
      .catch(function () { /* suggestions are optional */ });
  }

  function move(step) {
    var items = list.querySelectorAll("[role=option]");
    if (!items.length) return;
    if (active >= 0) items[active].removeAttribute("aria-selected");
    active = (active + step + items.length) % items.length;
    items[active].setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", items[active].id);
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, 200);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") { event.preventDefault(); move(1); }
    else if (event.key === "ArrowUp") { event.preventDefault(); move(-1); }
    else if (event.key === "Escape") { close(); }
    else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      window.location.href = list.querySelectorAll("a")[active].href;
    }
  });
  document.addEventListener("click", function (event) {
    if (!form.contains(event.target)) close();
  });
  // Tabbing away from the search form closes the suggestions, so they never cover the page.
  form.addEventListener("focusout", function (event) {
    if (!event.relatedTarget || !form.contains(event.relatedTarget)) close();
  });
})();
