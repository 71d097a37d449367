/**
 * Checks the corrections log (content/corrections.yaml) against the snapshot of the published
 * claims (content/published-claims.json): every difference between a claim and its published
 * version must be recorded by a correction not yet published, every such correction must record
 * differences that exist, and the corrections published with the snapshot stay as they were.
 * Quote ids survive: one that was published, or that a correction removed, never comes back on
 * other words.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { today } from '../lib/anchors/alias-advice.ts';
import { diffClaim, placedQuotes, type ClaimDifference } from '../lib/corrections/claim-diff.ts';
import { snapshotOf, type ClaimContent, type ClaimsSnapshot, type SnapshotClaim } from '../lib/corrections/claim-snapshot.ts';
import { describeDifference, formatCorrectionEntry, hashCorrection, matchCorrections, removedQuoteIds, type RecordedCorrection } from '../lib/corrections/correction-match.ts';
import { quoteInReport } from '../lib/problems/content-problems.ts';
import { createClaimSchema } from '../schemas/claim.ts';
import { idSchema } from '../schemas/common.ts';
import { claimsSnapshotSchema, correctionSchema, CORRECTION_PATHS } from '../schemas/correction.ts';
import { CONTENT_PATHS } from '../site-config.ts';
import { parseWithSchema, ProblemList, readDataFiles, salvage } from './problem-list.ts';
import { isPlainObject, parseYamlSource, readContentFile, type ParsedYaml } from './sources.ts';

const claimSchema = createClaimSchema({ article: idSchema, person: idSchema, topic: idSchema, claim: idSchema });
const LOG = CORRECTION_PATHS.log;
const SNAPSHOT = CORRECTION_PATHS.snapshot;
const PUBLISH = 'npm run claims:publish';

/** The log's corrections that passed their schema, with their place in the file. */
export interface CorrectionLog {
  corrections: { correction: RecordedCorrection; at: number }[];
  lineOf: ParsedYaml['lineOf'];
}

/** Reads the log; a missing file is an empty log. Problems go to `problems`; undefined when the file cannot be read. */
export async function readCorrectionLog(root: string, problems: ProblemList): Promise<CorrectionLog | undefined> {
  const source = await readContentFile(root, LOG);
  if (!source.ok) {
    if (source.missing) return { corrections: [], lineOf: () => undefined };
    problems.add(LOG, 'file', source.error.message, source.error.line);
    return undefined;
  }
  const yaml = parseYamlSource(source.text);
  if (!yaml.ok) {
    for (const error of yaml.errors) problems.add(LOG, 'file', error.message, error.line);
    return undefined;
  }
  const report = problems.forFile(LOG, yaml.lineOf);
  // A log of comments only (null) is as empty as [].
  const entries: unknown = yaml.data ?? [];
  if (!Array.isArray(entries)) {
    report([], 'must be a list of corrections (nothing but comments, or [], when there are none)');
    return undefined;
  }
  const corrections: CorrectionLog['corrections'] = [];
  let previousDate: string | undefined;
  entries.forEach((entry: unknown, at) => {
    const correction = parseWithSchema(correctionSchema, entry, (fieldPath, message) => report([at, ...fieldPath], message));
    if (!correction) return;
    if (correction.number !== at + 1) report([at, 'number'], `must be ${at + 1}: corrections are numbered 1, 2, 3 … in the order they were made, and this is entry ${at + 1} of the list (found ${correction.number})`);
    if (previousDate !== undefined && correction.date < previousDate) report([at, 'date'], `must not be before the date of the correction above it (${previousDate}): add corrections at the end of the list, in the order they were made`);
    previousDate = correction.date;
    corrections.push({ correction, at });
  });
  return { corrections, lineOf: yaml.lineOf };
}

/** Reads the snapshot, or says what is wrong with it. */
export async function readClaimsSnapshot(root: string): Promise<{ ok: true; snapshot: ClaimsSnapshot } | { ok: false; message: string }> {
  let text: string;
  try {
    text = await readFile(path.join(root, SNAPSHOT), 'utf8');
  } catch {
    return { ok: false, message: `is missing: it holds every claim as published, which the corrections log is checked against; restore it (git checkout -- ${SNAPSHOT}), or for a site never published, write it with ${PUBLISH}` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `is not valid JSON (${(error as Error).message}): it is written by ${PUBLISH} and never edited by hand; restore it (git checkout -- ${SNAPSHOT})` };
  }
  const parsed = claimsSnapshotSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `is not a snapshot as ${PUBLISH} writes it (${issue === undefined ? 'unknown problem' : `${issue.path.join('.')}: ${issue.message}`}); restore it (git checkout -- ${SNAPSHOT})` };
  }
  return { ok: true, snapshot: parsed.data as ClaimsSnapshot };
}

/** The current claims that passed their schema, in their published form (dated `date` where new), and the files whose content is not known. */
export async function readCurrentClaims(root: string, snapshot: ClaimsSnapshot, date: string): Promise<{ claims: Map<string, { claim: SnapshotClaim; file: string; yaml: ParsedYaml }>; unknown: Set<string> }> {
  const unreadable = new Map<string, string>();
  // The claims check reports what is wrong with these files; here they are only read.
  const files = await readDataFiles(root, CONTENT_PATHS.claims, 'claim', new ProblemList(), unreadable);
  const claims = new Map<string, { claim: SnapshotClaim; file: string; yaml: ParsedYaml }>();
  const unknown = new Set(unreadable.keys());
  for (const { id, file, yaml, data } of files) {
    const content = salvage(claimSchema, data) as ClaimContent | undefined;
    if (content === undefined) unknown.add(id);
    else claims.set(id, { claim: snapshotOf(content, snapshot.claims[id]?.published ?? date), file, yaml });
  }
  return { claims, unknown };
}

/** Where a claim alias sends a published claim page: from, change and to, as far as they can be read. */
export async function readClaimAliases(root: string): Promise<Map<string, { change: string; to?: string | undefined }>> {
  const source = await readContentFile(root, CONTENT_PATHS.aliases);
  const yaml = source.ok ? parseYamlSource(source.text) : undefined;
  const aliases = new Map<string, { change: string; to?: string | undefined }>();
  if (!yaml?.ok || !Array.isArray(yaml.data)) return aliases;
  for (const entry of yaml.data as unknown[]) {
    if (!isPlainObject(entry) || typeof entry['from'] !== 'string' || typeof entry['change'] !== 'string') continue;
    const id = /^\/claims\/([^/#]+)\/$/u.exec(entry['from'])?.[1];
    if (id !== undefined) aliases.set(id, { change: entry['change'], to: typeof entry['to'] === 'string' ? entry['to'] : undefined });
  }
  return aliases;
}

/** `positions.pakistan.summary[0].says` as the path `lineOf` takes. */
function fieldPath(field: string): PropertyKey[] {
  return field === 'file' ? [] : field.split(/\.|(?=\[)/u).map((part) => (/^\[\d+\]$/u.test(part) ? Number(part.slice(1, -1)) : part));
}

const claimFile = (id: string) => `${CONTENT_PATHS.claims}/${id}.yaml`;

/**
 * The published version of each current claim: its own, or, for a claim renamed by an alias, the
 * version published under its old id. A claim that is gone is the aliases' business: its tombstone
 * or its new address says what happened, and the register check requires that alias.
 */
export function publishedVersions(snapshot: ClaimsSnapshot, current: ReadonlyMap<string, unknown>, aliases: ReadonlyMap<string, { change: string; to?: string | undefined }>): Map<string, SnapshotClaim> {
  const versions = new Map<string, SnapshotClaim>();
  for (const [id, published] of Object.entries(snapshot.claims)) {
    if (current.has(id)) {
      versions.set(id, published);
      continue;
    }
    const alias = aliases.get(id);
    const to = alias?.change === 'renamed' ? /^\/claims\/([^/#]+)\/$/u.exec(alias.to ?? '')?.[1] : undefined;
    if (to !== undefined && current.has(to) && snapshot.claims[to] === undefined) versions.set(to, published);
  }
  return versions;
}

/** Every difference between the published claims and the claims now; claims whose files cannot be read are not judged. */
export function differencesFromSnapshot(published: ReadonlyMap<string, SnapshotClaim>, current: ReadonlyMap<string, { claim: SnapshotClaim }>): ClaimDifference[] {
  return [...published].flatMap(([id, version]) => {
    const now = current.get(id);
    return now ? diffClaim(id, version, now.claim) : [];
  });
}

/** What a removed quote still needs, whatever the log says: its published link keeps landing on its words. */
function keepLinkAdvice(difference: ClaimDifference): string {
  return difference.kind === 'quote removed'
    ? ` Its published link /claims/${difference.claim}/#${difference.quote ?? ''} must keep landing on its words, with or without a correction: content/aliases.yaml needs an entry for it (the register check on content/published-anchors.txt gives the entry).`
    : '';
}

export async function checkCorrections(root: string, problems: ProblemList, date = today()): Promise<void> {
  const log = await readCorrectionLog(root, problems);
  const read = await readClaimsSnapshot(root);
  if (!read.ok) {
    problems.add(SNAPSHOT, 'file', read.message);
    return;
  }
  if (!log) return;
  const { snapshot } = read;
  const reportLog = problems.forFile(LOG, log.lineOf);
  const byNumber = new Map(log.corrections.map((entry) => [entry.correction.number, entry]));

  // Published corrections are history: never rewritten, never removed.
  for (const [number, hash] of Object.entries(snapshot.corrections)) {
    const entry = byNumber.get(Number(number));
    if (!entry) {
      problems.add(LOG, 'corrections', `correction ${number} was published (${SNAPSHOT} lists it) and is gone from the log: a published correction stays on record for good; put it back (git show HEAD:${LOG})`);
    } else if (hashCorrection(entry.correction) !== hash) {
      reportLog([entry.at], `correction ${number} was published as it stood when ${PUBLISH} last ran, and has been edited since: a published correction is never rewritten; put it back as it was (git diff ${LOG}), and record anything new in a new correction`);
    }
  }
  const pending = log.corrections.filter(({ correction }) => snapshot.corrections[String(correction.number)] === undefined);

  // A claim file with problems of its own is compared once they are fixed, as the register check
  // judges its links then: until it is valid, what it would publish is not known.
  const withProblems = new Set(problems.problems.map((problem) => problem.file));
  const { claims: all } = await readCurrentClaims(root, snapshot, date);
  const current = new Map([...all].filter(([, { file }]) => !withProblems.has(file)));
  const unjudged = new Set([...all].filter(([, { file }]) => withProblems.has(file)).map(([id]) => id));
  const published = publishedVersions(snapshot, current, await readClaimAliases(root));
  const differences = differencesFromSnapshot(published, current);

  const judged = pending.filter(({ correction }) => !unjudged.has(correction.claim));
  for (const { correction, at } of judged) {
    const version = published.get(correction.claim);
    if (!version) {
      reportLog([at, 'claim'], `names claim "${correction.claim}", which is not among the published claims (${SNAPSHOT}): a claim not yet published changes freely, with no correction; ${PUBLISH} publishes it`);
    } else if (correction.date < version.published) {
      reportLog([at, 'date'], `must not be before ${version.published}, the day claim "${correction.claim}" was published`);
    }
  }

  // A quote's id stays with its words: an edit to them is never a correction.
  const reworded = differences.filter((difference) => difference.kind === 'quote reworded');
  for (const difference of reworded) {
    const file = claimFile(difference.claim);
    problems.add(
      file,
      difference.field,
      `is the text of quote ${difference.quote ?? ''}, published with other words (${SNAPSHOT}): ${describeDifference(difference)}. A quote's id stays with the words it was published with, so no correction can change them: give the new words a new id, and record the old quote as removed and the new one as added (the register check on content/published-anchors.txt gives the alias that keeps the old link on its words)`,
      current.get(difference.claim)?.yaml.lineOf(fieldPath(difference.field)),
    );
  }

  const { unrecorded, unmatched } = matchCorrections(judged.filter(({ correction }) => published.has(correction.claim)), differences.filter((difference) => difference.kind !== 'quote reworded'));

  for (const { at, change, nearest } of unmatched) {
    const entry = log.corrections.find((item) => item.at === at)?.correction;
    const recorded = entry?.changes[change];
    const hint =
      nearest === undefined
        ? `no difference of this kind at this field: the claim's ${recorded?.field ?? 'field'} is as published (${SNAPSHOT}). If the correction was already published, it would be listed in the snapshot; otherwise remove this change, or correct its kind and field`
        : `the difference there is: ${describeDifference(nearest)}; write its before and after exactly (and its quote${nearest.quote === undefined ? ': none' : ` ${nearest.quote}`}), or run npm run validate again after editing the claim`;
    reportLog([at, 'changes', change], `records a change to claim "${entry?.claim ?? ''}" that it does not have: ${hint}`);
  }

  // Each claim with differences no correction records: one problem per field, and the entry to paste, once.
  const byClaim = new Map<string, ClaimDifference[]>();
  for (const difference of unrecorded) byClaim.set(difference.claim, [...(byClaim.get(difference.claim) ?? []), difference]);
  let next = Math.max(0, ...log.corrections.map(({ correction }) => correction.number)) + 1;
  for (const [claim, list] of byClaim) {
    const file = claimFile(claim);
    const yaml = current.get(claim)?.yaml;
    const lineOf = (difference: ClaimDifference) => yaml?.lineOf(fieldPath(difference.field));
    const ordered = [...list].sort((a, b) => (lineOf(a) ?? 0) - (lineOf(b) ?? 0));
    const first = ordered[0] as ClaimDifference;
    const entry = formatCorrectionEntry(next, date, claim, ordered);
    next += 1;
    for (const difference of ordered) {
      const what = `differs from the claim as published (${SNAPSHOT}), and no correction records it: ${describeDifference(difference)}.${keepLinkAdvice(difference)}`;
      const todo =
        difference === first
          ? ` A published claim changes only with a correction on record: add this entry to the end of ${LOG}, write why, then run ${PUBLISH} and commit the claim, the log and ${SNAPSHOT} together:\n${entry}`
          : ` The entry suggested at ${first.field} records this change too.`;
      problems.add(file, difference.field, `${what}${todo}`, lineOf(difference));
    }
  }

  // Retired quote ids: one published with other words, or removed by a correction, never comes back on other words.
  const removed = removedQuoteIds(log.corrections.map(({ correction }) => correction));
  const publishedWords = new Map<string, { claim: string; words: string }>();
  for (const [id, claim] of Object.entries(snapshot.claims)) for (const { quote } of placedQuotes(claim).values()) publishedWords.set(quote.id, { claim: id, words: quote.text });
  for (const [id, { claim, file, yaml }] of all) {
    for (const { quote, path: at } of placedQuotes(claim).values()) {
      const published = publishedWords.get(quote.id);
      const gone = removed.get(quote.id);
      const holder = published === undefined ? undefined : all.get(published.claim)?.claim;
      const stillThere = holder !== undefined && placedQuotes(holder).has(quote.id);
      if (published !== undefined && published.claim !== id && !stillThere && published.words !== quote.text) {
        problems.add(file, `${at}.id`, `"${quote.id}" was published in claim "${published.claim}" with other words (${quoteInReport(published.words)}): a quote id is retired with its words and never given to others; choose a new id`, yaml.lineOf(fieldPath(`${at}.id`)));
      } else if (published === undefined && gone !== undefined && gone.words !== quote.text) {
        problems.add(file, `${at}.id`, `"${quote.id}" was removed from claim "${gone.claim}" by correction ${gone.correction}, with other words (${quoteInReport(gone.words)}): a quote id is retired with its words and never given to others; choose a new id`, yaml.lineOf(fieldPath(`${at}.id`)));
      }
    }
  }
}

/**
 * What the corrections collection holds: the log's entries (for its schema to check), the date the
 * log began, and the title of every published claim (a withdrawn claim's title is only here).
 * Read as the validator reads them, which has checked them before any build.
 */
export async function readPublishedCorrections(root: string): Promise<{ entries: unknown; since: string; titles: Record<string, string> }> {
  const source = await readContentFile(root, LOG);
  const yaml = source.ok ? parseYamlSource(source.text) : undefined;
  if (source.ok && !yaml?.ok) throw new Error(`${LOG}: is not valid YAML: npm run validate says where`);
  const read = await readClaimsSnapshot(root);
  if (!read.ok) throw new Error(`${SNAPSHOT}: ${read.message}`);
  return {
    entries: (yaml?.ok ? yaml.data : undefined) ?? [],
    since: read.snapshot.since,
    titles: Object.fromEntries(Object.entries(read.snapshot.claims).map(([id, claim]) => [id, claim.title])),
  };
}
