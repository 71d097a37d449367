import { expect, test } from 'vitest';
import { NO_POSITION_STATED, SIDE_LABELS } from '../../../src/lib/claims/sides.ts';
import { claimFeedItems } from '../../../src/lib/feeds/claim-feed.ts';
import { PREVIEW_CLAIMS } from '../../support/preview-claims.ts';

const SITE_URL = 'https://parallax.example.org';
const items = claimFeedItems(PREVIEW_CLAIMS, SITE_URL);

test("gives one item per claim, in the order given, titled with the claim's title and linked to its permanent address", () => {
  expect(items.map(({ title, link }) => ({ title, link }))).toEqual([
    { title: 'Where attacks come from', link: 'https://parallax.example.org/claims/where-attacks-come-from/' },
    { title: 'How old the problem is', link: 'https://parallax.example.org/claims/how-old-the-problem-is/' },
  ]);
});

test("describes a claim in its own words: its statement, then each side's summary under its column label", () => {
  const [claim] = PREVIEW_CLAIMS;
  const taliban = claim?.positions[1]?.summary.map((item) => `${item.lead} ${item.says}`).join(' ');
  expect(items[0]?.description.split('\n\n')).toEqual([
    'Whether attacks come from across the border.',
    `${SIDE_LABELS.pakistan.name}: ${claim?.positions[0]?.summary[0]?.lead} say most attacks come from across the border.`,
    `${SIDE_LABELS.taliban.name}: ${taliban}`,
  ]);
});

test('says "No position stated in these sources." for a side that states nothing', () => {
  expect(items[1]?.description.split('\n\n')[1]).toBe(`${SIDE_LABELS.pakistan.name}: ${NO_POSITION_STATED}`);
});

test('gives no item a publication date, since the content has none', () => {
  for (const item of items) expect(Object.keys(item).sort()).toEqual(['description', 'link', 'title']);
});
