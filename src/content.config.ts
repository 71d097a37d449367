import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';
import { markdownFolderLoader, parseYamlData, readYamlValue, yamlFolderLoader } from './content-loaders.ts';
import { aliasSchema } from './schemas/alias.ts';
import { articleSchema } from './schemas/article.ts';
import { createClaimSchema } from './schemas/claim.ts';
import { correctionLogSchema } from './schemas/correction.ts';
import { createDisagreementSchema } from './schemas/disagreement.ts';
import { createFigureSchema } from './schemas/figure.ts';
import { createEventSchema } from './schemas/event.ts';
import { createGlossarySchema } from './schemas/glossary.ts';
import { createPersonSchema } from './schemas/person.ts';
import { statementSchema } from './schemas/statement.ts';
import { topicEntrySchema } from './schemas/topic.ts';
import { CONTENT_PATHS } from './site-config.ts';
import { readPublishedCorrections } from './validation/corrections.ts';

/**
 * The content collections. The schemas live in src/schemas/ so that the content validator
 * (src/validation/) runs the very same ones outside Astro, with plain ids in place of `reference()`,
 * and reports every bad file at once. The loaders (src/content-loaders.ts) read the files with the
 * validator's own YAML reader, so that both see the same data.
 */
const refs = {
  article: reference('articles'),
  person: reference('people'),
  topic: reference('topics'),
  claim: reference('claims'),
};

const articles = defineCollection({
  loader: markdownFolderLoader(CONTENT_PATHS.articles),
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

const people = defineCollection({ loader: yamlFolderLoader(CONTENT_PATHS.people, 'person'), schema: createPersonSchema(refs) });
const topics = defineCollection({ loader: file(`./${CONTENT_PATHS.topics}`, { parser: parseYamlData }), schema: topicEntrySchema });
const claims = defineCollection({ loader: yamlFolderLoader(CONTENT_PATHS.claims, 'claim'), schema: createClaimSchema(refs) });
const statements = defineCollection({ loader: yamlFolderLoader(CONTENT_PATHS.statements, 'statement'), schema: statementSchema });
const disagreements = defineCollection({ loader: yamlFolderLoader(CONTENT_PATHS.disagreements, 'disagreement'), schema: createDisagreementSchema(refs) });
const figures = defineCollection({ loader: yamlFolderLoader(CONTENT_PATHS.figures, 'figure'), schema: createFigureSchema(refs) });
const glossary = defineCollection({ loader: yamlFolderLoader(CONTENT_PATHS.glossary, 'glossary'), schema: createGlossarySchema(refs) });
const events = defineCollection({ loader: yamlFolderLoader(CONTENT_PATHS.events, 'event'), schema: createEventSchema(refs) });

/**
 * Where published links now point (content/aliases.yaml), held as one entry: the list is usually
 * empty, and an empty collection draws a warning on every build.
 */
const aliases = defineCollection({
  loader: async () => [{ id: 'all', entries: (await readYamlValue(fileURLToPath(new URL('../', import.meta.url)), CONTENT_PATHS.aliases, [])) ?? [] }],
  schema: z.object({ entries: z.array(aliasSchema) }),
});

/** The corrections log (content/corrections.yaml), with the snapshot's start date and claim titles, as one entry like the aliases. */
const corrections = defineCollection({
  loader: async () => [{ id: 'all', ...(await readPublishedCorrections(fileURLToPath(new URL('../', import.meta.url)))) }],
  schema: z.object({ entries: correctionLogSchema, since: z.string(), titles: z.record(z.string(), z.string()) }),
});

export const collections = { articles, captures, people, topics, claims, statements, disagreements, glossary, figures, events, aliases, corrections };
