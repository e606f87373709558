/* The term chooser (taxonomy/widgets.py): a combobox over a <select> that holds only the
   chosen terms. Typing asks the portal for a few matching terms of the edited language;
   the arrow keys move through them, Enter chooses, Escape closes. The select stays the
   form's value (hidden, still submitted), so the form works as before. */
(function () {
  "use strict";

  var DELAY = 200; // ms after the last key press before searching
  var counter = 0;

  function format(template, values) {
    return template.replace(/%\((\w+)\)s/g, function (_match, key) {
      return values[key];
    });
  }

  function enhance(root) {
    if (root.dataset.termChooserReady) return;
    root.dataset.termChooserReady = "true";
    var select = root.querySelector("select");
    var multiple = root.dataset.multiple === "true";
    var id = select.id || "term-chooser-" + ++counter;
    var listboxId = id + "-listbox";

    var chosen = document.createElement("ul");
    chosen.className = "term-chooser__chosen";
    var input = document.createElement("input");
    input.type = "text";
    input.id = id + "-search";
    input.className = "term-chooser__input";
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listboxId);
    input.setAttribute("autocomplete", "off");
    input.placeholder = root.dataset.placeholder;
    var listbox = document.createElement("ul");
    listbox.id = listboxId;
    listbox.className = "term-chooser__listbox";
    listbox.setAttribute("role", "listbox");
    listbox.hidden = true;
    var status = document.createElement("div");
    status.className = "term-chooser__status";
    status.setAttribute("role", "status");

    // The field's label now names the search box (and clicking it focuses the box).
    var label = select.id && document.querySelector('label[for="' + select.id + '"]');
    if (label) {
      label.id = label.id || id + "-label";
      label.htmlFor = input.id;
      input.setAttribute("aria-labelledby", label.id);
      listbox.setAttribute("aria-labelledby", label.id);
    }
    var described = select.getAttribute("aria-describedby");
    if (described) input.setAttribute("aria-describedby", described);

    select.hidden = true;
    root.append(chosen, input, listbox, status);

    var results = [];
    var active = -1;
    var timer = null;
    var request = 0;

    function renderChosen() {
      chosen.replaceChildren();
      Array.prototype.forEach.call(select.options, function (option) {
        if (!option.selected || option.value === "") return;
        var item = document.createElement("li");
        item.append(document.createTextNode(option.text));
        var remove = document.createElement("button");
        remove.type = "button";
        remove.className = "term-chooser__remove";
        remove.textContent = "×";
        remove.setAttribute("aria-label", format(root.dataset.remove, { term: option.text }));
        remove.addEventListener("click", function () {
          option.remove();
          changed();
          input.focus();
        });
        item.append(remove);
        chosen.append(item);
      });
    }

    function changed() {
      renderChosen();
      select.dispatchEvent(new Event("change", { bubbles: true }));
    }

    function close() {
      listbox.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      active = index;
      Array.prototype.forEach.call(listbox.children, function (item, position) {
        item.setAttribute("aria-selected", position === index ? "true" : "false");
        if (position === index) {
          input.setAttribute("aria-activedescendant", item.id);
          item.scrollIntoView({ block: "nearest" });
        }
      });
    }

    function choose(result) {
      var existing = Array.prototype.find.call(select.options, function (option) {
        return option.value === String(result.id);
      });
      if (!multiple) {
        Array.prototype.forEach.call(select.options, function (option) {
          if (option.value !== "") option.remove();
        });
        existing = null;
      }
      if (!existing) {
        existing = new Option(result.label, result.id, true, true);
        select.add(existing);
      }
      existing.selected = true;
      input.value = "";
      close();
      changed();
    }

    function show(found) {
      results = found;
      listbox.replaceChildren();
      found.forEach(function (result, index) {
        var item = document.createElement("li");
        item.id = listboxId + "-" + index;
        item.className = "term-chooser__option";
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        item.textContent = result.label;
        // mousedown, not click: the input keeps the focus.
        item.addEventListener("mousedown", function (event) {
          event.preventDefault();
          choose(result);
        });
        listbox.append(item);
      });
      listbox.hidden = found.length === 0;
      input.setAttribute("aria-expanded", found.length ? "true" : "false");
      active = -1;
      status.textContent = found.length
        ? format(root.dataset.found, { count: found.length })
        : root.dataset.none;
    }

    function search() {
      var query = input.value.trim();
      if (!query) {
        show([]);
        status.textContent = "";
        return;
      }
      var mine = ++request;
      var url =
        root.dataset.endpoint +
        "?locale=" + encodeURIComponent(root.dataset.language) +
        "&q=" + encodeURIComponent(query);
      fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) {
          if (!response.ok) throw new Error(response.status);
          return response.json();
        })
        .then(function (data) {
          if (mine === request) show(data.results);
        })
        .catch(function () {
          if (mine === request) {
            show([]);
            status.textContent = root.dataset.failed;
          }
        });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(search, DELAY);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (!results.length) return;
        event.preventDefault();
        listbox.hidden = false;
        input.setAttribute("aria-expanded", "true");
        var step = event.key === "ArrowDown" ? 1 : -1;
        highlight((active + step + results.length) % results.length);
      } else if (event.key === "Enter") {
        if (active >= 0 && !listbox.hidden) {
          event.preventDefault(); // choosing, not submitting the form
          choose(results[active]);
        }
      } else if (event.key === "Escape" && !listbox.hidden) {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener("blur", close);
    renderChosen();
  }

  function enhanceAll(scope) {
    scope.querySelectorAll("[data-term-chooser]").forEach(enhance);
  }

  enhanceAll(document);
  // Inline rows added later (a project's partners) bring their own choosers.
  new MutationObserver(function (mutations) {
    mutations.forEach(function (mutation) {
      mutation.addedNodes.forEach(function (node) {
        if (node.nodeType === 1) {
          if (node.matches("[data-term-chooser]")) enhance(node);
          else enhanceAll(node);
        }
      });
    });
  }).observe(document.body, { childList: true, subtree: true });
})();
