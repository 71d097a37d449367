/**
 * Which words differ between renderings of the same statement (one outlet's translation against
 * another's). Words are compared ignoring case, surrounding punctuation and the form of apostrophe,
 * so that only real differences of wording are marked.
 */

/** A stretch of one rendering's text, marked when its words are not shared with another rendering. */
export interface DiffSegment {
  text: string;
  differs: boolean;
}

interface Token {
  text: string;
  /** The comparison key of a word; undefined for the space between words. */
  key: string | undefined;
}

function comparisonKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/[’‘`]/gu, "'")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu, '');
}

function tokenize(text: string): Token[] {
  return [...text.matchAll(/\s+|\S+/gu)].map(([part]) => {
    if (/^\s/u.test(part)) return { text: part, key: undefined };
    const key = comparisonKey(part);
    return { text: part, key: key.length > 0 ? key : undefined };
  });
}

/** For each word of `a`, whether it is part of a longest common subsequence with `b`. */
function sharedWords(a: readonly string[], b: readonly string[]): boolean[] {
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      const row = lengths[i] as number[];
      row[j] = a[i] === b[j] ? (lengths[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(lengths[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const shared = new Array<boolean>(a.length).fill(false);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared[i] = true;
      i += 1;
      j += 1;
    } else if ((lengths[i + 1]?.[j] ?? 0) >= (lengths[i]?.[j + 1] ?? 0)) i += 1;
    else j += 1;
  }
  return shared;
}

/**
 * Marks, in each rendering, the words it does not share with every other rendering (in order, as a
 * longest common subsequence). Returns the segments of each text; joined, they give the text back.
 */
export function markDifferences(texts: readonly string[]): DiffSegment[][] {
  const tokenized = texts.map(tokenize);
  const keys = tokenized.map((tokens) => tokens.flatMap((token) => (token.key === undefined ? [] : [token.key])));
  return tokenized.map((tokens, index) => {
    const differs = new Array<boolean>(keys[index]?.length ?? 0).fill(false);
    keys.forEach((other, otherIndex) => {
      if (otherIndex === index) return;
      sharedWords(keys[index] ?? [], other).forEach((isShared, word) => {
        if (!isShared) differs[word] = true;
      });
    });
    return toSegments(tokens, differs);
  });
}

function toSegments(tokens: readonly Token[], wordDiffers: readonly boolean[]): DiffSegment[] {
  let word = -1;
  const flags = tokens.map((token) => (token.key === undefined ? undefined : wordDiffers[(word += 1)] === true));
  const segments: DiffSegment[] = [];
  tokens.forEach((token, index) => {
    // Space or bare punctuation between two differing words belongs to the marked stretch.
    const previous = flags.slice(0, index).findLast((flag) => flag !== undefined);
    const next = flags.slice(index + 1).find((flag) => flag !== undefined);
    const differs = flags[index] ?? (previous === true && next === true);
    const last = segments[segments.length - 1];
    if (last && last.differs === differs) last.text += token.text;
    else segments.push({ text: token.text, differs });
  });
  return segments;
}
