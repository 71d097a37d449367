/**
 * The one module that reads the content collections. It turns entries into the plain data that
 * src/lib joins into views, and fails loudly where a link between entries is broken (Astro only logs
 * a dangling reference and builds on; see ../shared/TOOLCHAIN.md).
 */
import { execFileSync } from 'node:child_process';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { rehype } from 'rehype';
import { claimAliasPages, fragmentAliasesByPage, type AliasEntry, type FragmentAlias } from './lib/anchors/alias-views.ts';
import { retiredIdsOf, retireParagraphIds } from './lib/anchors/retired-ids.ts';
import {
  allQuotes,
  buildClaimViews,
  buildCoverage,
  citationsOf,
  groupByTopic,
  type ArticleInfo,
  type ClaimView,
  type PersonInfo,
  type RawClaim,
  type RawPosition,
  type RawQuote,
} from './lib/claims/claim-views.ts';
import {
  buildDisagreementViews,
  buildGlossaryViews,
  buildStatementViews,
  partitionDisagreements,
  type DisagreementView,
  type GlossaryView,
  type StatementView,
} from './lib/claims/comparison-views.ts';
import { buildFigureViews, type FigureView } from './lib/figures/figure-views.ts';
import { buildCorrectionViews, type CorrectionView } from './lib/corrections/correction-views.ts';
import { groupOmissions, type OmissionGroup } from './lib/sources/omissions.ts';
import { buildPeopleViews, type PersonView } from './lib/claims/people-views.ts';
import { buildFigureDocuments } from './lib/search/figure-documents.ts';
import { buildSearchDocuments } from './lib/search/search-documents.ts';
import { buildSearchIndex, type SearchIndexFiles } from './lib/search/search-index.ts';
import { buildCorrectionDocuments } from './lib/search/correction-documents.ts';
import { buildEventDocuments } from './lib/search/event-documents.ts';
import { buildTimeline, type TimelineView } from './lib/timeline/timeline-views.ts';
import { describeDate } from './lib/sources/provenance.ts';
import { formatCalendarDate, isCalendarDate } from './lib/sources/dates.ts';
import { rehypeAnchorAliases } from './plugins/rehype-anchor-aliases.ts';
import { rehypeCiteMarks } from './plugins/rehype-cite-marks.ts';
import { rehypeRenameIds } from './plugins/rehype-rename-ids.ts';
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
  /** The raw capture's text. */
  captureText: string;
  omissionGroups: OmissionGroup[];
  /** The anchored paragraphs, as the Markdown pipeline rendered them, with ids retired by aliases given to none. */
  paragraphs: AnchoredParagraph[];
  /** Paragraph ids the pipeline gave that changed because an alias retires an id (old to new). */
  renamedIds: ReadonlyMap<string, string>;
  entry: CollectionEntry<'articles'>;
}

/** The path of an article's page. */
function articleHref(slug: string): string {
  return `/articles/${slug}/`;
}

/** Caches a computation for the whole build: every page asks for the same joined data. */
function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= compute());
}

async function toArticle(entry: CollectionEntry<'articles'>): Promise<Article> {
  const capture = await getEntry('captures', entry.data.capture.file);
  if (!capture) {
    throw new Error(`${CONTENT_PATHS.articles}/${entry.id}.md: field "capture.file" names "${entry.data.capture.file}", which is not in ${CONTENT_PATHS.captures}/`);
  }
  const published = entry.rendered?.metadata?.frontmatter as { paragraphs?: AnchoredParagraph[] } | undefined;
  const { paragraphs, renamed } = retireParagraphIds(published?.paragraphs ?? [], retiredIdsOf(await getAliases(), articleHref(entry.id)));
  return {
    ...entry.data,
    slug: entry.id,
    href: articleHref(entry.id),
    captureHref: `/captures/${capture.id}`,
    captureBytes: capture.data.bytes,
    captureText: capture.data.text,
    omissionGroups: groupOmissions(entry.data.omitted),
    paragraphs,
    renamedIds: renamed,
    entry,
  };
}

/** All article copies, ordered by outlet name (a neutral order: no outlet comes first for its side). */
export const getArticles = once(async (): Promise<Article[]> => {
  const articles = await Promise.all((await getCollection('articles')).map(toArticle));
  return articles.sort((a, b) => a.outlet.localeCompare(b.outlet, 'en') || a.slug.localeCompare(b.slug));
});

/** The raw captures, for serving as they are. */
export async function getCaptures(): Promise<CollectionEntry<'captures'>[]> {
  return getCollection('captures');
}

/** An article as the claim views and citations need it: the provenance's gaps as undefined. */
export function articleInfoOf(article: Article): ArticleInfo {
  return {
    slug: article.slug,
    outlet: article.outlet,
    outletNote: article.outletNote,
    headline: article.headline,
    href: article.href,
    date: describeDate(article.date),
    dateIso: article.date.iso,
    author: article.author === 'not named' ? undefined : article.author.name,
    paragraphs: article.paragraphs,
    originalUrl: article.url === 'not known' ? undefined : article.url,
    pageText: article.captureText,
  };
}

/** The articles as the claim views need them. */
export const getArticleInfos = once(async (): Promise<ArticleInfo[]> => (await getArticles()).map(articleInfoOf));

const getPeople = once(async (): Promise<PersonInfo[]> =>
  (await getCollection('people')).map(({ id, data }) => ({
    id,
    name: data.name,
    kind: data.kind,
    side: data.side,
    roles: data.roles.map((role) => ({ text: role.text, article: role.article.id })),
    spellings: data.spellings,
  })),
);

type ClaimQuoteEntry = NonNullable<CollectionEntry<'claims'>['data']['framing']>[number];

function toRawQuote(quote: ClaimQuoteEntry): RawQuote {
  return { ...quote, article: quote.article.id, speaker: quote.speaker.id, relay: quote.relay?.map((relay) => ({ text: relay.text, via: relay.via.id })) };
}

function toRawPosition(position: CollectionEntry<'claims'>['data']['positions']['pakistan']): RawPosition {
  if (position === 'not stated') return position;
  return { summary: position.summary, quotes: position.quotes?.map(toRawQuote), accounts: position.accounts?.map(toRawQuote) };
}

/** Every claim, joined with its quotes, speakers and articles; by title within each topic. */
export const getClaims = once(async (): Promise<ClaimView[]> => {
  const claims: RawClaim[] = (await getCollection('claims')).map(({ id, data }) => ({
    id,
    title: data.title,
    statement: data.statement,
    topic: data.topic.id,
    positions: { pakistan: toRawPosition(data.positions.pakistan), taliban: toRawPosition(data.positions.taliban) },
    framing: data.framing?.map(toRawQuote),
    related: data.related?.map((claim) => claim.id),
  }));
  claims.sort((a, b) => a.title.localeCompare(b.title, 'en'));
  const topics = (await getCollection('topics')).map(({ id, data }) => ({ id, title: data.title, order: data.order }));
  return buildClaimViews({ claims, articles: await getArticleInfos(), people: await getPeople(), topics });
});

/** Claims grouped by topic, for the claims index. */
export async function getClaimsByTopic() {
  return groupByTopic(await getClaims());
}

/** The coverage matrix: claims by outlets, grouped by topic. */
export async function getCoverageByTopic() {
  const articles = await getArticleInfos();
  return (await getClaimsByTopic()).map(({ topic, claims }) => ({ topic, rows: buildCoverage(claims, articles) }));
}

/**
 * An article's HTML as rendered, with the passages that claims quote marked and linked to them, and
 * old paragraph ids kept as aliases of the paragraphs that now hold their words.
 */
export async function getArticleHtml(article: Article): Promise<string> {
  const html = article.entry.rendered?.html;
  if (html === undefined) throw new Error(`${CONTENT_PATHS.articles}/${article.slug}.md: the article was not rendered`);
  const aliases = ((await getFragmentAliases()).get(article.href) ?? []).flatMap(({ fromId, toIdOnPage }) => (toIdOnPage === undefined ? [] : [{ fromId, toId: toIdOnPage }]));
  const citations = citationsOf(article.slug, await getClaims());
  if (aliases.length === 0 && citations.length === 0 && article.renamedIds.size === 0) return html;
  const processor = rehype()
    .data('settings', { fragment: true })
    .use(rehypeRenameIds, { renamed: article.renamedIds })
    .use(rehypeCiteMarks, { citations })
    .use(rehypeAnchorAliases, { aliases });
  return String(await processor.process(html));
}

/** The aliases of content/aliases.yaml. */
const getAliases = once(async (): Promise<AliasEntry[]> => (await getEntry('aliases', 'all'))?.data.entries ?? []);

/** Old claim addresses: renamed claims shown under their old address, and tombstones. */
export async function getClaimAliasPages() {
  return claimAliasPages(await getAliases(), await getClaims(), await getArticleInfos());
}

/** Old fragments each page keeps, by page path. */
export const getFragmentAliases = once(async (): Promise<Map<string, FragmentAlias[]>> => {
  const articles = await getArticleInfos();
  const paragraphText = (href: string) => {
    const [page, id] = href.split('#');
    return articles.find((article) => article.href === page)?.paragraphs.find((paragraph) => paragraph.id === id)?.text;
  };
  return fragmentAliasesByPage(await getAliases(), allQuotes(await getClaims()), paragraphText);
});

/**
 * The date of the version being published, for citations: the date of the last commit, so the same
 * content cites the same date whenever it is built; today's date where there is no git history.
 */
export const getSiteVersion = once(async (): Promise<string> => {
  let date = new Date().toISOString().slice(0, 10);
  try {
    const committed = execFileSync('git', ['log', '-1', '--format=%cs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (isCalendarDate(committed)) date = committed;
  } catch {
    // No git here (a copy of the project): the build date stands in.
  }
  return formatCalendarDate(date);
});

export const getStatements = once(async (): Promise<StatementView[]> => {
  const statements = (await getCollection('statements')).map(({ id, data }) => ({ id, title: data.title, renderings: data.renderings }));
  statements.sort((a, b) => a.title.localeCompare(b.title, 'en'));
  return buildStatementViews(statements, allQuotes(await getClaims()));
});

/** The disagreements by title, and apart from them the entries that turned out not to be disagreements. */
export const getDisagreements = once(async (): Promise<{ disagreements: DisagreementView[]; notDisagreements: DisagreementView[] }> => {
  const disagreements = (await getCollection('disagreements')).map(({ id, data }) => ({
    id,
    title: data.title,
    question: data.question,
    versions: data.versions.map((version) => ({ ...version, article: version.article.id })),
    calendar: data.calendar,
    notADisagreement: data.notADisagreement,
  }));
  disagreements.sort((a, b) => a.title.localeCompare(b.title, 'en'));
  return partitionDisagreements(buildDisagreementViews(disagreements, await getArticleInfos()));
});

export const getGlossary = once(async (): Promise<GlossaryView[]> => {
  const entries = (await getCollection('glossary')).map(({ id, data }) => ({
    id,
    term: data.term,
    describedAs: data.describedAs?.map((passage) => ({ ...passage, article: passage.article.id })),
    variants: data.variants.map((variant) => ({ text: variant.text, usedIn: variant.usedIn.map((article) => article.id) })),
  }));
  return buildGlossaryViews(entries, await getArticleInfos());
});

/** The timeline: every event the articles report, with each article's wording of its date and what Parallax reads from it. */
export const getTimeline = once(async (): Promise<TimelineView> => {
  const events = (await getCollection('events')).map(({ id, data }) => ({
    id,
    title: data.title,
    reports: data.reports.map((report) => ({ ...report, article: report.article.id })),
    order: data.order && { ...data.order, article: data.order.article.id },
  }));
  const dates = new Map((await getArticles()).map((article) => [article.slug, { printed: article.date.printed, printedIso: article.date.iso, dateline: article.dateline, provenanceNote: article.date.note }]));
  return buildTimeline(events, await getArticleInfos(), dates);
});

/** Every speaker with the quotes attributed to them. */
export const getPeopleViews = once(async (): Promise<PersonView[]> => buildPeopleViews(await getPeople(), allQuotes(await getClaims())));

/** Every figure the articles cite, with each outlet's wording joined to its quote or paragraph. */
export const getFigures = once(async (): Promise<FigureView[]> => {
  const figures = (await getCollection('figures')).map(({ id, data }) => ({
    id,
    ...data,
    topic: data.topic.id,
    claim: data.claim?.id,
    citations: data.citations.map((citation) => ({
      ...citation,
      article: citation.article.id,
      speaker: citation.speaker.id,
      relay: citation.relay?.map((relay) => ({ text: relay.text, via: relay.via.id })),
      responses: citation.responses?.map((response) => ('quote' in response ? response : { ...response, article: response.article.id, speaker: response.speaker.id })),
    })),
  }));
  const claims = await getClaims();
  const topics = (await getCollection('topics')).map(({ id, data }) => ({ id, title: data.title, order: data.order }));
  return buildFigureViews(figures, { articles: await getArticleInfos(), quotes: allQuotes(claims), people: await getPeople(), topics, claims });
});

/** The search index of everything a reader can find, as written to /search/. */
export const getSearchIndex = once(async (): Promise<SearchIndexFiles> => {
  const articles = await getArticles();
  const infos = await getArticleInfos();
  const documents = [
    ...buildSearchDocuments({
      claims: await getClaims(),
      articles: infos.map((info, index) => ({ ...info, standfirst: articles[index]?.standfirst })),
      people: await getPeopleViews(),
      glossary: await getGlossary(),
    }),
    ...buildFigureDocuments(await getFigures()),
    ...buildEventDocuments(await getTimeline()),
    ...buildCorrectionDocuments((await getCorrections()).corrections),
  ];
  const glossary = (await getCollection('glossary')).map(({ id, data }) => ({ id, variants: data.variants.map((variant) => variant.text) }));
  return buildSearchIndex(documents, glossary);
});

/** Every correction to a published claim, newest first, and the date the log began. */
export const getCorrections = once(async (): Promise<{ corrections: CorrectionView[]; since: string }> => {
  const log = await getEntry('corrections', 'all');
  if (!log) throw new Error('content/corrections.yaml: the corrections log was not loaded');
  const titles = new Map([...Object.entries(log.data.titles), ...(await getClaims()).map((claim) => [claim.id, claim.title] as [string, string])]);
  return { corrections: buildCorrectionViews(log.data.entries, titles), since: formatCalendarDate(log.data.since) };
});
export type { CorrectionView };

export type { ArticleInfo, ClaimView, DisagreementView, GlossaryView, PersonView, StatementView, TimelineView };
export type { TimelineEventView, TimelineReportView } from './lib/timeline/timeline-views.ts';
export type { QuoteView, PositionView, CoverageCell } from './lib/claims/claim-views.ts';
