/**
 * The fonts of the link-preview cards: Noto Sans from the @fontsource/noto-sans package, in its WOFF
 * files (satori reads no WOFF2), so every build draws the same cards without a network or the
 * system's fonts. Latin and Latin Extended cover every character the cards show today; a character
 * neither has stops the build, naming it (src/lib/previews/card-layout.ts).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { readCardMetrics, type CardFont, type CardMetrics } from '../../lib/previews/card-layout.ts';

const SUBSETS = ['latin', 'latin-ext'] as const;
const WEIGHTS = [400, 700] as const;

const require = createRequire(import.meta.url);

let loaded: Promise<{ fonts: CardFont[]; metrics: CardMetrics }> | undefined;

/** The card fonts and their metrics, read once per build. */
export function loadCardFonts(): Promise<{ fonts: CardFont[]; metrics: CardMetrics }> {
  loaded ??= (async () => {
    const fonts = await Promise.all(
      WEIGHTS.flatMap((weight) =>
        SUBSETS.map(async (subset): Promise<CardFont> => {
          const file = await readFile(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`));
          return { weight, data: file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer };
        }),
      ),
    );
    return { fonts, metrics: readCardMetrics(fonts) };
  })();
  return loaded;
}

/** A PNG response for a card. */
export function pngResponse(png: Uint8Array<ArrayBuffer>): Response {
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
}
