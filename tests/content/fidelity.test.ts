/**
 * The copies against their captures: every paragraph of every copy appears verbatim in its capture,
 * and every non-empty line of the capture is in the copy, its frontmatter or its recorded omissions.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkFidelity, normalizeLine } from '../../src/lib/sources/fidelity.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { parseMarkdownFile } from '../../src/validation/sources.ts';
import { renderArticleBody } from '../../src/validation/validate-content.ts';
import { PROJECT_ROOT } from '../support/project-copy.ts';

const articlesDir = path.join(PROJECT_ROOT, 'content/articles');
const files = readdirSync(articlesDir).filter((name) => name.endsWith('.md'));

test('there are five article copies', () => {
  expect(files).toHaveLength(5);
});

describe.each(files)('%s', (file) => {
  const parsed = parseMarkdownFile(readFileSync(path.join(articlesDir, file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file} has bad frontmatter`);
  const article = articleSchema.parse(parsed.data);
  const captureBytes = readFileSync(path.join(PROJECT_ROOT, 'content/captures', article.capture.file));
  const capture = captureBytes.toString('utf8');

  test('names its capture by the right SHA-256', () => {
    expect(createHash('sha256').update(captureBytes).digest('hex')).toBe(article.capture.sha256);
  });

  test('every paragraph of its body appears verbatim in the capture', async () => {
    const { paragraphs, headings } = await renderArticleBody(parsed.body, file);
    const captureLines = new Set(capture.split('\n').map(normalizeLine));
    const missing = [...headings, ...paragraphs.map((paragraph) => paragraph.text)]
      .flatMap((block) => block.split('\n'))
      .filter((line) => !captureLines.has(normalizeLine(line)));
    expect(missing).toEqual([]);
    expect(paragraphs.length).toBeGreaterThan(5);
  });

  test('every non-empty line of the capture is accounted for', async () => {
    const { paragraphs, headings } = await renderArticleBody(parsed.body, file);
    const problems = checkFidelity({
      capture,
      blocks: [...headings, ...paragraphs.map((paragraph) => paragraph.text)],
      fields: [
        { field: 'headline', text: article.headline, wholeLine: true },
        ...(article.standfirst ? [{ field: 'standfirst', text: article.standfirst, wholeLine: true }] : []),
        ...(typeof article.author === 'object'
          ? [article.author.byline ?? article.author.name, article.author.role].flatMap((text) =>
              text === undefined ? [] : [{ field: 'author', text, wholeLine: true }],
            )
          : []),
        ...(article.date.printed === 'none printed' ? [] : [{ field: 'date.printed', text: article.date.printed, wholeLine: true }]),
      ],
      omissions: article.omitted,
    });
    expect(problems).toEqual([]);
  });
});
