import { expect, test } from 'vitest';
import { countTermUses } from '../../../src/lib/claims/term-usage.ts';

test.each([
  ['Tehrik-e-Taliban Pakistan (TTP)', 'TTP', 1],
  ['the TTP’s leaders', 'TTP', 1],
  ['TTPs', 'TTP', 0],
  ['hosted by Turkiye and Qatar', 'Turkey', 0],
  ['the Afghan interim government claims', 'Afghan Interim Government', 1],
  ['the Afghan\u00a0Interim\nGovernment', 'Afghan Interim Government', 1],
  ['ISIS-K and ISKP', 'ISIS-K', 1],
  ['ISIS-Khorasan', 'ISIS-K', 0],
  ['Kabul, Kabul’s, kabul', 'Kabul', 3],
  ['United Nation Security Council', 'United Nations Security Council', 0],
  ['A (1+1) test', '(1+1)', 1],
])('%j uses %j %i time(s)', (text, term, times) => {
  expect(countTermUses(text, term)).toBe(times);
});
