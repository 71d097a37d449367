/** Turns claims, quotes, article paragraphs, people and glossary names into search documents. */
import type { ArticleInfo, ClaimView } from '../claims/claim-views.ts';
import { allQuotes, type QuoteView } from '../claims/claim-views.ts';
import type { GlossaryView } from '../claims/comparison-views.ts';
import type { PersonView } from '../claims/people-views.ts';
import { SIDE_LABELS } from '../claims/sides.ts';
import type { SearchDocument } from './search-index.ts';

/** Field weights: a word in a title or name says more about a document than one in its text. */
const WEIGHT = { title: 5, name: 4, speaker: 3, text: 2, context: 1 } as const;

export function buildSearchDocuments(input: {
  claims: readonly ClaimView[];
  articles: readonly (ArticleInfo & { standfirst?: string | undefined })[];
  people: readonly PersonView[];
  glossary: readonly GlossaryView[];
}): SearchDocument[] {
  const claims = input.claims.map((claim): SearchDocument => ({
    kind: 'claim',
    title: claim.title,
    text: claim.statement,
    href: claim.href,
    meta: claim.topic.title,
    fields: [
      { text: claim.title, weight: WEIGHT.title },
      { text: claim.statement, weight: WEIGHT.text },
      ...claim.positions.flatMap((position) => position.summary.map((item) => ({ text: `${item.lead} ${item.says}`, weight: WEIGHT.context }))),
      // The column headings of the sides that speak here, as the claim page shows them.
      ...claim.positions.filter((position) => position.stated).map((position) => ({ text: SIDE_LABELS[position.side].name, weight: WEIGHT.context })),
      // Everyone quoted in the claim, once each: searching a name lists every claim in which they speak.
      ...speakersOf(allQuotes([claim])).map((name) => ({ text: name, weight: WEIGHT.speaker })),
    ],
  }));

  const quotesByParagraph = new Map<string, { title: string; href: string }[]>();
  for (const quote of allQuotes(input.claims)) {
    const list = quotesByParagraph.get(quote.paragraphHref) ?? [];
    // One link per claim, to its first quote of the paragraph.
    if (!list.some((entry) => entry.title === quote.claimTitle)) list.push({ title: quote.claimTitle, href: quote.href });
    quotesByParagraph.set(quote.paragraphHref, list);
  }

  const quotes = allQuotes(input.claims).map((quote): SearchDocument => ({
    kind: 'quote',
    title: quote.speaker.name,
    text: quote.text,
    href: quote.href,
    meta: `${quote.attributionLabel}, ${quote.article.outlet}`,
    fields: [
      { text: quote.text, weight: WEIGHT.text },
      { text: quote.speaker.name, weight: WEIGHT.speaker },
      { text: quote.article.outlet, weight: WEIGHT.context },
      ...quote.relays.map((relay) => ({ text: relay.name, weight: WEIGHT.context })),
      // The column it stands in: a side's own words only, never an account of it or framing.
      ...(quote.placement === 'side' && quote.side ? [{ text: SIDE_LABELS[quote.side].name, weight: WEIGHT.context }] : []),
    ],
  }));

  const passages = input.articles.flatMap((article): SearchDocument[] => [
    {
      kind: 'passage',
      title: article.headline,
      text: article.standfirst ?? article.headline,
      href: article.href,
      meta: article.outlet,
      fields: [
        { text: article.headline, weight: WEIGHT.title },
        { text: article.standfirst ?? '', weight: WEIGHT.text },
        { text: article.outlet, weight: WEIGHT.context },
      ],
    },
    ...article.paragraphs.map((paragraph) => ({
      kind: 'passage' as const,
      title: article.headline,
      text: paragraph.text,
      href: `${article.href}#${paragraph.id}`,
      meta: article.outlet,
      fields: [
        { text: paragraph.text, weight: WEIGHT.text },
        { text: article.outlet, weight: WEIGHT.context },
      ],
      quotedIn: quotesByParagraph.get(`${article.href}#${paragraph.id}`) ?? [],
    })),
  ]);

  const people = input.people.map((person): SearchDocument => ({
    kind: 'person',
    title: person.name,
    text: person.roles.map((role) => role.text).join('; ') || person.kindLabel,
    href: `/people/#${person.id}`,
    meta: person.sideLabel,
    fields: [
      { text: person.name, weight: WEIGHT.title },
      ...(person.spellings ?? []).map((spelling) => ({ text: spelling, weight: WEIGHT.name })),
      ...person.roles.map((role) => ({ text: role.text, weight: WEIGHT.text })),
    ],
  }));

  const names = input.glossary.map((entry): SearchDocument => ({
    kind: 'name',
    title: entry.term,
    text: entry.variants.map((variant) => variant.text).join(', '),
    href: `/glossary/#${entry.id}`,
    meta: 'Glossary',
    fields: [
      { text: entry.term, weight: WEIGHT.title },
      ...entry.variants.map((variant) => ({ text: variant.text, weight: WEIGHT.name })),
    ],
  }));

  return [...claims, ...quotes, ...passages, ...people, ...names];
}

/** The names of everyone speaking or passing words on in `quotes`, with the other spellings of each, once each. */
function speakersOf(quotes: readonly QuoteView[]): string[] {
  const names = new Set<string>();
  for (const quote of quotes) {
    for (const person of [quote.speaker, ...quote.relays]) {
      names.add(person.name);
      for (const spelling of person.spellings ?? []) names.add(spelling);
    }
  }
  return [...names];
}
