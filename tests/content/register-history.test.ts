/**
 * The register cannot shrink: every line of every committed version of content/published-anchors.txt
 * must still be in it. Read from git, which CI's clone has; without git or its history the test
 * fails, saying why, rather than check nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { linesLostFromRegister, readRegisterHistory } from '../../src/validation/register-history.ts';
import { PROJECT_ROOT } from '../support/project-copy.ts';

const REGISTER = 'content/published-anchors.txt';
const scratch: string[] = [];
afterAll(() => Promise.all(scratch.map((folder) => rm(folder, { recursive: true, force: true }))));

test('no line ever committed to the register is missing from it', () => {
  const history = readRegisterHistory(PROJECT_ROOT);
  expect(history.length).toBeGreaterThan(1);
  const lost = linesLostFromRegister(PROJECT_ROOT).map(({ line, commit }) => `${line} (registered in ${commit.slice(0, 7)})`);
  expect(lost, `${REGISTER} lost lines that earlier commits registered; put them back, with an alias in content/aliases.yaml if their target has gone`).toEqual([]);
});

/** A git repository of its own, with the register committed in each of `versions` (null deletes it). */
async function repositoryWith(versions: readonly (string | null)[]): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'parallax-history-'));
  scratch.push(root);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe' });
  git('init', '-q');
  git('config', 'user.email', 'test@example.org');
  git('config', 'user.name', 'Test');
  execFileSync('mkdir', ['-p', 'content'], { cwd: root });
  for (const [at, text] of versions.entries()) {
    if (text === null) git('rm', '-q', REGISTER);
    else {
      await writeFile(path.join(root, REGISTER), text);
      git('add', REGISTER);
    }
    git('commit', '-q', '-m', `version ${at}`);
  }
  return root;
}

test('names each committed line the register lacks, with the commit that has it', async () => {
  const root = await repositoryWith(['/a/\n/claims/c/\n', '/a/\n/claims/c/\n/claims/c/#q 0123abcd\n']);
  await writeFile(path.join(root, REGISTER), '/a/\n/claims/c/#q 99999999\n');
  const lost = linesLostFromRegister(root);
  expect(lost.map(({ line }) => line)).toEqual(['/claims/c/', '/claims/c/#q 0123abcd']);
  expect(lost.every(({ commit }) => /^[0-9a-f]{40}$/u.test(commit))).toBe(true);
});

test('a line written before words were recorded is kept by its anchor with words', async () => {
  const root = await repositoryWith(['/claims/c/#q\n', '/claims/c/#q 0123abcd\n']);
  expect(linesLostFromRegister(root)).toEqual([]);
});

test('a deleted register has lost every line, and so has one deleted in a commit', async () => {
  const root = await repositoryWith(['/a/\n/b/\n']);
  await rm(path.join(root, REGISTER));
  expect(linesLostFromRegister(root).map(({ line }) => line)).toEqual(['/a/', '/b/']);

  const deleted = await repositoryWith(['/a/\n/b/\n', null]);
  expect(linesLostFromRegister(deleted).map(({ line }) => line)).toEqual(['/a/', '/b/']);
});

test('without git history the check fails, saying why', async () => {
  const bare = await mkdtemp(path.join(tmpdir(), 'parallax-no-git-'));
  scratch.push(bare);
  expect(() => readRegisterHistory(bare)).toThrow(/^The history of content\/published-anchors\.txt cannot be read: .* is not a git clone, or git is not installed/u);

  const root = await repositoryWith(['/a/\n', '/a/\n/b/\n']);
  const shallow = await mkdtemp(path.join(tmpdir(), 'parallax-shallow-'));
  scratch.push(shallow);
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${root}`, shallow], { stdio: 'pipe' });
  expect(() => readRegisterHistory(shallow)).toThrow('The history of content/published-anchors.txt cannot be read in full: this is a shallow clone; fetch the whole history (git fetch --unshallow)');

  const never = await repositoryWith([]);
  expect(() => readRegisterHistory(never)).toThrow('content/published-anchors.txt has no committed version: commit the register first');
  expect(readRegisterHistory(never, { allowNone: true })).toEqual([]);
});
