/*
 * The page editor's title field shows the whole title, however long.
 *
 * Wagtail renders the title as a one-line <input> in a heading-sized font, so a title longer
 * than the field is wide is cut off at the edge once the page is saved and reloaded (the
 * caret, and the view, at its start). A textarea can wrap: this script puts one in the
 * input's place, with the same name, id and attributes (the slug sync and the comment button
 * keep working), grown to its content by Wagtail's own w-autosize controller; Wagtail's CSS
 * already styles a textarea in the title panel. A title stays one line of text: Enter still
 * saves nothing new, and pasted line breaks become spaces.
 */
(function () {
  "use strict";

  function wrappingTitle(input) {
    var area = document.createElement("textarea");
    Array.prototype.forEach.call(input.attributes, function (attribute) {
      if (attribute.name !== "type" && attribute.name !== "value") {
        area.setAttribute(attribute.name, attribute.value);
      }
    });
    area.rows = 1;
    area.defaultValue = input.defaultValue;
    area.value = input.value;
    area.setAttribute(
      "data-controller",
      ((input.getAttribute("data-controller") || "") + " w-autosize").trim(),
    );
    area.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault();
      }
    });
    area.addEventListener("input", function () {
      if (/[\r\n]/.test(area.value)) {
        area.value = area.value.replace(/[\r\n]+/g, " ");
      }
    });
    input.replaceWith(area);
  }

  document
    .querySelectorAll('.w-panel.title input[type="text"][name="title"]')
    .forEach(wrappingTitle);
})();
