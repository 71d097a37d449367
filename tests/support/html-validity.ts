/**
 * Validates built HTML with html-validate's Node API and the project's own configuration
 * (.htmlvalidate.mjs at the top level, also what `npx html-validate dist` uses), whatever folder the
 * files are in: the same check runs over dist/ and over a test's folder of bad markup.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import config from '../../.htmlvalidate.mjs';

/** Every `.html` file under `root`, sorted. */
export async function htmlFilesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Validates every HTML file under `root` and returns one line per error or warning, as
 * `file:line:column rule message` with the file relative to `root`; an empty list when all are valid.
 */
export async function validateHtmlUnder(root: string): Promise<string[]> {
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const files = await htmlFilesUnder(root);
  if (files.length === 0) throw new Error(`No HTML files under ${root}: nothing was validated.`);
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push(`${path.relative(root, file)}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
      }
    }
  }
  return problems;
}
