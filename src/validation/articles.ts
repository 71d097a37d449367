/** Checks the article copies: frontmatter, capture and hash, Markdown structure, and fidelity to the capture. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import type { z } from 'astro/zod';
import { quoteInReport } from '../lib/problems/content-problems.ts';
import { describeDifference, findDifference, findNearest } from '../lib/problems/text-difference.ts';
import { checkBlockOrder, readBodyStructure, type BodyBlock } from '../lib/sources/body-structure.ts';
import { checkFidelity, normalizeLine, type CopiedField, type FidelityProblem } from '../lib/sources/fidelity.ts';
import { findOmissionDoubts, LONGEST_LABEL } from '../lib/sources/omissions.ts';
import { collapseWhitespace, splitLines } from '../lib/text.ts';
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

/** The frontmatter values that a copy takes verbatim from its capture, of those that are valid. */
function copiedFields(article: Partial<ArticleData>): CopiedField[] {
  const fields: CopiedField[] = [];
  if (article.headline !== undefined) fields.push({ field: 'headline', text: article.headline, wholeLine: true });
  if (article.standfirst !== undefined) fields.push({ field: 'standfirst', text: article.standfirst, wholeLine: true });
  if (typeof article.author === 'object') {
    const { name, role, byline } = article.author;
    // A name printed inside a byline ("By The South Asia Times") is not a line of its own.
    fields.push({ field: 'author.name', text: name, wholeLine: byline === undefined });
    if (role !== undefined) fields.push({ field: 'author.role', text: role, wholeLine: true });
    if (byline !== undefined) fields.push({ field: 'author.byline', text: byline, wholeLine: true });
  }
  if (article.date !== undefined && article.date.printed !== NONE_PRINTED) {
    fields.push({ field: 'date.printed', text: article.date.printed, wholeLine: true });
  }
  // A dateline opens the first paragraph ("ISTANBUL – A crucial third round …").
  if (article.dateline !== undefined && article.dateline !== NONE_PRINTED) fields.push({ field: 'dateline', text: article.dateline, wholeLine: false });
  return fields;
}

/** The fields that account for lines of the capture: while one is invalid, a line may look unaccounted for. */
const ACCOUNTING_FIELDS = ['headline', 'standfirst', 'author', 'date', 'dateline', 'omitted'] as const;

/**
 * The top-level fields of a frontmatter that are valid on their own, so that one bad field (or a
 * misspelt extra one) does not stop the checks that need only the others.
 */
function validFields(data: Record<string, unknown>): Partial<ArticleData> {
  const shape: Record<string, z.ZodType> = articleSchema.shape;
  return Object.fromEntries(
    Object.entries(shape).flatMap(([key, schema]) => {
      const result = schema.safeParse(data[key]);
      return result.success && result.data !== undefined ? [[key, result.data]] : [];
    }),
  ) as Partial<ArticleData>;
}

/** The capture, split into lines as the fidelity check compares them, for naming the nearest one. */
interface CaptureLines {
  path: string;
  /** Every line, normalized; index 0 is line 1. */
  lines: string[];
  has: Set<string>;
}

function readCaptureLines(path: string, capture: string): CaptureLines {
  const lines = splitLines(capture).map(normalizeLine);
  return { path, lines, has: new Set(lines) };
}

/** "this text is not in the capture …", with where the nearest capture line differs from it. */
function notInCapture(capture: CaptureLines, text: string, names = { expected: 'the capture', found: 'the copy' }): string {
  const message = `is not in the capture ${capture.path}: ${quoteInReport(text)}`;
  const normalized = normalizeLine(text);
  const nearest = findNearest(capture.lines, normalized);
  const difference = nearest === undefined ? undefined : findDifference(nearest.text, normalized);
  if (nearest === undefined || difference === undefined) return message;
  return `${message}; the nearest line of the capture, line ${nearest.index + 1}, differs from it at ${describeDifference(difference, names)}`;
}

/** Where in the body a rendered block is written, using the structure read from the Markdown. */
function findBlock(blocks: readonly BodyBlock[], text: string): BodyBlock | undefined {
  return blocks.find((block) => block.text === text) ?? blocks.find((block) => collapseWhitespace(block.text) === collapseWhitespace(text));
}

async function checkArticle(root: string, id: string, file: string, problems: ProblemList): Promise<CheckedArticle | undefined> {
  const read = await readContentFile(root, file);
  if (!read.ok) {
    problems.add(file, 'file', read.missing ? 'was removed while the check ran: run it again' : read.error.message, read.missing ? undefined : read.error.line);
    return undefined;
  }
  const source = read.text;
  const parsed = parseMarkdownFile(source);
  const body = parsed.body ?? '';
  const bodyLine = parsed.bodyLine ?? 1;
  const bodyIsEmpty = body.trim().length === 0;

  // The body's structure needs nothing from the frontmatter, so it is checked whatever that holds.
  const structure = readBodyStructure(body, { firstLine: bodyLine });
  for (const problem of structure.problems) problems.add(file, 'body', problem.message, problem.line);

  if (!parsed.ok) {
    for (const error of parsed.errors) problems.add(file, 'frontmatter', error.message, error.line);
    return undefined;
  }
  if (bodyIsEmpty) problems.add(file, 'body', 'is empty: the article text goes below the closing "---"', bodyLine);
  const data = parsed.data;
  if (!isPlainObject(data)) {
    problems.add(file, 'frontmatter', 'is empty or not a list of "field: value" lines', parsed.yamlLine);
    return undefined;
  }
  // A field that is missing altogether is reported at its parent's line, or at the frontmatter's first.
  const lineOf = (fieldPath: readonly PropertyKey[]) => parsed.lineOf(fieldPath) ?? (fieldPath.length > 0 ? parsed.yamlLine : undefined);
  const report = problems.forFile(file, lineOf);

  const article = parseWithSchema(articleSchema, data, report);
  const fields = article ?? validFields(data);
  (fields.omitted ?? []).forEach((omission, index) => {
    for (const doubt of findOmissionDoubts(omission, fields.headline)) {
      const message =
        doubt.reason === 'long-label'
          ? `holds a line of ${doubt.length} characters, ${quoteInReport(doubt.line)}, which is long for "${omission.kind}": that kind is a short page label (at most ${LONGEST_LABEL} characters); if this is the article’s own text, put it back in the body`
          : `is not the headline: a "repeated-headline" entry holds the headline where the page repeats it; if this is the article’s own text, put it back in the body`;
      report(['omitted', index, 'text'], message);
    }
  });
  if (fields.capture === undefined) return undefined;

  const capturePath = contentFile(CONTENT_PATHS.captures, fields.capture.file);
  let capture: Buffer;
  try {
    capture = await readFile(path.join(root, capturePath));
  } catch {
    report(['capture', 'file'], `names ${capturePath}, which does not exist`);
    return undefined;
  }
  const sha256 = createHash('sha256').update(capture).digest('hex');
  if (sha256 !== fields.capture.sha256) {
    report(['capture', 'sha256'], `does not match ${capturePath}, whose SHA-256 is ${sha256}: the capture changed, or the copy names the wrong one`);
  }
  if (bodyIsEmpty) return undefined;

  let rendered: RenderedBody;
  try {
    rendered = await renderArticleBody(body, path.join(root, file));
  } catch (error) {
    // The structure check has already named what the pipeline cannot render (an unknown block).
    if (structure.problems.length === 0) {
      const place = (error as { line?: number }).line;
      const reason = (error as { reason?: string }).reason ?? String(error);
      problems.add(file, 'body', reason, place === undefined ? undefined : bodyLine + place - 1);
    }
    return undefined;
  }

  const captureText = capture.toString('utf8');
  const captureLines = readCaptureLines(capturePath, captureText);
  const blocks = [...rendered.headings, ...rendered.paragraphs.map((paragraph) => paragraph.text)];
  const fidelity = checkFidelity({ capture: captureText, blocks, fields: copiedFields(fields), omissions: fields.omitted ?? [] });
  // With a field that accounts for capture lines unreadable, its lines would be reported as missing too.
  const accountable = article !== undefined || ACCOUNTING_FIELDS.every((field) => articleSchema.shape[field].safeParse(data[field]).success);
  const sourceLines = source.split('\n');
  const lineInBody = (text: string) => {
    const first = text.split('\n')[0]?.trim() ?? '';
    const index = sourceLines.findIndex((line, at) => at + 1 >= bodyLine && first.length > 0 && line.includes(first));
    return index === -1 ? undefined : index + 1;
  };
  const describe = (problem: FidelityProblem): [string, string, number | undefined][] => {
    switch (problem.kind) {
      case 'block-not-in-capture': {
        const block = findBlock(structure.blocks, problem.text);
        const lines = block?.lines.filter((line) => !captureLines.has.has(normalizeLine(line.text))) ?? [];
        if (lines.length === 0) return [['body', `this text ${notInCapture(captureLines, problem.text)}`, lineInBody(problem.text)]];
        return lines.map((line) => ['body', `this text ${notInCapture(captureLines, line.text)}`, line.line]);
      }
      case 'block-repeated': {
        const repeats = structure.blocks.flatMap((block) => block.lines).filter((line) => normalizeLine(line.text) === problem.text);
        const last = repeats[repeats.length - 1];
        return [['body', `${quoteInReport(problem.text)} appears ${problem.inCopy} times in the copy but ${problem.inCapture} in the capture`, last === undefined ? lineInBody(problem.text) : last.line]];
      }
      case 'field-not-in-capture': {
        const wholeLine = copiedFields(fields).find((field) => field.field === problem.field)?.wholeLine ?? false;
        const message = wholeLine ? notInCapture(captureLines, problem.text) : `is not in the capture ${capturePath}: ${quoteInReport(problem.text)}`;
        return [[problem.field, message, lineOf(problem.field.split('.'))]];
      }
      case 'omission-not-in-capture':
        return [[`omitted[${problem.index}].text`, `is not in the capture ${capturePath} as one run of lines: ${quoteInReport(problem.text)}`, lineOf(['omitted', problem.index, 'text'])]];
      case 'line-unaccounted':
        if (!accountable) return [];
        return [
          [
            'omitted',
            `line ${problem.line} of ${capturePath} (${quoteInReport(problem.text)}) is in neither the body, the frontmatter nor the omitted list`,
            lineOf(['omitted']),
          ],
        ];
    }
  };
  const faithful = fidelity.every((problem) => describe(problem).length === 0);
  for (const problem of fidelity) for (const described of describe(problem)) problems.add(file, ...described);

  for (const { line, captureLine, neighbour } of checkBlockOrder(structure.blocks, captureText)) {
    const relation = neighbour.relation === 'follows' ? 'comes after' : 'comes before';
    problems.add(
      file,
      'body',
      `is out of the capture’s order: this is line ${captureLine} of ${capturePath}, but it ${relation} line ${neighbour.captureLine} of it (at line ${neighbour.line}); the copy keeps the capture’s order`,
      line,
    );
  }

  if (article === undefined || !faithful) return undefined;
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
