/**
 * `npm run anchors:register` (after `npm run build`, which it runs first): adds every anchor the
 * built site (dist/) publishes to the register, content/published-anchors.txt, with the words hash
 * of each quote and paragraph. It never removes a line and never rewrites recorded words.
 *
 * It refuses, naming the lost links, while anything ever registered is lost: every line of the file
 * and of every committed version of it (git history) must still be published, on its words, or be
 * kept by an alias. A line deleted from the file by hand whose anchor is still published is put back.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { adviseFromLinks, describeLostAnchors, today } from '../src/lib/anchors/alias-advice.ts';
import { carriesWords, compareWithRegister, formatRegister, hashWords, readRegisterLines, type RegisterLine } from '../src/lib/anchors/anchor-register.ts';
import { isDeterminedByContent } from '../src/lib/anchors/content-anchors.ts';
import { formatProblems } from '../src/lib/problems/content-problems.ts';
import { CONTENT_PATHS } from '../src/site-config.ts';
import { readPublishedAnchors } from '../src/validation/published-anchors.ts';
import { checkRegister, readContentAnchors } from '../src/validation/register.ts';
import { readRegisterHistory, type RegisterVersion } from '../src/validation/register-history.ts';
import { inspectContent } from '../src/validation/validate-content.ts';

const root = process.cwd();
const registerPath = path.join(root, CONTENT_PATHS.register);

function refuse(message: string): never {
  console.error(`${message}\nNothing was registered: ${CONTENT_PATHS.register} is unchanged.`);
  process.exit(1);
}

const current = readRegisterLines(await readFile(registerPath, 'utf8').catch(() => '')).entries;
let history: RegisterVersion[];
try {
  history = readRegisterHistory(root, { allowNone: true });
} catch (error) {
  refuse(`${(error as Error).message}.\nanchors:register needs the register's git history to know every link ever published.`);
}

// Everything ever registered: the file's lines, then those only earlier versions still have.
const everRegistered = new Map<string, RegisterLine>(current.map((entry) => [entry.anchor, entry]));
for (const version of history) {
  for (const { anchor, words } of version.entries) {
    const known = everRegistered.get(anchor);
    if (!known) everRegistered.set(anchor, { anchor, words, line: undefined });
    else if (known.words === undefined && words !== undefined) everRegistered.set(anchor, { ...known, words });
  }
}
const restored = [...everRegistered.values()].filter((entry) => entry.line === undefined);

const content = await inspectContent(root);
if (content.problems.length > 0) refuse(formatProblems(content.problems));
const entries = [...everRegistered.values()];
const registerProblems = await checkRegister(root, content, { entries });
const published = await readPublishedAnchors(path.join(root, 'dist'));
const { lost, unregistered } = compareWithRegister(
  entries.map((entry) => entry.anchor),
  published,
);
// Lost links the content determines are in the register check's report, with their aliases.
const lostChrome = registerProblems.length > 0 ? lost.filter((anchor) => !isDeterminedByContent(anchor)) : lost;
if (registerProblems.length > 0 || lostChrome.length > 0) {
  const fromHistory = restored.filter((entry) => lost.includes(entry.anchor) || registerProblems.some((problem) => problem.message.includes(`  ${entry.anchor}\n`) || problem.field === entry.anchor));
  refuse(
    [
      registerProblems.length > 0 ? formatProblems(registerProblems) : '',
      lostChrome.length > 0 ? describeLostAnchors(lostChrome, adviseFromLinks(lostChrome), today()) : '',
      fromHistory.length > 0
        ? `${fromHistory.length === 1 ? 'One of these is' : `${fromHistory.length} of these are`} no longer in ${CONTENT_PATHS.register}, but an earlier commit registered ${fromHistory.length === 1 ? 'it' : 'them'}: a published link stays registered for good.`
        : '',
    ]
      .filter(Boolean)
      .join('\n\n'),
  );
}

// Words for every quote and paragraph that has none yet, from the content (an alias's old link keeps none).
const anchors = await readContentAnchors(root, content);
const wordsOf = (anchor: string) => {
  const words = anchors.published.get(anchor);
  return carriesWords(anchor) && words !== undefined && !anchors.aliased.has(anchor) ? hashWords(words) : undefined;
};
let hashed = 0;
const next = [...entries, ...unregistered.map((anchor) => ({ anchor, words: undefined, line: undefined }))].map((entry) => {
  if (entry.words !== undefined) return entry;
  const words = wordsOf(entry.anchor);
  if (words !== undefined && everRegistered.has(entry.anchor)) hashed += 1;
  return { ...entry, words };
});
await writeFile(registerPath, formatRegister(next));

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const notes = [`${count(unregistered.length, 'new anchor', 'new anchors')} registered`];
if (restored.length > 0) notes.push(`${count(restored.length, 'line', 'lines')} put back from the register's history (${restored.map((entry) => entry.anchor).join(', ')})`);
if (hashed > 0) notes.push(`words recorded for ${count(hashed, 'registered anchor', 'registered anchors')}`);
console.log(`${notes.join('; ')}; ${next.length} in all.`);
