import { expect, test } from 'vitest';
import { CONTEXT_LENGTH, isUniqueIn, selectInCapture, sliceByCodePoints } from '../../../src/lib/citations/capture-selectors.ts';

const label = 'quote "q" in content/captures/x.txt';
const select = (capture: string, text: string, paragraphText = text) => selectInCapture({ capture, text, paragraphText, label });

test('a unique quote gets the capture’s own words and the 32 characters on each side', () => {
  const before = 'Header line of the captured page\nThe Foreign Office said on Sunday that ';
  const capture = `${before}Pakistan expects concrete action against militants, its spokesman added.\nFooter`;
  const { quote, position } = select(capture, 'Pakistan expects concrete action against militants');
  expect(quote).toEqual({
    type: 'TextQuoteSelector',
    exact: 'Pakistan expects concrete action against militants',
    prefix: before.slice(-CONTEXT_LENGTH),
    suffix: ', its spokesman added.\nFooter',
  });
  expect(sliceByCodePoints(capture, position)).toBe(quote.exact);
  expect(isUniqueIn(capture, quote)).toBe(true);
});

test('where the capture breaks the words differently, exact keeps the capture’s whitespace', () => {
  const capture = 'Intro.\nHe said the talks\n   had failed. End.';
  const { quote, position } = select(capture, 'the talks had failed.', 'He said the talks\nhad failed. End.');
  expect(quote.exact).toBe('the talks\n   had failed.');
  expect(position).toEqual({ type: 'TextPositionSelector', start: 15, end: 39 });
});

test('context grows until the words with prefix and suffix occur once, and each side alone too', () => {
  const common = 'x'.repeat(40);
  const capture = `A ${common}talks failed${common} B\nC ${common}talks failed${common} D`;
  const { quote } = select(capture, 'talks failed', `C ${common}talks failed${common} D`);
  expect(quote.prefix.length).toBeGreaterThan(CONTEXT_LENGTH);
  expect(isUniqueIn(capture, quote)).toBe(true);
  expect(capture.split(quote.prefix + quote.exact).length - 1).toBe(1);
  expect(capture.split(quote.exact + quote.suffix).length - 1).toBe(1);
  expect(quote.prefix).toContain('\nC ');
});

test('repeated words are taken from the lines of the quote’s own paragraph', () => {
  const capture = 'Related: The talks failed again\nBody: The talks failed again, officials said.\n';
  const { position } = select(capture, 'The talks failed again', 'Body: The talks failed again, officials said.');
  expect(position.start).toBe(capture.indexOf('Body: ') + 6);
});

test('nothing is guessed: words repeated on lines like their paragraph stop the build, naming the quote', () => {
  const capture = 'The talks failed.\nThe talks failed.\n';
  expect(() => select(capture, 'The talks failed.')).toThrow(
    `${label}: the words occur 2 times in the capture, 2 of them on lines equal to the quote's paragraph, so no selector can say which one is meant`,
  );
  expect(() => select(capture, 'The talks succeeded.')).toThrow(`${label}: the words are not in the capture (absent)`);
});

test('positions count code points, so a character outside the BMP before the words counts once', () => {
  const capture = 'Live 🔴 update: the delegation left Istanbul.';
  const { quote, position } = select(capture, 'the delegation left Istanbul.');
  expect(position.start).toBe(Array.from('Live 🔴 update: ').length);
  expect(position.start).toBe('Live 🔴 update: '.length - 1);
  expect(sliceByCodePoints(capture, position)).toBe(quote.exact);
  expect(quote.prefix).toBe('Live 🔴 update: ');
});
