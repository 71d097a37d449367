/**
 * Synthetic corpora: each article is copied with a quarter of its words changed (deterministically),
 * in both its capture and its Markdown, so every copy passes the same content checks as the real
 * ones and the vocabulary grows as a real corpus's would. Glossary words are left alone, so each
 * copy uses the names its original does, and the glossary's `usedIn` lists are extended to match.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { parseMarkdownFile } from '../../src/validation/sources.ts';

export const SCALES = [1, 10, 100] as const;

/** Appends a copy-specific suffix to about a quarter of the words, never to glossary words. */
function mutator(copy: number, keep: ReadonlySet<string>): (text: string) => string {
  const suffix = `x${copy.toString(26).replace(/[0-9]/gu, (digit) => 'abcdefghij'.charAt(Number(digit)))}`;
  return (text) =>
    text.replace(/[A-Za-z]{3,}/gu, (word) => {
      if (keep.has(word.toLowerCase())) return word;
      const hash = createHash('md5').update(`${copy}:${word}`).digest()[0] ?? 0;
      return hash % 4 === 0 ? `${word}${suffix}` : word;
    });
}

/** Turns the project copy at `root` into a corpus of `scale` times its articles (1 leaves it as it is). */
export async function generateCorpus(root: string, scale: number): Promise<void> {
  if (scale === 1) return;
  const glossaryDir = path.join(root, 'content/glossary');
  const glossaryFiles = (await readdir(glossaryDir)).filter((name) => name.endsWith('.yaml'));
  const keep = new Set<string>();
  const glossaries = new Map<string, ReturnType<typeof parseDocument>>();
  for (const name of glossaryFiles) {
    const document = parseDocument(await readFile(path.join(glossaryDir, name), 'utf8'));
    glossaries.set(name, document);
    for (const variant of (document.toJS() as { variants: { text: string }[] }).variants) {
      for (const word of variant.text.toLowerCase().split(/[^a-z]+/u)) if (word) keep.add(word);
    }
  }
  // Markdown syntax words must survive too.
  keep.add('caption');

  const articlesDir = path.join(root, 'content/articles');
  const copiesOf = new Map<string, string[]>();
  for (const name of (await readdir(articlesDir)).filter((file) => file.endsWith('.md')).sort()) {
    const slug = name.slice(0, -3);
    const source = await readFile(path.join(articlesDir, name), 'utf8');
    const parsed = parseMarkdownFile(source);
    if (!parsed.ok) throw new Error(`${name}: cannot read frontmatter`);
    const data = parsed.data as Record<string, unknown> & { capture: { file: string; sha256: string } };
    const capture = await readFile(path.join(root, 'content/captures', data.capture.file), 'utf8');
    for (let copy = 1; copy < scale; copy += 1) {
      const mutate = mutator(copy, keep);
      const copySlug = `${slug}-copy-${copy}`;
      const captureName = `copy-${copy}-${data.capture.file}`;
      const copyCapture = mutate(capture);
      await writeFile(path.join(root, 'content/captures', captureName), copyCapture);
      const mutateDeep = (value: unknown, key?: string): unknown => {
        if (typeof value === 'string') return key === 'url' || key === 'kind' || key === 'iso' ? value : mutate(value);
        if (Array.isArray(value)) return value.map((item) => mutateDeep(item));
        if (value && typeof value === 'object' && !(value instanceof Date)) {
          return Object.fromEntries(Object.entries(value).map(([field, inner]) => [field, mutateDeep(inner, field)]));
        }
        return value;
      };
      const frontmatter = mutateDeep({ ...data, capture: undefined }) as Record<string, unknown>;
      for (const literal of ['author', 'dateline'] as const) {
        if (data[literal] === 'not named' || data[literal] === 'none printed') frontmatter[literal] = data[literal];
      }
      const date = data['date'] as { printed: string };
      if (date.printed === 'none printed') (frontmatter['date'] as { printed: string }).printed = 'none printed';
      frontmatter['capture'] = { file: captureName, sha256: createHash('sha256').update(copyCapture).digest('hex') };
      const body = parsed.body
        .split('\n')
        .map((line) => (/^:::/u.test(line) ? line : mutate(line)))
        .join('\n');
      await writeFile(path.join(articlesDir, `${copySlug}.md`), `---\n${stringify(frontmatter)}---\n${body}`);
      copiesOf.set(slug, [...(copiesOf.get(slug) ?? []), copySlug]);
    }
  }

  for (const [name, document] of glossaries) {
    const entry = document.toJS() as { variants: { usedIn: string[] }[] };
    entry.variants.forEach((variant, index) => {
      const usedIn = variant.usedIn.flatMap((slug) => [slug, ...(copiesOf.get(slug) ?? [])]);
      document.setIn(['variants', index, 'usedIn'], usedIn);
    });
    await writeFile(path.join(glossaryDir, name), document.toString());
  }
}
