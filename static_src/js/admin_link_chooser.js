/*
 * The rich-text link chooser opens in the language of the page being edited.
 *
 * Wagtail's page and snippet choosers already start in the edited object's language: they
 * pass the editor's ACTIVE_CONTENT_LOCALE to the chooser. Draftail's link button opens the
 * same page chooser without it, so on an English page it started among the German pages
 * (the admin's language). This adds the edited page's language to the chooser's first view
 * when nothing else chose one; a link being edited opens at its own page's parent as before.
 */
(function () {
  "use strict";

  var script = document.currentScript;

  function contentLocale() {
    var config = document.getElementById("wagtail-config");
    try {
      return JSON.parse(config.textContent).ACTIVE_CONTENT_LOCALE || null;
    } catch (error) {
      return null;
    }
  }

  function install() {
    var original = window.ModalWorkflow;
    var locale = contentLocale();
    var chooserRoot = script && script.dataset.pageChooser;
    if (typeof original !== "function" || !locale || !chooserRoot || original.inContentLocale) {
      return;
    }
    var wrapped = function (options) {
      var params = (options && options.urlParams) || {};
      if (options && options.url === chooserRoot && !params.locale) {
        options = Object.assign({}, options, {
          urlParams: Object.assign({}, params, { locale: locale }),
        });
      }
      return original.apply(this, [options].concat([].slice.call(arguments, 1)));
    };
    wrapped.inContentLocale = true;
    window.ModalWorkflow = wrapped;
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", install);
  } else {
    install();
  }
})();
