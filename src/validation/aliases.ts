/** Checks content/aliases.yaml: every alias names a link that no longer exists and a target that does. */
import { isReservedOnClaimPage } from '../lib/anchors/claim-anchors.ts';
import { aliasSchema, LINK_PATTERN } from '../schemas/alias.ts';
import { CONTENT_PATHS } from '../site-config.ts';
import type { ArticleIndex } from './articles.ts';
import type { ClaimIndex } from './claims.ts';
import { locatePassage } from './passages.ts';
import { parseWithSchema, type ProblemList } from './problem-list.ts';
import { parseYamlSource, readContentFile } from './sources.ts';

export async function checkAliases(root: string, context: { articles: ArticleIndex; claims: ClaimIndex }, problems: ProblemList): Promise<void> {
  const file = CONTENT_PATHS.aliases;
  const source = await readContentFile(root, file);
  if (!source.ok) {
    if (!source.missing) problems.add(file, 'file', source.error.message, source.error.line);
    return; // missing: no aliases yet
  }
  const yaml = parseYamlSource(source.text);
  if (!yaml.ok) {
    for (const error of yaml.errors) problems.add(file, 'file', error.message, error.line);
    return;
  }
  const report = problems.forFile(file, yaml.lineOf);
  if (!Array.isArray(yaml.data)) {
    report([], 'must be a list of aliases (write [] when there are none)');
    return;
  }
  const { articles, claims } = context;
  const aliases = yaml.data.flatMap((entry: unknown, at) => {
    const alias = parseWithSchema(aliasSchema, entry, (fieldPath, message) => report([at, ...fieldPath], message));
    return alias ? [{ alias, at }] : [];
  });
  const renamedClaims = new Set(aliases.filter(({ alias }) => !alias.from.includes('#')).map(({ alias }) => LINK_PATTERN.exec(alias.from)?.[2]));

  /** Whether `/section/id/#fragment` (or `/section/id/`) is a live anchor of the current content. */
  const exists = (link: string): boolean => {
    const [, section, id = '', fragment] = LINK_PATTERN.exec(link) ?? [];
    if (section === 'claims') {
      if (!claims.ids.has(id)) return false;
      return fragment === undefined || claims.quotes.get(fragment)?.claimId === id;
    }
    const article = articles.checked.get(id);
    if (!article) return false;
    return fragment === undefined || article.paragraphs.some((paragraph) => paragraph.id === fragment);
  };

  const froms = new Set(aliases.map(({ alias }) => alias.from));
  const seen = new Set<string>();
  for (const { alias, at } of aliases) {
    if (seen.has(alias.from)) report([at, 'from'], `${alias.from} has two aliases: keep one`);
    seen.add(alias.from);
    const [, section, id = ''] = LINK_PATTERN.exec(alias.from) ?? [];
    if (exists(alias.from)) {
      report([at, 'from'], `${alias.from} still exists: an alias is only for a link whose target has gone`);
      continue;
    }
    if (alias.from.includes('#')) {
      const pageExists = section === 'claims' ? claims.ids.has(id) || renamedClaims.has(id) : articles.ids.has(id);
      if (!pageExists) report([at, 'from'], `the page of ${alias.from} no longer exists: alias the page (its claim) first`);
    }
    if (alias.to !== undefined && !exists(alias.to)) {
      report([at, 'to'], `${alias.to} does not exist: an alias must point at a current ${alias.to.includes('#') ? 'quote or paragraph' : 'claim'}`);
    }
    alias.quotes?.forEach((quote, position) => {
      const place = [at, 'quotes', position];
      if (isReservedOnClaimPage(quote.id)) report([...place, 'id'], `"${quote.id}" is an id the claim page uses for itself: choose another`);
      if (froms.has(`${alias.from}#${quote.id}`)) report([...place, 'id'], `${alias.from}#${quote.id} also has an alias of its own: keep the quote here or move it, not both`);
      // The tombstone shows these words, so they are held to the rule of every quote: verbatim in the article, hence in its capture.
      const located = locatePassage(articles, quote.article, quote.text, quote.context);
      if (located?.problem !== undefined) report([...place, articles.ids.has(quote.article) ? 'text' : 'article'], located.problem);
    });
  }
}
