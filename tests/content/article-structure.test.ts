/**
 * The cases of the reliability review's "Article Markdown" table that passed silently, gave a weak
 * message or did not report everything at once, each run through the real validator on a temporary
 * copy of content/. Each asserts the exact report: the line, what the construct or difference is,
 * and nothing else.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { formatProblems, type ContentProblem } from '../../src/lib/problems/content-problems.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { copyProject, editFile, removeCopies } from '../support/project-copy.ts';

const NUKTA = 'content/articles/nukta-pakistan-reaffirms-core-concern.md';
const CAPTURE = 'content/captures/001_087e1671cc316080.txt';

afterAll(removeCopies);

/** The problems after `edit`, without the notes on what a broken article kept from being checked (tested apart). */
async function problemsAfter(edit: (text: string) => string): Promise<ContentProblem[]> {
  const root = await copyProject();
  await editFile(root, NUKTA, edit);
  return (await validateContent(root)).filter((problem) => problem.note !== true);
}

/** The report lines, as the build prints them (without the summary line). */
async function reportAfter(edit: (text: string) => string): Promise<string[]> {
  return formatProblems(await problemsAfter(edit))
    .split('\n')
    .slice(1)
    .filter((line) => line.length > 0);
}

/** Puts a block of Markdown of its own before the "## Rising threat" heading, at line 50. */
const beforeRisingThreat = (markdown: string) => (text: string) => text.replace('\n## Rising threat\n', `\n${markdown}\n\n## Rising threat\n`);

const ALL_TEXT = 'a copy holds only the capture’s text';

describe('constructs the copying rules do not produce are refused at their line, in words', () => {
  test.each([
    ['a <script> block', '<script>alert(1)</script>', `${NUKTA}:50: body: raw HTML "<script>alert(1)</script>": ${ALL_TEXT}, never markup (write "\\<" where the capture itself has a "<")`],
    ['an <img onerror> block', '<img src=x onerror=alert(1)>', `${NUKTA}:50: body: raw HTML "<img src=x onerror=alert(1)>": ${ALL_TEXT}, never markup (write "\\<" where the capture itself has a "<")`],
    [
      'a <div> holding an invented sentence',
      '<div>Pakistan conceded every point, the Taliban said.</div>',
      `${NUKTA}:50: body: raw HTML "<div>Pakistan conceded every point, the Taliban said.</div>": ${ALL_TEXT}, never markup (write "\\<" where the capture itself has a "<")`,
    ],
    [
      'an <iframe>',
      '<iframe src="https://example.com/"></iframe>',
      `${NUKTA}:50: body: raw HTML "<iframe src=\\"https://example.com/\\"></iframe>": ${ALL_TEXT}, never markup (write "\\<" where the capture itself has a "<")`,
    ],
    [
      'a cross-origin <form>',
      '<form action="https://example.com/"><button>Send</button></form>',
      `${NUKTA}:50: body: raw HTML "<form action=\\"https://example.com/\\"><button>Send</button>…": ${ALL_TEXT}, never markup (write "\\<" where the capture itself has a "<")`,
    ],
    [
      'a fenced code block with an invented sentence',
      '```\nPakistan conceded every point, the Taliban said.\n```',
      `${NUKTA}:50: body: a fenced code block "\`\`\` Pakistan conceded every point, the Taliban said. \`\`\`": ${ALL_TEXT}, never code; write each line of the capture as a paragraph`,
    ],
    ['an HTML comment', '<!-- Pakistan conceded every point. -->', `${NUKTA}:50: body: an HTML comment "<!-- Pakistan conceded every point. -->": ${ALL_TEXT}; remove it`],
    [
      'an image paragraph',
      '![pixel](https://tracker.example/pixel.png)',
      `${NUKTA}:50: body: an image "![pixel](https://tracker.example/pixel.png)" from https://tracker.example/pixel.png: a copy reproduces no images; a photo’s caption goes in a ":::caption" block`,
    ],
  ])('%s', async (_name, markdown, expected) => {
    expect(await reportAfter(beforeRisingThreat(markdown))).toEqual([expected]);
  });

  test('a link to an outside site', async () => {
    expect(await reportAfter((text) => text.replace('on Afghan soil.', 'on [Afghan soil](https://example.com/propaganda).'))).toEqual([
      `${NUKTA}:64: body: a link "[Afghan soil](https://example.com/propaganda)" to https://example.com/propaganda: a copy adds no links; keep only the words the capture has`,
    ]);
  });

  test('added emphasis', async () => {
    expect(await reportAfter((text) => text.replace('its “principal concern”', 'its **“principal concern”**'))).toEqual([
      `${NUKTA}:48: body: strong emphasis "**“principal concern”**" (text between "**" or "__"): the capture has no formatting; remove the marks (or write "\\*" for an asterisk the capture has)`,
    ]);
  });

  test('inline <script> at the end of a paragraph: the HTML is named, and the text it adds is shown', async () => {
    expect(await reportAfter((text) => text.replace('according to Pakistan.', 'according to Pakistan.<script>alert(1)</script>'))).toEqual([
      `${NUKTA}:16: omitted: line 38 of ${CAPTURE} ("The first round of talks in Doha produced an understanding to cooperate, lead…") is in neither the body, the frontmatter nor the omitted list`,
      `${NUKTA}:60: body: inline raw HTML "</script>": ${ALL_TEXT}, never markup (write "\\<" where the capture itself has a "<")`,
      `${NUKTA}:60: body: inline raw HTML "<script>": ${ALL_TEXT}, never markup (write "\\<" where the capture itself has a "<")`,
      `${NUKTA}:60: body: this text is not in the capture ${CAPTURE}: "The first round of talks in Doha produced an understanding to cooperate, lead…"; the nearest line of the capture, line 38, differs from it at character 133: nothing in the capture, "alert(1)" in the copy ("…e-fire, according to Pakistan." in the capture, "…e-fire, according to Pakistan.alert(1)" in the copy)`,
    ]);
  });
});

describe('the capture’s lines stay apart and in order', () => {
  test('two paragraphs swapped', async () => {
    expect(
      await reportAfter((text) => {
        const first = text.indexOf('\nThe first round');
        const second = text.indexOf('\nA second round');
        const third = text.indexOf('\nDuring the latest');
        return text.slice(0, first) + text.slice(second, third) + text.slice(first, second) + text.slice(third);
      }),
    ).toEqual([
      `${NUKTA}:62: body: is out of the capture’s order: this is line 38 of ${CAPTURE}, but it comes after line 40 of it (at line 60); the copy keeps the capture’s order`,
    ]);
  });

  test('the blank line between two paragraphs removed', async () => {
    expect(await reportAfter((text) => text.replace('1,600-mile border.\n\n', '1,600-mile border.\n'))).toEqual([
      `${NUKTA}:47: body: this line goes on from line 46 without a blank line, so the two run into one paragraph: put a blank line before it if it is a line of its own in the capture, or end line 46 with "\\" if the capture breaks the line there`,
    ]);
  });

  test('a paragraph moved into omitted as an advertisement', async () => {
    const paragraph = /\nPakistan said Sunday that recent talks[^\n]*\n/u;
    const problems = await problemsAfter((text) =>
      text.replace(paragraph, '\n').replace('omitted:\n', `omitted:\n  - kind: advertisement\n    text: "${paragraph.exec(text)?.[0].trim() ?? ''}"\n`),
    );
    expect(formatProblems(problems.filter((problem) => problem.file === NUKTA)).split('\n').slice(2)).toEqual([
      `${NUKTA}:18: omitted[0].text: holds a line of 208 characters, "Pakistan said Sunday that recent talks with Afghanistan failed to deliver pro…", which is long for "advertisement": that kind is a short page label (at most 100 characters); if this is the article’s own text, put it back in the body`,
    ]);
    // The quotes into that paragraph are reported too: the article is not hidden from the other checks.
    expect(problems.map((problem) => problem.file)).toContain('content/claims/responsibility-for-talks-failure.yaml');
  });
});

describe('a difference from the capture is shown where it is, and named', () => {
  test('one character changed, past where the quoted extract is cut', async () => {
    expect(await reportAfter((text) => text.replace('short-lived', 'short-lives'))).toEqual([
      `${NUKTA}:16: omitted: line 38 of ${CAPTURE} ("The first round of talks in Doha produced an understanding to cooperate, lead…") is in neither the body, the frontmatter nor the omitted list`,
      `${NUKTA}:60: body: this text is not in the capture ${CAPTURE}: "The first round of talks in Doha produced an understanding to cooperate, lead…"; the nearest line of the capture, line 38, differs from it at character 97: d U+0064 in the capture, s U+0073 in the copy ("…erate, leading to a short-lived cease-fire, according to Paki…" in the capture, "…erate, leading to a short-lives cease-fire, according to Paki…" in the copy)`,
    ]);
  });

  test('a curly apostrophe replaced by a straight one', async () => {
    expect(await reportAfter((text) => text.replace('Afghanistan’s internal', "Afghanistan's internal"))).toEqual([
      `${NUKTA}:16: omitted: line 58 of ${CAPTURE} ("The statement accused some Taliban factions of using anti-Pakistan sentiment …") is in neither the body, the frontmatter nor the omitted list`,
      `${NUKTA}:80: body: this text is not in the capture ${CAPTURE}: "The statement accused some Taliban factions of using anti-Pakistan sentiment …"; the nearest line of the capture, line 58, differs from it at character 132: ’ U+2019 in the capture, ' U+0027 in the copy ("… and distract from Afghanistan’s internal problems. It did no…" in the capture, "… and distract from Afghanistan's internal problems. It did no…" in the copy)`,
    ]);
  });

  test('a no-break space in the body', async () => {
    const lines = await reportAfter((text) => text.replace('short-lived cease-fire', 'short-lived\u00a0cease-fire'));
    expect(lines[1]).toBe(
      `${NUKTA}:60: body: this text is not in the capture ${CAPTURE}: "The first round of talks in Doha produced an understanding to cooperate, lead…"; the nearest line of the capture, line 38, differs from it at character 98: space U+0020 in the capture, no-break space U+00A0 in the copy ("…rate, leading to a short-lived cease-fire, according to Pakis…" in the capture, "…rate, leading to a short-lived[U+00A0]cease-fire, according to Pakis…" in the copy)`,
    );
    expect(lines).toHaveLength(2);
  });

  test('a zero-width space in the body', async () => {
    const lines = await reportAfter((text) => text.replace('short-lived', 'short-\u200blived'));
    expect(lines[1]).toBe(
      `${NUKTA}:60: body: this text is not in the capture ${CAPTURE}: "The first round of talks in Doha produced an understanding to cooperate, lead…"; the nearest line of the capture, line 38, differs from it at character 93: nothing in the capture, zero-width space U+200B in the copy ("…cooperate, leading to a short-lived cease-fire, according to…" in the capture, "…cooperate, leading to a short-[U+200B]lived cease-fire, according to…" in the copy)`,
    );
    expect(lines).toHaveLength(2);
  });

  test('a missing field has a line: the frontmatter’s first', async () => {
    expect(await reportAfter((text) => text.replace('outlet: "Nukta"\n', ''))).toEqual([`${NUKTA}:2: outlet: is required but missing`]);
  });
});

describe('every problem of an article at once', () => {
  test('an unknown field does not hide a changed paragraph', async () => {
    expect(await reportAfter((text) => text.replace('outlet: "Nukta"', 'outlet: "Nukta"\nautor: "Aamir Abbasi"').replace('short-lived', 'short-lives'))).toEqual([
      `${NUKTA}:3: autor: is not a known field here: check its spelling, or see README.md for the fields this file takes`,
      `${NUKTA}:17: omitted: line 38 of ${CAPTURE} ("The first round of talks in Doha produced an understanding to cooperate, lead…") is in neither the body, the frontmatter nor the omitted list`,
      `${NUKTA}:61: body: this text is not in the capture ${CAPTURE}: "The first round of talks in Doha produced an understanding to cooperate, lead…"; the nearest line of the capture, line 38, differs from it at character 97: d U+0064 in the capture, s U+0073 in the copy ("…erate, leading to a short-lived cease-fire, according to Paki…" in the capture, "…erate, leading to a short-lives cease-fire, according to Paki…" in the copy)`,
    ]);
  });

  test('a frontmatter that is not valid YAML does not hide the body’s structure', async () => {
    expect(await reportAfter((text) => text.replace('outlet: "Nukta"', 'outlet: "Nukta').replace('its “principal concern”', 'its *“principal concern”*'))).toEqual([
      `${NUKTA}:2: frontmatter: is not valid YAML: Missing closing "quote`,
      `${NUKTA}:48: body: emphasis "*“principal concern”*" (text between single "*" or "_"): the capture has no formatting; remove the marks (or write "\\*" for an asterisk the capture has)`,
    ]);
  });

  test('an invalid date does not hide a body problem, and its printed line is not reported as missing', async () => {
    expect(await reportAfter((text) => text.replace('  printed: none printed\n', '  printed: none printed\n  iso: 2025-11-09\n').replace('short-lived', 'short-lives'))).toEqual([
      `${NUKTA}:10: date.iso: must be left out when the date is "none printed"`,
      `${NUKTA}:61: body: this text is not in the capture ${CAPTURE}: "The first round of talks in Doha produced an understanding to cooperate, lead…"; the nearest line of the capture, line 38, differs from it at character 97: d U+0064 in the capture, s U+0073 in the copy ("…erate, leading to a short-lived cease-fire, according to Paki…" in the capture, "…erate, leading to a short-lives cease-fire, according to Paki…" in the copy)`,
    ]);
  });

  test('several constructs in one body are each reported', async () => {
    const lines = await reportAfter((text) =>
      beforeRisingThreat('<div>Pakistan conceded every point.</div>\n\n<!-- note -->\n\n```\nInvented.\n```')(text).replace('its “principal concern”', 'its **“principal concern”**'),
    );
    expect(lines.map((line) => line.split(': ').slice(0, 3).join(': '))).toEqual([
      `${NUKTA}:48: body: strong emphasis "**“principal concern”**" (text between "**" or "__")`,
      `${NUKTA}:50: body: raw HTML "<div>Pakistan conceded every point.</div>"`,
      `${NUKTA}:52: body: an HTML comment "<!-- note -->"`,
      `${NUKTA}:54: body: a fenced code block "\`\`\` Invented. \`\`\`"`,
    ]);
  });
});
