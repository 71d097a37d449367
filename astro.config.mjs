// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { anchorRegister } from './src/integrations/anchor-register.ts';
import { contentValidation } from './src/integrations/content-validation.ts';
import { staticHost } from './src/integrations/static-host.ts';
import { PAGE_DIRECTIVES } from './src/lib/hosting/content-security-policy.ts';
import { markdownPipeline } from './src/markdown-pipeline.ts';
import { SITE } from './src/site-config.ts';

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  integrations: [contentValidation(), anchorRegister(), staticHost()],
  markdown: {
    processor: unified(markdownPipeline),
    syntaxHighlight: false,
  },
  // Astro adds script-src and style-src with the hashes of each page's inline scripts and styles.
  security: { csp: { directives: [...PAGE_DIRECTIVES] } },
  devToolbar: { enabled: false },
});
