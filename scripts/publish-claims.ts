/**
 * `npm run claims:publish`: renews the snapshot of the published claims, content/published-claims.json,
 * from the claims as they are now, and marks every correction in content/corrections.yaml as
 * published with it. Run it after recording a correction (and after adding a claim), then commit
 * the snapshot with the claim and the log.
 *
 * It refuses, changing nothing, while the content check has any problem: above all a claim that
 * differs from its published version with no correction recording it, a correction that records
 * a difference that does not exist, or a published link (a removed quote's, a claim's) with no
 * alias keeping it on its words.
 */
import { rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { today } from '../src/lib/anchors/alias-advice.ts';
import { formatSnapshot, type ClaimsSnapshot } from '../src/lib/corrections/claim-snapshot.ts';
import { hashCorrection } from '../src/lib/corrections/correction-match.ts';
import { formatProblems } from '../src/lib/problems/content-problems.ts';
import { CORRECTION_PATHS } from '../src/schemas/correction.ts';
import { publishedVersions, readClaimAliases, readClaimsSnapshot, readCorrectionLog, readCurrentClaims } from '../src/validation/corrections.ts';
import { ProblemList } from '../src/validation/problem-list.ts';
import { validateContentAndRegister } from '../src/validation/validate-content.ts';

const root = process.cwd();
const date = today();

let firstSnapshot = false;

function refuse(message: string): never {
  // A first snapshot written only so that the check could run is taken back.
  if (firstSnapshot) rmSync(path.join(root, CORRECTION_PATHS.snapshot), { force: true });
  console.error(`${message}\nNothing was published: ${CORRECTION_PATHS.snapshot} is ${firstSnapshot ? 'still not written' : 'unchanged'}.`);
  process.exit(1);
}

const read = await readClaimsSnapshot(root);
// A site that has never published: the first snapshot starts the log today.
const previous: ClaimsSnapshot = read.ok ? read.snapshot : { since: date, corrections: {}, claims: {} };
const missingIsFirst = !read.ok && /^is missing/u.test(read.message);
if (!read.ok && !missingIsFirst) refuse(`${CORRECTION_PATHS.snapshot}: ${read.message}`);
if (!read.ok) {
  await writeFile(path.join(root, CORRECTION_PATHS.snapshot), formatSnapshot(previous));
  firstSnapshot = true;
}

const problems = await validateContentAndRegister(root);
if (problems.length > 0) refuse(formatProblems(problems));

const logProblems = new ProblemList();
const log = await readCorrectionLog(root, logProblems);
const { claims, unknown } = await readCurrentClaims(root, previous, date);
if (!log || logProblems.problems.length > 0 || unknown.size > 0) refuse(formatProblems(logProblems.problems));

const versions = publishedVersions(previous, claims, await readClaimAliases(root));
const next: ClaimsSnapshot = {
  since: previous.since,
  corrections: Object.fromEntries(log.corrections.map(({ correction }) => [String(correction.number), hashCorrection(correction)])),
  // A renamed claim keeps the date it was first published under its old id.
  claims: Object.fromEntries([...claims].map(([id, { claim }]) => [id, { ...claim, published: versions.get(id)?.published ?? claim.published }])),
};
await writeFile(path.join(root, CORRECTION_PATHS.snapshot), formatSnapshot(next));

const ids = Object.keys(next.claims);
const added = ids.filter((id) => previous.claims[id] === undefined).length;
const gone = Object.keys(previous.claims).filter((id) => next.claims[id] === undefined).length;
const newCorrections = Object.keys(next.corrections).filter((number) => previous.corrections[number] === undefined).length;
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
console.log(
  `${CORRECTION_PATHS.snapshot} renewed: ${count(ids.length, 'claim', 'claims')} published (${added} new, ${gone} gone), ${count(Object.keys(next.corrections).length, 'correction', 'corrections')} on record (${newCorrections} new). Commit it with the claims and ${CORRECTION_PATHS.log}.`,
);
