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
