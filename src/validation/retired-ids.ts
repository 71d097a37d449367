/**
 * Gives the validator's articles the paragraph ids the site publishes: none takes an id that a moved
 * alias retires (src/lib/anchors/retired-ids.ts). Runs right after the article check, so that quote,
 * alias and register checks all see the ids readers get.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { retiredIdsOf, retireParagraphIds } from '../lib/anchors/retired-ids.ts';
import type { AnchoredParagraph } from '../plugins/rehype-paragraph-ids.ts';
import { CONTENT_PATHS } from '../site-config.ts';
import type { ArticleIndex } from './articles.ts';
import { parseYamlSource } from './sources.ts';

/** The aliases' `from` and `change`, as far as they can be read: the alias check reports the rest. */
export async function readAliasMoves(root: string): Promise<{ from: string; change: string }[]> {
  const source = await readFile(path.join(root, CONTENT_PATHS.aliases), 'utf8').catch(() => '[]');
  const yaml = parseYamlSource(source);
  if (!yaml.ok || !Array.isArray(yaml.data)) return [];
  return yaml.data.flatMap((entry: unknown) => {
    const { from, change } = (entry ?? {}) as { from?: unknown; change?: unknown };
    return typeof from === 'string' && typeof change === 'string' ? [{ from, change }] : [];
  });
}

/** Retires aliased ids in every checked article; returns each article's paragraphs as the pipeline made them. */
export async function retireAliasedParagraphIds(root: string, articles: ArticleIndex): Promise<Map<string, AnchoredParagraph[]>> {
  const aliases = await readAliasMoves(root);
  const made = new Map<string, AnchoredParagraph[]>();
  for (const article of articles.checked.values()) {
    made.set(article.id, article.paragraphs);
    article.paragraphs = retireParagraphIds(article.paragraphs, retiredIdsOf(aliases, `/articles/${article.id}/`)).paragraphs;
  }
  return made;
}
