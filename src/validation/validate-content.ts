/**
 * The content check that runs before every build (src/integrations/content-validation.ts) and in the
 * tests: the same zod schemas as the content collections, plus what a schema cannot see (the capture
 * exists and matches its hash, the copy is faithful to it, the Markdown renders). Unlike Astro's own
 * check it reports every problem in every file at once, each with file, line where known and field.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import type { ContentProblem } from '../lib/content-problems.ts';
import { checkFidelity, type CopiedField, type FidelityProblem } from '../lib/fidelity.ts';
import { describeIssues, type SchemaIssue } from '../lib/schema-issues.ts';
import { markdownPipeline } from '../markdown-pipeline.ts';
import type { AnchoredParagraph } from '../plugins/rehype-paragraph-ids.ts';
import { articleSchema, type ArticleData } from '../schemas/article.ts';
import { idSchema, NONE_PRINTED } from '../schemas/common.ts';
import { CONTENT_PATHS } from '../site-config.ts';
import { parseMarkdownFile } from './frontmatter.ts';

/** What the pipeline publishes for one rendered article body. */
export interface RenderedBody {
  paragraphs: AnchoredParagraph[];
  headings: string[];
}

let renderer: Promise<MarkdownRenderer> | undefined;

/** Renders an article body with the site's own Markdown pipeline. */
export async function renderArticleBody(body: string, filePath: string): Promise<RenderedBody> {
  renderer ??= createMarkdownProcessor({ ...markdownPipeline, syntaxHighlight: false });
  const { metadata } = await (await renderer).render(body, { fileURL: pathToFileURL(filePath) });
  const paragraphs = (metadata.frontmatter['paragraphs'] ?? []) as AnchoredParagraph[];
  return { paragraphs, headings: metadata.headings.map((heading) => heading.text) };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

async function listFiles(directory: string): Promise<string[]> {
  try {
    return (await readdir(directory, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
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

function quoteShort(text: string): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  return JSON.stringify(line.length > 80 ? `${line.slice(0, 77)}…` : line);
}

/** Validates one article file; `root` is the project root. */
async function validateArticle(root: string, fileName: string): Promise<ContentProblem[]> {
  const file = `${CONTENT_PATHS.articles}/${fileName}`;
  const problems: ContentProblem[] = [];
  const report = (field: string, message: string, line?: number) => problems.push({ file, line, field, message });

  const slug = fileName.replace(/\.md$/u, '');
  if (!idSchema.safeParse(slug).success) {
    report('file name', `"${slug}" is not a valid article id: use lowercase words joined by hyphens, e.g. "nukta-talks-stalled.md"`);
  }

  const source = await readFile(path.join(root, file), 'utf8');
  const parsed = parseMarkdownFile(source);
  if (!parsed.ok) {
    for (const error of parsed.errors) report('frontmatter', error.message, error.line);
    return problems;
  }
  if (!isPlainObject(parsed.data)) {
    report('frontmatter', 'is empty or not a list of "field: value" lines', 1);
    return problems;
  }

  if (parsed.body.trim().length === 0) {
    report('body', 'is empty: the article text goes below the closing "---"', parsed.bodyLine);
  }

  const result = articleSchema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) {
    for (const { path: fieldPath, field, message } of describeIssues(result.error.issues as unknown as SchemaIssue[])) {
      report(field, message, parsed.lineOf(fieldPath));
    }
    return problems;
  }
  const article = result.data;

  const capturePath = `${CONTENT_PATHS.captures}/${article.capture.file}`;
  let capture: Buffer;
  try {
    capture = await readFile(path.join(root, capturePath));
  } catch {
    report('capture.file', `names ${capturePath}, which does not exist`, parsed.lineOf(['capture', 'file']));
    return problems;
  }
  const sha256 = createHash('sha256').update(capture).digest('hex');
  if (sha256 !== article.capture.sha256) {
    report(
      'capture.sha256',
      `does not match ${capturePath}, whose SHA-256 is ${sha256}: the capture changed, or the copy names the wrong one`,
      parsed.lineOf(['capture', 'sha256']),
    );
  }
  if (parsed.body.trim().length === 0) return problems;

  let rendered: RenderedBody;
  try {
    rendered = await renderArticleBody(parsed.body, path.join(root, file));
  } catch (error) {
    const place = (error as { line?: number }).line;
    const reason = (error as { reason?: string }).reason ?? String(error);
    report('body', reason, place === undefined ? undefined : parsed.bodyLine + place - 1);
    return problems;
  }

  const fidelity = checkFidelity({
    capture: capture.toString('utf8'),
    blocks: [...rendered.headings, ...rendered.paragraphs.map((paragraph) => paragraph.text)],
    fields: copiedFields(article),
    omissions: article.omitted,
  });
  const { lineOf, bodyLine } = parsed;
  const bodyLines = source.split('\n');
  const lineInBody = (text: string) => {
    const first = text.split('\n')[0]?.trim() ?? '';
    const index = bodyLines.findIndex((line, at) => at + 1 >= bodyLine && first.length > 0 && line.includes(first));
    return index === -1 ? undefined : index + 1;
  };
  for (const problem of fidelity) reportFidelity(problem);

  function reportFidelity(problem: FidelityProblem): void {
    switch (problem.kind) {
      case 'block-not-in-capture':
        report('body', `this text is not in the capture ${capturePath}: ${quoteShort(problem.text)}`, lineInBody(problem.text));
        break;
      case 'block-repeated':
        report(
          'body',
          `${quoteShort(problem.text)} appears ${problem.inCopy} times in the copy but ${problem.inCapture} in the capture`,
          lineInBody(problem.text),
        );
        break;
      case 'field-not-in-capture':
        report(problem.field, `is not in the capture ${capturePath}: ${quoteShort(problem.text)}`, lineOf(problem.field.split('.')));
        break;
      case 'omission-not-in-capture':
        report(
          `omitted[${problem.index}].text`,
          `is not in the capture ${capturePath} as one run of lines: ${quoteShort(problem.text)}`,
          lineOf(['omitted', problem.index, 'text']),
        );
        break;
      case 'line-unaccounted':
        report(
          'omitted',
          `line ${problem.line} of ${capturePath} (${quoteShort(problem.text)}) is in neither the body, the frontmatter nor the omitted list`,
          lineOf(['omitted']),
        );
        break;
    }
  }
  return problems;
}

/** Validates all content under `root` (the project root); returns every problem, none when all is well. */
export async function validateContent(root: string): Promise<ContentProblem[]> {
  const articleFiles = await listFiles(path.join(root, CONTENT_PATHS.articles));
  const problems: ContentProblem[] = [];
  if (articleFiles.length === 0) {
    problems.push({ file: CONTENT_PATHS.articles, field: 'articles', message: 'no article files (*.md) found' });
  }
  for (const fileName of articleFiles) {
    if (!fileName.endsWith('.md')) {
      problems.push({
        file: `${CONTENT_PATHS.articles}/${fileName}`,
        field: 'file name',
        message: 'is not read: article files must end in .md',
      });
      continue;
    }
    problems.push(...(await validateArticle(root, fileName)));
  }
  return problems;
}
