// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { anchorRegister } from './src/integrations/anchor-register.ts';
import { contentValidation } from './src/integrations/content-validation.ts';
import { markdownPipeline } from './src/markdown-pipeline.ts';
import { SITE } from './src/site-config.ts';

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  integrations: [contentValidation(), anchorRegister()],
  markdown: {
    processor: unified(markdownPipeline),
    syntaxHighlight: false,
  },
  security: { csp: true },
  devToolbar: { enabled: false },
});
