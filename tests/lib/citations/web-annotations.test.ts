import { expect, test } from 'vitest';
import { ANNOTATION_CONTEXT, buildAnnotation, buildAnnotationCollection, type AnnotatedQuote } from '../../../src/lib/citations/web-annotations.ts';

const SITE = 'https://parallax.example.org';
const capture = 'Menu\nThe spokesman said Pakistan had “no realistic demands” at the talks.\nComments are closed.';

const quote = (originalUrl?: string): AnnotatedQuote => ({
  id: 'dawat-mujahid-demands',
  text: 'Pakistan had “no realistic demands”',
  href: '/claims/what-pakistan-asked-for/#dawat-mujahid-demands',
  voice: 'Zabihullah Mujahid, in Dawat Media Center',
  attributionLabel: 'Reported speech',
  claimTitle: 'What Pakistan asked for',
  paragraphText: 'The spokesman said Pakistan had “no realistic demands” at the talks.',
  article: { originalUrl, captureHref: '/captures/003_x.txt', captureFile: 'content/captures/003_x.txt', captureText: capture },
});

test('with the outlet’s address known, the target is its page, cached as Parallax’s copy of the capture', () => {
  const annotation = buildAnnotation(quote('https://dawatmedia24.com/?p=202758'), SITE);
  expect(annotation.id).toBe(`${SITE}/data/annotations.jsonld#dawat-mujahid-demands`);
  expect(annotation.motivation).toBe('quoting');
  expect(annotation.target).toEqual({
    type: 'SpecificResource',
    source: 'https://dawatmedia24.com/?p=202758',
    // No sourceDate: the provenance records no capture time.
    state: { type: 'TimeState', cached: `${SITE}/captures/003_x.txt` },
    selector: [
      { type: 'TextQuoteSelector', exact: 'Pakistan had “no realistic demands”', prefix: 'Menu\nThe spokesman said ', suffix: ' at the talks.\nComments are clos' },
      { type: 'TextPositionSelector', start: 24, end: 59 },
    ],
  });
});

test('without a known address, the target is the capture itself, with no state to add', () => {
  const { target } = buildAnnotation(quote(), SITE);
  expect(target.source).toBe(`${SITE}/captures/003_x.txt`);
  expect(target).not.toHaveProperty('state');
});

test('the body is the quote’s permanent address and who says it, as Parallax attributes it', () => {
  expect(buildAnnotation(quote(), SITE).body).toEqual([
    { id: `${SITE}/claims/what-pakistan-asked-for/#dawat-mujahid-demands`, type: 'Text', format: 'text/html' },
    {
      type: 'TextualBody',
      purpose: 'describing',
      format: 'text/plain',
      language: 'en',
      value: 'Zabihullah Mujahid, in Dawat Media Center. Reported speech. Quoted in Parallax, “What Pakistan asked for”.',
    },
  ]);
});

test('the collection holds every annotation on one embedded page, with the JSON-LD context as a string', () => {
  const collection = buildAnnotationCollection([quote(), { ...quote(), id: 'second' }], SITE);
  expect(collection['@context']).toBe(ANNOTATION_CONTEXT);
  expect(collection.total).toBe(2);
  expect(collection.first.items.map((item) => item.id)).toEqual([`${SITE}/data/annotations.jsonld#dawat-mujahid-demands`, `${SITE}/data/annotations.jsonld#second`]);
  expect(collection.first.partOf).toBe(collection.id);
  expect(collection.last).toBe(collection.first.id);
});

test('a quote whose words are not in its capture stops the build, naming the quote and capture', () => {
  expect(() => buildAnnotation({ ...quote(), text: 'words never printed' }, SITE)).toThrow('quote "dawat-mujahid-demands" in content/captures/003_x.txt: the words are not in the capture (absent)');
});
