import satori from 'satori';
import { describe, expect, test } from 'vitest';
import { createTextMeasure, findMissingCharacters, readFontMetrics } from '../../../src/lib/previews/font-metrics.ts';
import { fontFile } from '../../support/card-fonts.ts';

const regular = [readFontMetrics(new Uint8Array(fontFile('latin', 400))), readFontMetrics(new Uint8Array(fontFile('latin-ext', 400)))];

/** The width satori gives a line of text: the sum of the widths of its words and spaces, as it writes them with embedFont off. */
async function satoriWidth(text: string, size: number): Promise<number> {
  const svg = await satori({ type: 'div', props: { style: { display: 'flex', fontSize: size, whiteSpace: 'pre' }, children: text } } as unknown as Parameters<typeof satori>[0], {
    width: 4000,
    height: 200,
    embedFont: false,
    fonts: [{ name: 'Noto Sans', weight: 400, style: 'normal', data: fontFile('latin', 400) }],
  });
  return [...svg.matchAll(/<text\b[^>]*\swidth="([\d.]+)"/gu)].reduce((sum, match) => sum + Number(match[1]), 0);
}

describe('readFontMetrics', () => {
  test('reads the em size and the advance widths of Noto Sans', () => {
    const [latin] = regular;
    expect(latin?.unitsPerEm).toBe(1000);
    expect(latin?.advanceOf('i'.codePointAt(0) as number)).toBeLessThan(latin?.advanceOf('W'.codePointAt(0) as number) as number);
    expect(latin?.advanceOf('’'.codePointAt(0) as number)).toBeGreaterThan(0);
  });

  test('has no glyph for Arabic script (Urdu, Pashto)', () => {
    for (const font of regular) expect(font.advanceOf('پ'.codePointAt(0) as number)).toBeUndefined();
  });

  test('refuses a WOFF2 file, which satori cannot read either', () => {
    expect(() => readFontMetrics(new Uint8Array(fontFile('latin', 400, 'woff2')))).toThrow('not a WOFF 1.0 font (its signature is "wOF2"');
  });
});

describe('createTextMeasure', () => {
  test.each([
    ['Pakistani officials, in HTN World, say more than 80% of TTP attacks', 30],
    ['“Irresponsible Attitude” — Zabihullah Mujahid, via Tolo News', 52],
    ['Türkiye’s mediation: 10:30, €5, 70–80 thousand…', 22],
  ])('measures %j within 2%% of the width satori draws it', async (text, size) => {
    const measured = createTextMeasure(regular, size)(text);
    const drawn = await satoriWidth(text, size);
    expect(Math.abs(measured - drawn) / drawn).toBeLessThan(0.02);
  });
});

describe('findMissingCharacters', () => {
  test('names each character no font of the stack can draw, once', () => {
    expect(findMissingCharacters('Pakistan (پاکستان) and Türkiye', regular)).toEqual(['پ', 'ا', 'ک', 'س', 'ت', 'ن']);
  });

  test('finds nothing missing in Latin text with typographic punctuation', () => {
    expect(findMissingCharacters('“Operation Zarb-e-Azb, in 2015” — Türkiye’s … €', regular)).toEqual([]);
  });
});
