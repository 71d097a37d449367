// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { anchorRegister } from './src/integrations/anchor-register.ts';
import { contentValidation } from './src/integrations/content-validation.ts';
import { pagePolicies } from './src/integrations/page-policies.ts';
import { siteMap } from './src/integrations/site-map.ts';
import { staticHost } from './src/integrations/static-host.ts';
import { PAGE_DIRECTIVES } from './src/lib/hosting/content-security-policy.ts';
import { markdownPipeline } from './src/markdown-pipeline.ts';
import { SITE } from './src/site-config.ts';

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  integrations: [contentValidation(), anchorRegister(), pagePolicies(), siteMap(), staticHost()],
  markdown: {
    processor: unified(markdownPipeline),
    syntaxHighlight: false,
  },
  // Every page's CSS is a few KB: inlined, it arrives with the HTML, and first paint waits for no
  // other request (Lighthouse mobile LCP). Astro's CSP hashes the inline styles.
  build: { inlineStylesheets: 'always' },
  // The same for a page's scripts, which Astro inlines only under Vite's 4 KB limit: the search
  // script (6.5 KB brotli) as a file of its own was one more request before the search page's first
  // paint, and Lighthouse mobile LCP 1.05 s against 0.90 s inlined. Astro inlines no script that
  // imports another chunk, statically or dynamically, so shared code still comes as a file; other
  // assets keep Vite's limit (undefined).
  vite: { build: { assetsInlineLimit: (file) => (/^_astro\/[^/]+\.js$/u.test(file) ? true : undefined) } },
  // Astro adds script-src and style-src with the hashes of the inline scripts and styles;
  // pagePolicies then narrows each page's list to its own.
  security: { csp: { directives: [...PAGE_DIRECTIVES] } },
  devToolbar: { enabled: false },
});
