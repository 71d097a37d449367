/**
 * Search quality on the real corpus: the reader questions of tests/support/reader-questions.ts, each
 * asked of Parallax (its search page, opened as a shared link would open it) and of Pagefind (the
 * same built pages), and the first claims each engine puts in front of the reader.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { READER_QUESTIONS, type ReaderQuestion } from '../../tests/support/reader-questions.ts';
import { header, row, verdict } from './common.ts';

/** How many claims a reader meets first: a question is answered when one it expects is among them. */
const FIRST_CLAIMS = 5;
/** A claim page, `/claims/<slug>/`, and any anchor in it. */
const CLAIM_PATH = /^\/claims\/([a-z0-9-]+)\//u;


/** What one engine put in front of a reader for one question. */
interface EngineAnswer {
  /** The first distinct claims linked, in order, at most FIRST_CLAIMS. */
  claims: string[];
  /** The first ten links or results as given, claim or not, to see what came instead. */
  links: string[];
  /** Nothing at all came back: no link on the Parallax results page, no Pagefind result. */
  empty: boolean;
}

export interface QuestionResult extends ReaderQuestion {
  parallax: EngineAnswer;
  pagefind: EngineAnswer;
}

/** The first FIRST_CLAIMS distinct claim slugs among `hrefs`, in order; other pages are skipped. */
function firstClaims(hrefs: readonly string[], baseUrl: string): string[] {
  const slugs: string[] = [];
  for (const href of hrefs) {
    const slug = CLAIM_PATH.exec(new URL(href, baseUrl).pathname)?.[1];
    if (slug && !slugs.includes(slug)) slugs.push(slug);
    if (slugs.length === FIRST_CLAIMS) break;
  }
  return slugs;
}

/** The results page for `question`, opened as a shared link would open it, read in document order. */
async function askParallax(page: Page, baseUrl: string, question: string): Promise<EngineAnswer> {
  await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(question)}`);
  await page.waitForFunction(
    () => (document.querySelector('#search-status')?.textContent ?? '') !== '' && performance.getEntriesByName('parallax:search-and-render').length > 0,
  );
  // A link back to search ("Did you mean …?") offers another query; it is not a result.
  const hrefs = (await page.locator('#search-results a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))).filter(
    (href) => !new URL(href, baseUrl).pathname.startsWith('/search/'),
  );
  return { claims: firstClaims(hrefs, baseUrl), links: hrefs.slice(0, 10), empty: hrefs.length === 0 };
}

/** Pagefind's results for `question`, in its order, each page's URL from its `data()`. */
async function askPagefind(page: Page, baseUrl: string, question: string): Promise<EngineAnswer> {
  const urls = await page.evaluate(
    async ([term, script]) => {
      const pagefind = (await import(script)) as {
        search(query: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
      };
      const search = await pagefind.search(term);
      return Promise.all(search.results.map(async (result) => (await result.data()).url));
    },
    [question, '/pagefind/pagefind.js'] as const,
  );
  return { claims: firstClaims(urls, baseUrl), links: urls.slice(0, 10), empty: urls.length === 0 };
}

export async function measureQuality(context: BrowserContext, baseUrl: string): Promise<QuestionResult[]> {
  const parallaxPage = await context.newPage();
  const pagefindPage = await context.newPage();
  await pagefindPage.goto(`${baseUrl}/pagefind-bench.html`);
  const results: QuestionResult[] = [];
  for (const entry of READER_QUESTIONS) {
    results.push({
      ...entry,
      parallax: await askParallax(parallaxPage, baseUrl, entry.question),
      pagefind: await askPagefind(pagefindPage, baseUrl, entry.question),
    });
  }
  await parallaxPage.close();
  await pagefindPage.close();
  return results;
}

/** How many of `expected` are among the claims an engine showed first. */
const foundCount = (expected: readonly string[], answer: EngineAnswer) => expected.filter((slug) => answer.claims.includes(slug)).length;

const share = (count: number, total: number) => `${count} (${Math.round((100 * count) / total)}%)`;

/** A cell of the per-question table: found all, some, none, or nothing came back at all. */
function hitCell(expected: readonly string[], answer: EngineAnswer): string {
  if (answer.empty) return 'no result';
  const found = foundCount(expected, answer);
  if (found === 0) return 'no';
  return found === expected.length ? 'yes' : `yes, ${found} of ${expected.length}`;
}

export function qualityLines(questions: readonly QuestionResult[]): string[] {
  const engines = [
    ['Parallax', (result: QuestionResult) => result.parallax],
    ['Pagefind', (result: QuestionResult) => result.pagefind],
  ] as const;
  return [
    '## Search quality',
    '',
    `${questions.length} questions a new reader might type, written from the articles (tests/support/reader-questions.ts),`,
    'each with the one to three claims it is about: loose questions and fragments, word forms and numbers the',
    "articles do not use, misspelt names and function words, worded in neither side's terms. Both engines search",
    'the same built pages of the real corpus. For Parallax, the search page is opened at `/search/?q=<question>`',
    'and, once it has shown its status, every link in `#search-results` is read in document order (a link to',
    'another search, such as "Did you mean", is not a result); for Pagefind, `search(question)` and each',
    "result's `data()`, in Pagefind's order. A link or result leading to a claim page (`/claims/<slug>/`, with or",
    `without an anchor) counts for that claim; the first ${FIRST_CLAIMS} distinct claims are what the reader meets. A question`,
    'is *answered* when at least one of its claims is among them; *no result* means nothing came back at all (no',
    'result link on the Parallax results page, no Pagefind result).',
    '',
    ...header(['engine', 'questions', `answered (a claim among the first ${FIRST_CLAIMS})`, `all expected claims among the first ${FIRST_CLAIMS}`, 'no result']),
    ...engines.map(([name, answer]) =>
      row([
        name,
        questions.length,
        share(questions.filter((result) => foundCount(result.claims, answer(result)) > 0).length, questions.length),
        share(questions.filter((result) => foundCount(result.claims, answer(result)) === result.claims.length).length, questions.length),
        questions.filter((result) => answer(result).empty).length,
      ]),
    ),
    '',
    `Each question: *yes* when every expected claim is among the first ${FIRST_CLAIMS}, *yes, 1 of 2* when some are, *no* when`,
    'none is, *no result* when nothing came back. The claims each engine showed are in .tmp/bench-quality.json.',
    '',
    ...header(['question', 'expected claims', 'Parallax', 'Pagefind']),
    ...questions.map((result) =>
      row([result.question, result.claims.map((slug) => `\`${slug}\``).join(', '), hitCell(result.claims, result.parallax), hitCell(result.claims, result.pagefind)]),
    ),
    '',
  ];
}

export function qualityTargets(questions: readonly QuestionResult[] | undefined): string[] {
  if (!questions) return [];
  const silent = questions.filter((result) => result.parallax.empty);
  return [`- no reader question ends on no result: ${verdict(silent.length === 0, silent.length === 0 ? `all ${questions.length} show results` : `${silent.length} of ${questions.length} show none`)}`];
}
