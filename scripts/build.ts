/**
 * `npm run build`: builds the site into a fresh folder and puts it in place of dist/ only when the
 * whole build passed: the content check, Astro's own build and the check against the register of
 * published anchors. A failed build leaves the previous dist/ exactly as it was, so nothing that
 * previews or uploads dist/ after a failure can publish the broken site.
 *
 * Arguments after `--` go to `astro build` (`npm run build -- --force`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

const root = process.cwd();
const dist = path.join(root, 'dist');
// Inside the project, so that the swap is a rename on one file system, never a copy.
const scratch = path.join(root, '.tmp');
const next = path.join(scratch, 'dist-next');
const previous = path.join(scratch, 'dist-previous');

await mkdir(scratch, { recursive: true });
await rm(next, { recursive: true, force: true });
await rm(previous, { recursive: true, force: true });

const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
const build = spawnSync(process.execPath, [astro, 'build', '--outDir', next, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
const status = build.status ?? 1;

if (status !== 0) {
  await rm(next, { recursive: true, force: true });
  console.error(`The build failed, so dist/ was left as it was${existsSync(dist) ? ' (the last good build)' : ''}.`);
  process.exit(status);
}

if (existsSync(dist)) await rename(dist, previous);
await rename(next, dist);
await rm(previous, { recursive: true, force: true });
