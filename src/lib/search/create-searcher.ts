import { searcherWith } from './search-engine.ts';

/**
 * A searcher of a manifest, fetching index files with a loader; fuse.js comes from the package.
 * For Node, the tests and the benchmarks. Apart from search-engine.ts because of its dynamic import:
 * the search page's script bundles that module, and Astro inlines a page's script only when none of
 * its modules imports dynamically (SearchPanel.astro imports fuse.js by its address instead).
 */
export const createSearcher = searcherWith(() => import('fuse.js/basic'));
