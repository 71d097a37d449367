/** The register of published anchors guards the build: nothing registered is lost, nothing published goes unregistered. */
import path from 'node:path';
import { expect, test } from 'vitest';
import { compareWithRegister } from '../../src/lib/anchors/anchor-register.ts';
import { readRegister } from '../../src/integrations/anchor-register.ts';
import { readPublishedAnchors } from '../../src/validation/published-anchors.ts';
import { PROJECT_ROOT } from '../support/project-copy.ts';

const registered = await readRegister(PROJECT_ROOT);
const published = await readPublishedAnchors(path.join(PROJECT_ROOT, 'dist'));
const { lost, unregistered } = compareWithRegister(registered, published);

test('the register lists every claim, quote and paragraph anchor', () => {
  expect(registered).toEqual(expect.arrayContaining(['/claims/where-ttp-attacks-are-planned/', '/claims/where-ttp-attacks-are-planned/#htn-officials-80-percent-from-afghan-territory']));
  expect(registered.filter((anchor) => /^\/articles\/[a-z0-9-]+\/#p-/u.test(anchor)).length).toBeGreaterThan(50);
});

test('the build still publishes every registered anchor (else: add an alias in content/aliases.yaml)', () => {
  expect(lost).toEqual([]);
});

test('every anchor the build publishes is registered (else: npm run anchors:register)', () => {
  expect(unregistered).toEqual([]);
});
