import { expect, test } from 'vitest';
import { articleCsl, claimCsl, CSL_CITATION_SCHEMA, paragraphNumber, quoteCitation, type CslArticleInput } from '../../../src/lib/citations/csl.ts';
import { cslCitationErrors, cslDataErrors } from '../../support/csl-schema.ts';

const nukta: CslArticleInput = {
  slug: 'nukta-pakistan-reaffirms-core-concern',
  headline: 'Pakistan reaffirms core concern over terrorism from Afghan soil after Istanbul talks',
  outlet: 'Nukta',
  author: 'Aamir Abbasi',
  originalUrl: 'https://nukta.com/pakistan-reaffirms-core-concern-over-terrorism-from-afghan-soil-after-istanbul-talks',
};

test('an article is a newspaper article: headline verbatim, outlet as container, the named author as printed', () => {
  expect(articleCsl(nukta)).toEqual({
    id: 'nukta-pakistan-reaffirms-core-concern',
    type: 'article-newspaper',
    title: 'Pakistan reaffirms core concern over terrorism from Afghan soil after Istanbul talks',
    'container-title': 'Nukta',
    author: [{ literal: 'Aamir Abbasi' }],
    URL: 'https://nukta.com/pakistan-reaffirms-core-concern-over-terrorism-from-afghan-soil-after-istanbul-talks',
  });
});

test('what the provenance does not record stays out: no author, no date, no URL', () => {
  const item = articleCsl({ slug: 's', headline: 'Taliban Blame Pakistan’s “Irresponsible Attitude”', outlet: 'Dawat Media Center' });
  expect(Object.keys(item).sort()).toEqual(['container-title', 'id', 'title', 'type']);
  expect(item.title).toBe('Taliban Blame Pakistan’s “Irresponsible Attitude”');
});

test('a printed day, month and year becomes issued date parts', () => {
  expect(articleCsl({ ...nukta, dateIso: '2025-11-08' }).issued).toEqual({ 'date-parts': [[2025, 11, 8]] });
  expect(() => articleCsl({ ...nukta, dateIso: 'Saturday' })).toThrow('"Saturday" is not a date written YYYY-MM-DD');
});

test('the items validate against the official CSL-JSON schema, and the check catches a wrong one', () => {
  expect(cslDataErrors([articleCsl(nukta), articleCsl({ ...nukta, slug: 'x', dateIso: '2025-11-10', author: undefined, originalUrl: undefined })])).toEqual([]);
  expect(cslDataErrors([claimCsl({ id: 'c', title: 'Where TTP attacks are planned', url: 'https://p.example/claims/c/', version: '1 December 2026' })])).toEqual([]);
  expect(cslDataErrors([{ ...articleCsl(nukta), type: 'newspaper' }])).toEqual([expect.stringMatching(/^\/0\/type: must be equal to one of the allowed values/u)]);
});

test('a quote is cited at its paragraph, as a CSL citation object with a paragraph locator', () => {
  const paragraphs = [{ id: 'p-a' }, { id: 'p-b' }, { id: 'p-c' }];
  expect(paragraphNumber(paragraphs, 'p-c')).toBe(3);
  expect(() => paragraphNumber(paragraphs, 'p-z')).toThrow('paragraph "p-z" is not in the article');
  const citation = quoteCitation('nukta-foreign-office-core-concern', articleCsl(nukta), 3);
  expect(citation).toEqual({
    schema: CSL_CITATION_SCHEMA,
    citationID: 'nukta-foreign-office-core-concern',
    citationItems: [{ id: 'nukta-pakistan-reaffirms-core-concern', locator: '3', label: 'paragraph', itemData: articleCsl(nukta) }],
  });
  expect(cslCitationErrors(citation)).toEqual([]);
  const [item] = citation.citationItems;
  expect(cslCitationErrors({ ...citation, citationItems: [{ ...item, label: 'paragraphs' }] })).toEqual([expect.stringMatching(/^\/citationItems\/0\/label: must be equal to one of the allowed values/u)]);
});
