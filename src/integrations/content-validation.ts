import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblems } from '../lib/problems/content-problems.ts';
import { validateContentAndRegister } from '../validation/validate-content.ts';
import { stopBuild } from './stop-build.ts';

/**
 * Checks all content, and the register of published anchors against it, before Astro touches either,
 * and stops the build on any problem, listing every one.
 * Astro's own schema errors stop at the first bad file, print no line ("…:0:0") and let a dangling
 * `reference()` through with exit code 0 (see ../shared/TOOLCHAIN.md); this closes those gaps.
 * In `astro dev` the report is logged instead, so the server keeps running while an editor fixes it.
 */
export function contentValidation(): AstroIntegration {
  return {
    name: 'parallax:content-validation',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command === 'preview') return;
        const problems = await validateContentAndRegister(fileURLToPath(config.root));
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        if (command === 'dev') {
          logger.error(report);
          return;
        }
        stopBuild(logger, report);
      },
    },
  };
}
