/**
 * The register's history in git: every committed version of content/published-anchors.txt, so that
 * no line once registered can quietly leave it, and the last committed version of a claim, whose
 * quotes a tombstone can keep. Git is required: without its history nobody can tell what was
 * published, so this fails loudly rather than check nothing.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { entriesMissingFrom, formatRegisterLine, readRegisterLines, type RegisterEntry } from '../lib/anchors/anchor-register.ts';
import { CONTENT_PATHS } from '../site-config.ts';

function git(root: string, args: readonly string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

/** One committed version of the register. */
export interface RegisterVersion {
  commit: string;
  entries: RegisterEntry[];
}

/**
 * Every committed version of the register, newest first. Throws, saying why, where git or the
 * history is missing: not a git clone, a shallow clone, or (unless `allowNone`) a register that was
 * never committed.
 */
export function readRegisterHistory(root: string, { allowNone = false }: { allowNone?: boolean } = {}): RegisterVersion[] {
  const file = CONTENT_PATHS.register;
  let shallow: string;
  try {
    shallow = git(root, ['rev-parse', '--is-shallow-repository']).trim();
  } catch (error) {
    throw new Error(`The history of ${file} cannot be read: ${root} is not a git clone, or git is not installed (${(error as Error).message.split('\n')[0]})`);
  }
  if (shallow === 'true') throw new Error(`The history of ${file} cannot be read in full: this is a shallow clone; fetch the whole history (git fetch --unshallow)`);
  let commits: string[] = [];
  try {
    commits = git(root, ['log', '--format=%H', '--', file]).split('\n').filter((line) => line.length > 0);
  } catch {
    // A repository with no commit yet: no version of the register either.
  }
  if (commits.length === 0 && !allowNone) throw new Error(`${file} has no committed version: commit the register first`);
  return commits.map((commit) => {
    let text = '';
    try {
      text = git(root, ['show', `${commit}:${file}`]);
    } catch {
      // The commit deleted the file: that version registers nothing, and the versions before it still count.
    }
    return { commit, entries: readRegisterLines(text).entries.map(({ anchor, words }) => ({ anchor, words })) };
  });
}

/**
 * Every line of a committed version of the register that the register in the working tree lacks,
 * each once, with the newest commit that has it. A deleted register lacks every line. Throws where
 * git or the history is missing (see readRegisterHistory).
 */
export function linesLostFromRegister(root: string): { line: string; commit: string }[] {
  const history = readRegisterHistory(root);
  let text = '';
  try {
    text = readFileSync(path.join(root, CONTENT_PATHS.register), 'utf8');
  } catch {
    // Deleted: every registered line is lost.
  }
  const current = readRegisterLines(text).entries;
  const lost = new Map<string, string>();
  for (const { commit, entries } of history) {
    for (const entry of entriesMissingFrom(entries, current)) {
      const line = formatRegisterLine(entry);
      if (!lost.has(line)) lost.set(line, commit);
    }
  }
  return [...lost].map(([line, commit]) => ({ line, commit }));
}

/** A quote of a claim as last committed: what a tombstone can keep. */
export interface CommittedQuote {
  id: string;
  article: string;
  text: string;
}

/** The quotes of a claim in its last committed version, or undefined where git has none. */
export function lastCommittedQuotes(root: string, claimId: string): CommittedQuote[] | undefined {
  const file = `${CONTENT_PATHS.claims}/${claimId}.yaml`;
  try {
    const commit = git(root, ['log', '-n', '1', '--format=%H', '--', file]).trim();
    if (commit === '') return undefined;
    let text: string;
    try {
      text = git(root, ['show', `${commit}:${file}`]);
    } catch {
      text = git(root, ['show', `${commit}^:${file}`]); // that commit deleted it
    }
    const claim = parseYaml(text) as { positions?: Record<string, unknown>; framing?: unknown } | null;
    const lists = [...Object.values(claim?.positions ?? {}).flatMap((position) => {
      const { quotes, accounts } = (typeof position === 'object' && position !== null ? position : {}) as { quotes?: unknown; accounts?: unknown };
      return [quotes, accounts];
    }), claim?.framing];
    return lists.flatMap((list) =>
      (Array.isArray(list) ? list : []).flatMap((quote: unknown) => {
        const { id, article, text: words } = (quote ?? {}) as { id?: unknown; article?: unknown; text?: unknown };
        return typeof id === 'string' && typeof article === 'string' && typeof words === 'string' ? [{ id, article, text: words }] : [];
      }),
    );
  } catch {
    return undefined;
  }
}
