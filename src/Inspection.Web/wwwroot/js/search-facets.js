// The search page's counts panel, loaded after the hits: the page without script offers a link that shows them in the
// page; with script the same counts (the page's own handler, the same search and access checks) are fetched and put in
// the panel, a polite live region, without moving focus. If the fetch fails the link comes back.
(function () {
  var panel = document.querySelector('[data-facets-url]');
  var url = panel && panel.getAttribute('data-facets-url');
  if (!url || !window.fetch) { return; }
  var options = document.getElementById('facet-options');
  var fallback = options.innerHTML;
  panel.setAttribute('aria-busy', 'true');
  var waiting = document.createElement('p');
  waiting.className = 'govuk-body';
  waiting.textContent = 'Counting the results by kind of evidence, year and organisation…';
  options.replaceChildren(waiting);

  function done(html) {
    // Markup from our own handler, every value HTML-encoded by Razor.
    options.innerHTML = html;
    panel.removeAttribute('data-facets-url');
    panel.setAttribute('aria-busy', 'false');
  }

  fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
    .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.text(); })
    .then(done)
    .catch(function () { done(fallback); });
})();
