/** The search index's manifest, which the search script fetches first. */
export const SEARCH_MANIFEST_PATH = '/search/index.json';

/**
 * The classic inline script of SearchPending.astro, which ships to the browser as this text: while a
 * search in the address (`/search/?q=…`) loads, it marks <html> so that the results keep their space
 * and the browse list is not painted; an error before the results are shown removes the mark again.
 * Kept here, not in the component, because the search page must put its hash in the page's policy
 * before the head is written (see SearchPending.astro).
 */
export const SEARCH_PENDING_SCRIPT = `if ((new URLSearchParams(location.search).get('q') ?? '').trim() !== '' && 'noModule' in HTMLScriptElement.prototype) {
  const root = document.documentElement;
  root.dataset.searchPending = '';
  addEventListener('error', () => delete root.dataset.searchPending, { capture: true, once: true });
}`;
