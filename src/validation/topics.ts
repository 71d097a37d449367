/** Checks the topic list (`content/topics.yaml`). */
import { idSchema } from '../schemas/common.ts';
import { topicEntrySchema } from '../schemas/topic.ts';
import { CONTENT_PATHS } from '../site-config.ts';
import { parseWithSchema, type ProblemList } from './problem-list.ts';
import { parseYamlSource, readContentFile } from './sources.ts';

export const TOPICS_FILE = CONTENT_PATHS.topics;

/** Reports topics that no claim is listed under: they would show as empty sections. */
export async function checkTopicsUsed(root: string, used: Set<string>, problems: ProblemList): Promise<void> {
  const source = await readContentFile(root, TOPICS_FILE);
  if (!source.ok) return; // reported by checkTopics
  const yaml = parseYamlSource(source.text);
  if (!yaml.ok || !Array.isArray(yaml.data)) return;
  yaml.data.forEach((entry: unknown, at) => {
    const id = (entry as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && !used.has(id)) problems.add(TOPICS_FILE, `[${at}].id`, `topic "${id}" has no claims: remove it or list a claim under it`, yaml.lineOf([at, 'id']));
  });
}

export async function checkTopics(root: string, problems: ProblemList): Promise<Set<string>> {
  const ids = new Set<string>();
  const source = await readContentFile(root, TOPICS_FILE);
  if (!source.ok) {
    if (source.missing) problems.add(TOPICS_FILE, 'file', 'is missing: it lists the topics that group the claims');
    else problems.add(TOPICS_FILE, 'file', source.error.message, source.error.line);
    return ids;
  }
  const yaml = parseYamlSource(source.text);
  if (!yaml.ok) {
    for (const error of yaml.errors) problems.add(TOPICS_FILE, 'file', error.message, error.line);
    return ids;
  }
  const report = problems.forFile(TOPICS_FILE, yaml.lineOf);
  if (!Array.isArray(yaml.data)) {
    report([], 'must be a list of topics, each with id, title and order');
    return ids;
  }
  yaml.data.forEach((entry: unknown, at) => {
    const topic = parseWithSchema(topicEntrySchema, entry, (fieldPath, message) => report([at, ...fieldPath], message));
    // A topic whose title is wrong still exists: claims listed under it are not dangling.
    const id = topic?.id ?? idSchema.safeParse((entry as { id?: unknown } | null)?.id).data;
    if (id === undefined) return;
    if (ids.has(id)) report([at, 'id'], `topic id "${id}" is used twice: ids must be unique`);
    ids.add(id);
  });
  return ids;
}
