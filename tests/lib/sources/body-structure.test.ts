import { describe, expect, test } from 'vitest';
import { checkBlockOrder, readBodyStructure } from '../../../src/lib/sources/body-structure.ts';

const problemsOf = (markdown: string) => readBodyStructure(markdown).problems.map(({ line, message }) => `${line}: ${message}`);

describe('what the copying rules produce is accepted', () => {
  test('paragraphs, headings, list items, line breaks and a caption block', () => {
    const body = [
      ':::caption',
      'A minister speaks. [IC: AFP]',
      '',
      'Reuters',
      ':::',
      '',
      'ISTANBUL – Talks ended at 10:30, said Kabul:today:',
      '',
      '## Key Takeaways',
      '',
      '- Taliban blames Pakistan.',
      '- Dialogue remains.',
      '',
      '### What failed?',
      '',
      'NationPress\\',
      '12/11/2025',
      '',
      'Escaped marks stay text: \\*not emphasis\\*, \\<b\\>, 1\\. and \\&amp;.',
    ].join('\n');
    const { blocks, problems } = readBodyStructure(body);
    expect(problems).toEqual([]);
    expect(blocks.map(({ kind, line, text }) => [kind, line, text])).toEqual([
      ['caption paragraph', 2, 'A minister speaks. [IC: AFP]'],
      ['caption paragraph', 4, 'Reuters'],
      ['paragraph', 7, 'ISTANBUL – Talks ended at 10:30, said Kabul:today:'],
      ['heading', 9, 'Key Takeaways'],
      ['list item', 11, 'Taliban blames Pakistan.'],
      ['list item', 12, 'Dialogue remains.'],
      ['heading', 14, 'What failed?'],
      ['paragraph', 16, 'NationPress\n12/11/2025'],
      ['paragraph', 19, 'Escaped marks stay text: *not emphasis*, <b>, 1. and &amp;.'],
    ]);
    expect(blocks[7]?.lines).toEqual([
      { text: 'NationPress', line: 16 },
      { text: '12/11/2025', line: 17 },
    ]);
  });

  test('lines are the file’s when the body starts further down', () => {
    const { blocks, problems } = readBodyStructure('First.\nSecond.\n\n**Third.**', { firstLine: 37 });
    expect(blocks.map((block) => block.lines)).toEqual([
      [
        { text: 'First.', line: 37 },
        { text: 'Second.', line: 38 },
      ],
      [{ text: 'Third.', line: 40 }],
    ]);
    expect(problems.map((problem) => problem.line)).toEqual([38, 40]);
    expect(problems[0]?.message).toMatch(/^this line goes on from line 37 without a blank line/u);
  });

  test('CRLF line endings read the same', () => {
    expect(readBodyStructure('First.\r\n\r\nNationPress\\\r\n12/11/2025\r\n')).toEqual(readBodyStructure('First.\n\nNationPress\\\n12/11/2025\n'));
  });
});

describe('anything else is reported at its line, in words', () => {
  test.each([
    ['a raw HTML block', 'First.\n\n<script>alert(1)</script>', ['3: raw HTML "<script>alert(1)</script>": a copy holds only the capture’s text, never markup (write "\\<" where the capture itself has a "<")']],
    ['an HTML block with a sentence', '<div>Pakistan conceded every point.</div>', ['1: raw HTML "<div>Pakistan conceded every point.</div>": a copy holds only the capture’s text, never markup (write "\\<" where the capture itself has a "<")']],
    [
      'inline HTML',
      'First.\n\nA sentence.<script>alert(1)</script>',
      [
        '3: inline raw HTML "<script>": a copy holds only the capture’s text, never markup (write "\\<" where the capture itself has a "<")',
        '3: inline raw HTML "</script>": a copy holds only the capture’s text, never markup (write "\\<" where the capture itself has a "<")',
      ],
    ],
    ['an HTML comment', '<!-- Pakistan conceded every point. -->', ['1: an HTML comment "<!-- Pakistan conceded every point. -->": a copy holds only the capture’s text; remove it']],
    ['a fenced code block', '```\nPakistan conceded.\n```', ['1: a fenced code block "``` Pakistan conceded. ```": a copy holds only the capture’s text, never code; write each line of the capture as a paragraph']],
    ['an indented code block', 'First.\n\n    Indented.', ['3: an indented code block "Indented." (a line indented by four spaces or a tab): remove the indentation']],
    ['inline code', 'Said `this`.', ['1: inline code "`this`" (text between backticks): write the capture’s text without them (or "\\`" for a backtick the capture has)']],
    ['a link', 'On [Afghan soil](https://example.com/propaganda).', ['1: a link "[Afghan soil](https://example.com/propaganda)" to https://example.com/propaganda: a copy adds no links; keep only the words the capture has']],
    ['an image', '![pixel](https://tracker.example/pixel.png)', ['1: an image "![pixel](https://tracker.example/pixel.png)" from https://tracker.example/pixel.png: a copy reproduces no images; a photo’s caption goes in a ":::caption" block']],
    ['a reference link and its definition', 'See [x].\n\n[x]: https://example.com', ['1: a reference link "[x]": a copy adds no links; keep only the words (or write "\\[" for a bracket the capture has)', '3: a link definition "[x]: https://example.com": a copy adds no links; remove it']],
    ['emphasis', 'Its *principal* concern.', ['1: emphasis "*principal*" (text between single "*" or "_"): the capture has no formatting; remove the marks (or write "\\*" for an asterisk the capture has)']],
    ['strong emphasis', 'Its **“principal concern”**.', ['1: strong emphasis "**“principal concern”**" (text between "**" or "__"): the capture has no formatting; remove the marks (or write "\\*" for an asterisk the capture has)']],
    ['a block quote', '> Quoted.', ['1: a block quote "> Quoted." (lines starting with ">"): remove the ">" (or write "\\>" where the capture starts a line with it)']],
    ['a thematic break', 'First.\n\n***', ['3: a thematic break "***" (a line of "---", "***" or "___"): a copy holds only the capture’s text; remove it (or write "\\---" where the capture has the line)']],
    ['a level-1 heading', '# Title', ['1: a level-1 heading "# Title": section headings are "## …" and FAQ questions "### …"']],
    ['a level-4 heading', '#### Deep', ['1: a level-4 heading "#### Deep": section headings are "## …" and FAQ questions "### …"']],
    ['an underlined heading', 'A paragraph\n---', ['1: a heading underlined with "=" or "-" "A paragraph ---": write a section heading on one line as "## …" (or put a blank line between a paragraph and a line of dashes)']],
    ['a numbered list', '1. First.', ['1: a numbered list "1. First.": bulleted lines ("•") become "- " items (write "1\\." where the capture numbers a line itself)']],
    ['a list item marked "*"', '- One.\n* Two.', ['2: a list item marked "*" "* Two.": write list items as "- …"']],
    ['a list inside a list item', '- One.\n  - Two.', ['2: a list inside a list item "- Two.": a list item is one line of the capture']],
    ['a list with blank lines between its items', '- One.\n\n- Two.', ['1: a list with blank lines between its items "- One. - Two.": write the "- " items on consecutive lines']],
    ['a line break made of spaces', 'NationPress  \n12/11/2025', ['1: a line break made of trailing spaces: end the line with "\\" instead, so the break can be seen']],
    ['another block directive', ':::note\nText.\n:::', ['1: a ":::note" block: the only block is ":::caption"']],
    ['a caption with attributes', ':::caption{.big}\nText.\n:::', ['1: a caption block with attributes (class): write ":::caption" alone on its line']],
    ['a caption with a label', ':::caption[Photo]\nText.\n:::', ['1: a caption block with a label "[Photo]": write ":::caption" alone on its line and the caption below it']],
    ['a heading in a caption', ':::caption\n## Photo\n:::', ['2: a heading inside a caption block "## Photo": a caption holds only paragraphs']],
    ['a text directive', 'Words :name here.', ['1: a directive ":name" (":" before a word): write "\\:" where the capture has the colon']],
    ['a text directive with attributes, even inside a word', 'Ratio 3:1{x}.', ['1: a directive ":1{x}" (":" before a word): write "\\:" where the capture has the colon']],
    ['a leaf directive', '::note', ['1: a directive "::note" (a line starting with "::"): write "\\:" where the capture has the colons']],
    [
      'character references',
      'First.\n\nTaliban&rsquo;s &#8203;x and &nope;',
      [
        '3: a character reference "&rsquo;" for ’ U+2019: type the character itself, as the capture has it',
        '3: a character reference "&#8203;" for zero-width space U+200B: type the character itself, as the capture has it',
      ],
    ],
    ['a table, which without GFM is lines run together', '| a |\n|---|', ['2: this line goes on from line 1 without a blank line, so the two run into one paragraph: put a blank line before it if it is a line of its own in the capture, or end line 1 with "\\" if the capture breaks the line there']],
  ])('%s', (_name, markdown, expected) => {
    expect(problemsOf(markdown)).toEqual(expected);
  });

  test('two capture lines run into one paragraph are reported at the second line', () => {
    expect(problemsOf('First.\n\nPakistan said Sunday.\nIn a statement, Pakistan said.')).toEqual([
      '4: this line goes on from line 3 without a blank line, so the two run into one paragraph: put a blank line before it if it is a line of its own in the capture, or end line 3 with "\\" if the capture breaks the line there',
    ]);
  });

  test('a construct inside another is reported once, as the outer one', () => {
    expect(problemsOf('A **[link](https://example.com)**.')).toHaveLength(1);
  });

  test('text inside a refused construct still counts as the block’s text, for the other checks', () => {
    expect(readBodyStructure('Its *principal* concern.').blocks[0]?.text).toBe('Its principal concern.');
  });
});

describe('checkBlockOrder', () => {
  const capture = ['Menu', '', 'First paragraph.', 'Second paragraph.', '', 'Third paragraph.', 'Fourth paragraph.'].join('\n');
  const body = (...lines: string[]) => readBodyStructure(lines.join('\n\n')).blocks;

  test('accepts the capture’s order, with lines left out', () => {
    expect(checkBlockOrder(body('First paragraph.', 'Third paragraph.', 'Fourth paragraph.'), capture)).toEqual([]);
  });

  test('reports two swapped paragraphs, naming the capture lines', () => {
    expect(checkBlockOrder(body('First paragraph.', 'Third paragraph.', 'Second paragraph.', 'Fourth paragraph.'), capture)).toEqual([
      { line: 5, captureLine: 4, neighbour: { line: 3, captureLine: 6, relation: 'follows' } },
    ]);
  });

  test('reports a paragraph moved to the top once, not every line after it', () => {
    expect(checkBlockOrder(body('Fourth paragraph.', 'First paragraph.', 'Second paragraph.', 'Third paragraph.'), capture)).toEqual([
      { line: 1, captureLine: 7, neighbour: { line: 3, captureLine: 3, relation: 'precedes' } },
    ]);
  });

  test('leaves lines that are not in the capture to the fidelity check', () => {
    expect(checkBlockOrder(body('Invented.', 'First paragraph.'), capture)).toEqual([]);
  });

  test('a line the capture has twice may stand at either place', () => {
    const twice = ['Reuters', 'Text.', 'Reuters'].join('\n');
    expect(checkBlockOrder(body('Text.', 'Reuters'), twice)).toEqual([]);
    expect(checkBlockOrder(body('Reuters', 'Text.', 'Reuters'), twice)).toEqual([]);
  });
});
