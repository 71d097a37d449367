/**
 * Draws the link-preview cards for the og/ endpoints, in Noto Sans from the @fontsource/noto-sans
 * package, in its WOFF files (satori reads no WOFF2), so every build draws the same cards without a
 * network or the system's fonts. Latin and Latin Extended cover every character the cards show
 * today; a character neither has stops the build, naming it (src/lib/previews/card-layout.ts).
 *
 * Drawing is most of what the cards cost a build, so each PNG is kept in node_modules/.cache/ under
 * the hash of everything that decides its pixels: the laid-out tree (every line and style), the
 * fonts, and the versions of satori and resvg. A build whose card would come out the same reuses it
 * (the test copies of the project share node_modules, and so the cache); any change draws anew.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { cardTree, drawTree, layoutCard, readCardMetrics, type CardFont, type CardMetrics } from '../../lib/previews/card-layout.ts';
import type { PreviewCard } from '../../lib/previews/preview-cards.ts';

const SUBSETS = ['latin', 'latin-ext'] as const;
const WEIGHTS = [400, 700] as const;
const CACHE = path.join(process.cwd(), 'node_modules/.cache/parallax-preview-cards');

const require = createRequire(import.meta.url);

interface Renderer {
  fonts: CardFont[];
  metrics: CardMetrics;
  /** What, besides the tree, decides a card's pixels. */
  salt: string;
}

let loaded: Promise<Renderer> | undefined;

function loadRenderer(): Promise<Renderer> {
  loaded ??= (async () => {
    const fonts = await Promise.all(
      WEIGHTS.flatMap((weight) =>
        SUBSETS.map(async (subset): Promise<CardFont> => {
          const file = await readFile(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`));
          return { weight, data: file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer };
        }),
      ),
    );
    const versions = ['satori', '@resvg/resvg-js'].map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`);
    const salt = createHash('sha256');
    for (const font of fonts) salt.update(`${font.weight}:`).update(new Uint8Array(font.data));
    return { fonts, metrics: readCardMetrics(fonts), salt: `${versions.join(' ')} ${salt.digest('hex')}` };
  })();
  return loaded;
}

/** The PNG response of a card, drawn or taken from the cache. */
export async function cardResponse(card: PreviewCard): Promise<Response> {
  const { fonts, metrics, salt } = await loadRenderer();
  const tree = cardTree(layoutCard(card, metrics));
  const key = createHash('sha256').update(salt).update(JSON.stringify(tree)).digest('hex');
  const cached = path.join(CACHE, `${key}.png`);
  let png: Uint8Array<ArrayBuffer>;
  if (existsSync(cached)) {
    png = new Uint8Array(await readFile(cached));
  } else {
    png = (await drawTree(tree, fonts)).png;
    await mkdir(CACHE, { recursive: true });
    // Written aside and renamed, so that a build running beside this one never reads half a file.
    const partial = `${cached}.${process.pid}.partial`;
    await writeFile(partial, png);
    await rename(partial, cached);
  }
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
}
