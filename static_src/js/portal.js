// Progressive enhancement only: every feature works without this file.
(function () {
  "use strict";

  // On small screens the main navigation collapses behind a toggle button.
  function initMenuToggle() {
    var toggle = document.querySelector(".main-nav__toggle");
    var list = document.getElementById("main-nav-list");
    if (!toggle || !list) return;
    toggle.hidden = false;
    document.documentElement.classList.add("js");
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") === "true";
      toggle.setAttribute("aria-expanded", String(!open));
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
        toggle.setAttribute("aria-expanded", "false");
        toggle.focus();
      }
    });
  }

  // Embedded videos load from their provider only after the visitor presses the button.
  function initEmbedConsent() {
    document.querySelectorAll("[data-embed]").forEach(function (figure) {
      var button = figure.querySelector("[data-embed-load]");
      var template = figure.querySelector("template[data-embed-template]");
      if (!button || !template) return;
      button.hidden = false;
      button.addEventListener("click", function () {
        var consent = figure.querySelector(".embed-block__consent");
        figure.appendChild(template.content.cloneNode(true));
        if (consent) consent.remove();
        var frame = figure.querySelector("iframe");
        if (frame) frame.focus();
      });
    });
  }

  // "Share …" opens the browser's own share sheet; shown only where the browser has one.
  function initShare() {
    if (!navigator.share) return;
    document.querySelectorAll("[data-share-url]").forEach(function (button) {
      button.closest("li").hidden = false;
      button.addEventListener("click", function () {
        navigator.share({ title: button.dataset.shareTitle, url: button.dataset.shareUrl }).catch(function () {});
      });
    });
  }

  // The listing filters stand open on wide screens (CSS shows them); saying so keeps their
  // disclosure's state true for screen readers. On narrow screens they stay folded.
  function initFilterFold() {
    var wide = window.matchMedia("(min-width: 60em)");
    var folds = document.querySelectorAll(".filters-fold");
    function sync() {
      folds.forEach(function (fold) {
        if (wide.matches) fold.open = true;
      });
    }
    sync();
    wide.addEventListener("change", sync);
  }

  document.addEventListener("DOMContentLoaded", function () {
    initFilterFold();
    initMenuToggle();
    initEmbedConsent();
    initShare();
  });
})();
