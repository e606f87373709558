/*
 * wagtail-localize's translation editor in the editor's admin language.
 *
 * Its React bundle (wagtail-localize 1.14) writes two texts without gettext: the footer's
 * "More actions" toggle and the heading "<source> to <target> translation". This script
 * replaces exactly those texts, once React has written them and whenever it writes them
 * again, with the strings of the admin's JavaScript catalogue (the portal's djangojs
 * catalogue adds the heading, Wagtail's own has "More actions"). Everything else in the
 * editor already goes through gettext.
 */
(function () {
  "use strict";

  function replacements(editor) {
    var props;
    try {
      props = JSON.parse(editor.dataset.props);
    } catch (error) {
      return {};
    }
    var source = props.sourceLocale.displayName;
    var target = props.locale.displayName;
    var texts = {};
    texts["More actions"] = window.gettext("More actions");
    texts[source + " to " + target + " translation"] = window.interpolate(
      window.gettext("%(source)s to %(target)s translation"),
      { source: source, target: target },
      true,
    );
    return texts;
  }

  function translate(editor, texts) {
    editor.querySelectorAll("h3, .w-sr-only").forEach(function (element) {
      var text = element.textContent;
      var known = Object.prototype.hasOwnProperty.call(texts, text);
      // Unchanged texts (an English admin) are left alone, or the observer would loop.
      if (element.children.length === 0 && known && texts[text] !== text) {
        element.textContent = texts[text];
      }
    });
  }

  function start() {
    var editor = document.querySelector(".js-translation-editor");
    if (!editor || typeof window.gettext !== "function") {
      return;
    }
    var texts = replacements(editor);
    translate(editor, texts);
    new MutationObserver(function () {
      translate(editor, texts);
    }).observe(editor, { childList: true, subtree: true, characterData: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
