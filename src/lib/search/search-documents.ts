/** Turns claims, quotes, article paragraphs, people and glossary names into search documents. */
import type { ArticleInfo, ClaimView } from '../claims/claim-views.ts';
import { allQuotes } from '../claims/claim-views.ts';
import type { GlossaryView } from '../claims/comparison-views.ts';
import type { PersonView } from '../claims/people-views.ts';
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
    ],
  }));

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
