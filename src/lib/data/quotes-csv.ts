/**
 * `/data/quotes.csv`: the quotes of `claims.json`, one row each, for spreadsheets. The rows are made
 * from the export itself, so the two files cannot disagree, and each column is defined once here
 * with its description, which the Data page shows.
 */
import { stringify } from 'csv-stringify/sync';
import type { ClaimsExport } from '../../schemas/claims-export.ts';
import { placedQuotes, type PlacedQuote } from './claims-export.ts';

/** Joins the values of a list (a quote's relays) in one cell: a line each, nearest the speaker first. */
export const LIST_SEPARATOR = '\n';

export interface CsvColumn {
  name: string;
  description: string;
  value: (row: PlacedQuote) => string;
}

const list = (values: readonly string[]) => values.join(LIST_SEPARATOR);

export const QUOTE_COLUMNS: readonly CsvColumn[] = [
  { name: 'quote_id', description: 'The quote’s permanent id, unique across all claims.', value: ({ quote }) => quote.id },
  { name: 'quote_url', description: 'The quote’s permanent address on its claim page.', value: ({ quote }) => quote.url },
  { name: 'claim_id', description: 'The id of the claim the quote belongs to.', value: ({ claim }) => claim.id },
  { name: 'claim_title', description: 'The claim’s title.', value: ({ claim }) => claim.title },
  { name: 'topic_id', description: 'The id of the claim’s topic.', value: ({ claim }) => claim.topic.id },
  {
    name: 'part',
    description:
      '“quotes”: the side speaks for itself; “accounts”: someone else describes that side’s position; “framing”: outlets’ and other third parties’ words, apart from both sides.',
    value: ({ part }) => part,
  },
  {
    name: 'side',
    description: '“pakistan” or “taliban”: the side whose column the quote stands in (for an account, the side described); empty for framing.',
    value: ({ side }) => side ?? '',
  },
  { name: 'text', description: 'The words, exactly as the article prints them.', value: ({ quote }) => quote.text },
  { name: 'attribution', description: 'How the article attributes them: direct, reported, unnamed or outlet.', value: ({ quote }) => quote.attribution },
  { name: 'speaker_id', description: 'The speaker’s id.', value: ({ quote }) => quote.speaker.id },
  { name: 'speaker_name', description: 'The speaker’s name.', value: ({ quote }) => quote.speaker.name },
  { name: 'relay_ids', description: 'The ids of the media credited for passing the words on, one per line, nearest the speaker first; empty when none.', value: ({ quote }) => list(quote.relays.map((relay) => relay.id)) },
  { name: 'relay_names', description: 'Their names, one per line, in the same order.', value: ({ quote }) => list(quote.relays.map((relay) => relay.name)) },
  { name: 'relay_words', description: 'The article’s own words crediting each of them, one per line, in the same order.', value: ({ quote }) => list(quote.relays.map((relay) => relay.words)) },
  { name: 'article_id', description: 'The id of the article the words come from.', value: ({ quote }) => quote.article.id },
  { name: 'outlet', description: 'The outlet that published it.', value: ({ quote }) => quote.article.outlet },
  { name: 'headline', description: 'Its headline, exactly as captured.', value: ({ quote }) => quote.article.headline },
  { name: 'paragraph_id', description: 'The anchor of the paragraph that holds the words, in Parallax’s copy.', value: ({ quote }) => quote.paragraph.id },
  { name: 'paragraph_url', description: 'That paragraph’s permanent address.', value: ({ quote }) => quote.paragraph.url },
  { name: 'original_url', description: 'The same words on the outlet’s own page (a Text Fragment link); empty where the original address is not known.', value: ({ quote }) => quote.originalUrl ?? '' },
  { name: 'note', description: 'A neutral note on a problem in the source at these words; empty when none.', value: ({ quote }) => quote.note ?? '' },
];

/**
 * The CSV text: a header row, then a row per quote in the order of claims.json; fields with a comma,
 * a quotation mark or a line break quoted and inner quotation marks doubled, records ended by CRLF
 * (RFC 4180).
 */
export function buildQuotesCsv(data: Pick<ClaimsExport, 'claims'>): string {
  const rows = placedQuotes(data).map((placed) => QUOTE_COLUMNS.map((column) => column.value(placed)));
  // csv-stringify quotes a field with the record delimiter (CRLF) but not one with a bare LF or CR,
  // which RFC 4180 requires quoted too: a relay list or a paragraph's line break holds one.
  return stringify([QUOTE_COLUMNS.map((column) => column.name), ...rows], { record_delimiter: 'windows', eof: true, quoted_match: /[\r\n]/u });
}
