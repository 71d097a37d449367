import { expect, test } from 'vitest';
import { groupOmissions } from '../../../src/lib/sources/omissions.ts';

test('groups identical left-out pieces and counts them, in order of first appearance', () => {
  const ad = 'AdSense Advertisement\nAdvertisement';
  expect(
    groupOmissions([
      { kind: 'navigation', text: 'Dark Mode' },
      { kind: 'advertisement', text: ad },
      { kind: 'comment-prompt', text: 'Comment / Reply From' },
      { kind: 'advertisement', text: ad },
    ]),
  ).toEqual([
    { kind: 'navigation', label: 'Navigation and page labels', text: 'Dark Mode', times: 1 },
    { kind: 'advertisement', label: 'Advertisements', text: ad, times: 2 },
    { kind: 'comment-prompt', label: 'Comment prompts', text: 'Comment / Reply From', times: 1 },
  ]);
});

test('keeps the same text under different kinds apart', () => {
  expect(
    groupOmissions([
      { kind: 'navigation', text: 'Logo' },
      { kind: 'site-branding', text: 'Logo' },
    ]),
  ).toHaveLength(2);
});
