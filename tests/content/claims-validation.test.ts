/**
 * Bad claims, each in a temporary copy of content/ with one fixture claim added and one thing wrong.
 * The real validator must name the file, the line, the field path and the problem, and report
 * nothing else: every test compares the whole report, so a misuse that disturbed the rest of the
 * content (or a fixture that stopped being valid) would show.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatProblems, type ContentProblem } from '../../src/lib/problems/content-problems.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { copyProject, removeCopies } from '../support/project-copy.ts';

afterAll(removeCopies);

const FILE = 'content/claims/fixture-claim.yaml';

/**
 * A valid claim that uses every part of the model: per-speaker summary items (one with two quotes
 * of one voice), quotes from four articles, a quote relayed by Khaama Press in NationPress, notes on
 * the two source paragraphs with unbalanced quotation marks, an account and a framing quote. Lines
 * are numbered for the assertions below.
 */
const FIXTURE = `title: Fixture claim
statement: Whether the fixture is valid.
topic: militancy
positions:
  pakistan:
    summary:
      - quotes: [fixture-nukta-principal-concern]
        says: says its “principal concern” remains the rise in terrorism originating from Afghanistan.
    quotes:
      - id: fixture-nukta-principal-concern
        article: nukta-pakistan-reaffirms-core-concern
        speaker: pakistan-foreign-office
        attribution: reported
        text: "Pakistan said its “principal concern” remains the rise in terrorism originating from Afghanistan since the Taliban took control in August 2021."
  taliban:
    summary:
      - quotes: [fixture-htn-muttaqi-25-years, fixture-htn-muttaqi-not-new]
        says: says “Pakistan’s problems are not new” and that the TTP has long been active in Pakistan.
      - quotes: [fixture-nationpress-naeem-no-progress]
        says: says no progress was made because of the Pakistani side’s “irresponsible and uncooperative behavior”.
      - quotes: [fixture-nationpress-muttaqi-demands]
        says: says the Pakistani demands were “neither practical nor reasonable”.
      - quotes: [fixture-sat-mujahid-good-faith]
        says: says the Afghan delegates took part “in good faith and with appropriate authority”.
    quotes:
      - id: fixture-htn-muttaqi-25-years
        article: htnworld-muttaqi-blames-pakistan
        speaker: amir-khan-muttaqi
        attribution: direct
        text: "TTP has been active in Pakistan for 25 years"
      - id: fixture-htn-muttaqi-not-new
        article: htnworld-muttaqi-blames-pakistan
        speaker: amir-khan-muttaqi
        attribution: direct
        text: "Pakistan’s problems are not new"
      - id: fixture-nationpress-naeem-no-progress
        article: nationpress-taliban-blame-failed-talks
        speaker: mohammad-naeem
        attribution: reported
        text: "Naeem indicated that no progress was made in the discussions due to the Pakistani side's irresponsible and uncooperative behavior, despite what he referred to as the Taliban’s goodwill and the mediation efforts, as reported by Afghanistan's prominent news agency, Khaama Press"
        relay:
          - via: khaama-press
            text: "as reported by Afghanistan's prominent news agency, Khaama Press"
      - id: fixture-nationpress-muttaqi-demands
        article: nationpress-taliban-blame-failed-talks
        speaker: amir-khan-muttaqi
        attribution: direct
        text: "The Pakistani representatives made demands during negotiations that were neither practical nor reasonable."
        note: "In the article this quotation opens with “ and is never closed."
      - id: fixture-sat-mujahid-good-faith
        article: southasiatimes-pakistan-afghanistan-trade-blame
        speaker: zabihullah-mujahid
        attribution: direct
        text: "in good faith and with appropriate authority"
        note: "In the article this paragraph opens with a straight quotation mark (\\") that is never closed."
    accounts:
      - id: fixture-nukta-editorial-taliban-deny
        article: nukta-pakistan-reaffirms-core-concern
        speaker: nukta-editorial
        attribution: outlet
        text: "a claim the Taliban deny"
framing:
  - id: fixture-htn-analysts-verifiable-requirements
    article: htnworld-muttaqi-blames-pakistan
    speaker: htn-analysts
    attribution: unnamed
    text: "Analysts note that Pakistan’s stance is grounded in verifiable counterterrorism requirements"
related:
  - where-ttp-attacks-are-planned
`;

/** Validates a copy of content/ with the fixture claim, edited, and any extra files. */
async function problemsWith(edit: (text: string) => string, extra: Record<string, string> = {}): Promise<ContentProblem[]> {
  const root = await copyProject();
  const edited = edit(FIXTURE);
  await writeFile(path.join(root, FILE), edited);
  for (const [file, text] of Object.entries(extra)) await writeFile(path.join(root, file), text);
  return validateContent(root);
}

/** The report's lines, `file:line: field: message`, without the heading. */
const lines = (problems: ContentProblem[]) =>
  formatProblems(problems)
    .split('\n')
    .slice(1)
    .filter((line) => line.length > 0);

/** The report's lines after an edit of the fixture. */
const reportAfter = async (edit: (text: string) => string, extra: Record<string, string> = {}) => lines(await problemsWith(edit, extra));

/** An edit replacing `from`, which must occur exactly once in the fixture, so a stale test cannot pass by editing nothing. */
const swap =
  (from: string, to: string) =>
  (text: string): string => {
    const occurrences = text.split(from).length - 1;
    if (occurrences !== 1) throw new Error(`the fixture has ${occurrences} occurrences of ${JSON.stringify(from)}, not 1`);
    return text.replace(from, to);
  };

/** Several edits, one after the other. */
const edits =
  (...steps: ((text: string) => string)[]) =>
  (text: string): string =>
    steps.reduce((out, step) => step(out), text);

/** An edit adding a quote, and a summary item for it, to the Pakistan column. The new item takes lines 9–10 and the quote starts at line 17. */
const addPakistanQuote = (quote: { id: string; article: string; speaker: string; attribution: string; text: string }, says = 'says what the quote below says.') =>
  edits(
    swap(
      '    quotes:\n      - id: fixture-nukta-principal-concern\n',
      `      - quotes: [${quote.id}]\n        says: ${says}\n    quotes:\n      - id: fixture-nukta-principal-concern\n`,
    ),
    swap(
      '\n  taliban:\n',
      `\n      - id: ${quote.id}\n        article: ${quote.article}\n        speaker: ${quote.speaker}\n        attribution: ${quote.attribution}\n        text: ${JSON.stringify(quote.text)}\n  taliban:\n`,
    ),
  );

test('the fixture claim itself is valid', async () => {
  expect(await problemsWith((text) => text)).toEqual([]);
});

describe('a quote must be the article’s own words', () => {
  test('a changed word is refused, with the closest passage to help the editor', async () => {
    expect(await reportAfter(swap('for 25 years"', 'for 20 years"'))).toEqual([
      `${FILE}:30: positions.taliban.quotes[0].text: is not in article "htnworld-muttaqi-blames-pakistan": quotes must be copied exactly, only whitespace may differ; the closest passage is in #p-he-stated-that-pakistans-security-challenges: "“TTP has been active in Pakistan for 25 years,", which differs from the quote at character 38: 5 U+0035 in the article, 0 U+0030 in the quote ("… been active in Pakistan for 25 years" in the article, "… been active in Pakistan for 20 years" in the quote)`,
    ]);
  });

  test('a paraphrase is refused', async () => {
    const problems = await problemsWith(swap('"TTP has been active in Pakistan for 25 years"', '"The TTP has operated in Pakistan for a quarter of a century"'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, line: 30, field: 'positions.taliban.quotes[0].text' });
    expect(problems[0]?.message).toMatch(/^is not in article "htnworld-muttaqi-blames-pakistan": quotes must be copied exactly/u);
  });

  test('straight quotes for curly ones are refused', async () => {
    const problems = await problemsWith(swap('said its “principal concern”', 'said its \\"principal concern\\"'));
    expect(problems.map((problem) => `${problem.line}: ${problem.field}`)).toEqual(['14: positions.pakistan.quotes[0].text']);
  });

  test('whitespace differences are accepted', async () => {
    expect(await problemsWith(swap('"TTP has been active in Pakistan for 25 years"', '"TTP  has been\\n active in Pakistan for 25 years"'))).toEqual([]);
  });

  test('words that occur more than once must say which occurrence they mean', async () => {
    const problems = await problemsWith(swap('"TTP has been active in Pakistan for 25 years"', '"Pakistani officials"'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, line: 30, field: 'positions.taliban.quotes[0].text' });
    expect(problems[0]?.message).toMatch(/^occurs 2 times in article "htnworld-muttaqi-blames-pakistan" \(#p-[a-z0-9-]+, #p-[a-z0-9-]+\): add context\.before or context\.after/u);
  });

  test('context picks the occurrence, and context that fits none is refused', async () => {
    const quote = (context: string) => swap('"TTP has been active in Pakistan for 25 years"', `"Pakistani officials"\n        context: { ${context} }`);
    expect(await problemsWith(quote('after: "themselves have said"'))).toEqual([]);
    expect(await reportAfter(quote('after: "said nothing"'))).toEqual([
      `${FILE}:30: positions.taliban.quotes[0].text: is in article "htnworld-muttaqi-blames-pakistan", but its context fits none of the 2 occurrences: context.before and context.after must be the words right next to it in the same paragraph`,
    ]);
  });
});

describe('references must resolve', () => {
  test.each([
    ['article', 'article: nukta-pakistan-reaffirms-core-concern\n        speaker: pakistan-foreign-office', 'article: nukta-no-such-article\n        speaker: pakistan-foreign-office', 11, 'positions.pakistan.quotes[0].article', 'names article "nukta-no-such-article", which does not exist in content/articles/'],
    ['speaker', 'speaker: pakistan-foreign-office', 'speaker: pakistan-foreign-ofice', 12, 'positions.pakistan.quotes[0].speaker', 'names person "pakistan-foreign-ofice", who is not in content/people/'],
    ['relay', 'via: khaama-press', 'via: khama-press', 42, 'positions.taliban.quotes[2].relay[0].via', 'names "khama-press", who is not in content/people/'],
    ['topic', 'topic: militancy', 'topic: militants', 3, 'topic', 'names topic "militants", which is not in content/topics.yaml'],
    ['related claim', '  - where-ttp-attacks-are-planned', '  - where-attacks-are-planned', 69, 'related[0]', 'names claim "where-attacks-are-planned", which is not in content/claims/'],
  ])('an unknown %s', async (_label, from, to, line, field, message) => {
    expect(await reportAfter(swap(from, to))).toEqual([`${FILE}:${line}: ${field}: ${message}`]);
  });
});

describe('ids must be unique', () => {
  test('two quotes with the same id in two claims', async () => {
    // Files are read in name order, so the claim read second is the one reported.
    // Its own title and statement: a claim repeating another's is a problem of its own (duplicate-claims.test.ts).
    const other = FIXTURE.replaceAll('fixture-', 'other-')
      .replaceAll('other-htn-muttaqi-25-years', 'fixture-htn-muttaqi-25-years')
      .replace(/^title: .*$/mu, 'title: Another claim')
      .replace(/^statement: .*$/mu, 'statement: Whether another claim may reuse a quote id.');
    expect(await reportAfter((text) => text, { 'content/claims/other-claim.yaml': other })).toEqual([
      `content/claims/other-claim.yaml:26: positions.taliban.quotes[0].id: quote id "fixture-htn-muttaqi-25-years" is already used in ${FILE}: quote ids must be unique across all claims`,
    ]);
  });

  test('two quotes with the same id in one claim', async () => {
    expect(await reportAfter((text) => text.replaceAll('fixture-htn-muttaqi-25-years', 'fixture-nukta-principal-concern'))).toEqual([
      `${FILE}:26: positions.taliban.quotes[0].id: quote id "fixture-nukta-principal-concern" is already used in ${FILE}: quote ids must be unique across all claims`,
    ]);
  });

  test('an account or framing quote with the id of a side’s quote', async () => {
    expect(await reportAfter(swap('id: fixture-htn-analysts-verifiable-requirements', 'id: fixture-nukta-editorial-taliban-deny'))).toEqual([
      `${FILE}:63: framing[0].id: quote id "fixture-nukta-editorial-taliban-deny" is already used in ${FILE}: quote ids must be unique across all claims`,
    ]);
  });

  test('two claims with the same id', async () => {
    expect(await reportAfter((text) => text, { 'content/claims/fixture-claim.yml': FIXTURE.replaceAll('fixture-', 'other-') })).toEqual([
      'content/claims/fixture-claim.yml: file name: claim id "fixture-claim" is already used by content/claims/fixture-claim.yaml: ids must be unique',
    ]);
  });

  test('a quote id the claim page uses for itself', async () => {
    expect(await reportAfter((text) => text.replaceAll('fixture-htn-muttaqi-25-years', 'claim-title'))).toEqual([
      `${FILE}:26: positions.taliban.quotes[0].id: "claim-title" is an id the claim page uses for itself: choose another`,
    ]);
  });
});

describe('positions', () => {
  test('a claim with no quote on either side and no framing', async () => {
    expect(await reportAfter((text) => text.replace(/ {2}pakistan:[\s\S]*?\nrelated:/u, '  pakistan: not stated\n  taliban: not stated\nrelated:'))).toEqual([
      `${FILE}:4: positions: has no quote on either side: a claim needs at least one quote; both sides are "not stated"`,
    ]);
  });

  test('a claim whose only quotes are framing is valid: neither side states a position', async () => {
    expect(await problemsWith((text) => text.replace(/ {2}pakistan:[\s\S]*?\nframing:/u, '  pakistan: not stated\n  taliban: not stated\nframing:'))).toEqual([]);
  });

  test('a side that says "not stated" shows as such and is valid', async () => {
    expect(await problemsWith((text) => text.replace(/ {2}taliban:[\s\S]*?\nframing:/u, '  taliban: not stated\nframing:'))).toEqual([]);
  });

  test('a position with an empty list of quotes', async () => {
    expect(await reportAfter((text) => text.replace(/ {2}taliban:[\s\S]*?\nframing:/u, '  taliban:\n    quotes: []\nframing:'))).toEqual([
      `${FILE}:16: positions.taliban.quotes: must hold at least one quote; write "not stated" instead of the position if the sources have none`,
    ]);
  });

  test('an attribution that does not fit the speaker', async () => {
    expect(await reportAfter(swap('attribution: direct\n        text: "TTP', 'attribution: unnamed\n        text: "TTP'))).toEqual([
      `${FILE}:29: positions.taliban.quotes[0].attribution: "unnamed" does not fit "amir-khan-muttaqi" (person): "unnamed" is for unnamed officials or sources, and only for them`,
    ]);
  });

  test('an unknown attribution kind and an unknown field', async () => {
    expect(await reportAfter(swap('attribution: direct\n        text: "TTP', 'attribution: quoted\n        page: 2\n        text: "TTP'))).toEqual([
      `${FILE}:29: positions.taliban.quotes[0].attribution: must be one of: direct, reported, unnamed, outlet (found the text "quoted")`,
      `${FILE}:30: positions.taliban.quotes[0].page: is not a known field here: check its spelling, or see README.md for the fields this file takes`,
    ]);
  });
});

describe('a side’s column holds only that side’s own voice', () => {
  test.each([
    ['analysts', { id: 'fixture-htn-analysts-externalize', article: 'htnworld-muttaqi-blames-pakistan', speaker: 'htn-analysts', attribution: 'unnamed', text: 'Kabul continues to externalize responsibility and avoid enforcement commitments' }],
    ['an outlet’s own voice', { id: 'fixture-htn-editorial-undermines-narrative', article: 'htnworld-muttaqi-blames-pakistan', speaker: 'htn-world-editorial', attribution: 'outlet', text: 'recurring cross-border attacks undermines that narrative' }],
  ])('a third party (%s) under a side’s quotes belongs under "framing"', async (_label, quote) => {
    expect(await reportAfter(addPakistanQuote(quote))).toEqual([
      `${FILE}:19: positions.pakistan.quotes[1].speaker: "${quote.speaker}" speaks for neither side, and a side's column holds only that side's own voice: put this quote under "framing" (shown below both columns as "How the articles frame it"), or under a side's "accounts" if it describes that side's position`,
    ]);
  });

  test('the other side’s speaker under a side’s quotes', async () => {
    expect(await reportAfter(swap('speaker: zabihullah-mujahid', 'speaker: pakistan-foreign-office'))).toEqual([
      `${FILE}:52: positions.taliban.quotes[4].speaker: "pakistan-foreign-office" speaks for pakistan, and a side's column holds only that side's own voice: put this quote under positions.pakistan.quotes, or under positions.taliban.accounts if it describes that side's position`,
    ]);
  });

  test('a side’s own speaker under its "accounts"', async () => {
    expect(await reportAfter(swap('speaker: nukta-editorial\n        attribution: outlet', 'speaker: islamic-emirate-of-afghanistan\n        attribution: reported'))).toEqual([
      `${FILE}:59: positions.taliban.accounts[0].speaker: "islamic-emirate-of-afghanistan" speaks for taliban: "accounts" are for others' descriptions of a side's position; put this quote under positions.taliban.quotes`,
    ]);
  });

  test('an account given by the other side is valid', async () => {
    expect(await problemsWith(swap('speaker: nukta-editorial\n        attribution: outlet', 'speaker: pakistan-foreign-office\n        attribution: reported'))).toEqual([]);
  });

  test('a side’s speaker under "framing"', async () => {
    expect(await reportAfter(swap('speaker: htn-analysts\n    attribution: unnamed', 'speaker: amir-khan-muttaqi\n    attribution: reported'))).toEqual([
      `${FILE}:65: framing[0].speaker: "amir-khan-muttaqi" speaks for taliban: "framing" is for outlets, analysts and other third parties; put this quote under positions.taliban.quotes`,
    ]);
  });

  test('"attribution: outlet" naming another outlet’s editorial voice', async () => {
    expect(await reportAfter(swap('speaker: nukta-editorial', 'speaker: htn-world-editorial'))).toEqual([
      `${FILE}:59: positions.taliban.accounts[0].speaker: "htn-world-editorial" is the editorial voice of HTN World, but the quote is from Nukta ("nukta-pakistan-reaffirms-core-concern"): an outlet's own framing can only be its own article's`,
    ]);
  });

  test('an editorial voice with an attribution other than "outlet"', async () => {
    expect(await reportAfter(swap('speaker: nukta-editorial\n        attribution: outlet', 'speaker: nukta-editorial\n        attribution: reported'))).toEqual([
      `${FILE}:60: positions.taliban.accounts[0].attribution: "reported" does not fit "nukta-editorial" (editorial): "outlet" is for an outlet's editorial voice, and only for it`,
    ]);
  });
});

describe('relays', () => {
  test('a medium as the speaker', async () => {
    expect(await reportAfter(swap('speaker: mohammad-naeem', 'speaker: khaama-press'))).toEqual([
      `${FILE}:38: positions.taliban.quotes[2].speaker: "khaama-press" is a medium that relays others' words: name the speaker it relays, and "khaama-press" under relay`,
    ]);
  });

  test.each([
    ['an editorial voice', 'nationpress-editorial', 'an editorial voice'],
    ['a person', 'amir-khan-muttaqi', 'a person'],
  ])('a relay via %s, not a medium', async (_label, via, kind) => {
    expect(await reportAfter(swap('via: khaama-press', `via: ${via}`))).toEqual([
      `${FILE}:42: positions.taliban.quotes[2].relay[0].via: "${via}" is ${kind}, not a medium: a relay is an outlet or agency the article credits for passing the words on (kind "media")`,
    ]);
  });

  test('relay words that are not in the quote’s paragraph', async () => {
    // Shortened: the paragraph says "as reported by Afghanistan's prominent news agency, Khaama Press".
    expect(await reportAfter(swap('text: "as reported by Afghanistan\'s prominent news agency, Khaama Press"', 'text: "as reported by Khaama Press"'))).toEqual([
      `${FILE}:43: positions.taliban.quotes[2].relay[0].text: is not in the quote's paragraph #p-naeem-indicated-that-no-progress-was: a relay's words must be copied exactly from the paragraph the quote comes from`,
    ]);
  });

  test('a quote from a paragraph that credits a medium, with no relay', async () => {
    expect(await reportAfter(swap('        relay:\n          - via: khaama-press\n            text: "as reported by Afghanistan\'s prominent news agency, Khaama Press"\n', ''))).toEqual([
      `${FILE}:36: positions.taliban.quotes[2].relay: must name "khaama-press": the quote's paragraph #p-naeem-indicated-that-no-progress-was credits "Khaama Press" for the words; add { via: khaama-press, text: <the paragraph's words naming it> }`,
    ]);
  });

  test('a relay naming a medium its words do not name', async () => {
    expect(await reportAfter(swap('via: khaama-press', 'via: tolo-news'))).toEqual([
      `${FILE}:43: positions.taliban.quotes[2].relay[0].text: does not name "tolo-news" (Tolo News): the relay's words must be the article's words crediting that medium, e.g. "Tolo News"`,
    ]);
  });
});

describe('source problems carry a note', () => {
  test.each([
    ['NationPress, Muttaqi’s remark: “ never closed', 'note: "In the article this quotation opens with “ and is never closed."', 44, 3, 'p-during-a-graduation-ceremony-at-the', '1 opening “ and no closing ”'],
    ['The South Asia Times, a stray straight mark', 'note: "In the article this paragraph opens with a straight quotation mark (\\") that is never closed."', 50, 4, 'p-representatives-of-the-islamic-emirate-of', '1 straight ", an odd number'],
  ])('a quote from a paragraph with unbalanced quotation marks and no note (%s)', async (_label, note, line, at, paragraph, unbalanced) => {
    expect(await reportAfter(swap(`\n        ${note}`, ''))).toEqual([
      `${FILE}:${line}: positions.taliban.quotes[${at}].note: is required: the quote's paragraph #${paragraph} has unbalanced quotation marks (${unbalanced}); add a neutral note saying what the article shows, e.g. "In the article this quotation opens with “ and is never closed."`,
    ]);
  });

  test('an account from such a paragraph needs the note too', async () => {
    // Muttaqi quoting Pakistan's request: the Pakistani position as the other side describes it.
    const account = swap(
      '\n  taliban:\n',
      `\n    accounts:\n      - id: fixture-nationpress-muttaqi-guarantee-request\n        article: nationpress-taliban-blame-failed-talks\n        speaker: amir-khan-muttaqi\n        attribution: direct\n        text: "Provide us a guarantee that security incidents in Pakistan will cease."\n  taliban:\n`,
    );
    expect(await reportAfter(account)).toEqual([
      `${FILE}:16: positions.pakistan.accounts[0].note: is required: the quote's paragraph #p-during-a-graduation-ceremony-at-the has unbalanced quotation marks (1 opening “ and no closing ”); add a neutral note saying what the article shows, e.g. "In the article this quotation opens with “ and is never closed."`,
    ]);
    expect(await problemsWith(edits(account, swap('will cease."\n  taliban:', 'will cease."\n        note: "In the article this quotation opens with “ and is never closed."\n  taliban:')))).toEqual([]);
  });

  test('a note is allowed where the marks balance: other source problems may be noted too', async () => {
    expect(await problemsWith(swap('text: "TTP has been active in Pakistan for 25 years"', 'text: "TTP has been active in Pakistan for 25 years"\n        note: "The article gives no date for this remark."'))).toEqual([]);
  });
});

describe('summaries credit each speaker only with their own quotes', () => {
  test('an item whose quotes have two speakers', async () => {
    const merged = edits(
      swap('[fixture-htn-muttaqi-25-years, fixture-htn-muttaqi-not-new]', '[fixture-htn-muttaqi-25-years, fixture-htn-muttaqi-not-new, fixture-sat-mujahid-good-faith]'),
      swap('      - quotes: [fixture-sat-mujahid-good-faith]\n        says: says the Afghan delegates took part “in good faith and with appropriate authority”.\n', ''),
    );
    expect(await reportAfter(merged)).toEqual([
      `${FILE}:17: positions.taliban.summary[0].quotes: credits "amir-khan-muttaqi" in "htnworld-muttaqi-blames-pakistan" and "zabihullah-mujahid" in "southasiatimes-pakistan-afghanistan-trade-blame" with one summary: write one item per speaker and outlet ("fixture-htn-muttaqi-25-years" and "fixture-sat-mujahid-good-faith" differ)`,
    ]);
  });

  test('an item whose quotes have one speaker in two articles', async () => {
    const merged = edits(
      swap('[fixture-htn-muttaqi-25-years, fixture-htn-muttaqi-not-new]', '[fixture-htn-muttaqi-25-years, fixture-htn-muttaqi-not-new, fixture-nationpress-muttaqi-demands]'),
      swap('      - quotes: [fixture-nationpress-muttaqi-demands]\n        says: says the Pakistani demands were “neither practical nor reasonable”.\n', ''),
    );
    expect(await reportAfter(merged)).toEqual([
      `${FILE}:17: positions.taliban.summary[0].quotes: credits "amir-khan-muttaqi" in "htnworld-muttaqi-blames-pakistan" and "amir-khan-muttaqi" in "nationpress-taliban-blame-failed-talks" with one summary: write one item per speaker and outlet ("fixture-htn-muttaqi-25-years" and "fixture-nationpress-muttaqi-demands" differ)`,
    ]);
  });

  test.each([
    ['another person', 'says, like Mujahid, that', '"Mujahid" (Zabihullah Mujahid)'],
    ['another outlet', 'says, as Dawat Media Center reports, that', '"Dawat Media Center" (the outlet Dawat Media Center)'],
    ['another medium', 'says, as Tolo News reports, that', '"Tolo News" (Tolo News)'],
  ])('an item naming %s in "says"', async (_label, says, named) => {
    expect(await reportAfter(swap('says: says “Pakistan’s problems are not new” and that', `says: ${says} “Pakistan’s problems are not new” and that`))).toEqual([
      `${FILE}:18: positions.taliban.summary[0].says: names ${named}, who has no quote in this item: a summary item speaks only of its own speaker, relay and outlet, which the site names from its quotes`,
    ]);
  });

  test('an item may name its own speaker, relay and outlet', async () => {
    expect(await problemsWith(swap('says: says no progress was made', 'says: says, as NationPress has it from Khaama Press, that Naeem thinks no progress was made'))).toEqual([]);
  });

  test('words in quotation marks that no quote of the item holds', async () => {
    expect(await reportAfter(swap('“in good faith and with appropriate authority”', '“in good faith and with full authority”'))).toEqual([
      `${FILE}:24: positions.taliban.summary[3].says: puts "in good faith and with full authority" in quotation marks, but no quote of this item holds those words exactly`,
    ]);
  });

  test.each([
    ['the other side’s', 'principal concern', 'pakistan-foreign-office', 'fixture-nukta-principal-concern'],
    ['another speaker of the same side’s', 'irresponsible and uncooperative', 'mohammad-naeem', 'fixture-nationpress-naeem-no-progress'],
    ['a framing quote’s', 'verifiable counterterrorism requirements', 'htn-analysts', 'fixture-htn-analysts-verifiable-requirements'],
  ])('words in quotation marks that are %s', async (_label, fragment, owner, quote) => {
    expect(await reportAfter(swap('“in good faith and with appropriate authority”', `“${fragment}”`))).toEqual([
      `${FILE}:24: positions.taliban.summary[3].says: puts "${fragment}" in quotation marks, but those are the words of "${owner}" (quote "${quote}"), not of "zabihullah-mujahid" in this item's quotes`,
    ]);
  });

  test('words in quotation marks that are the same speaker’s in another article', async () => {
    expect(await reportAfter(swap('and that the TTP has long been active in Pakistan.', 'and that the demands were “neither practical nor reasonable”.'))).toEqual([
      `${FILE}:18: positions.taliban.summary[0].says: puts "neither practical nor reasonable" in quotation marks, but those are words of "amir-khan-muttaqi" in quote "fixture-nationpress-muttaqi-demands", which belongs to another item (another article or relay), not to this item's quotes`,
    ]);
  });

  test.each([
    ['an opening “ never closed', '“irresponsible and uncooperative behavior”.', '“irresponsible and hostile behavior.', '1 opening “ and no closing ”'],
    ['an odd straight mark', '“irresponsible and uncooperative behavior”.', '"irresponsible and hostile behavior.', '1 straight ", an odd number'],
  ])('words in "says" after %s, which would escape the check of quoted words', async (_label, from, to, unbalanced) => {
    expect(await reportAfter(swap(from, to))).toEqual([
      `${FILE}:20: positions.taliban.summary[1].says: has unbalanced quotation marks (${unbalanced}): close every quotation, so that the quoted words can be checked against this item's quotes`,
    ]);
  });

  test('a quote in no item', async () => {
    expect(await reportAfter(swap('      - quotes: [fixture-sat-mujahid-good-faith]\n        says: says the Afghan delegates took part “in good faith and with appropriate authority”.\n', ''))).toEqual([
      `${FILE}:48: positions.taliban.quotes[4].id: quote "fixture-sat-mujahid-good-faith" is in no summary item: list it under the item for its speaker and outlet in positions.taliban.summary`,
    ]);
  });

  test.each([
    ['an account of the position', 'fixture-nukta-editorial-taliban-deny'],
    ['the other side’s quote', 'fixture-nukta-principal-concern'],
    ['a framing quote', 'fixture-htn-analysts-verifiable-requirements'],
  ])('an item naming a quote that is not among the position’s own: %s', async (_label, id) => {
    expect(await reportAfter(swap('[fixture-sat-mujahid-good-faith]', `[fixture-sat-mujahid-good-faith, ${id}]`))).toEqual([
      `${FILE}:23: positions.taliban.summary[3].quotes[1]: names quote "${id}", which is not among positions.taliban.quotes: a summary item sums up only quotes beneath it`,
    ]);
  });

  test('two items with the same voice', async () => {
    const split = swap(
      '      - quotes: [fixture-htn-muttaqi-25-years, fixture-htn-muttaqi-not-new]\n',
      '      - quotes: [fixture-htn-muttaqi-25-years]\n        says: says the TTP has long been active in Pakistan.\n      - quotes: [fixture-htn-muttaqi-not-new]\n',
    );
    expect(await reportAfter(split)).toEqual([
      `${FILE}:19: positions.taliban.summary[1].quotes: has the same speaker, outlet and relays as summary[0]: merge them, one item per speaker and outlet`,
    ]);
  });

  test('one voice with and without a relay is two voices: two items are right', async () => {
    const unrelayed = {
      id: 'fixture-nationpress-naeem-goodwill',
      article: 'nationpress-taliban-blame-failed-talks',
      speaker: 'mohammad-naeem',
      attribution: 'reported',
      text: 'Naeem reiterated the Taliban\'s willingness to resume diplomatic discussions with Pakistan',
    };
    const added = edits(
      swap('      - quotes: [fixture-nationpress-muttaqi-demands]\n', `      - quotes: [${unrelayed.id}]\n        says: says talks can resume.\n      - quotes: [fixture-nationpress-muttaqi-demands]\n`),
      swap(
        '    accounts:\n',
        `      - id: ${unrelayed.id}\n        article: ${unrelayed.article}\n        speaker: ${unrelayed.speaker}\n        attribution: ${unrelayed.attribution}\n        text: ${JSON.stringify(unrelayed.text)}\n    accounts:\n`,
      ),
    );
    expect(await problemsWith(added)).toEqual([]);
    // The same two quotes in one item are refused: the lead could not say whether Khaama Press relayed both.
    const merged = edits(added, swap(`      - quotes: [${unrelayed.id}]\n        says: says talks can resume.\n`, ''), swap('[fixture-nationpress-naeem-no-progress]', `[fixture-nationpress-naeem-no-progress, ${unrelayed.id}]`));
    expect(await reportAfter(merged)).toEqual([
      `${FILE}:19: positions.taliban.summary[1].quotes: credits "mohammad-naeem" in "nationpress-taliban-blame-failed-talks" and "mohammad-naeem" in "nationpress-taliban-blame-failed-talks" (or different relays) with one summary: write one item per speaker and outlet ("fixture-nationpress-naeem-no-progress" and "fixture-nationpress-naeem-goodwill" differ)`,
    ]);
  });

  test('a quote in two items', async () => {
    expect(await reportAfter(swap('[fixture-nationpress-naeem-no-progress]', '[fixture-nationpress-naeem-no-progress, fixture-sat-mujahid-good-faith]'))).toEqual([
      `${FILE}:19: positions.taliban.summary[1].quotes: credits "mohammad-naeem" in "nationpress-taliban-blame-failed-talks" and "zabihullah-mujahid" in "southasiatimes-pakistan-afghanistan-trade-blame" (or different relays) with one summary: write one item per speaker and outlet ("fixture-nationpress-naeem-no-progress" and "fixture-sat-mujahid-good-faith" differ)`,
      `${FILE}:23: positions.taliban.summary[3].quotes[0]: quote "fixture-sat-mujahid-good-faith" is already summarised in summary[1]: each quote belongs to one item`,
    ]);
  });

  test('a quote listed twice in its own item', async () => {
    expect(await reportAfter(swap('[fixture-sat-mujahid-good-faith]', '[fixture-sat-mujahid-good-faith, fixture-sat-mujahid-good-faith]'))).toEqual([
      `${FILE}:23: positions.taliban.summary[3].quotes[1]: quote "fixture-sat-mujahid-good-faith" is already summarised in summary[3]: each quote belongs to one item`,
    ]);
  });

  test('a summary on a position with only accounts', async () => {
    const onlyAccounts = swap('    quotes:\n      - id: fixture-nukta-principal-concern\n        article: nukta-pakistan-reaffirms-core-concern\n        speaker: pakistan-foreign-office', '    accounts:\n      - id: fixture-nukta-principal-concern\n        article: nukta-pakistan-reaffirms-core-concern\n        speaker: islamic-emirate-of-afghanistan');
    expect(await reportAfter(onlyAccounts)).toEqual([
      `${FILE}:6: positions.pakistan.summary: must be left out: a position with no quotes of its own has nothing to summarise`,
    ]);
  });

  test('a position with only accounts and no summary is valid: its column says "No position stated"', async () => {
    const onlyAccounts = edits(
      swap('    summary:\n      - quotes: [fixture-nukta-principal-concern]\n        says: says its “principal concern” remains the rise in terrorism originating from Afghanistan.\n', ''),
      swap('    quotes:\n      - id: fixture-nukta-principal-concern\n        article: nukta-pakistan-reaffirms-core-concern\n        speaker: pakistan-foreign-office', '    accounts:\n      - id: fixture-nukta-principal-concern\n        article: nukta-pakistan-reaffirms-core-concern\n        speaker: islamic-emirate-of-afghanistan'),
    );
    expect(await problemsWith(onlyAccounts)).toEqual([]);
  });

  test('a position with quotes but no summary', async () => {
    expect(await reportAfter(swap('    summary:\n      - quotes: [fixture-nukta-principal-concern]\n        says: says its “principal concern” remains the rise in terrorism originating from Afghanistan.\n', ''))).toEqual([
      `${FILE}:5: positions.pakistan.summary: is required: one { quotes, says } item per speaker and outlet of this position`,
    ]);
  });
});
