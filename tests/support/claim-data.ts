/**
 * What the content says about every quote, read straight from the YAML and Markdown frontmatter of
 * a project tree (the real one, or a temporary copy): where each quote belongs, who speaks, through
 * whom, in which outlet, with which note. The browser tests compare the built pages with this, so a
 * page cannot pass by agreeing with itself.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';

export type Side = 'pakistan' | 'taliban';

export interface QuoteFacts {
  id: string;
  claim: string;
  /** Where the content puts it: a side's own voice, an account of a side, or framing. */
  part: 'side' | 'account' | 'framing';
  /** The side whose column it belongs in; none for framing. */
  side: Side | undefined;
  article: string;
  speaker: string;
  /** Person ids of the relays, nearest the speaker first. */
  relays: string[];
  note: string | undefined;
}

export interface PersonFacts {
  name: string;
  side: Side | 'neither';
  kind: string;
}

export interface ArticleFacts {
  outlet: string;
  outletNote: string | undefined;
}

export interface ContentFacts {
  quotes: QuoteFacts[];
  /** Claim ids, each with whether it has framing. */
  claims: Map<string, { hasFraming: boolean }>;
  people: Map<string, PersonFacts>;
  articles: Map<string, ArticleFacts>;
}

interface RawQuote {
  id: string;
  article: string;
  speaker: string;
  relay?: { via: string }[];
  note?: string;
}

type RawPosition = 'not stated' | { quotes?: RawQuote[]; accounts?: RawQuote[] };

async function yamlFiles(dir: string): Promise<{ id: string; data: unknown }[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.yaml')).sort();
  return Promise.all(names.map(async (name) => ({ id: name.slice(0, -'.yaml'.length), data: parse(await readFile(path.join(dir, name), 'utf8')) as unknown })));
}

function frontmatter(markdown: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/u.exec(markdown);
  if (!match?.[1]) throw new Error('an article without frontmatter');
  return parse(match[1]) as Record<string, unknown>;
}

/** Reads the facts the claim pages must show from the content of the project at `root`. */
export async function readContentFacts(root: string): Promise<ContentFacts> {
  const content = path.join(root, 'content');
  const people = new Map<string, PersonFacts>();
  for (const { id, data } of await yamlFiles(path.join(content, 'people'))) {
    const person = data as { name: string; side: Side | 'neither'; kind: string };
    people.set(id, { name: person.name, side: person.side, kind: person.kind });
  }
  const articles = new Map<string, ArticleFacts>();
  for (const name of (await readdir(path.join(content, 'articles'))).filter((file) => file.endsWith('.md'))) {
    const data = frontmatter(await readFile(path.join(content, 'articles', name), 'utf8'));
    articles.set(name.slice(0, -'.md'.length), { outlet: String(data['outlet']), outletNote: typeof data['outletNote'] === 'string' ? data['outletNote'] : undefined });
  }
  const quotes: QuoteFacts[] = [];
  const claims = new Map<string, { hasFraming: boolean }>();
  for (const { id: claim, data } of await yamlFiles(path.join(content, 'claims'))) {
    const { positions, framing = [] } = data as { positions: Record<Side, RawPosition>; framing?: RawQuote[] };
    const add = (quote: RawQuote, part: QuoteFacts['part'], side: Side | undefined) =>
      quotes.push({ id: quote.id, claim, part, side, article: quote.article, speaker: quote.speaker, relays: (quote.relay ?? []).map((relay) => relay.via), note: quote.note });
    for (const side of ['pakistan', 'taliban'] as const) {
      const position = positions[side];
      if (position === 'not stated') continue;
      for (const quote of position.quotes ?? []) add(quote, 'side', side);
      for (const quote of position.accounts ?? []) add(quote, 'account', side);
    }
    for (const quote of framing) add(quote, 'framing', undefined);
    claims.set(claim, { hasFraming: framing.length > 0 });
  }
  return { quotes, claims, people, articles };
}
