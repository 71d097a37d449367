/**
 * `npm run anchors:register`: adds every anchor the built site (dist/) publishes to the register,
 * content/published-anchors.txt. It never removes one: a registered anchor the build lost is an
 * error until content/aliases.yaml says where it points now.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { adviseFromLinks, describeLostAnchors, today } from '../src/lib/anchors/alias-advice.ts';
import { compareWithRegister, formatRegister } from '../src/lib/anchors/anchor-register.ts';
import { readRegister } from '../src/integrations/anchor-register.ts';
import { CONTENT_PATHS } from '../src/site-config.ts';
import { readPublishedAnchors } from '../src/validation/published-anchors.ts';

const root = process.cwd();
const registered = await readRegister(root);
const published = await readPublishedAnchors(path.join(root, 'dist'));
const { lost, unregistered } = compareWithRegister(registered, published);
if (lost.length > 0) {
  console.error(describeLostAnchors(lost, adviseFromLinks(lost), today()));
  process.exitCode = 1;
} else {
  await writeFile(path.join(root, CONTENT_PATHS.register), formatRegister([...registered, ...published]));
  console.log(`${unregistered.length} new ${unregistered.length === 1 ? 'anchor' : 'anchors'} registered; ${registered.length + unregistered.length} in all.`);
}
