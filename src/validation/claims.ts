/**
 * Checks the claims (`content/claims/`): schema, references, ids, and every quote in its article;
 * and that each side's column holds only that side's own voice, relays are the article's own words,
 * summaries credit only the quotes beneath them, and source problems carry a note.
 */
import { z } from 'astro/zod';
import { isReservedOnClaimPage } from '../lib/anchors/claim-anchors.ts';
import type { QuoteLocation } from '../lib/claims/quote-match.ts';
import { matchQuote } from '../lib/claims/quote-match.ts';
import { holdsWords, ownersNamed, quotedFragments, voiceKey, type NameForm } from '../lib/claims/summaries.ts';
import { describeUnbalancedQuotationMarks } from '../lib/sources/quotation-marks.ts';
import { collapseWhitespace, foldCase } from '../lib/text.ts';
import { createClaimSchema, createPositionSchema, createQuoteSchema, quoteContextSchema, summaryItemSchema } from '../schemas/claim.ts';
import { idSchema, NOT_STATED } from '../schemas/common.ts';
import { CONTENT_PATHS } from '../site-config.ts';
import type { ArticleIndex } from './articles.ts';
import { articleFile, locatePassage } from './passages.ts';
import type { CheckedPerson, PeopleIndex } from './people.ts';
import { parseWithSchema, readDataFiles, salvage, salvageList, type ProblemList } from './problem-list.ts';
import { isPlainObject } from './sources.ts';

const refs = { article: idSchema, person: idSchema, topic: idSchema, claim: idSchema };
const claimSchema = createClaimSchema(refs);
const quoteSchema = createQuoteSchema(refs);
const positionSchema = createPositionSchema(refs);

type Quote = z.output<typeof quoteSchema>;
type SummaryItem = z.output<typeof summaryItemSchema>;
export type Side = 'pakistan' | 'taliban';

/** Where a quote stands on its claim page. */
export type Placement = { part: 'side'; side: Side } | { part: 'account'; side: Side } | { part: 'framing' };

/** A quote that passed its checks, with where it sits. */
export interface CheckedQuote extends Quote {
  claimId: string;
  file: string;
  placement: Placement;
  location: QuoteLocation;
}

export interface ClaimIndex {
  ids: Set<string>;
  /** Every quote id a claim declares, even where the quote has problems of its own, with the claim's file. */
  declaredQuoteIds: Map<string, string>;
  quotes: Map<string, CheckedQuote>;
  /** The topics that at least one claim is listed under. */
  topicsUsed: Set<string>;
  /** The claim files that could not be read at all: which quotes they declare is not known. */
  unreadable: string[];
}

type Report = (fieldPath: readonly PropertyKey[], message: string) => void;

const OTHER_SIDE: Record<Side, Side> = { pakistan: 'taliban', taliban: 'pakistan' };

/** Where a quote by this speaker belongs, said in the words of the error message. */
function rightPlaceFor(speaker: CheckedPerson, side: Side | undefined): string {
  if (speaker.side === 'neither') return 'under "framing" (shown below both columns as "How the articles frame it"), or under a side\'s "accounts" if it describes that side\'s position';
  return side === undefined || speaker.side !== side ? `under positions.${speaker.side}.quotes, or under positions.${OTHER_SIDE[speaker.side]}.accounts if it describes that side's position` : '';
}

/** True when a relay's words name the medium, by its name or a spelling the articles use, case and accents aside. */
function namesMedium(text: string, medium: CheckedPerson): boolean {
  const words = foldCase(collapseWhitespace(text));
  return [medium.name, ...medium.spellings].some((form) => words.includes(foldCase(collapseWhitespace(form))));
}

/** The names a summary may not use unless they are its own speaker's, relay's or outlet's. */
function nameForms(people: PeopleIndex, articles: ArticleIndex): NameForm[] {
  const forms: NameForm[] = [];
  for (const person of people.checked.values()) {
    // Institutions and unnamed sources go by common words ("Pakistan", "Kabul", "officials") that
    // summaries use as objects; named people, outlets and media are never needed there.
    if (person.kind === 'institution' || person.kind === 'unnamed') continue;
    // An editorial voice is its outlet: naming either is naming the same one.
    const owner = person.kind === 'editorial' && person.outlet !== undefined ? `outlet:${person.outlet}` : person.id;
    for (const form of new Set([person.name, ...person.spellings])) forms.push({ owner, form });
  }
  for (const article of articles.checked.values()) forms.push({ owner: `outlet:${article.data.outlet}`, form: article.data.outlet });
  return forms;
}

export async function checkClaims(
  root: string,
  context: { articles: ArticleIndex; people: PeopleIndex; topics: Set<string> },
  problems: ProblemList,
): Promise<ClaimIndex> {
  const { articles, people, topics } = context;
  const index: ClaimIndex = { ids: new Set(), declaredQuoteIds: new Map(), quotes: new Map(), topicsUsed: new Set(), unreadable: [] };
  const unreadable = new Map<string, string>();
  const quoteFiles = new Map<string, string>();
  const related: { id: string; report: Report; ids: string[] }[] = [];
  /** The first claim with each title and each statement, case and spacing aside. */
  const firstWith = { title: new Map<string, { file: string; report: Report }>(), statement: new Map<string, { file: string; report: Report }>() };
  const forms = nameForms(people, articles);
  const media = [...people.checked.values()].filter((person) => person.kind === 'media');

  for (const { id, file, yaml, data } of await readDataFiles(root, CONTENT_PATHS.claims, 'claim', problems, unreadable)) {
    index.ids.add(id);
    const report = problems.forFile(file, yaml.lineOf);
    // A schema error is reported, and hides none of the file's other checks: they run on every part
    // that passes the schema on its own (a quote, a summary item, the topic).
    const complete = parseWithSchema(claimSchema, data, report) !== undefined;
    const claim = claimParts(data);
    for (const quoteId of claim.declaredIds) if (!index.declaredQuoteIds.has(quoteId)) index.declaredQuoteIds.set(quoteId, file);

    if (claim.topic !== undefined) {
      if (!topics.has(claim.topic)) report(['topic'], `names topic "${claim.topic}", which is not in content/topics.yaml`);
      index.topicsUsed.add(claim.topic);
    }
    if (claim.related) related.push({ id, report, ids: claim.related });
    for (const field of ['title', 'statement'] as const) {
      const text = claim[field];
      if (text === undefined) continue;
      const key = foldCase(collapseWhitespace(text));
      const earlier = firstWith[field].get(key);
      // Either claim may be the one to change: both are told, each naming the other.
      const same = (other: string) => `is the same as the ${field} of ${other} (case and spacing aside): two claims must not ask the same question; merge them, or say how they differ`;
      if (earlier === undefined) firstWith[field].set(key, { file, report });
      else {
        earlier.report([field], same(file));
        report([field], same(earlier.file));
      }
    }
    if (complete && claim.positions.pakistan === NOT_STATED && claim.positions.taliban === NOT_STATED && claim.framing.length === 0) {
      report(['positions'], `has no quote on either side: a claim needs at least one quote; both sides are "${NOT_STATED}"`);
    }

    /** Checks a quote id: unique across all claims, and not one the claim page uses. */
    const checkQuoteId = (quoteId: string, fail: (field: PropertyKey, message: string) => void) => {
      const earlier = quoteFiles.get(quoteId);
      if (earlier !== undefined) fail('id', `quote id "${quoteId}" is already used in ${earlier}: quote ids must be unique across all claims`);
      else quoteFiles.set(quoteId, file);
      if (isReservedOnClaimPage(quoteId)) fail('id', `"${quoteId}" is an id the claim page uses for itself: choose another`);
    };

    /** Checks what can be checked of a quote that failed its schema (reported already): its id, speaker, article and words. */
    const checkQuoteParts = ({ value, path: quotePath }: { value: unknown; path: PropertyKey[] }) => {
      const fail = (field: PropertyKey, message: string) => report([...quotePath, field], message);
      const parts = salvage(quotePartsSchema, value);
      if (parts?.id !== undefined) checkQuoteId(parts.id, fail);
      if (parts?.speaker !== undefined && !people.ids.has(parts.speaker)) fail('speaker', `names person "${parts.speaker}", who is not in content/people/`);
      if (parts?.article === undefined || parts.text === undefined) return;
      const located = locatePassage(articles, parts.article, parts.text, parts.context);
      if (located === undefined) problems.notChecked(articleFile(parts.article), 'quote', file);
      else if (located.problem !== undefined) fail(articles.ids.has(parts.article) ? 'text' : 'article', located.problem);
    };

    /** Checks one quote wherever it stands; returns it when it is sound. */
    const checkQuote = (quote: Quote, quotePath: PropertyKey[], placement: Placement): CheckedQuote | undefined => {
      let valid = true;
      const fail = (field: PropertyKey | PropertyKey[], message: string) => {
        report([...quotePath, ...(Array.isArray(field) ? field : [field])], message);
        valid = false;
      };

      checkQuoteId(quote.id, fail);

      const article = articles.checked.get(quote.article);
      const speaker = people.checked.get(quote.speaker);
      if (!people.ids.has(quote.speaker)) fail('speaker', `names person "${quote.speaker}", who is not in content/people/`);
      else if (!speaker) problems.notChecked(people.files.get(quote.speaker) ?? quote.speaker, 'quote', file);
      else {
        // A medium is wrong as a speaker anywhere: telling the editor to move it to "framing" would mislead.
        if (speaker.kind === 'media') {
          fail('speaker', `"${quote.speaker}" is a medium that relays others' words: name the speaker it relays, and "${quote.speaker}" under relay`);
        } else if (placement.part === 'side' && speaker.side !== placement.side) {
          fail('speaker', `"${quote.speaker}" speaks for ${speaker.side === 'neither' ? 'neither side' : speaker.side}, and a side's column holds only that side's own voice: put this quote ${rightPlaceFor(speaker, placement.side)}`);
        } else if (placement.part === 'account' && speaker.side === placement.side) {
          fail('speaker', `"${quote.speaker}" speaks for ${placement.side}: "accounts" are for others' descriptions of a side's position; put this quote under positions.${placement.side}.quotes`);
        } else if (placement.part === 'framing' && speaker.side !== 'neither') {
          fail('speaker', `"${quote.speaker}" speaks for ${speaker.side}: "framing" is for outlets, analysts and other third parties; put this quote under positions.${speaker.side}.quotes`);
        }
        if ((quote.attribution === 'unnamed') !== (speaker.kind === 'unnamed')) {
          fail('attribution', `"${quote.attribution}" does not fit "${quote.speaker}" (${speaker.kind}): "unnamed" is for unnamed officials or sources, and only for them`);
        }
        if ((quote.attribution === 'outlet') !== (speaker.kind === 'editorial')) {
          fail('attribution', `"${quote.attribution}" does not fit "${quote.speaker}" (${speaker.kind}): "outlet" is for an outlet's editorial voice, and only for it`);
        } else if (quote.attribution === 'outlet' && article && speaker.outlet !== article.data.outlet) {
          fail('speaker', `"${quote.speaker}" is the editorial voice of ${speaker.outlet}, but the quote is from ${article.data.outlet} ("${quote.article}"): an outlet's own framing can only be its own article's`);
        }
      }

      const located = locatePassage(articles, quote.article, quote.text, quote.context);
      if (located === undefined) problems.notChecked(articleFile(quote.article), 'quote', file);
      if (located?.problem !== undefined) fail(articles.ids.has(quote.article) ? 'text' : 'article', located.problem);
      const paragraph = located?.match && article?.paragraphs.find((candidate) => candidate.id === located.match.paragraphId);

      // A paragraph that credits a medium credits it for the words in it: the quote must say so. (A
      // relay that names the wrong medium is reported below, against its own words.)
      for (const medium of paragraph && quote.relay === undefined ? media : []) {
        const named = medium.spellings.find((spelling) => paragraph?.text.includes(spelling));
        if (named !== undefined) {
          fail('relay', `must name "${medium.id}": the quote's paragraph #${paragraph?.id} credits ${JSON.stringify(named)} for the words; add { via: ${medium.id}, text: <the paragraph's words naming it> }`);
        }
      }
      quote.relay?.forEach((relay, at) => {
        const medium = people.checked.get(relay.via);
        if (!people.ids.has(relay.via)) fail(['relay', at, 'via'], `names "${relay.via}", who is not in content/people/`);
        else if (medium && medium.kind !== 'media') fail(['relay', at, 'via'], `"${relay.via}" is ${medium.kind === 'editorial' ? 'an editorial voice' : `a ${medium.kind}`}, not a medium: a relay is an outlet or agency the article credits for passing the words on (kind "media")`);
        else if (medium && !namesMedium(relay.text, medium)) {
          // Otherwise the site would show "via Tolo News" where the article credits Khaama Press.
          fail(['relay', at, 'text'], `does not name "${relay.via}" (${medium.name}): the relay's words must be the article's words crediting that medium, e.g. ${medium.spellings.map((spelling) => JSON.stringify(spelling)).join(' or ')}`);
        }
        const inParagraph = paragraph && matchQuote([paragraph], relay.text);
        if (paragraph && inParagraph && !inParagraph.found && inParagraph.reason !== 'ambiguous') {
          fail(['relay', at, 'text'], `is not in the quote's paragraph #${paragraph.id}: a relay's words must be copied exactly from the paragraph the quote comes from`);
        }
      });

      if (paragraph && quote.note === undefined) {
        const unbalanced = describeUnbalancedQuotationMarks(paragraph.text);
        if (unbalanced !== undefined) {
          fail('note', `is required: the quote's paragraph #${paragraph.id} has unbalanced quotation marks (${unbalanced}); add a neutral note saying what the article shows, e.g. "In the article this quotation opens with “ and is never closed."`);
        }
      }

      if (!valid || !located?.match) return undefined;
      const checked: CheckedQuote = { ...quote, claimId: id, file, placement, location: located.match };
      index.quotes.set(quote.id, checked);
      return checked;
    };

    const claimQuotes = claimQuoteTexts(claim);
    for (const side of ['pakistan', 'taliban'] as const) {
      const position = claim.positions[side];
      if (position === NOT_STATED || position === undefined) continue;
      const own = position.quotes.map(({ item: quote, at }) => ({ quote, at, checked: checkQuote(quote, ['positions', side, 'quotes', at], { part: 'side', side }) }));
      for (const { item: quote, at } of position.accounts) checkQuote(quote, ['positions', side, 'accounts', at], { part: 'account', side });
      checkSummary(position.summary, own, { side, report, people, articles, forms, claimQuotes, position });
    }
    for (const { item: quote, at } of claim.framing) checkQuote(quote, ['framing', at], { part: 'framing' });
    claim.brokenQuotes.forEach(checkQuoteParts);
  }

  // A claim that cannot be read still exists: naming it is not dangling.
  for (const [id, file] of unreadable) {
    index.ids.add(id);
    index.unreadable.push(file);
  }
  for (const { id, report, ids } of related) {
    ids.forEach((relatedId, at) => {
      if (relatedId === id) report(['related', at], `names this claim itself: list only other claims`);
      else if (!index.ids.has(relatedId)) report(['related', at], `names claim "${relatedId}", which is not in content/claims/`);
    });
  }
  return index;
}

/** An entry of a list, with its position in the list as written. */
interface Listed<T> {
  item: T;
  at: number;
}

/** One side's position, as far as its parts pass the schema. */
interface PositionParts {
  quotes: Listed<Quote>[];
  accounts: Listed<Quote>[];
  summary: Listed<SummaryItem>[];
  /** True when the whole position passed its schema; only then is every quote's place in the summary checked. */
  complete: boolean;
  /** The ids of the position's own quotes as written, even of a quote with problems of its own. */
  quoteIds: Set<string>;
}

/** The parts of a claim that pass the schema each on its own: all of them when the whole claim does. */
interface ClaimParts {
  title: string | undefined;
  statement: string | undefined;
  topic: string | undefined;
  related: string[] | undefined;
  /** A side's position; `undefined` where it is neither "not stated" nor a set of fields. */
  positions: Record<Side, PositionParts | typeof NOT_STATED | undefined>;
  framing: Listed<Quote>[];
  /** The quotes that fail the schema (reported already), where they stand. */
  brokenQuotes: { value: unknown; path: PropertyKey[] }[];
  /** Every quote id written in the claim, even on a quote with problems of its own. */
  declaredIds: string[];
}

/** What the checks beyond the schema need of a quote that fails the schema itself. */
const quotePartsSchema = z.object({
  id: idSchema.optional().catch(undefined),
  speaker: idSchema.optional().catch(undefined),
  article: idSchema.optional().catch(undefined),
  text: quoteSchema.shape.text.optional().catch(undefined),
  context: quoteContextSchema.optional().catch(undefined),
});

/** Splits a claim (valid or not) into the parts that pass the schema each on its own. */
function claimParts(data: Record<string, unknown>): ClaimParts {
  const brokenQuotes: ClaimParts['brokenQuotes'] = [];
  const declaredIds: string[] = [];
  /** The quotes of a list that pass the schema, and the ids written in it; the others are kept for `checkQuoteParts`. */
  const quotesOf = (value: unknown, listPath: PropertyKey[]): { sound: Listed<Quote>[]; ids: string[] } => {
    const sound = salvageList(quoteSchema, value);
    const ids: string[] = [];
    (Array.isArray(value) ? value : []).forEach((entry: unknown, at) => {
      const quoteId = salvage(idSchema, isPlainObject(entry) ? entry['id'] : undefined);
      if (quoteId !== undefined) ids.push(quoteId);
      if (!sound.some((quote) => quote.at === at)) brokenQuotes.push({ value: entry, path: [...listPath, at] });
    });
    declaredIds.push(...ids);
    return { sound, ids };
  };
  const positions = isPlainObject(data['positions']) ? data['positions'] : {};
  const positionOf = (side: Side): PositionParts | typeof NOT_STATED | undefined => {
    const value = positions[side];
    if (value === NOT_STATED) return NOT_STATED;
    if (!isPlainObject(value)) return undefined;
    const quotes = quotesOf(value['quotes'], ['positions', side, 'quotes']);
    // A summary on a position without quotes of its own is wrong as a whole (the schema says so): its items are not checked.
    const summarised = Array.isArray(value['quotes']) && value['quotes'].length > 0;
    return {
      quotes: quotes.sound,
      accounts: quotesOf(value['accounts'], ['positions', side, 'accounts']).sound,
      summary: summarised ? salvageList(summaryItemSchema, value['summary']) : [],
      complete: salvage(positionSchema, value) !== undefined,
      quoteIds: new Set(quotes.ids),
    };
  };
  return {
    title: salvage(claimSchema.shape.title, data['title']),
    statement: salvage(claimSchema.shape.statement, data['statement']),
    topic: salvage(idSchema, data['topic']),
    related: salvage(z.array(idSchema), data['related']),
    positions: { pakistan: positionOf('pakistan'), taliban: positionOf('taliban') },
    framing: quotesOf(data['framing'], ['framing']).sound,
    brokenQuotes,
    declaredIds,
  };
}

/** Every quote of a claim with its speaker, to say whose words a mis-credited fragment is. */
function claimQuoteTexts(claim: ClaimParts): { id: string; speaker: string; text: string }[] {
  const positions = [claim.positions.pakistan, claim.positions.taliban].flatMap((position) => (typeof position === 'object' ? [...position.quotes, ...position.accounts] : []));
  return [...positions, ...claim.framing].map(({ item: quote }) => ({ id: quote.id, speaker: quote.speaker, text: quote.text }));
}

function checkSummary(
  items: readonly Listed<SummaryItem>[],
  own: readonly { quote: Quote; at: number; checked: CheckedQuote | undefined }[],
  context: { side: Side; report: Report; people: PeopleIndex; articles: ArticleIndex; forms: readonly NameForm[]; claimQuotes: readonly { id: string; speaker: string; text: string }[]; position: PositionParts },
): void {
  const { side, report, people, articles, forms, claimQuotes, position } = context;
  const byId = new Map(own.map((entry) => [entry.quote.id, entry]));
  const summarisedIn = new Map<string, number>();
  const voices = new Map<string, number>();

  items.forEach(({ item, at: itemAt }) => {
    const itemPath = ['positions', side, 'summary', itemAt];
    const quotes: Quote[] = [];
    item.quotes.forEach((quoteId, at) => {
      const entry = byId.get(quoteId);
      // A quote of this position with problems of its own is reported where it is written.
      if (!entry && position.quoteIds.has(quoteId)) return;
      if (!entry) {
        report([...itemPath, 'quotes', at], `names quote "${quoteId}", which is not among positions.${side}.quotes: a summary item sums up only quotes beneath it`);
        return;
      }
      const earlier = summarisedIn.get(quoteId);
      if (earlier !== undefined) report([...itemPath, 'quotes', at], `quote "${quoteId}" is already summarised in summary[${earlier}]: each quote belongs to one item`);
      else summarisedIn.set(quoteId, itemAt);
      quotes.push(entry.quote);
    });
    const [first] = quotes;
    if (!first) return;

    const key = (quote: Quote) => voiceKey({ speaker: quote.speaker, article: quote.article, relays: (quote.relay ?? []).map((relay) => relay.via) });
    const strangers = quotes.filter((quote) => key(quote) !== key(first));
    for (const stranger of strangers) {
      report(
        [...itemPath, 'quotes'],
        `credits "${first.speaker}" in "${first.article}" and "${stranger.speaker}" in "${stranger.article}"${(stranger.relay ?? first.relay) ? ' (or different relays)' : ''} with one summary: write one item per speaker and outlet ("${first.id}" and "${stranger.id}" differ)`,
      );
    }
    if (strangers.length > 0) return;
    const sameVoice = voices.get(key(first));
    if (sameVoice !== undefined) report([...itemPath, 'quotes'], `has the same speaker, outlet and relays as summary[${sameVoice}]: merge them, one item per speaker and outlet`);
    else voices.set(key(first), itemAt);

    // The lead names the speaker, relays and outlet; the rest may name none of them but these.
    const allowed = new Set([first.speaker, ...(first.relay ?? []).map((relay) => relay.via)]);
    const outlet = articles.checked.get(first.article)?.data.outlet;
    if (outlet !== undefined) allowed.add(`outlet:${outlet}`);
    for (const [owner, form] of ownersNamed(item.says, forms)) {
      if (allowed.has(owner)) continue;
      const who = owner.startsWith('outlet:') ? `the outlet ${owner.slice('outlet:'.length)}` : (people.checked.get(owner)?.name ?? owner);
      report([...itemPath, 'says'], `names ${JSON.stringify(form)} (${who}), who has no quote in this item: a summary item speaks only of its own speaker, relay and outlet, which the site names from its quotes`);
    }
    // An unclosed mark quotes nothing, so words after it would escape the check below.
    const unbalanced = describeUnbalancedQuotationMarks(item.says);
    if (unbalanced !== undefined) {
      report([...itemPath, 'says'], `has unbalanced quotation marks (${unbalanced}): close every quotation, so that the quoted words can be checked against this item's quotes`);
    }
    for (const fragment of quotedFragments(item.says)) {
      if (quotes.some((quote) => holdsWords(quote.text, fragment))) continue;
      const owner = claimQuotes.find((quote) => holdsWords(quote.text, fragment));
      const quoted = `puts ${JSON.stringify(fragment)} in quotation marks`;
      report(
        [...itemPath, 'says'],
        owner === undefined
          ? `${quoted}, but no quote of this item holds those words exactly`
          : owner.speaker === first.speaker
            ? // The same speaker in another article or through another relay: naming the speaker alone would read as a contradiction.
              `${quoted}, but those are words of "${owner.speaker}" in quote "${owner.id}", which belongs to another item (another article or relay), not to this item's quotes`
            : `${quoted}, but those are the words of "${owner.speaker}" (quote "${owner.id}"), not of "${first.speaker}" in this item's quotes`,
      );
    }
  });

  // Whether every quote is summarised can only be told when every summary item could be read.
  for (const { quote, at } of position.complete ? own : []) {
    if (!summarisedIn.has(quote.id) && items.length > 0) report(['positions', side, 'quotes', at, 'id'], `quote "${quote.id}" is in no summary item: list it under the item for its speaker and outlet in positions.${side}.summary`);
  }
}
