/**
 * What an editor does after changing published claims in a copy of the project: records every
 * difference from the snapshot in the corrections log, as the entries the content check suggests,
 * each with a reason. Tests of other checks use it so that the corrections guard lets their edits
 * through and the check they test is the one that speaks.
 */
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { today } from '../../src/lib/anchors/alias-advice.ts';
import type { ClaimDifference } from '../../src/lib/corrections/claim-diff.ts';
import { formatCorrectionEntry } from '../../src/lib/corrections/correction-match.ts';
import { differencesFromSnapshot, publishedVersions, readClaimAliases, readClaimsSnapshot, readCorrectionLog, readCurrentClaims } from '../../src/validation/corrections.ts';
import { ProblemList } from '../../src/validation/problem-list.ts';

/** Appends one correction per changed claim to `content/corrections.yaml` of `root`; returns how many. */
export async function recordEveryCorrection(root: string, why: string): Promise<number> {
  const read = await readClaimsSnapshot(root);
  if (!read.ok) throw new Error(`content/published-claims.json ${read.message}`);
  const date = today();
  const { claims } = await readCurrentClaims(root, read.snapshot, date);
  const published = publishedVersions(read.snapshot, claims, await readClaimAliases(root));
  const byClaim = new Map<string, ClaimDifference[]>();
  for (const difference of differencesFromSnapshot(published, claims)) byClaim.set(difference.claim, [...(byClaim.get(difference.claim) ?? []), difference]);
  const log = await readCorrectionLog(root, new ProblemList());
  const last = Math.max(0, ...(log?.corrections ?? []).map(({ correction }) => correction.number));
  const entries = [...byClaim].map(([claim, differences], at) => formatCorrectionEntry(last + at + 1, date, claim, differences).replace(/why: ".*"$/u, `why: ${JSON.stringify(why)}`));
  if (entries.length > 0) await appendFile(path.join(root, 'content/corrections.yaml'), `\n${entries.join('\n')}\n`);
  return entries.length;
}
