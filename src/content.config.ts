import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { articleSchema } from './schemas/article.ts';
import { CONTENT_PATHS } from './site-config.ts';

/**
 * The content collections. The schemas live in src/schemas/ so that the content validator
 * (src/validation/) runs the very same ones outside Astro and reports every bad file at once.
 */
const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: `./${CONTENT_PATHS.articles}` }),
  schema: articleSchema,
});

/** The raw captures the copies were made from, byte for byte, with their SHA-256. */
const captures = defineCollection({
  loader: async () => {
    const directory = new URL(`../${CONTENT_PATHS.captures}/`, import.meta.url);
    const files = (await readdir(directory)).filter((name) => name.endsWith('.txt')).sort();
    return Promise.all(
      files.map(async (file) => {
        const bytes = await readFile(new URL(file, directory));
        return { id: file, text: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
      }),
    );
  },
  schema: z.object({ text: z.string(), sha256: z.string(), bytes: z.number() }),
});

export const collections = { articles, captures };
