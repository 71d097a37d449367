/** Checks the article copies: frontmatter, capture and hash, Markdown, and fidelity to the capture. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { quoteInReport } from '../lib/problems/content-problems.ts';
import { checkFidelity, type CopiedField, type FidelityProblem } from '../lib/sources/fidelity.ts';
import { markdownPipeline } from '../markdown-pipeline.ts';
import type { AnchoredParagraph } from '../plugins/rehype-paragraph-ids.ts';
import { articleSchema, type ArticleData } from '../schemas/article.ts';
import { idSchema, NONE_PRINTED } from '../schemas/common.ts';
import { CONTENT_PATHS } from '../site-config.ts';
import { parseWithSchema, type ProblemList } from './problem-list.ts';
import { contentFile, isPlainObject, listFiles, parseMarkdownFile, readContentFile } from './sources.ts';

/** What the pipeline publishes for one rendered article body. */
export interface RenderedBody {
  paragraphs: AnchoredParagraph[];
  headings: string[];
}

/** An article that passed every check, with what the other checks need of it. */
export interface CheckedArticle {
  id: string;
  file: string;
  data: ArticleData;
  paragraphs: AnchoredParagraph[];
  /** Headline, standfirst, headings and paragraphs: all the words a reader sees of it. */
  fullText: string;
}

export interface ArticleIndex {
  /** Every article file with a valid id, even one with problems: references to it are not dangling. */
  ids: Set<string>;
  /** The articles that passed every check. */
  checked: Map<string, CheckedArticle>;
}

let renderer: Promise<MarkdownRenderer> | undefined;

/** Renders an article body with the site's own Markdown pipeline. */
export async function renderArticleBody(body: string, filePath: string): Promise<RenderedBody> {
  renderer ??= createMarkdownProcessor({ ...markdownPipeline, syntaxHighlight: false });
  const { metadata } = await (await renderer).render(body, { fileURL: pathToFileURL(filePath) });
  const paragraphs = (metadata.frontmatter['paragraphs'] ?? []) as AnchoredParagraph[];
  return { paragraphs, headings: metadata.headings.map((heading) => heading.text) };
}

/** The frontmatter values that a copy takes verbatim from its capture. */
function copiedFields(article: ArticleData): CopiedField[] {
  const fields: CopiedField[] = [{ field: 'headline', text: article.headline, wholeLine: true }];
  if (article.standfirst !== undefined) fields.push({ field: 'standfirst', text: article.standfirst, wholeLine: true });
  if (typeof article.author === 'object') {
    const { name, role, byline } = article.author;
    // A name printed inside a byline ("By The South Asia Times") is not a line of its own.
    fields.push({ field: 'author.name', text: name, wholeLine: byline === undefined });
    if (role !== undefined) fields.push({ field: 'author.role', text: role, wholeLine: true });
    if (byline !== undefined) fields.push({ field: 'author.byline', text: byline, wholeLine: true });
  }
  if (article.date.printed !== NONE_PRINTED) fields.push({ field: 'date.printed', text: article.date.printed, wholeLine: true });
  // A dateline opens the first paragraph ("ISTANBUL – A crucial third round …").
  if (article.dateline !== NONE_PRINTED) fields.push({ field: 'dateline', text: article.dateline, wholeLine: false });
  return fields;
}

async function checkArticle(root: string, id: string, file: string, problems: ProblemList): Promise<CheckedArticle | undefined> {
  const read = await readContentFile(root, file);
  if (!read.ok) {
    problems.add(file, 'file', read.missing ? 'was removed while the check ran: run it again' : read.error.message, read.missing ? undefined : read.error.line);
    return undefined;
  }
  const source = read.text;
  const parsed = parseMarkdownFile(source);
  if (!parsed.ok) {
    for (const error of parsed.errors) problems.add(file, 'frontmatter', error.message, error.line);
    return undefined;
  }
  if (!isPlainObject(parsed.data)) {
    problems.add(file, 'frontmatter', 'is empty or not a list of "field: value" lines', 1);
    return undefined;
  }
  const { lineOf, bodyLine, body } = parsed;
  const report = problems.forFile(file, lineOf);
  const bodyIsEmpty = body.trim().length === 0;
  if (bodyIsEmpty) problems.add(file, 'body', 'is empty: the article text goes below the closing "---"', bodyLine);

  const article = parseWithSchema(articleSchema, parsed.data, report);
  if (article === undefined) return undefined;

  const capturePath = contentFile(CONTENT_PATHS.captures, article.capture.file);
  let capture: Buffer;
  try {
    capture = await readFile(path.join(root, capturePath));
  } catch {
    report(['capture', 'file'], `names ${capturePath}, which does not exist`);
    return undefined;
  }
  const sha256 = createHash('sha256').update(capture).digest('hex');
  if (sha256 !== article.capture.sha256) {
    report(['capture', 'sha256'], `does not match ${capturePath}, whose SHA-256 is ${sha256}: the capture changed, or the copy names the wrong one`);
  }
  if (bodyIsEmpty) return undefined;

  let rendered: RenderedBody;
  try {
    rendered = await renderArticleBody(body, path.join(root, file));
  } catch (error) {
    const place = (error as { line?: number }).line;
    const reason = (error as { reason?: string }).reason ?? String(error);
    problems.add(file, 'body', reason, place === undefined ? undefined : bodyLine + place - 1);
    return undefined;
  }

  const blocks = [...rendered.headings, ...rendered.paragraphs.map((paragraph) => paragraph.text)];
  const fidelity = checkFidelity({ capture: capture.toString('utf8'), blocks, fields: copiedFields(article), omissions: article.omitted });
  const sourceLines = source.split('\n');
  const lineInBody = (text: string) => {
    const first = text.split('\n')[0]?.trim() ?? '';
    const index = sourceLines.findIndex((line, at) => at + 1 >= bodyLine && first.length > 0 && line.includes(first));
    return index === -1 ? undefined : index + 1;
  };
  const describe = (problem: FidelityProblem): [string, string, number | undefined] => {
    switch (problem.kind) {
      case 'block-not-in-capture':
        return ['body', `this text is not in the capture ${capturePath}: ${quoteInReport(problem.text)}`, lineInBody(problem.text)];
      case 'block-repeated':
        return ['body', `${quoteInReport(problem.text)} appears ${problem.inCopy} times in the copy but ${problem.inCapture} in the capture`, lineInBody(problem.text)];
      case 'field-not-in-capture':
        return [problem.field, `is not in the capture ${capturePath}: ${quoteInReport(problem.text)}`, lineOf(problem.field.split('.'))];
      case 'omission-not-in-capture':
        return [`omitted[${problem.index}].text`, `is not in the capture ${capturePath} as one run of lines: ${quoteInReport(problem.text)}`, lineOf(['omitted', problem.index, 'text'])];
      case 'line-unaccounted':
        return [
          'omitted',
          `line ${problem.line} of ${capturePath} (${quoteInReport(problem.text)}) is in neither the body, the frontmatter nor the omitted list`,
          lineOf(['omitted']),
        ];
    }
  };
  for (const problem of fidelity) problems.add(file, ...describe(problem));
  if (fidelity.length > 0) return undefined;

  const fullText = [article.headline, article.standfirst ?? '', ...blocks].join('\n');
  return { id, file, data: article, paragraphs: rendered.paragraphs, fullText };
}

/** Checks every article copy; returns the index the other checks need. */
export async function checkArticles(root: string, problems: ProblemList): Promise<ArticleIndex> {
  const index: ArticleIndex = { ids: new Set(), checked: new Map() };
  const names = await listFiles(path.join(root, CONTENT_PATHS.articles), /\.md$/u);
  if (names.length === 0) problems.add(CONTENT_PATHS.articles, 'articles', 'no article files (*.md) found');
  for (const name of names) {
    const file = contentFile(CONTENT_PATHS.articles, name);
    if (!name.endsWith('.md')) {
      problems.add(file, 'file name', 'is not read: article files must end in .md');
      continue;
    }
    const id = name.slice(0, -'.md'.length);
    if (!idSchema.safeParse(id).success) {
      problems.add(file, 'file name', `"${id}" is not a valid article id: use lowercase words joined by hyphens, e.g. "nukta-talks-stalled.md"`);
      continue;
    }
    index.ids.add(id);
    const checked = await checkArticle(root, id, file, problems);
    if (checked) index.checked.set(id, checked);
  }
  return index;
}
