import { describe, expect, test } from 'vitest';
import { CARD_COLORS, CARD_GEOMETRY, CARD_HEIGHT, CARD_WIDTH, drawCard, layoutCard, readCardMetrics, type DrawnTree } from '../../../src/lib/previews/card-layout.ts';
import { claimCard, siteCard, type PreviewCard } from '../../../src/lib/previews/preview-cards.ts';
import { CARD_FONTS } from '../../support/card-fonts.ts';
import { PREVIEW_CLAIMS } from '../../support/preview-claims.ts';

const metrics = readCardMetrics(CARD_FONTS);
const long = (words: number) => Array.from({ length: words }, (_, index) => ['Pakistan’s', 'government', 'says', '“safe havens”', 'Afghanistan', 'Islamabad', 'W'.repeat(12)][index % 7]).join(' ');

/** A claim card whose every text is far too long for it. */
const overfull: PreviewCard = {
  ...claimCard(PREVIEW_CLAIMS[0] as (typeof PREVIEW_CLAIMS)[number], 'https://parallax.example.org'),
  title: long(40),
  columns: [
    { heading: 'Pakistan’s government', text: long(120), note: long(30) },
    { heading: 'Afghanistan’s Taliban government', text: `${'M'.repeat(80)} ${long(60)}`, note: long(30) },
  ],
};

const [r, g, b] = [1, 3, 5].map((start) => Number.parseInt(CARD_COLORS.background.slice(start, start + 2), 16));

/** The points of a rectangle where something other than the background was drawn. */
function inkIn(drawn: DrawnTree, x0: number, x1: number, y0: number, y1: number): string[] {
  const inked: string[] = [];
  for (let y = y0; y < y1; y += 1) {
    for (let x = x0; x < x1; x += 1) {
      const at = (y * CARD_WIDTH + x) * 4;
      if (drawn.pixels[at] !== r || drawn.pixels[at + 1] !== g || drawn.pixels[at + 2] !== b) inked.push(`${x},${y}`);
    }
  }
  return inked;
}

describe('drawCard', async () => {
  const drawn = await drawCard(overfull, CARD_FONTS, metrics);

  test('draws a PNG of 1200×630 under 300 KB', () => {
    const header = new DataView(drawn.png.buffer, drawn.png.byteOffset);
    expect([...drawn.png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(String.fromCharCode(...drawn.png.subarray(12, 16))).toBe('IHDR');
    expect([header.getUint32(16), header.getUint32(20)]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    expect(drawn.png.byteLength).toBeLessThanOrEqual(300 * 1024);
  });

  test('cuts text that is too long instead of letting it run past the margins', () => {
    const { left, right, top, bottom } = CARD_GEOMETRY;
    expect(inkIn(drawn, 0, left - 1, 0, CARD_HEIGHT)).toEqual([]);
    expect(inkIn(drawn, right + 1, CARD_WIDTH, 0, CARD_HEIGHT)).toEqual([]);
    expect(inkIn(drawn, 0, CARD_WIDTH, 0, top - 12)).toEqual([]);
    expect(inkIn(drawn, 0, CARD_WIDTH, bottom + 1, CARD_HEIGHT)).toEqual([]);
  });

  test("keeps each side's text in its own column", () => {
    const { gutter } = CARD_GEOMETRY;
    expect(inkIn(drawn, gutter.left + 1, gutter.right - 1, drawn.layout.body.top, drawn.layout.body.bottom)).toEqual([]);
  });

  test('marks every cut with an ellipsis', () => {
    expect(drawn.layout.title).toMatchObject({ cut: true });
    expect(drawn.layout.title.lines).toHaveLength(2);
    expect(drawn.layout.title.lines.at(-1)).toMatch(/…”?$/u);
    for (const column of drawn.layout.columns) {
      expect(column.body.cut).toBe(true);
      expect(column.body.lines.at(-1)).toMatch(/…”?$/u);
    }
  });
});

describe('layoutCard', () => {
  test('leaves text that fits as it is', () => {
    const layout = layoutCard(claimCard(PREVIEW_CLAIMS[1] as (typeof PREVIEW_CLAIMS)[number], 'https://parallax.example.org'), metrics);
    expect(layout.title).toEqual({ lines: ['How old the problem is'], cut: false });
    expect(layout.columns.map((column) => column.body.cut)).toEqual([false, false]);
  });

  test('gives a page without sides up to three title lines', () => {
    const layout = layoutCard(siteCard({ name: 'Parallax', headline: long(40), description: 'd', url: 'https://parallax.example.org' }), metrics);
    expect(layout.title.lines).toHaveLength(3);
  });

  test('refuses text in a script the fonts cannot draw, naming each character', () => {
    const card = { ...overfull, title: 'Pakistan (پاکستان)' };
    expect(() => layoutCard(card, metrics)).toThrow('the preview card "Pakistan (پاکستان)" has characters its fonts cannot draw: "پ" U+067E, "ا" U+0627, "ک" U+06A9, "س" U+0633, "ت" U+062A, "ن" U+0646');
  });
});
