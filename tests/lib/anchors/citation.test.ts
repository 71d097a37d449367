import { expect, test } from 'vitest';
import { citeArticle, citeClaim, citeQuote } from '../../../src/lib/anchors/citation.ts';

test('a quote citation names speaker, attribution, article, outlet, date, claim, URL and version', () => {
  expect(
    citeQuote({
      speaker: 'Amir Khan Muttaqi',
      attribution: 'Direct quote',
      headline: 'Muttaqi Blames Pakistan for Talks Failure; Analysts Cite Logic Over Rhetoric',
      outlet: 'HTN World',
      articleDate: 'November 10, 2025 (article date)',
      claimTitle: "Whether Pakistan's militancy problem predates 2021",
      url: 'https://parallax.example.org/claims/security-problem-before-2021/#htn-muttaqi-ttp-active-25-years',
      version: '23 November 2026',
    }),
  ).toBe(
    'Amir Khan Muttaqi, direct quote, in “Muttaqi Blames Pakistan for Talks Failure; Analysts Cite Logic Over Rhetoric”, HTN World, November 10, 2025 (article date). Quoted in Parallax, “Whether Pakistan\'s militancy problem predates 2021”, https://parallax.example.org/claims/security-problem-before-2021/#htn-muttaqi-ttp-active-25-years (version of 23 November 2026).',
  );
});

test('an article without a printed date says so rather than inventing one', () => {
  expect(
    citeQuote({ speaker: 'S', attribution: 'Reported speech', headline: 'H', outlet: 'Nukta', articleDate: 'None printed', claimTitle: 'C', url: 'https://x/', version: 'v' }),
  ).toBe('S, reported speech, in “H”, Nukta, no date printed. Quoted in Parallax, “C”, https://x/ (version of v).');
});

test('a relayed quote keeps the relay with the speaker, and a wire copy says so beside the outlet', () => {
  expect(
    citeQuote({
      speaker: 'Mohammad Naeem',
      relays: ['Khaama Press'],
      attribution: 'Reported speech',
      headline: 'What Did the Taliban Blame for Failed Talks with Pakistan?',
      outlet: 'NationPress',
      outletNote: 'wire copy, IANS',
      articleDate: 'None printed',
      claimTitle: 'C',
      url: 'https://x/',
      version: 'v',
    }),
  ).toBe(
    'Mohammad Naeem, via Khaama Press, reported speech, in “What Did the Taliban Blame for Failed Talks with Pakistan?”, NationPress (wire copy, IANS), no date printed. Quoted in Parallax, “C”, https://x/ (version of v).',
  );
});

test('a claim citation lists the outlets it draws on', () => {
  expect(citeClaim({ claimTitle: 'Where TTP attacks are planned', url: 'https://parallax.example.org/claims/where-ttp-attacks-are-planned/', version: '23 November 2026', outlets: ['Dawat Media Center', 'HTN World'] })).toBe(
    'Parallax, “Where TTP attacks are planned”, https://parallax.example.org/claims/where-ttp-attacks-are-planned/ (version of 23 November 2026). From articles in Dawat Media Center, HTN World.',
  );
});

test('an article citation names the author where one is printed, the outlet, the date, the original address and the copy', () => {
  expect(
    citeArticle({
      author: 'Aamir Abbasi',
      headline: 'Pakistan reaffirms core concern over terrorism from Afghan soil after Istanbul talks',
      outlet: 'Nukta',
      articleDate: 'None printed',
      originalUrl: 'https://nukta.com/pakistan-reaffirms-core-concern-over-terrorism-from-afghan-soil-after-istanbul-talks',
      url: 'https://parallax.example.org/articles/nukta-pakistan-reaffirms-core-concern/',
      version: '1 December 2026',
    }),
  ).toBe(
    'Aamir Abbasi, “Pakistan reaffirms core concern over terrorism from Afghan soil after Istanbul talks”, Nukta, no date printed, https://nukta.com/pakistan-reaffirms-core-concern-over-terrorism-from-afghan-soil-after-istanbul-talks. Copy in Parallax, https://parallax.example.org/articles/nukta-pakistan-reaffirms-core-concern/ (version of 1 December 2026).',
  );
});

test('an article citation without a named author or known address says so rather than filling the gap', () => {
  expect(citeArticle({ headline: 'H', outlet: 'NationPress', outletNote: 'wire copy, IANS', articleDate: '12/11/2025 (page date)', url: 'https://x/', version: 'v' })).toBe(
    '“H”, NationPress (wire copy, IANS), 12/11/2025 (page date), original address not known. Copy in Parallax, https://x/ (version of v).',
  );
});
