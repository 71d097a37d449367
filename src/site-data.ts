/**
 * The one module that reads the content collections. It joins them and hands pages plain, typed
 * objects, failing loudly where a link between entries is broken (Astro only logs a dangling
 * reference and builds on; see ../shared/TOOLCHAIN.md).
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { groupOmissions, type OmissionGroup } from './lib/omissions.ts';
import type { AnchoredParagraph } from './plugins/rehype-paragraph-ids.ts';
import type { ArticleData } from './schemas/article.ts';
import { CONTENT_PATHS } from './site-config.ts';

export interface Article extends ArticleData {
  /** The article's permanent id: its file name without `.md`. */
  slug: string;
  /** The path of the article's page on this site. */
  href: string;
  /** The path of the raw capture served on this site. */
  captureHref: string;
  /** Size of the raw capture in bytes. */
  captureBytes: number;
  omissionGroups: OmissionGroup[];
  /** The anchored paragraphs, as the Markdown pipeline rendered them. */
  paragraphs: AnchoredParagraph[];
  entry: CollectionEntry<'articles'>;
}

/** The path of an article's page. */
export function articleHref(slug: string): string {
  return `/articles/${slug}/`;
}

async function toArticle(entry: CollectionEntry<'articles'>): Promise<Article> {
  const capture = await getEntry('captures', entry.data.capture.file);
  if (!capture) {
    throw new Error(`${CONTENT_PATHS.articles}/${entry.id}.md: field "capture.file" names "${entry.data.capture.file}", which is not in ${CONTENT_PATHS.captures}/`);
  }
  const published = entry.rendered?.metadata?.frontmatter as { paragraphs?: AnchoredParagraph[] } | undefined;
  const paragraphs = published?.paragraphs ?? [];
  return {
    ...entry.data,
    slug: entry.id,
    href: articleHref(entry.id),
    captureHref: `/captures/${capture.id}`,
    captureBytes: capture.data.bytes,
    omissionGroups: groupOmissions(entry.data.omitted),
    paragraphs,
    entry,
  };
}

/** All article copies, ordered by outlet name (a neutral order: no outlet comes first for its side). */
export async function getArticles(): Promise<Article[]> {
  const entries = await getCollection('articles');
  const articles = await Promise.all(entries.map(toArticle));
  return articles.sort((a, b) => a.outlet.localeCompare(b.outlet, 'en') || a.slug.localeCompare(b.slug));
}

/** The raw captures, for serving as they are. */
export async function getCaptures(): Promise<CollectionEntry<'captures'>[]> {
  return getCollection('captures');
}
