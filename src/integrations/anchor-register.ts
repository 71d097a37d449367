import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { adviseFromLinks, describeLostAnchors, today } from '../lib/anchors/alias-advice.ts';
import { compareWithRegister, parseRegister } from '../lib/anchors/anchor-register.ts';
import { CONTENT_PATHS } from '../site-config.ts';
import { readPublishedAnchors } from '../validation/published-anchors.ts';
import { stopBuild } from './stop-build.ts';

/** Reads the register of published anchors; none yet is an empty register. */
export async function readRegister(root: string): Promise<string[]> {
  try {
    return parseRegister(await readFile(path.join(root, CONTENT_PATHS.register), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * After every build, compares what the site publishes with the register of published anchors
 * (content/published-anchors.txt) and fails the build if any registered URL or fragment is gone,
 * so a link someone shared never silently breaks. New anchors are only reported: register them
 * with `npm run anchors:register`.
 */
export function anchorRegister(): AstroIntegration {
  let root = '';
  return {
    name: 'parallax:anchor-register',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { lost, unregistered } = compareWithRegister(await readRegister(root), await readPublishedAnchors(fileURLToPath(dir)));
        if (lost.length > 0) stopBuild(logger, describeLostAnchors(lost, adviseFromLinks(lost), today()));
        if (unregistered.length > 0) {
          logger.warn(`${unregistered.length} published anchors are not in ${CONTENT_PATHS.register} yet: run \`npm run anchors:register\` to add them.`);
        }
      },
    },
  };
}
