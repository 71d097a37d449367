/**
 * Checks the figures (`content/figures/`): every wording, period, basis and relay copied exactly
 * from one paragraph of its article; a wording that holds one number, one range, or a size such as
 * "hundreds"; the quote named wherever a claim quotes the wording, and holding it; the speaker, the
 * side the figure is offered for, and the other side's responses, each what the content says.
 */
import type { QuoteLocation } from '../lib/claims/quote-match.ts';
import { formatFieldPath, quoteInReport } from '../lib/problems/content-problems.ts';
import { NO_PERIOD, NONE_STATED, type OfferedFor } from '../lib/figures/citation-terms.ts';
import { readFigureValue } from '../lib/figures/figure-values.ts';
import { collapseWhitespace } from '../lib/text.ts';
import { idSchema } from '../schemas/common.ts';
import { createFigureSchema } from '../schemas/figure.ts';
import { CONTENT_PATHS } from '../site-config.ts';
import type { ArticleIndex } from './articles.ts';
import type { CheckedQuote, ClaimIndex } from './claims.ts';
import { articleFile, locatePassage } from './passages.ts';
import type { PeopleIndex } from './people.ts';
import { parseWithSchema, readDataFiles, salvage, salvageList, type ProblemList } from './problem-list.ts';

const figureSchema = createFigureSchema({ article: idSchema, person: idSchema, topic: idSchema, claim: idSchema });
const citationSchema = figureSchema.shape.citations.element;
const responseSchema = citationSchema.shape.responses.unwrap().element;

type Report = (fieldPath: readonly PropertyKey[], message: string) => void;

interface Context {
  articles: ArticleIndex;
  people: PeopleIndex;
  claims: ClaimIndex;
  topics: ReadonlySet<string>;
}

/** What checking one citation needs: the content, and where to report. */
interface CitationContext extends Context {
  problems: ProblemList;
  file: string;
  report: Report;
  unit: string | undefined;
}

const PERCENT_UNIT = 'percent';

/** The side a speaker of this side is offered for. */
const offeredForSide = (side: 'pakistan' | 'taliban' | 'neither'): OfferedFor => (side === 'neither' ? 'third party' : side);

export async function checkFigures(root: string, context: Context, problems: ProblemList): Promise<void> {
  const { topics, claims } = context;
  for (const { file, yaml, data } of await readDataFiles(root, CONTENT_PATHS.figures, 'figure', problems)) {
    const report = problems.forFile(file, yaml.lineOf);
    // A schema error hides none of the other checks: they run on each citation that passes it.
    parseWithSchema(figureSchema, data, report);
    const topic = salvage(idSchema, data['topic']);
    if (topic !== undefined && !topics.has(topic)) report(['topic'], `names topic "${topic}", which is not in content/topics.yaml`);
    const claim = salvage(idSchema, data['claim']);
    if (claim !== undefined && !claims.ids.has(claim)) report(['claim'], `names claim "${claim}", which is not in content/claims/`);
    const unit = typeof data['unit'] === 'string' ? data['unit'] : undefined;
    for (const { item: citation, at } of salvageList(citationSchema, data['citations'])) {
      checkCitation(citation, ['citations', at], { ...context, problems, file, report, unit });
    }
  }
}

type Citation = NonNullable<ReturnType<typeof salvage<typeof citationSchema>>>;

function checkCitation(citation: Citation, at: PropertyKey[], context: CitationContext): void {
  const { articles, people, claims, problems, file, report, unit } = context;
  const fail = (field: PropertyKey | PropertyKey[], message: string) => report([...at, ...(Array.isArray(field) ? field : [field])], message);

  const value = readFigureValue(citation.wording);
  if (value.kind === 'unreadable') fail('wording', `${value.reason}: a wording is one number (or one range, or a size such as "hundreds") and its object, e.g. "70,000 to 80,000 people"`);
  const percent = (value.kind === 'number' || value.kind === 'range') && value.percent;
  if (unit !== undefined && percent !== (unit === PERCENT_UNIT)) {
    if (percent) report(['unit'], `must be "${PERCENT_UNIT}": ${formatFieldPath([...at, 'wording'])} "${citation.wording}" gives a percentage`);
    else fail('wording', `gives no percentage, but the figure's unit is "${PERCENT_UNIT}"`);
  }

  // Who cites it, and for whom.
  const speaker = people.checked.get(citation.speaker);
  if (!people.ids.has(citation.speaker)) fail('speaker', `names "${citation.speaker}", who is not in content/people/`);
  else if (!speaker) problems.notChecked(people.files.get(citation.speaker) ?? citation.speaker, 'figure citation', file);
  else if (speaker.kind === 'media') fail('speaker', `"${citation.speaker}" is a medium that relays others' words: name the one it relays, and "${citation.speaker}" under relay`);
  else if (offeredForSide(speaker.side) !== citation.offeredFor) {
    fail('offeredFor', `must be "${offeredForSide(speaker.side)}": the figure is cited by "${citation.speaker}", who speaks for ${speaker.side === 'neither' ? 'neither side' : speaker.side}; each side speaks only for itself`);
  }

  const located = locatePassage(articles, citation.article, citation.wording, citation.context);
  if (located === undefined) {
    problems.notChecked(articleFile(citation.article), 'figure citation', file);
    return;
  }
  if (located.problem !== undefined) {
    fail(articles.ids.has(citation.article) ? 'wording' : 'article', located.problem.replace('quotes must be copied exactly', 'a wording must be copied exactly'));
    return;
  }
  const where = located.match;
  const paragraph = articles.checked.get(citation.article)?.paragraphs.find((candidate) => candidate.id === where.paragraphId);
  if (!paragraph) return;
  const words = collapseWhitespace(paragraph.text);
  const inParagraph = (text: string) => words.includes(collapseWhitespace(text));
  const notInParagraph = (what: string, none: string) =>
    `is not in the wording's paragraph #${paragraph.id} of article "${citation.article}": ${what} must be copied exactly from that paragraph, or be "${none}"`;
  if (citation.period !== NO_PERIOD && !inParagraph(citation.period)) fail('period', notInParagraph('a period', NO_PERIOD));
  if (citation.basis !== NONE_STATED && !inParagraph(citation.basis)) fail('basis', notInParagraph('a basis', NONE_STATED));
  citation.relay?.forEach((relay, index) => {
    const medium = people.checked.get(relay.via);
    if (!people.ids.has(relay.via)) fail(['relay', index, 'via'], `names "${relay.via}", who is not in content/people/`);
    else if (medium && medium.kind !== 'media') fail(['relay', index, 'via'], `"${relay.via}" is not a medium (kind "media"): a relay is an outlet or agency the article credits for passing the words on`);
    if (!inParagraph(relay.text)) fail(['relay', index, 'text'], `is not in the wording's paragraph #${paragraph.id}: a relay's words must be copied exactly from that paragraph`);
  });

  checkQuote(citation, where, fail, claims);
  citation.responses?.forEach((response, index) => checkResponse(response, [...at, 'responses', index], citation.offeredFor, context));
}

const holds = (quote: CheckedQuote, where: QuoteLocation) => quote.location.paragraphId === where.paragraphId && quote.location.start <= where.start && where.end <= quote.location.end;

/** A wording a claim quotes links to that quote: named, it must hold the wording; unnamed, it is missing. */
function checkQuote(citation: Citation, where: QuoteLocation, fail: (field: PropertyKey | PropertyKey[], message: string) => void, claims: ClaimIndex): void {
  if (citation.quote === undefined) {
    const holding = [...claims.quotes.values()].filter((quote) => quote.article === citation.article && holds(quote, where));
    if (holding.length > 0) {
      const names = holding.map((quote) => `"${quote.id}" (${quote.file})`).join(' or ');
      fail('quote', `is missing: the wording is inside quote ${names}; name it, so that the wording links to the quote`);
    }
    return;
  }
  const quote = claims.quotes.get(citation.quote);
  if (!quote) {
    if (!claims.declaredQuoteIds.has(citation.quote) && claims.unreadable.length === 0) fail('quote', `names quote "${citation.quote}", which is in no claim`);
    return;
  }
  if (quote.article !== citation.article) fail('quote', `is from article "${quote.article}", not "${citation.article}": name a quote of the wording's own article`);
  else if (!holds(quote, where)) fail('quote', `does not hold the wording "${citation.wording}" (the quote is ${quoteInReport(quote.text)}): name the quote whose words contain it, or none`);
  if (quote.speaker !== citation.speaker) fail('speaker', `must be "${quote.speaker}", the speaker of quote "${quote.id}"`);
  const vias = (relays: readonly { via: string }[] | undefined) => (relays ?? []).map((relay) => relay.via).join(', ');
  if (vias(quote.relay) !== vias(citation.relay)) {
    fail('relay', quote.relay ? `must name ${vias(quote.relay)}, as quote "${quote.id}" does` : `must be left out: quote "${quote.id}" names no relay`);
  }
}

type Response = NonNullable<ReturnType<typeof salvage<typeof responseSchema>>>;

/** A response is the other side's words, in a quote or a passage copied exactly. */
function checkResponse(response: Response, at: PropertyKey[], offeredFor: OfferedFor, context: CitationContext): void {
  const { claims, people, articles, report } = context;
  let speakerId: string;
  if ('quote' in response) {
    const quote = claims.quotes.get(response.quote);
    if (!quote) {
      if (!claims.declaredQuoteIds.has(response.quote) && claims.unreadable.length === 0) report([...at, 'quote'], `names quote "${response.quote}", which is in no claim`);
      return;
    }
    speakerId = quote.speaker;
  } else {
    speakerId = response.speaker;
    if (!people.ids.has(response.speaker)) report([...at, 'speaker'], `names "${response.speaker}", who is not in content/people/`);
    const located = locatePassage(articles, response.article, response.text, response.context);
    if (located?.problem !== undefined) report([...at, articles.ids.has(response.article) ? 'text' : 'article'], located.problem);
  }
  const side = people.checked.get(speakerId)?.side;
  if (side === undefined) return;
  const field = 'quote' in response ? 'quote' : 'speaker';
  if (side === 'neither') report([...at, field], `is by "${speakerId}", who speaks for neither side: a response is what a side says about the figure`);
  else if (side === offeredFor) report([...at, field], `is by "${speakerId}", who speaks for ${side}, the side the figure is offered for: a response is the other side's`);
}
