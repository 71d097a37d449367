import { expect, test } from 'vitest';
import { findVocabularyProblems, propertiesOf } from './schema-org-vocabulary.ts';

test('the vocabulary has the pending Claim type with appearance, and Quotation with its inherited properties', () => {
  expect(propertiesOf('Claim')?.has('appearance')).toBe(true);
  expect(propertiesOf('Quotation')?.has('spokenByCharacter')).toBe(true);
  expect(propertiesOf('Quotation')?.has('isPartOf')).toBe(true);
  expect(propertiesOf('NewsArticle')?.has('headline')).toBe(true);
  expect(propertiesOf('Person')?.has('headline')).toBe(false);
  expect(propertiesOf('Quotatio')).toBeUndefined();
});

test('the check names an unknown type and a property the type lacks, at their paths', () => {
  const data = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'Claim', name: 'x', appearance: [{ '@type': 'NewsArticle', headline: 'h', spokenByCharacter: 'y' }] },
      { '@type': 'Quote', text: 't' },
      { '@type': 'Quotation', text: 't', isPartOf: { '@id': 'https://a/' } },
    ],
  };
  expect(findVocabularyProblems(data)).toEqual([
    '$.@graph[0].appearance[0]: NewsArticle has no property "spokenByCharacter"',
    '$.@graph[1]: "Quote" is not a schema.org type',
  ]);
});
