/**
 * How the site names who speaks and through whom: the speaker, each medium the article credits for
 * passing the words on (nearest the speaker first), and the outlet with what the provenance notes
 * add about it ("wire copy, IANS"). One wording for quote cards, the coverage matrix, the people
 * and wording pages, and citations.
 */

/** An outlet as an article names it, with the provenance note on it where there is one. */
export interface OutletName {
  outlet: string;
  outletNote?: string | undefined;
}

/** A speaker and the media that relay their words, by name. */
export interface RelayedVoice {
  speaker: string;
  relays: readonly string[];
}

/** "NationPress (wire copy, IANS)", or the outlet alone where the notes add nothing. */
export function describeOutlet(article: OutletName): string {
  return article.outletNote === undefined ? article.outlet : `${article.outlet} (${article.outletNote})`;
}

/** "Mohammad Naeem via Khaama Press": the speaker, then each relay. */
export function describeVoice(voice: RelayedVoice): string {
  return [voice.speaker, ...voice.relays].join(' via ');
}

/** "Mohammad Naeem, via Khaama Press, in NationPress (wire copy, IANS)": the whole chain, in reading order. */
export function describeAttributionChain(voice: RelayedVoice & { article: OutletName }): string {
  return [voice.speaker, ...voice.relays.map((relay) => `via ${relay}`), `in ${describeOutlet(voice.article)}`].join(', ');
}
