/**
 * The committed snapshot of the published claims is up to date: it holds every claim the content
 * has, as it is now. A claim added without `npm run claims:publish` could change later with no
 * correction, since nothing would hold what it said when first published. Reads content/, never
 * writes it.
 */
import { expect, test } from 'vitest';
import { readClaimsSnapshot, readCurrentClaims } from '../../src/validation/corrections.ts';
import { PROJECT_ROOT } from '../support/project-copy.ts';

test('content/published-claims.json holds every claim, as it is now (run npm run claims:publish after adding one)', async () => {
  const read = await readClaimsSnapshot(PROJECT_ROOT);
  if (!read.ok) throw new Error(`content/published-claims.json ${read.message}`);
  const { claims, unknown } = await readCurrentClaims(PROJECT_ROOT, read.snapshot, read.snapshot.since);
  expect([...unknown]).toEqual([]);
  const unpublished = [...claims.keys()].filter((id) => read.snapshot.claims[id] === undefined);
  expect(unpublished, 'claims not yet in content/published-claims.json: run npm run claims:publish and commit it').toEqual([]);
  for (const [id, { claim }] of claims) expect(claim, `${id} differs from its published version`).toEqual(read.snapshot.claims[id]);
});
