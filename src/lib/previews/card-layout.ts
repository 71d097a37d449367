/**
 * Lays a preview card out at 1200×630 (Open Graph's recommended size, 1.91:1) and draws it to PNG
 * with satori and resvg, offline and deterministically: the fonts are handed in, and resvg never
 * looks at the system's. Every line is broken and cut here (text-fit.ts), with the fonts' own
 * metrics, so satori only places lines that are known to fit; large type keeps the card legible at
 * the 400 px or so a chat shows it.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { createTextMeasure, findMissingCharacters, readFontMetrics, type FontMetrics } from './font-metrics.ts';
import { cardText, type PreviewCard } from './preview-cards.ts';
import { fitLines, type FittedText } from './text-fit.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** A font file for satori: Noto Sans at one weight, one subset. */
export interface CardFont {
  weight: 400 | 700;
  data: ArrayBuffer;
}

const PADDING_X = 64;
const PADDING_Y = 48;
const COLUMN_GAP = 48;
const CONTENT_WIDTH = CARD_WIDTH - 2 * PADDING_X;
const COLUMN_WIDTH = (CONTENT_WIDTH - COLUMN_GAP) / 2;

/** Where the text may be drawn, in pixels: inside the padding, and a claim's sides inside their columns. */
export const CARD_GEOMETRY = {
  left: PADDING_X,
  right: CARD_WIDTH - PADDING_X,
  top: PADDING_Y,
  bottom: CARD_HEIGHT - PADDING_Y,
  /** The gap between a claim's two sides. */
  gutter: { left: PADDING_X + COLUMN_WIDTH, right: PADDING_X + COLUMN_WIDTH + COLUMN_GAP },
} as const;
/**
 * Kerning and ligatures, which the measure leaves out, make a line drawn by satori up to a few
 * pixels narrower or (rarely, in Latin) wider than measured: lines are fitted to slightly less.
 */
export const LINE_SLACK = 0.97;

/** The site's light-theme colours (src/styles/tokens.css). */
export const CARD_COLORS = { background: '#fbfaf7', text: '#1d1c1a', muted: '#57534b', rule: '#1d1c1a', border: '#cfc8bb' };

/** Sizes in pixels; each line box is `size × LINE_HEIGHT` tall. */
const TYPE = {
  kicker: { size: 26, weight: 700 },
  title: { size: 52, weight: 700 },
  heading: { size: 26, weight: 700 },
  body: { size: 30, weight: 400 },
  note: { size: 22, weight: 400 },
  address: { size: 22, weight: 400 },
} as const;
const LINE_HEIGHT = 1.2;

type Role = keyof typeof TYPE;
const lineBox = (role: Role) => Math.ceil(TYPE[role].size * LINE_HEIGHT);

/** Vertical space (px) the fixed parts take, so the text blocks get what is left. */
const GAPS = { afterKicker: 16, afterTitle: 32, afterHeading: 8, afterBody: 8, beforeAddress: 24 };
/** The rule above each side (its width plus the space under it), and the one above the address. */
const RULES = { column: { width: 4, space: 12 }, address: { width: 1, space: 8 } };

/** A card's text broken into the lines it is drawn in. */
export interface CardLayout {
  kicker: string;
  title: FittedText;
  columns: { heading: string; body: FittedText; note: FittedText | undefined }[];
  lines: FittedText[];
  address: string;
  /** Where the text under the title (a claim's sides) starts and ends, in pixels from the top. */
  body: { top: number; bottom: number };
}

/** The fonts' metrics by weight, regular and bold, each a stack of subsets in the order given. */
export interface CardMetrics {
  400: FontMetrics[];
  700: FontMetrics[];
}

/** Reads the metrics of the card fonts (see font-metrics.ts). */
export function readCardMetrics(fonts: readonly CardFont[]): CardMetrics {
  const of = (weight: 400 | 700) => fonts.filter((font) => font.weight === weight).map((font) => readFontMetrics(new Uint8Array(font.data)));
  return { 400: of(400), 700: of(700) };
}

function fitter(metrics: CardMetrics) {
  return (role: Role, text: string, maxWidth: number, maxLines: number) =>
    fitLines(text, { measure: createTextMeasure(metrics[TYPE[role].weight], TYPE[role].size), maxWidth: maxWidth * LINE_SLACK, maxLines });
}

/**
 * Breaks the card's text into lines: the title takes up to three lines (two on a claim card, where
 * the sides need the room), and what the title leaves is shared by the text below it. Throws,
 * naming the characters, where the fonts have no glyph for some of the text (Noto Sans as shipped
 * here covers Latin scripts only; a card in Urdu or Pashto needs an Arabic-script font and
 * right-to-left layout, which satori does not do).
 */
export function layoutCard(card: PreviewCard, metrics: CardMetrics): CardLayout {
  const missing = findMissingCharacters(cardText(card).join(' '), [...metrics[400], ...metrics[700]]);
  if (missing.length > 0) {
    const named = missing.map((character) => `"${character}" U+${(character.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
    throw new Error(`the preview card "${card.title}" has characters its fonts cannot draw: ${named}`);
  }
  const fit = fitter(metrics);
  const oneLine = (role: Role, text: string) => fit(role, text, CONTENT_WIDTH, 1).lines[0] ?? '';
  const title = fit('title', card.title, CONTENT_WIDTH, card.columns.length > 0 ? 2 : 3);
  const top = PADDING_Y + lineBox('kicker') + GAPS.afterKicker + title.lines.length * lineBox('title') + GAPS.afterTitle;
  const bottom = CARD_HEIGHT - PADDING_Y - lineBox('address') - RULES.address.space - RULES.address.width - GAPS.beforeAddress;
  const free = bottom - top;
  const columns = card.columns.map((column) => {
    const note = column.note === undefined ? undefined : fit('note', column.note, COLUMN_WIDTH, 2);
    const room = free - RULES.column.width - RULES.column.space - lineBox('heading') - GAPS.afterHeading - (note ? GAPS.afterBody + note.lines.length * lineBox('note') : 0);
    return { heading: fit('heading', column.heading, COLUMN_WIDTH, 1).lines[0] ?? '', body: fit('body', column.text, COLUMN_WIDTH, Math.floor(room / lineBox('body'))), note };
  });
  // Full-width lines share what the title leaves, in order; one left no room is not drawn.
  let room = Math.floor(free / lineBox('body'));
  const lines = card.lines.flatMap((text) => {
    if (room < 1) return [];
    const fitted = fit('body', text, CONTENT_WIDTH, room);
    room -= fitted.lines.length;
    return [fitted];
  });
  return { kicker: oneLine('kicker', card.kicker), title, columns, lines, address: oneLine('address', card.address), body: { top, bottom } };
}

/** A node of the tree satori draws (the shape of a React element, without React). */
export interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: (CardNode | string)[] | string };
}

const box = (style: CardNode['props']['style'], children: NonNullable<CardNode['props']['children']>): CardNode => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

function textLines(role: Role, fitted: FittedText, color: string, extra: CardNode['props']['style'] = {}): CardNode {
  return box(
    { flexDirection: 'column', fontSize: TYPE[role].size, fontWeight: TYPE[role].weight, lineHeight: LINE_HEIGHT, color, ...extra },
    // Each line is set as it was measured, and never wrapped again by satori.
    fitted.lines.map((line) => box({ whiteSpace: 'pre', height: lineBox(role) }, line)),
  );
}

const single = (text: string): FittedText => ({ lines: [text], cut: false });

/** The satori tree of a laid-out card. */
export function cardTree(layout: CardLayout): CardNode {
  const below: CardNode[] =
    layout.columns.length > 0
      ? [
          box(
            { flexDirection: 'row', gap: COLUMN_GAP, flexGrow: 1 },
            layout.columns.map((column) =>
              box({ flexDirection: 'column', width: COLUMN_WIDTH, paddingTop: RULES.column.space, borderTop: `${RULES.column.width}px solid ${CARD_COLORS.rule}` }, [
                textLines('heading', single(column.heading), CARD_COLORS.text, { marginBottom: GAPS.afterHeading }),
                textLines('body', column.body, CARD_COLORS.text),
                ...(column.note ? [textLines('note', column.note, CARD_COLORS.muted, { marginTop: GAPS.afterBody })] : []),
              ]),
            ),
          ),
        ]
      : [box({ flexDirection: 'column', flexGrow: 1 }, layout.lines.map((fitted, index) => textLines('body', fitted, index === 0 ? CARD_COLORS.text : CARD_COLORS.muted)))];
  return box(
    // satori sizes boxes as content-box: the padding comes on top of width and height.
    { flexDirection: 'column', width: CONTENT_WIDTH, height: CARD_HEIGHT - 2 * PADDING_Y, padding: `${PADDING_Y}px ${PADDING_X}px`, backgroundColor: CARD_COLORS.background, fontFamily: 'Noto Sans' },
    [
      textLines('kicker', single(layout.kicker), CARD_COLORS.muted, { marginBottom: GAPS.afterKicker }),
      textLines('title', layout.title, CARD_COLORS.text, { marginBottom: GAPS.afterTitle }),
      ...below,
      textLines('address', single(layout.address), CARD_COLORS.muted, { marginTop: GAPS.beforeAddress, paddingTop: RULES.address.space, borderTop: `${RULES.address.width}px solid ${CARD_COLORS.border}` }),
    ],
  );
}

/** A card drawn: the PNG, and its pixels (RGBA, row by row) for checking where ink fell. */
export interface DrawnTree {
  png: Uint8Array<ArrayBuffer>;
  pixels: Uint8Array<ArrayBuffer>;
}

/**
 * Draws a card's tree at 1200×630. The tree holds every line and style, so with the same fonts
 * and the same satori and resvg it always gives the same PNG (what the build's cache relies on).
 */
export async function drawTree(tree: CardNode, fonts: readonly CardFont[]): Promise<DrawnTree> {
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: fonts.map((font) => ({ name: 'Noto Sans', weight: font.weight, style: 'normal', data: font.data })),
  });
  // satori turns the text into paths, so resvg needs no fonts, and must not read the system's.
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  return { png: new Uint8Array(image.asPng()), pixels: new Uint8Array(image.pixels) };
}

/** Lays out and draws a card at 1200×630. */
export async function drawCard(card: PreviewCard, fonts: readonly CardFont[], metrics: CardMetrics = readCardMetrics(fonts)): Promise<DrawnTree & { layout: CardLayout }> {
  const layout = layoutCard(card, metrics);
  return { ...(await drawTree(cardTree(layout), fonts)), layout };
}
