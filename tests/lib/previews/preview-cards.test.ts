import { describe, expect, test } from 'vitest';
import { NO_POSITION_STATED, SIDE_LABELS } from '../../../src/lib/claims/sides.ts';
import { articleCard, articlePreview, cardAltText, claimCard, claimPreview, siteCard, sitePreview } from '../../../src/lib/previews/preview-cards.ts';
import { PREVIEW_CLAIMS } from '../../support/preview-claims.ts';

const SITE_URL = 'https://parallax.example.org';
const [bothSides, pakistanSilent] = PREVIEW_CLAIMS as [(typeof PREVIEW_CLAIMS)[number], (typeof PREVIEW_CLAIMS)[number]];

describe('claimCard', () => {
  test("shows the claim's title and each side under the site's own column label, Pakistan first", () => {
    const card = claimCard(bothSides, SITE_URL);
    expect(card.title).toBe('Where attacks come from');
    expect(card.columns.map((column) => column.heading)).toEqual([SIDE_LABELS.pakistan.name, SIDE_LABELS.taliban.name]);
  });

  test("gives each side its first summary item, as the page writes it (who, in which outlet, then the item's own words)", () => {
    const [pakistan, taliban] = claimCard(bothSides, SITE_URL).columns;
    expect(pakistan?.text).toBe(`${bothSides.positions[0]?.summary[0]?.lead} say most attacks come from across the border.`);
    expect(pakistan?.text).toContain('Alpha News');
    expect(taliban?.text).toContain('says the problem is “25 years old”.');
  });

  test('counts the statements of a side and names every outlet they come from, once each', () => {
    const [pakistan, taliban] = claimCard(bothSides, SITE_URL).columns;
    expect(pakistan?.note).toBe('1 statement, from Alpha News');
    expect(taliban?.note).toBe('2 statements, from Beta Times, Gamma Post');
  });

  test('says "No position stated in these sources." for a side that states nothing, with no count', () => {
    const [pakistan] = claimCard(pakistanSilent, SITE_URL).columns;
    expect(pakistan).toEqual({ heading: SIDE_LABELS.pakistan.name, text: NO_POSITION_STATED, note: undefined });
  });

  test("names the claim's permanent address on the configured site, without the scheme", () => {
    expect(claimCard(bothSides, SITE_URL).address).toBe('parallax.example.org/claims/where-attacks-come-from/');
  });
});

describe('articleCard', () => {
  const article = {
    slug: 'nukta-core-concern',
    href: '/articles/nukta-core-concern/',
    outlet: 'Nukta',
    headline: 'Pakistan Reaffirms “Core Concern” as Istanbul Talks End',
    date: { printed: 'November 10, 2025', kind: 'article date' as const },
  };

  test('shows the headline exactly as captured, the outlet and the date as printed', () => {
    const card = articleCard(article, SITE_URL);
    expect(card).toMatchObject({ kicker: 'Nukta', title: article.headline, columns: [] });
    expect(card.lines[0]).toBe('Date: November 10, 2025 (article date)');
  });

  test('says "None printed" where the article prints no date, and names a wire agency beside the outlet', () => {
    const card = articleCard({ ...article, outletNote: 'wire copy, IANS', date: { printed: 'none printed' } }, SITE_URL);
    expect(card.kicker).toBe('Nukta (wire copy, IANS)');
    expect(card.lines[0]).toBe('Date: None printed');
  });

  test('is previewed as an article, with its own image', () => {
    expect(articlePreview(article, SITE_URL)).toMatchObject({ type: 'article', image: '/og/articles/nukta-core-concern.png' });
  });
});

describe('previews', () => {
  test("a claim is previewed as an article, with its own image and the card's words as alt text", () => {
    const preview = claimPreview(bothSides, SITE_URL);
    expect(preview).toMatchObject({ type: 'article', image: '/og/claims/where-attacks-come-from.png' });
    expect(preview.imageAlt).toMatch(/^Where attacks come from\. Pakistan’s government: /u);
    expect(preview.imageAlt).toContain(`${SIDE_LABELS.taliban.name}: `);
  });

  test('every other page shares the site card, as a website', () => {
    const site = { name: 'Parallax', headline: 'The Istanbul talks', description: 'How five outlets reported it.', url: SITE_URL };
    expect(sitePreview(site)).toEqual({ type: 'website', image: '/og/site.png', imageAlt: 'The Istanbul talks. How five outlets reported it.' });
    expect(siteCard(site).address).toBe('parallax.example.org/');
  });

  test('alt text stops at the 420 characters Twitter reads', () => {
    const long = { ...claimCard(bothSides, SITE_URL), lines: ['word '.repeat(200)] };
    expect([...cardAltText(long)].length).toBeLessThanOrEqual(420);
  });
});
