// Moves focus to what the page has to say first: an error summary, else the success banner of a page that answers a
// form (every form redirects after posting, so the page loads afresh with focus at its top and the banner unread).
// Screen-reader users hear it; keyboard users go on from there.
(function () {
  var first = document.querySelector('[data-focus-on-load]') || document.querySelector('.govuk-notification-banner--success');
  if (!first) { return; }
  if (!first.hasAttribute('tabindex')) { first.setAttribute('tabindex', '-1'); }
  first.focus();
})();

// A table wider than the screen scrolls inside its box (ScrollingTableTagHelper); when it does, the box becomes a region
// named after the table's caption that the keyboard can reach and scroll. A table that fits gets no extra tab stop.
(function () {
  var boxes = document.querySelectorAll('.app-table-scroll');
  if (boxes.length === 0) { return; }
  function mark() {
    boxes.forEach(function (box) {
      if (box.scrollWidth > box.clientWidth + 1) {
        var caption = box.querySelector('caption');
        box.setAttribute('tabindex', '0');
        box.setAttribute('role', 'region');
        box.setAttribute('aria-label', (caption ? caption.textContent.trim() : 'Table') + ' (scrolls sideways)');
      } else {
        box.removeAttribute('tabindex');
        box.removeAttribute('role');
        box.removeAttribute('aria-label');
      }
    });
  }
  mark();
  window.addEventListener('resize', mark);
})();
