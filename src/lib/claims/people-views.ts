/** Speakers with the quotes they are cited for, for the people page and search. */
import type { PersonInfo, QuoteView } from './claim-views.ts';
import { SIDE_LABELS } from './sides.ts';

export const PERSON_KIND_LABELS: Record<PersonInfo['kind'], string> = {
  person: 'Person',
  institution: 'Institution',
  unnamed: 'Unnamed sources',
  editorial: 'An outlet’s editorial voice',
  media: 'A medium that relays others’ words',
};

export interface PersonView extends PersonInfo {
  kindLabel: string;
  /** "Speaks for Pakistan’s government", "Speaks for Afghanistan’s Taliban government", or "Speaks for neither side". */
  sideLabel: string;
  quotes: QuoteView[];
  /** Quotes whose words the article credits to this medium for passing on. */
  relayed: QuoteView[];
}

/** Describes whose side a speaker is on, in words. */
export function describeSide(side: PersonInfo['side']): string {
  return side === 'neither' ? 'Speaks for neither side' : `Speaks for ${SIDE_LABELS[side].name}`;
}

/** Every speaker with the quotes attributed to them, by name. */
export function buildPeopleViews(people: readonly PersonInfo[], quotes: readonly QuoteView[]): PersonView[] {
  return people
    .map((person) => ({
      ...person,
      kindLabel: PERSON_KIND_LABELS[person.kind],
      sideLabel: describeSide(person.side),
      quotes: quotes.filter((quote) => quote.speaker.id === person.id),
      relayed: quotes.filter((quote) => quote.relays.some((relay) => relay.id === person.id)),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** The address of a speaker's own page, which lists every quote cited from or through them. */
export function personHref(id: string): string {
  return `/people/${id}/`;
}

/** Whether a speaker has quotes of their own or relays others', and so a page of them. */
export function hasQuotePage(person: Pick<PersonView, 'quotes' | 'relayed'>): boolean {
  return person.quotes.length > 0 || person.relayed.length > 0;
}

const countQuotes = (n: number) => `${n} ${n === 1 ? 'quote' : 'quotes'}`;

/** "36 quotes", "Relays 3 quotes", or "2 quotes; relays 3 quotes" for a medium that does both. */
export function describeQuoteCount(person: Pick<PersonView, 'quotes' | 'relayed'>): string {
  const own = person.quotes.length > 0 ? countQuotes(person.quotes.length) : undefined;
  const relayed = person.relayed.length > 0 ? countQuotes(person.relayed.length) : undefined;
  if (own && relayed) return `${own}; relays ${relayed}`;
  return own ?? (relayed ? `Relays ${relayed}` : 'No quotes');
}
