/** The card fonts as the build reads them (src/pages/og/_card-fonts.ts), for the preview tests. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CardFont } from '../../src/lib/previews/card-layout.ts';

const require = createRequire(import.meta.url);

/** The bytes of one Noto Sans WOFF file of @fontsource/noto-sans. */
export function fontFile(subset: string, weight: number, format: 'woff' | 'woff2' = 'woff'): ArrayBuffer {
  const file = readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.${format}`));
  return file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
}

export const CARD_FONTS: CardFont[] = [400, 700].flatMap((weight) => ['latin', 'latin-ext'].map((subset) => ({ weight: weight as 400 | 700, data: fontFile(subset, weight) })));
