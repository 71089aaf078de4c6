// Moves focus to an error summary when a page shows one, so screen-reader users hear it first.
(function () {
  var summary = document.querySelector('[data-focus-on-load]');
  if (summary) { summary.focus(); }
})();
