/**
 * The open-data files name the configured site address: a real `astro build` of a temporary copy
 * with PARALLAX_SITE_URL set writes every permanent address in claims.json, quotes.csv, the
 * schema's $id and the Data page from it, and nothing from the local default.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import type { ClaimsExport } from '../../src/schemas/claims-export.ts';
import { copyBuildableProject, removeCopies, runAstroBuild } from '../support/project-copy.ts';

afterAll(removeCopies);

const SITE = 'https://parallax.example.net';

test('a build with PARALLAX_SITE_URL names that address, and only it, in every data file', async () => {
  const root = await copyBuildableProject();
  const build = runAstroBuild(root, { PARALLAX_SITE_URL: `${SITE}/` });
  expect(build.status, build.output).toBe(0);
  const read = (file: string) => readFile(path.join(root, 'dist/data', file), 'utf8');

  const data = JSON.parse(await read('claims.json')) as ClaimsExport;
  expect(data.site).toBe(SITE);
  expect(data.claims[0]?.url).toBe(`${SITE}/claims/${data.claims[0]?.id}/`);
  expect(data.claims.flatMap((claim) => claim.framing).map((quote) => quote.paragraph.url.startsWith(`${SITE}/articles/`))).not.toContain(false);
  expect((JSON.parse(await read('claims.schema.json')) as { $id: string }).$id).toBe(`${SITE}/data/claims.schema.json`);
  const csv = await read('quotes.csv');
  expect(csv).toContain(`,${SITE}/claims/`);
  const page = await read('index.html');
  expect(page).toContain(`>${SITE}/data/claims.json</a>`);
  for (const [name, text] of [['claims.json', JSON.stringify(data)], ['quotes.csv', csv], ['index.html', page]]) expect(text, name).not.toContain('127.0.0.1');
});
