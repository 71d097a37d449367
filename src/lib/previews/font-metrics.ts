/**
 * The advance widths and character coverage of a WOFF (1.0) font, read from its own tables, so that
 * the preview cards can break and cut lines themselves, knowing exactly what was cut, and can refuse
 * a character the font has no glyph for instead of drawing an empty box.
 */
import { inflateSync } from 'node:zlib';

/** What the card layout needs of a font: its em size and each character's advance, in font units. */
export interface FontMetrics {
  unitsPerEm: number;
  /** The advance width of the character's glyph, or undefined when the font has no glyph for it. */
  advanceOf(codePoint: number): number | undefined;
}

type Tables = Map<string, DataView>;

function readTables(bytes: Uint8Array): Tables {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = String.fromCharCode(...bytes.subarray(0, 4));
  if (signature !== 'wOFF') throw new Error(`not a WOFF 1.0 font (its signature is "${signature}"; satori takes no WOFF2 either)`);
  const tables: Tables = new Map();
  const count = view.getUint16(12);
  for (let index = 0; index < count; index += 1) {
    const entry = 44 + index * 20;
    const tag = String.fromCharCode(...bytes.subarray(entry, entry + 4));
    const offset = view.getUint32(entry + 4);
    const compressed = view.getUint32(entry + 8);
    const original = view.getUint32(entry + 12);
    const stored = bytes.subarray(offset, offset + compressed);
    // WOFF stores a table uncompressed when zlib would not make it smaller.
    const data = compressed < original ? new Uint8Array(inflateSync(stored)) : stored;
    tables.set(tag, new DataView(data.buffer, data.byteOffset, data.byteLength));
  }
  return tables;
}

function table(tables: Tables, tag: string): DataView {
  const found = tables.get(tag);
  if (!found) throw new Error(`the font has no "${tag}" table`);
  return found;
}

/** The glyph of a character through a format 4 subtable (the Basic Multilingual Plane). */
function format4(cmap: DataView, at: number): (codePoint: number) => number {
  const segments = cmap.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (codePoint) => {
    for (let segment = 0; segment < segments; segment += 1) {
      if (codePoint > cmap.getUint16(ends + segment * 2)) continue;
      const start = cmap.getUint16(starts + segment * 2);
      if (codePoint < start) return 0;
      const delta = cmap.getInt16(deltas + segment * 2);
      const rangeOffset = cmap.getUint16(rangeOffsets + segment * 2);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = cmap.getUint16(rangeOffsets + segment * 2 + rangeOffset + (codePoint - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/** The glyph of a character through a format 12 subtable (all of Unicode). */
function format12(cmap: DataView, at: number): (codePoint: number) => number {
  const groups = cmap.getUint32(at + 12);
  return (codePoint) => {
    for (let group = 0; group < groups; group += 1) {
      const entry = at + 16 + group * 12;
      const start = cmap.getUint32(entry);
      if (codePoint >= start && codePoint <= cmap.getUint32(entry + 4)) return cmap.getUint32(entry + 8) + codePoint - start;
    }
    return 0;
  };
}

function glyphLookup(cmap: DataView): (codePoint: number) => number {
  const records = cmap.getUint16(2);
  const subtables: { format: number; at: number }[] = [];
  for (let index = 0; index < records; index += 1) {
    const platform = cmap.getUint16(4 + index * 8);
    const encoding = cmap.getUint16(6 + index * 8);
    const at = cmap.getUint32(8 + index * 8);
    // Unicode subtables only: platform 0, or Windows (3) with Unicode BMP (1) or full (10).
    if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))) subtables.push({ format: cmap.getUint16(at), at });
  }
  const full = subtables.find((subtable) => subtable.format === 12);
  if (full) return format12(cmap, full.at);
  const basic = subtables.find((subtable) => subtable.format === 4);
  if (basic) return format4(cmap, basic.at);
  throw new Error('the font has no Unicode character map of format 4 or 12');
}

/** Reads a WOFF 1.0 font's metrics; throws, saying why, on anything else. */
export function readFontMetrics(bytes: Uint8Array): FontMetrics {
  const tables = readTables(bytes);
  const unitsPerEm = table(tables, 'head').getUint16(18);
  const metricCount = table(tables, 'hhea').getUint16(34);
  const hmtx = table(tables, 'hmtx');
  const glyphOf = glyphLookup(table(tables, 'cmap'));
  return {
    unitsPerEm,
    advanceOf(codePoint) {
      const glyph = glyphOf(codePoint);
      if (glyph === 0) return undefined;
      // Glyphs past the last full metric share its advance width (the 'hmtx' table's own rule).
      return hmtx.getUint16(Math.min(glyph, metricCount - 1) * 4);
    },
  };
}

/**
 * Measures text set in a font stack at a size in pixels: each character from the first font that
 * has it, as satori falls back from font to font. Kerning and ligatures are left out: in Latin text
 * they mostly narrow a line, so the layout keeps a little room to spare (LINE_SLACK in card-layout.ts).
 */
export function createTextMeasure(stack: readonly FontMetrics[], sizePx: number): (text: string) => number {
  return (text) => {
    let width = 0;
    for (const character of text) {
      const codePoint = character.codePointAt(0) as number;
      const font = stack.find((candidate) => candidate.advanceOf(codePoint) !== undefined);
      if (!font) continue;
      width += ((font.advanceOf(codePoint) as number) / font.unitsPerEm) * sizePx;
    }
    return width;
  };
}

/** The characters of `text` (once each, in order) that no font of the stack has a glyph for. */
export function findMissingCharacters(text: string, stack: readonly FontMetrics[]): string[] {
  const missing = new Set<string>();
  for (const character of text) {
    if (/\s/u.test(character)) continue;
    const codePoint = character.codePointAt(0) as number;
    if (!stack.some((font) => font.advanceOf(codePoint) !== undefined)) missing.add(character);
  }
  return [...missing];
}
