import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { aliasSchema } from './schemas/alias.ts';
import { articleSchema } from './schemas/article.ts';
import { createClaimSchema } from './schemas/claim.ts';
import { createDisagreementSchema } from './schemas/disagreement.ts';
import { createGlossarySchema } from './schemas/glossary.ts';
import { createPersonSchema } from './schemas/person.ts';
import { statementSchema } from './schemas/statement.ts';
import { topicEntrySchema } from './schemas/topic.ts';
import { CONTENT_PATHS } from './site-config.ts';

/**
 * The content collections. The schemas live in src/schemas/ so that the content validator
 * (src/validation/) runs the very same ones outside Astro, with plain ids in place of `reference()`,
 * and reports every bad file at once.
 */
const refs = {
  article: reference('articles'),
  person: reference('people'),
  topic: reference('topics'),
  claim: reference('claims'),
};

const yamlFiles = (folder: string) => glob({ pattern: '*.{yaml,yml}', base: `./${folder}` });

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
      files.map(async (name) => {
        const bytes = await readFile(new URL(name, directory));
        return { id: name, text: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
      }),
    );
  },
  schema: z.object({ text: z.string(), sha256: z.string(), bytes: z.number() }),
});

const people = defineCollection({ loader: yamlFiles(CONTENT_PATHS.people), schema: createPersonSchema(refs) });
const topics = defineCollection({ loader: file(`./${CONTENT_PATHS.topics}`), schema: topicEntrySchema });
const claims = defineCollection({ loader: yamlFiles(CONTENT_PATHS.claims), schema: createClaimSchema(refs) });
const statements = defineCollection({ loader: yamlFiles(CONTENT_PATHS.statements), schema: statementSchema });
const disagreements = defineCollection({ loader: yamlFiles(CONTENT_PATHS.disagreements), schema: createDisagreementSchema(refs) });
const glossary = defineCollection({ loader: yamlFiles(CONTENT_PATHS.glossary), schema: createGlossarySchema(refs) });

/**
 * Where published links now point (content/aliases.yaml), held as one entry: the list is usually
 * empty, and an empty collection draws a warning on every build.
 */
const aliases = defineCollection({
  loader: async () => {
    const text = await readFile(new URL(`../${CONTENT_PATHS.aliases}`, import.meta.url), 'utf8').catch(() => '[]');
    return [{ id: 'all', entries: parseYaml(text) ?? [] }];
  },
  schema: z.object({ entries: z.array(aliasSchema) }),
});

export const collections = { articles, captures, people, topics, claims, statements, disagreements, glossary, aliases };
