/**
 * The register check, from content alone: every anchor in content/published-anchors.txt that the
 * content determines (claims and their quotes, articles and their paragraphs and headings, captures,
 * topics, and the glossary, people, statement and disagreement entries) must still be published, and
 * every registered quote and paragraph must still land on the words it was registered with. It runs
 * in `npm run validate` and in the build's content check, before anything is written; page chrome
 * is left to the check of the built pages (src/integrations/anchor-register.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { describeLostAnchors, formatAliasEntries, placeholder, today, type LostAnchorAdvice, type SuggestedAlias } from '../lib/anchors/alias-advice.ts';
import { hashWords, readRegisterLines, type RegisterLine } from '../lib/anchors/anchor-register.ts';
import { compareContentWithRegister, TOPIC_PAGES, type ChangedWords, type ContentAnchors } from '../lib/anchors/content-anchors.ts';
import { planParagraphMoves, retiredIdsOf, type ParagraphMove } from '../lib/anchors/retired-ids.ts';
import { quoteInReport, type ContentProblem } from '../lib/problems/content-problems.ts';
import { markdownPipeline } from '../markdown-pipeline.ts';
import type { AnchoredParagraph } from '../plugins/rehype-paragraph-ids.ts';
import { aliasSchema, type Alias } from '../schemas/alias.ts';
import { idSchema } from '../schemas/common.ts';
import { CONTENT_PATHS } from '../site-config.ts';
import type { ArticleIndex } from './articles.ts';
import { lastCommittedQuotes } from './register-history.ts';
import { contentFile, isPlainObject, listFiles, parseMarkdownFile, parseYamlSource } from './sources.ts';

/** What the content check learnt, which the register check builds on. */
export interface CheckedContent {
  articles: ArticleIndex;
  topics: ReadonlySet<string>;
  /** Each checked article's paragraphs as the Markdown pipeline made them, before retired ids were given to none. */
  madeParagraphs: ReadonlyMap<string, readonly AnchoredParagraph[]>;
  /** The content check's problems: what a file with problems publishes is not judged here. */
  problems: readonly ContentProblem[];
}

export interface RegisterCheckOptions {
  /** The date suggested aliases carry (YYYY-MM-DD); today by default. */
  date?: string;
  /** Check these entries instead of the register file's (`anchors:register` adds those from git history). */
  entries?: readonly RegisterLine[];
}

const REGISTER = CONTENT_PATHS.register;
const YAML_EXTENSION = /\.ya?ml$/u;

interface DeclaredQuote {
  id: string;
  article: string;
  text: string;
}

/** Everything the content publishes, and what the advice for lost links needs to know. */
interface SiteAnchors extends ContentAnchors {
  /** The quotes each current claim declares, by claim id. */
  quotesByClaim: ReadonlyMap<string, readonly DeclaredQuote[]>;
  /** The aliases that passed their schema, with their place in content/aliases.yaml. */
  aliases: readonly { alias: Alias; at: number }[];
  aliasLine(at: number, field: string): number | undefined;
}

/** The quotes a claim file declares, wherever they stand on its page. */
function declaredQuotes(data: Record<string, unknown>): DeclaredQuote[] {
  const positions = isPlainObject(data['positions']) ? Object.values(data['positions']) : [];
  const lists = [...positions.flatMap((position) => (isPlainObject(position) ? [position['quotes'], position['accounts']] : [])), data['framing']];
  return lists.flatMap((list) =>
    (Array.isArray(list) ? list : []).flatMap((quote: unknown) => {
      if (!isPlainObject(quote)) return [];
      const { id, article, text } = quote;
      return typeof id === 'string' && typeof article === 'string' && typeof text === 'string' ? [{ id, article, text }] : [];
    }),
  );
}

let renderer: Promise<MarkdownRenderer> | undefined;

/** The heading ids of an article body, as Astro gives them on the page. */
async function headingIds(root: string, file: string): Promise<string[]> {
  const parsed = parseMarkdownFile(await readFile(path.join(root, file), 'utf8'));
  if (!parsed.ok) return [];
  renderer ??= createMarkdownProcessor({ ...markdownPipeline, syntaxHighlight: false });
  const { metadata } = await (await renderer).render(parsed.body, { fileURL: pathToFileURL(path.join(root, file)) });
  return metadata.headings.map((heading) => heading.slug);
}

/** The ids (file names) of a folder of YAML entries. */
async function entryIds(root: string, folder: string): Promise<string[]> {
  return (await listFiles(path.join(root, folder))).filter((name) => YAML_EXTENSION.test(name)).map((name) => name.replace(YAML_EXTENSION, ''));
}

/** Every anchor the content publishes (quotes and paragraphs with their words), and the old links aliases send elsewhere. */
export async function readContentAnchors(root: string, content: CheckedContent): Promise<ContentAnchors> {
  return readSiteAnchors(root, content);
}

/** Reads what the content publishes, page by page, marking pages whose sources have problems as unknown. */
async function readSiteAnchors(root: string, content: CheckedContent): Promise<SiteAnchors> {
  const published = new Map<string, string | undefined>();
  const aliased = new Set<string>();
  const unknownPages = new Set<string>();
  const unknownAnchors = new Set<string>();
  const withProblems = new Set(content.problems.map((problem) => problem.file));
  const quotesByClaim = new Map<string, DeclaredQuote[]>();

  for (const name of await listFiles(path.join(root, CONTENT_PATHS.claims))) {
    if (!YAML_EXTENSION.test(name)) continue;
    const id = name.replace(YAML_EXTENSION, '');
    const file = contentFile(CONTENT_PATHS.claims, name);
    const yaml = parseYamlSource(await readFile(path.join(root, file), 'utf8'));
    if (withProblems.has(file) || !yaml.ok || !isPlainObject(yaml.data)) {
      unknownPages.add(`/claims/${id}/`);
      continue;
    }
    quotesByClaim.set(id, declaredQuotes(yaml.data));
  }
  const publishClaimPage = (page: string, quotes: readonly { id: string; text: string }[]) => {
    published.set(page, undefined);
    for (const quote of quotes) published.set(`${page}#${quote.id}`, quote.text);
  };
  for (const [id, quotes] of quotesByClaim) publishClaimPage(`/claims/${id}/`, quotes);

  for (const id of content.articles.ids) {
    const page = `/articles/${id}/`;
    const article = content.articles.checked.get(id);
    if (!article) {
      unknownPages.add(page);
      continue;
    }
    published.set(page, undefined);
    for (const paragraph of article.paragraphs) published.set(`${page}#${paragraph.id}`, paragraph.text);
    for (const heading of await headingIds(root, article.file)) if (!published.has(`${page}#${heading}`)) published.set(`${page}#${heading}`, undefined);
  }

  // Aliases: old claim pages, the quotes their tombstones keep, and old fragments sent elsewhere.
  const aliasSource = await readFile(path.join(root, CONTENT_PATHS.aliases), 'utf8').catch(() => '[]');
  const aliasYaml = parseYamlSource(aliasSource);
  const aliasesReadable = aliasYaml.ok && Array.isArray(aliasYaml.data);
  const aliases: { alias: Alias; at: number }[] = [];
  if (aliasYaml.ok && Array.isArray(aliasYaml.data)) {
    aliasYaml.data.forEach((entry: unknown, at) => {
      const parsed = aliasSchema.safeParse(entry);
      if (parsed.success) aliases.push({ alias: parsed.data, at });
      else {
        // A broken alias is reported by the alias check; what it would keep is not judged until it is fixed.
        const from = isPlainObject(entry) && typeof entry['from'] === 'string' ? entry['from'] : undefined;
        // An article page can never be aliased, so the links it would claim to keep are lost whatever it says.
        if (from !== undefined && !/^\/articles\/[^#]*$/u.test(from)) (from.includes('#') ? unknownAnchors : unknownPages).add(from);
      }
    });
  }
  for (const { alias } of aliases) {
    if (alias.from.includes('#')) continue;
    const targetId = alias.to === undefined ? undefined : /^\/claims\/([^/]+)\/$/u.exec(alias.to)?.[1];
    if (alias.change === 'renamed') {
      const target = targetId === undefined ? undefined : quotesByClaim.get(targetId);
      if (target) publishClaimPage(alias.from, target);
      else unknownPages.add(alias.from);
    } else {
      publishClaimPage(alias.from, alias.quotes ?? []);
    }
  }
  for (const { alias } of aliases) {
    if (!alias.from.includes('#') || alias.change !== 'moved') continue;
    if (!published.has(alias.from.split('#')[0] as string)) continue; // its page is gone: the alias check says so
    published.set(alias.from, undefined);
    aliased.add(alias.from);
  }

  for (const name of await listFiles(path.join(root, CONTENT_PATHS.captures))) if (name.endsWith('.txt')) published.set(`/captures/${name}`, undefined);
  for (const topic of content.topics) for (const page of TOPIC_PAGES) published.set(`${page}#topic-${topic}`, undefined);
  const lists: [string, string][] = [
    ['/glossary/', CONTENT_PATHS.glossary],
    ['/people/', CONTENT_PATHS.people],
    ['/statements/', CONTENT_PATHS.statements],
    ['/disagreements/', CONTENT_PATHS.disagreements],
    ['/timeline/', CONTENT_PATHS.events],
  ];
  for (const [page, folder] of lists) for (const id of await entryIds(root, folder)) if (idSchema.safeParse(id).success) published.set(`${page}#${id}`, undefined);

  const topicsUnknown = withProblems.has(CONTENT_PATHS.topics);
  return {
    published,
    aliased,
    quotesByClaim,
    aliases,
    aliasLine: (at, field) => (aliasYaml.ok ? aliasYaml.lineOf([at, field]) : undefined),
    isUnknown(anchor) {
      const [page = '', fragment] = anchor.split('#');
      if (unknownAnchors.has(anchor) || unknownPages.has(page)) return true;
      if (fragment?.startsWith('topic-') && (TOPIC_PAGES as readonly string[]).includes(page)) return topicsUnknown;
      // Without readable aliases, a page or fragment that is gone may still be kept by one.
      return !aliasesReadable && /^\/(claims|articles)\//u.test(page) && !published.has(anchor);
    },
  };
}

const pageOf = (anchor: string) => anchor.split('#')[0] as string;
const fragmentOf = (anchor: string) => anchor.split('#')[1] ?? '';
const claimIdOf = (link: string) => /^\/claims\/([^/]+)\//u.exec(link)?.[1];

/** Where registered links of each article now land best: the aliases that would keep them on their words. */
function paragraphMoves(site: SiteAnchors, content: CheckedContent, registered: readonly RegisterLine[]): Map<string, ParagraphMove> {
  const moves = new Map<string, ParagraphMove>();
  const aliasMoves = site.aliases.map(({ alias }) => alias);
  for (const [id, made] of content.madeParagraphs) {
    const page = `/articles/${id}/`;
    const words = new Map(registered.filter((entry) => pageOf(entry.anchor) === page && fragmentOf(entry.anchor).startsWith('p-')).map((entry) => [fragmentOf(entry.anchor), entry.words]));
    for (const move of planParagraphMoves(made, words, retiredIdsOf(aliasMoves, page))) moves.set(`${page}#${move.from}`, move);
  }
  return moves;
}

/** The aliases that keep lost links working, worked out from where their quotes and words are now. */
function adviseOnLost(root: string, lost: readonly string[], registered: readonly RegisterLine[], site: SiteAnchors, moves: ReadonlyMap<string, ParagraphMove>): LostAnchorAdvice {
  const lostSet = new Set(lost);
  const wordsOf = new Map(registered.map((entry) => [entry.anchor, entry.words]));
  const quoteHome = new Map<string, string>();
  const wordsHome = new Map<string, string>();
  for (const [claimId, quotes] of site.quotesByClaim) {
    for (const quote of quotes) {
      quoteHome.set(quote.id, `/claims/${claimId}/#${quote.id}`);
      if (!wordsHome.has(hashWords(quote.text))) wordsHome.set(hashWords(quote.text), `/claims/${claimId}/#${quote.id}`);
    }
  }
  /** Where a quote link's words are now: the quote with the same words, else the quote with the same id. */
  const homeOf = (anchor: string) => {
    const words = wordsOf.get(anchor);
    return (words === undefined ? undefined : wordsHome.get(words)) ?? quoteHome.get(fragmentOf(anchor));
  };
  const entries: SuggestedAlias[] = [];
  const unaliasable: string[] = [];
  const movedTo = (from: string, to: string | undefined) => entries.push({ from, change: 'moved', to: to ?? `/claims/${placeholder('claim')}/#${placeholder('id of the quote that now holds these words')}` });
  const tombstoneQuotes = new Map<string, string[]>();

  for (const anchor of lost) {
    const page = pageOf(anchor);
    if (anchor.startsWith('/claims/') && anchor === page) {
      const fragments = registered.filter((entry) => entry.anchor !== page && pageOf(entry.anchor) === page).map((entry) => entry.anchor);
      const homes = fragments.map((fragment) => [fragment, homeOf(fragment)] as const);
      const counts = new Map<string, number>();
      for (const [, home] of homes) if (home !== undefined) counts.set(claimIdOf(home) as string, (counts.get(claimIdOf(home) as string) ?? 0) + 1);
      const [candidate] = [...counts].sort((a, b) => b[1] - a[1]).map(([id]) => id);
      if (candidate === undefined) {
        const committed = lastCommittedQuotes(root, claimIdOf(page) as string) ?? [];
        entries.push({
          from: page,
          change: 'withdrawn',
          note: '',
          quotes: fragments.map((fragment) => committed.find((quote) => quote.id === fragmentOf(fragment)) ?? { id: fragmentOf(fragment), article: placeholder('article id'), text: placeholder('its words, verbatim from the article') }),
          comment: 'withdrawn: none of its quotes is in a claim any more, so its tombstone keeps them, with the words they had. If it was renamed or merged instead: change: renamed or merged, to: /claims/<id>/, and no quotes:.',
        });
        continue;
      }
      const target = `/claims/${candidate}/`;
      const comeBack = (fragment: string) => quoteHome.get(fragmentOf(fragment)) === `${target}#${fragmentOf(fragment)}`;
      if (!wordsOf.has(target)) {
        // A claim nobody has linked to yet: the old one under a new id, whose page shows its quotes by their ids.
        entries.push({ from: page, change: 'renamed', to: target });
        for (const [fragment, home] of homes) if (!comeBack(fragment)) movedTo(fragment, home);
      } else {
        entries.push({ from: page, change: 'merged', to: target });
        for (const [fragment, home] of homes) movedTo(fragment, home);
      }
      continue;
    }
    if (anchor.startsWith('/claims/')) {
      if (lostSet.has(page)) continue; // advised with its page
      const tombstone = site.aliases.find(({ alias }) => alias.from === page && (alias.change === 'merged' || alias.change === 'withdrawn'));
      const home = homeOf(anchor);
      if (tombstone && home === undefined) tombstoneQuotes.set(page, [...(tombstoneQuotes.get(page) ?? []), fragmentOf(anchor)]);
      else movedTo(anchor, home);
      continue;
    }
    const article = /^\/articles\/([^/]+)\/$/u.exec(page)?.[1];
    if (article !== undefined && anchor !== page && !lostSet.has(page)) {
      const move = moves.get(anchor);
      const to = move?.to === undefined ? `${page}#${placeholder('id of the paragraph that now holds these words')}` : `${page}#${move.to}`;
      const comment =
        move?.found === 'same place'
          ? `its words are nowhere in the article: #${move.to} is the new paragraph in its place; keep the link there if that is the same passage, corrected`
          : move?.found === 'new paragraph'
            ? `its words are nowhere in the article: #${move.to} is its one new paragraph; keep the link there if that is the same passage, corrected`
            : undefined;
      entries.push({ from: anchor, change: 'moved', to, comment });
      continue;
    }
    unaliasable.push(anchor);
  }

  for (const [page, ids] of tombstoneQuotes) {
    const { alias } = site.aliases.find((entry) => entry.alias.from === page) as { alias: Alias };
    const committed = lastCommittedQuotes(root, claimIdOf(page) as string) ?? [];
    const kept = ids.map((id) => committed.find((quote) => quote.id === id) ?? { id, article: placeholder('article id'), text: placeholder('its words, verbatim from the article') });
    entries.push({
      from: page,
      change: alias.change,
      to: alias.to,
      note: alias.note ?? '',
      quotes: [...(alias.quotes ?? []), ...kept],
      comment: `replaces the entry for ${page} in the file: its tombstone keeps these quotes, with the words they had`,
    });
  }
  return { entries, unaliasable };
}

/** The problem for a registered anchor that now lands on other words, with the alias that puts it back on them. */
function describeChangedWords(root: string, change: ChangedWords, moves: ReadonlyMap<string, ParagraphMove>, site: SiteAnchors, date: string): string {
  const { anchor, words: registered } = change.entry;
  const now = `now lands on other words: it was registered on words hashed ${registered}, and now lands on ${quoteInReport(change.words, 120)} (${hashWords(change.words)})`;
  const page = pageOf(anchor);
  const tombstone = site.aliases.find(({ alias }) => alias.from === page && (alias.change === 'merged' || alias.change === 'withdrawn'));
  if (anchor.startsWith('/articles/')) {
    const move = moves.get(anchor);
    const to = move?.to === undefined ? placeholder('id of the paragraph that now holds these words') : move.to;
    const where =
      move?.found === 'words'
        ? `The words it was published with are now at #${to}`
        : `Its words are nowhere in the article now; if this paragraph is the same passage, corrected, it becomes #${to}`;
    return `${now}. ${where}: keep the link on them with this entry in content/aliases.yaml (the alias also stops any other paragraph taking the old id):\n${formatAliasEntries([{ from: anchor, change: 'moved', to: `${page}#${to}` }], date)}`;
  }
  const id = fragmentOf(anchor);
  if (tombstone !== undefined) {
    const committed = lastCommittedQuotes(root, claimIdOf(page) as string)?.find((quote) => quote.id === id && hashWords(quote.text) === registered);
    const words = committed === undefined ? 'as its last committed claim file has them' : `as its last committed claim file has them: text: ${JSON.stringify(committed.text)}`;
    return `${now}. A tombstone keeps each quote with the words it was published with: write them under quotes: in the entry for ${page} in content/aliases.yaml, ${words}`;
  }
  return `${now}. A quote id stays with the words it was published with: give these new words a new id (${id}-2, say), and keep the old link on them with this entry in content/aliases.yaml:\n${formatAliasEntries([{ from: anchor, change: 'moved', to: `${page}#${id}-2` }], date)}`;
}

/**
 * Checks the register against what the content publishes; returns the problems, none when every
 * registered anchor that the content determines is still published on its words.
 */
export async function checkRegister(root: string, content: CheckedContent, options: RegisterCheckOptions = {}): Promise<ContentProblem[]> {
  const date = options.date ?? today();
  const problems: ContentProblem[] = [];
  let entries: readonly RegisterLine[];
  if (options.entries) {
    entries = options.entries;
  } else {
    let source: string;
    try {
      source = await readFile(path.join(root, REGISTER), 'utf8');
    } catch {
      return [{ file: REGISTER, field: 'file', message: `is missing: it lists every URL and fragment the site has published, which must keep working; restore it (git checkout -- ${REGISTER})` }];
    }
    const read = readRegisterLines(source);
    for (const error of read.errors) problems.push({ file: REGISTER, line: error.line, field: 'line', message: error.message });
    const seen = new Map<string, number | undefined>();
    for (const entry of read.entries) {
      const earlier = seen.get(entry.anchor);
      if (earlier !== undefined) problems.push({ file: REGISTER, line: entry.line, field: entry.anchor, message: `is registered twice (line ${String(earlier)} too): keep one line` });
      seen.set(entry.anchor, entry.line);
    }
    entries = read.entries;
  }

  const site = await readSiteAnchors(root, content);
  const moves = paragraphMoves(site, content, entries);
  const { lost, changed } = compareContentWithRegister(entries, site);
  if (lost.length > 0) {
    const anchors = lost.map((entry) => entry.anchor);
    problems.push({ file: REGISTER, field: 'registered anchors', message: describeLostAnchors(anchors, adviseOnLost(root, anchors, entries, site, moves), date) });
  }
  for (const change of changed) problems.push({ file: REGISTER, line: change.entry.line, field: change.entry.anchor, message: describeChangedWords(root, change, moves, site, date) });

  // An alias for a paragraph link that still lands on its own words would only move it away from them.
  const registeredWords = new Map(entries.map((entry) => [entry.anchor, entry.words]));
  for (const { alias, at } of site.aliases) {
    const [page = '', fragment] = alias.from.split('#');
    const article = /^\/articles\/([^/]+)\/$/u.exec(page)?.[1];
    const made = article === undefined ? undefined : content.madeParagraphs.get(article)?.find((paragraph) => paragraph.id === fragment);
    if (!made) continue;
    const words = registeredWords.get(alias.from);
    if (words === undefined || words === hashWords(made.text)) {
      problems.push({ file: CONTENT_PATHS.aliases, line: site.aliasLine(at, 'from'), field: `[${at}].from`, message: `${alias.from} still exists: an alias is only for a link whose target has gone` });
    }
  }
  return problems;
}
