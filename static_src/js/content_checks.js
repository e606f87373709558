// The portal's content checks (home/content_checks.py): the evaluate functions of its axe
// checks, registered with Wagtail's userbar before axe starts. Loaded only with the userbar,
// so only for signed-in editors; an evaluate function returns true when the element passes.
(function () {
  "use strict";

  var userbar = document.querySelector("wagtail-userbar");
  if (!userbar || typeof userbar.registerCheck !== "function") return;

  var IMAGE_EXTENSION = /\.(avif|gif|heic|jpe?g|png|svg|tiff?|webp)$/i;
  var CAMERA_NAME = /^(img|dsc|dscn|dcim|pxl|gopr|mvimg|screenshot)[-_ ]?\d/i;
  // Link texts that do not name their target, in both languages.
  var VAGUE_LINKS = [
    "hier", "mehr", "weiter", "weiterlesen", "mehr lesen", "mehr erfahren", "mehr infos",
    "mehr informationen", "hier klicken", "klicken sie hier", "link", "dieser link", "details",
    "here", "more", "read more", "learn more", "more info", "click here", "this link", "this",
    "continue", "continue reading",
  ];
  // Words only German uses (none is also a common English word).
  var GERMAN_WORDS = new Set(
    ("der die das und ist nicht mit für von zu zum zur den dem des ein eine einer einen eines " +
      "auf auch sich werden wird wurde wurden sind oder bei nach aus wie über durch sowie " +
      "können kann wir dass als noch mehr nur unter ihre ihren sie uns unsere zwischen bereits " +
      "diese dieser dieses wenn sollen soll gibt haben").split(" ")
  );
  var ENGLISH_WORDS = new Set(
    ("the and of to is are for with on that this from by be was were it as or which their " +
      "have has will can into about more than these those they our its").split(" ")
  );
  var GERMAN_ENDING = /^[a-zäöüß]{3,}(ungen|ung|keit|heit|schaft|lich|liche|lichen|isch|ische)$/;

  function normalise(text) {
    return text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]/g, "");
  }

  function elementLanguage(node) {
    var holder = node.closest("[lang]");
    return holder ? holder.getAttribute("lang").toLowerCase() : "";
  }

  function headingLevel(node) {
    return Number(node.tagName.slice(1));
  }

  userbar.registerCheck("portal-check-main-image", function (node, options) {
    return !options.missing;
  });
  userbar.registerCheck("portal-check-main-image-alt", function (node, options) {
    return !options.missing;
  });
  userbar.registerCheck("portal-check-teaser-missing", function (node, options) {
    return !options.missing;
  });
  userbar.registerCheck("portal-check-teaser-too-long", function (node, options) {
    return !options.limit || (options.words || 0) <= options.limit;
  });
  userbar.registerCheck("portal-check-search-description", function (node, options) {
    return !options.missing;
  });
  userbar.registerCheck("portal-check-source-slug", function (node, options) {
    return !options.missing;
  });

  // An image whose alternative text is its file name, with or without the extension.
  userbar.registerCheck("portal-check-alt-file-name", function (node) {
    var alt = (node.getAttribute("alt") || "").trim();
    if (!alt) return true;
    if (IMAGE_EXTENSION.test(alt) || CAMERA_NAME.test(alt)) return false;
    var source = (node.currentSrc || node.getAttribute("src") || "").split(/[?#]/)[0];
    var file = decodeURIComponent(source.split("/").pop() || "");
    // Wagtail names renditions "<original name, cut short>.<hash>.<filter>.<ext>".
    var stem = normalise(file.split(".")[0]);
    var text = normalise(alt);
    if (!stem || !text) return true;
    if (stem === text) return false;
    // Only a text without spaces reads as a file name: it starts the shortened name
    // ("Karte_Ulm" of "Karte_Ulm_x7Yq2Lm") or the shortened name starts it.
    if (/\s/.test(alt)) return true;
    var prefix = (text.length >= 4 && stem.indexOf(text) === 0) ||
      (stem.length >= 6 && text.indexOf(stem) === 0);
    return !prefix;
  });

  // A heading of the editor's text more than one level below the heading before it.
  userbar.registerCheck("portal-check-heading-levels", function (node) {
    var main = node.closest("main") || document;
    var headings = Array.prototype.slice.call(main.querySelectorAll("h1, h2, h3, h4, h5, h6"));
    var index = headings.indexOf(node);
    if (index <= 0) return true;
    return headingLevel(node) <= headingLevel(headings[index - 1]) + 1;
  });

  userbar.registerCheck("portal-check-link-text", function (node) {
    var label = (node.getAttribute("aria-label") || node.textContent || "")
      .toLowerCase()
      .replace(/[\s\u00a0]+/g, " ")
      .replace(/^[\s»›→>.:!…-]+|[\s»›→>.:!…-]+$/g, "");
    return VAGUE_LINKS.indexOf(label) === -1;
  });

  // Text in an English part of the page that reads as German.
  userbar.registerCheck("portal-check-german-text", function (node) {
    if (elementLanguage(node).indexOf("en") !== 0) return true;
    // Judge the element's own text: a list item's nested list is judged by itself.
    var text = "";
    node.childNodes.forEach(function (child) {
      if (child.nodeType === Node.TEXT_NODE) text += child.textContent + " ";
      else if (child.nodeType === Node.ELEMENT_NODE && !/^(UL|OL|TABLE)$/.test(child.tagName)) {
        if (!child.hasAttribute("lang")) text += child.textContent + " ";
      }
    });
    var words = text.toLowerCase().match(/[a-zäöüß]+/g) || [];
    if (words.length < 3) return true;
    var german = 0;
    var functionWords = 0;
    var english = 0;
    words.forEach(function (word) {
      if (GERMAN_WORDS.has(word)) functionWords += 1;
      if (GERMAN_WORDS.has(word) || GERMAN_ENDING.test(word) || /[äöüß]/.test(word)) {
        german += 1;
      } else if (ENGLISH_WORDS.has(word)) {
        english += 1;
      }
    });
    // Running German text has its function words; German names alone (a document's title,
    // a place) do not make a sentence German.
    return !(
      functionWords >= 1 && german >= 2 && german >= words.length / 4 && german > 2 * english
    );
  });
})();
