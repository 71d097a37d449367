/**
 * Input no content file should hold (an alias bomb, binary data, a huge file, bytes that are not
 * UTF-8, a folder where a file belongs, text far too long), each put into a temporary copy of
 * content/: the check never crashes, and each becomes one problem line naming the file.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatProblems } from '../../src/lib/problems/content-problems.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { copyBuildableProject, copyProject, editFile, removeCopies, runAstroBuild } from '../support/project-copy.ts';

afterAll(removeCopies);

/** The report lines (without the summary line) after `change` is made to a fresh copy of content/. */
async function reportAfter(change: (root: string) => Promise<void>): Promise<string[]> {
  const root = await copyProject();
  await change(root);
  return formatProblems(await validateContent(root))
    .split('\n')
    .slice(1)
    .filter((line) => line.length > 0);
}

/** The note on an article that failed its own checks, which leaves the glossary usage of the other five checked. */
const usageNote = (file: string) =>
  `${file}: usage: the glossary's usedIn lists were checked against the other 5 articles only, and the outlets that editorial voices name not at all, because this one has problems of its own`;

/** Writes a new file into the copy, so that the rest of the content is exactly as it is. */
const newFile = (file: string, contents: string | Uint8Array) => (root: string) => writeFile(path.join(root, file), contents);

/** A YAML "billion laughs": nine levels of aliases, each repeating the one before three times. */
function aliasBomb(): string {
  const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  let previous = 'a';
  for (let level = 0; level < 9; level += 1) {
    lines.push(`b${level}: &b${level} [*${previous}, *${previous}, *${previous}, *${previous}]`);
    previous = `b${level}`;
  }
  return `${lines.join('\n')}\n`;
}

describe('files that are not content', () => {
  test('a YAML alias bomb', async () => {
    expect(await reportAfter(newFile('content/claims/alias-bomb.yaml', aliasBomb()))).toEqual([
      'content/claims/alias-bomb.yaml:1: file: is not valid YAML: its aliases (*name) expand to too much data (Excessive alias count indicates a resource exhaustion attack); write the values out instead',
    ]);
  });

  test('an alias bomb in an article frontmatter', async () => {
    const bomb = aliasBomb().replace('a:', 'outlet:');
    expect(await reportAfter(newFile('content/articles/alias-bomb.md', `---\n${bomb}---\n\nText.\n`))).toEqual([
      'content/articles/alias-bomb.md:2: frontmatter: is not valid YAML: its aliases (*name) expand to too much data (Excessive alias count indicates a resource exhaustion attack); write the values out instead',
      usageNote('content/articles/alias-bomb.md'),
    ]);
  });

  test('binary data (a PNG image saved as .yaml)', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(await reportAfter(newFile('content/people/image.yaml', png))).toEqual([
      'content/people/image.yaml:3: file: is binary data, not text (it holds a NUL byte): it must be a UTF-8 text file',
    ]);
  });

  test('binary data in an article', async () => {
    expect(await reportAfter(newFile('content/articles/binary.md', Uint8Array.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02])))).toEqual([
      'content/articles/binary.md:2: file: is binary data, not text (it holds a NUL byte): it must be a UTF-8 text file',
      usageNote('content/articles/binary.md'),
    ]);
  });

  test('a 5 MB claim', async () => {
    const says = 'x'.repeat(5 * 1024 * 1024);
    expect(await reportAfter(newFile('content/claims/huge.yaml', `title: Huge\nstatement: Whether a huge file is read.\nsays: ${says}\n`))).toEqual([
      'content/claims/huge.yaml: file: is 5.0 MB, but a content file must be at most 256 KB: it is probably not the file meant, or holds far too much text',
    ]);
  });

  test('a file saved in Latin-1, not UTF-8', async () => {
    const latin1 = Buffer.concat([Buffer.from('term: Cafe\nvariants:\n  - text: Caf'), Buffer.from([0xe9]), Buffer.from('\n    usedIn: []\n')]);
    expect(await reportAfter(newFile('content/glossary/latin1.yaml', latin1))).toEqual([
      'content/glossary/latin1.yaml:3: file: is not UTF-8 text: this line holds bytes that are not UTF-8 (the file was probably saved in another encoding); save it as UTF-8',
    ]);
  });

  test('YAML nested too deeply to read', async () => {
    const lines = await reportAfter(newFile('content/disagreements/deep.yaml', `${'['.repeat(50_000)}${']'.repeat(50_000)}\n`));
    expect(lines).toHaveLength(1);
    // Where the parser gives up depends on the stack size; that it reports the file does not.
    expect(lines[0]).toMatch(/^content\/disagreements\/deep\.yaml:1: file: is not valid YAML: Maximum call stack size exceeded/u);
  });
});

describe('a file that cannot be read still exists', () => {
  test('a claim grown to 5 MB: one line, and the claims relating to it are not told it is missing', async () => {
    const CLAIM = 'content/claims/where-ttp-attacks-are-planned.yaml';
    const lines = await reportAfter((root) => editFile(root, CLAIM, (text) => text.replace('says: say more than 80%', `says: ${'x'.repeat(5 * 1024 * 1024)} say more than 80%`)));
    expect(lines).toEqual([`${CLAIM}: file: is 5.0 MB, but a content file must be at most 256 KB: it is probably not the file meant, or holds far too much text`]);
  });

  test('a person whose YAML is broken: the quotes naming them are noted there, not called dangling', async () => {
    const PERSON = 'content/people/amir-khan-muttaqi.yaml';
    expect(await reportAfter((root) => editFile(root, PERSON, (text) => text.replace('side: taliban', 'side: [taliban')))).toEqual([
      `${PERSON}:4: file: is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
      `${PERSON}: cited by: 36 quotes (in content/claims/afghan-refugees-in-pakistan.yaml, content/claims/border-fence-and-checkpoints.yaml, content/claims/commitments-on-use-of-afghan-soil.yaml and 14 more files) and 6 figure citations (in content/figures/checkpoints-built-along-the-border.yaml, content/figures/issues-resolved-in-earlier-pakistan-ttp-talks.yaml, content/figures/people-killed-in-two-decades-of-conflict.yaml and 1 more file) were not checked against this file, because it has problems of its own: fix them, and the check will look at these too`,
    ]);
  });

  test('a claim whose YAML is broken: statements naming its quotes are noted there, not told the quotes are in no claim', async () => {
    const CLAIM = 'content/claims/responsibility-for-pakistan-security.yaml';
    const lines = await reportAfter((root) => editFile(root, CLAIM, (text) => `${text}\n  broken: [\n`));
    expect(lines).toEqual([
      `${CLAIM}:76: file: is not valid YAML: All mapping items must start at the same column`,
      `${CLAIM}:78: file: is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
      `${CLAIM}: cited by: 2 statement renderings (in content/statements/mujahid-security-responsibility.yaml) were not checked against this file, because it has problems of its own: fix them, and the check will look at these too`,
    ]);
  });
});

describe('YAML of the wrong shape', () => {
  test('entries that are no group of fields, and a key that is a list', async () => {
    const claim = 'title: Odd\nstatement: Whether odd YAML is read.\ntopic: talks\npositions:\n  pakistan:\n    quotes: [null, 1]\n    summary: [null]\n  taliban: not stated\n? [a, b]\n: c\n';
    expect(await reportAfter(newFile('content/claims/odd.yaml', claim))).toEqual([
      'content/claims/odd.yaml: [ a, b ]: is not a known field here: check its spelling, or see README.md for the fields this file takes',
      'content/claims/odd.yaml:6: positions.pakistan.quotes[0]: must be a group of fields (found an empty value)',
      'content/claims/odd.yaml:6: positions.pakistan.quotes[1]: must be a group of fields (found number 1)',
      'content/claims/odd.yaml:7: positions.pakistan.summary[0]: must be a group of fields (found an empty value)',
    ]);
  });

  test('a text written as !!binary', async () => {
    const CLAIM = 'content/claims/where-ttp-attacks-are-planned.yaml';
    expect(await reportAfter((root) => editFile(root, CLAIM, (text) => text.replace(/^statement: .*$/mu, 'statement: !!binary aGVsbG8=')))).toEqual([
      `${CLAIM}:2: statement: must be text (found binary data, written with !!binary)`,
    ]);
  });
});

describe('a folder where a file belongs', () => {
  test.each([
    ['content/statements/folder.yaml', []],
    ['content/articles/folder.md', [usageNote('content/articles/folder.md')]],
  ])('%s', async (folder, notes) => {
    expect(await reportAfter((root) => mkdir(path.join(root, folder)))).toEqual([
      `${folder}: file: is a folder, but it must be a file: move what it holds elsewhere, or remove it`,
      ...notes,
    ]);
  });

  test('other folders inside a collection are left alone, as the site leaves them', async () => {
    expect(await reportAfter((root) => mkdir(path.join(root, 'content/claims/drafts')))).toEqual([]);
  });

  test('content/topics.yaml', async () => {
    const lines = await reportAfter(async (root) => {
      await rm(path.join(root, 'content/topics.yaml'));
      await mkdir(path.join(root, 'content/topics.yaml'));
    });
    expect(lines).toContain('content/topics.yaml: file: is a folder, but it must be a file: move what it holds elsewhere, or remove it');
  });

  test('content/aliases.yaml', async () => {
    const lines = await reportAfter(async (root) => {
      await rm(path.join(root, 'content/aliases.yaml'));
      await mkdir(path.join(root, 'content/aliases.yaml'));
    });
    expect(lines).toEqual(['content/aliases.yaml: file: is a folder, but it must be a file: move what it holds elsewhere, or remove it']);
  });

  test('a file where a collection folder belongs', async () => {
    const lines = await reportAfter(async (root) => {
      await rm(path.join(root, 'content/statements'), { recursive: true });
      await writeFile(path.join(root, 'content/statements'), 'title: not a folder\n');
    });
    expect(lines).toEqual(['content/statements: folder: is a file, but it must be a folder of content files, one statement per .yaml file']);
  });
});

describe('text far too long for its field', () => {
  const CLAIM = 'content/claims/where-ttp-attacks-are-planned.yaml';
  const long = (length: number) => 'a'.repeat(length);

  test.each([
    ['a claim title', CLAIM, 'title: Where TTP attacks are planned', `title: ${long(151)}`, `${CLAIM}:1: title: must be at most 150 characters (it has 151): a title is a short phrase`],
    [
      'a claim statement',
      CLAIM,
      'statement: Whether attacks inside Pakistan',
      `statement: ${long(400)} Whether attacks inside Pakistan`,
      `${CLAIM}:2: statement: must be at most 400 characters (it has 545): a statement asks one question, in a sentence or two`,
    ],
    [
      'a person name',
      'content/people/amir-khan-muttaqi.yaml',
      'name: Amir Khan Muttaqi',
      `name: ${long(200)}`,
      'content/people/amir-khan-muttaqi.yaml:1: name: must be at most 120 characters (it has 200): a name, not a description',
    ],
    [
      'a statement title',
      'content/statements/muttaqi-ttp-active-25-years.yaml',
      'title: Muttaqi on',
      `title: ${long(100)} Muttaqi on`,
      'content/statements/muttaqi-ttp-active-25-years.yaml:1: title: must be at most 150 characters (it has 195): a title is a short phrase',
    ],
    [
      'a glossary term',
      'content/glossary/turkey.yaml',
      'term: Turkey (Türkiye)',
      `term: ${long(5000)}`,
      'content/glossary/turkey.yaml:1: term: must be at most 120 characters (it has 5,000): a name, not a description',
    ],
  ])('%s', async (_label, file, from, to, expected) => {
    const lines = await reportAfter((root) => editFile(root, file, (text) => text.replace(from, to)));
    // A person that fails the schema also gets a note on the quotes it kept from being checked (all-at-once.test.ts).
    expect(lines.filter((line) => !line.includes(': cited by: '))).toEqual([expected]);
  });

  test('a summary of 100,000 characters', async () => {
    const lines = await reportAfter((root) => editFile(root, CLAIM, (text) => text.replace('says: say more than 80%', `says: ${long(100_000)} say more than 80%`)));
    expect(lines).toEqual([`${CLAIM}:9: positions.pakistan.summary[0].says: must be at most 600 characters (it has 100,152): one sentence per speaker and outlet`]);
  });
});

test('the real build reports the same lines, with no stack trace, and writes nothing', async () => {
  const root = await copyBuildableProject();
  await newFile('content/claims/alias-bomb.yaml', aliasBomb())(root);
  await newFile('content/people/image.yaml', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]))(root);
  await mkdir(path.join(root, 'content/statements/folder.yaml'));

  const { status, output } = runAstroBuild(root);

  expect(status).toBe(1);
  expect(output).toContain('Content check failed: 3 problems in 3 files.');
  expect(output).toContain('content/claims/alias-bomb.yaml:1: file: is not valid YAML: its aliases (*name) expand to too much data');
  expect(output).toContain('content/people/image.yaml:3: file: is binary data, not text (it holds a NUL byte): it must be a UTF-8 text file');
  expect(output).toContain('content/statements/folder.yaml: file: is a folder, but it must be a file: move what it holds elsewhere, or remove it');
  expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/mu);
  expect(output).not.toContain('node_modules/yaml');
  expect(existsSync(path.join(root, 'dist'))).toBe(false);
});
