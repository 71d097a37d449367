/**
 * The shape of `/data/claims.json`, the export of every claim and quote for reuse in other tools.
 * This one zod schema gives three things, so they cannot disagree: the TypeScript type the export is
 * built to, the JSON Schema published beside it (`/data/claims.schema.json`, by `z.toJSONSchema`),
 * and the field list on the Data page. Each description is written for the researcher who reads
 * the JSON Schema, not for the editor of the content.
 *
 * Values the sources do not give are `null`, never left out, so every record has the same fields.
 */
import { z } from 'astro/zod';
import { ATTRIBUTION_KINDS } from '../lib/claims/attribution.ts';
import { idSchema } from './common.ts';
import { PERSON_KINDS, SIDES } from './person.ts';

/** Raised whenever a field is added, removed or changes meaning; consumers can check it first. */
export const CLAIMS_EXPORT_FORMAT_VERSION = 1;

const text = (description: string) => z.string().min(1).meta({ description });
const nullableText = (description: string) => z.string().min(1).nullable().meta({ description });
const webAddress = () => z.url({ protocol: /^https?$/u });
const url = (description: string) => webAddress().meta({ description });
const nullableUrl = (description: string) => webAddress().nullable().meta({ description });
const id = (description: string) => idSchema.meta({ description });

const personRefSchema = z
  .strictObject({
    id: id('The speaker’s id: an entry of “people”.'),
    name: text('The speaker’s name as Parallax shows it, e.g. “Amir Khan Muttaqi” or “Pakistani officials”.'),
  })
  .meta({ description: 'Who said or wrote the words, as the article credits them.' });

const relaySchema = z
  .strictObject({
    id: id('The medium’s id: an entry of “people” of kind "media".'),
    name: text('The medium’s name, e.g. “Tolo News”.'),
    words: text('The article’s own words crediting the medium, exactly as in the quote’s paragraph, e.g. “as reported by Tolo News”.'),
  })
  .meta({ description: 'A medium the article credits for passing the words on. Part of who said it: the words are the speaker’s as this medium passed them on.' });

const articleRefSchema = z
  .strictObject({
    id: id('The article’s id: an entry of “articles”.'),
    outlet: text('The outlet that published the article.'),
    headline: text('The article’s headline, exactly as captured.'),
  })
  .meta({ description: 'The article the words come from.' });

export const exportQuoteSchema = z
  .strictObject({
    id: id('The quote’s permanent id, unique across all claims.'),
    url: url('The quote’s permanent address on its claim page.'),
    text: text('The words, exactly as the article prints them (characters unchanged; runs of whitespace may differ from the capture).'),
    attribution: z.enum(ATTRIBUTION_KINDS).meta({
      description:
        'How the article attributes the words: "direct" (the speaker’s words in quotation marks, given without the outer marks), "reported" (the article’s paraphrase of a named speaker), "unnamed" (unnamed officials or sources), "outlet" (the outlet’s own framing).',
    }),
    speaker: personRefSchema,
    relays: z.array(relaySchema).meta({ description: 'The media the article credits for passing the words on, nearest the speaker first; empty when none.' }),
    article: articleRefSchema,
    paragraph: z
      .strictObject({
        id: id('The paragraph’s anchor in Parallax’s copy of the article.'),
        url: url('The paragraph’s permanent address in Parallax’s copy of the article.'),
      })
      .meta({ description: 'The paragraph of the article that holds the words.' }),
    originalUrl: nullableUrl('The same words on the outlet’s own page, as a Text Fragment link (#:~:text=); null where the article’s original address is not known.'),
    note: nullableText('A neutral note on a problem in the source at these words (an unclosed quotation mark, an unexplained term); null when there is none.'),
  })
  .meta({ id: 'quote', title: 'Quote', description: 'Words copied exactly from one article, with who said them, through whom, and where.' });

const summaryItemSchema = z
  .strictObject({
    says: text('What the speaker says, as one clause starting with its verb. On the site it follows the speaker, relay and outlet of its quotes (“Mohammad Naeem, via Khaama Press, in NationPress, says …”).'),
    quotes: z.array(idSchema).min(1).meta({ description: 'The ids of the quotes this item sums up, all of one speaker in one article through the same relays; words in quotation marks are theirs.' }),
  })
  .meta({ description: 'One item of a side’s summary: one speaker in one article.' });

const positionSchema = z
  .strictObject({
    stated: z.boolean().meta({
      description: 'Whether the side speaks for itself on this claim in these sources. When false the site shows “No position stated in these sources”: “summary” and “quotes” are empty, and “accounts” may still describe the side’s position as others give it.',
    }),
    summary: z.array(summaryItemSchema).meta({ description: 'What the side says, one item per speaker and article, each tied to its quotes.' }),
    quotes: z.array(exportQuoteSchema).meta({ description: 'The quotes in which the side speaks for itself: every speaker here speaks for this side.' }),
    accounts: z.array(exportQuoteSchema).meta({
      description: 'The side’s position as only others describe it (the other side, or an outlet’s background), by the one who gives the account; never the side’s own words.',
    }),
  })
  .meta({ id: 'position', title: 'Position', description: 'One side’s column: only that side’s own voice, and apart from it others’ accounts of it.' });

const exportClaimSchema = z
  .strictObject({
    id: id('The claim’s permanent id.'),
    url: url('The claim’s permanent address.'),
    title: text('A short title, in neither side’s terms.'),
    statement: text('What is contested, asked in neither side’s terms and presupposing no answer.'),
    topic: z
      .strictObject({ id: id('The topic’s id.'), title: text('The topic’s title.') })
      .meta({ description: 'The topic the claim is listed under.' }),
    positions: z
      .strictObject({ pakistan: positionSchema, taliban: positionSchema })
      .meta({ description: 'The two sides, always both, always in this order and with the same structure: Pakistan’s government, then Afghanistan’s Taliban government.' }),
    framing: z.array(exportQuoteSchema).meta({
      description: 'How the articles frame it: the words of outlets, analysts and other third parties, shown apart from both sides and never counted as a side’s position; in article order.',
    }),
    related: z.array(idSchema).meta({ description: 'The ids of related claims.' }),
  })
  .meta({ id: 'claim', title: 'Claim', description: 'A contested claim with both sides’ positions and the third parties’ words.' });

const exportArticleSchema = z
  .strictObject({
    id: id('The article’s permanent id.'),
    url: url('Parallax’s copy of the article.'),
    outlet: text('The outlet’s name.'),
    outletNote: nullableText('What the provenance notes add about the outlet (e.g. “wire copy, IANS”); null when nothing.'),
    headline: text('The headline, exactly as captured.'),
    author: z
      .strictObject({
        name: text('The author’s name as printed.'),
        role: nullableText('The role printed beside the name; null when none.'),
      })
      .nullable()
      .meta({ description: 'The author as printed; null where the article names none.' }),
    date: z
      .strictObject({
        printed: nullableText('The date exactly as the page prints it; null where none is printed.'),
        iso: z.iso.date().nullable().meta({ description: 'The printed date as YYYY-MM-DD, only where it states day, month and year unambiguously; otherwise null.' }),
      })
      .meta({ description: 'The article’s date, only as printed.' }),
    originalUrl: nullableUrl('The article’s original address on the outlet’s site; null where it is not known.'),
    capture: z
      .strictObject({
        url: url('The raw capture the copy was made from, served byte for byte as plain UTF-8 text.'),
        sha256: z.string().regex(/^[0-9a-f]{64}$/u).meta({ description: 'The capture’s SHA-256, in lowercase hexadecimal.' }),
      })
      .meta({ description: 'The raw capture of the outlet’s page that every quote traces to.' }),
  })
  .meta({ id: 'article', title: 'Article', description: 'One of the captured news articles, with its provenance.' });

const exportPersonSchema = z
  .strictObject({
    id: id('The id quotes use for this speaker or medium.'),
    name: text('The name as Parallax shows it.'),
    kind: z.enum(PERSON_KINDS).meta({
      description: 'A named "person", an "institution" that speaks, "unnamed" sources, an outlet’s "editorial" voice, or a "media" outlet or agency credited only for passing others’ words on.',
    }),
    side: z.enum(SIDES).meta({ description: 'The side the speaker speaks for: "pakistan", "taliban", or "neither" (outlets, media, analysts, traders).' }),
    roles: z
      .array(
        z.strictObject({
          text: text('The role, exactly as the article gives it.'),
          article: id('The id of the article that gives it.'),
        }),
      )
      .meta({ description: 'The speaker’s roles as the articles give them; empty when none does.' }),
  })
  .meta({ id: 'person', title: 'Person', description: 'A speaker, an unnamed source, an outlet’s editorial voice, or a medium that relays others’ words.' });

export const claimsExportSchema = z
  .strictObject({
    formatVersion: z.literal(CLAIMS_EXPORT_FORMAT_VERSION).meta({ description: 'The version of this format; it changes whenever a field is added, removed or changes meaning.' }),
    site: url('The address of the Parallax site that published this file; every URL in it starts with it.'),
    documentation: url('The page that documents this file: its fields, whose words it holds and how to cite it.'),
    rights: text('Whose words these are and what Parallax adds.'),
    claims: z.array(exportClaimSchema).meta({ description: 'Every claim, by topic, then by title.' }),
    articles: z.array(exportArticleSchema).meta({ description: 'The articles the quotes come from, by outlet.' }),
    people: z.array(exportPersonSchema).meta({ description: 'Everyone quoted and every medium credited, by name.' }),
  })
  .meta({
    title: 'Parallax claims and quotes',
    description: 'Every contested claim Parallax lays side by side, with each side’s own quotes, others’ accounts of each side, and the third parties’ words, each traced to its article and paragraph.',
  });

/** The export as it is built and as `/data/claims.json` holds it. */
export type ClaimsExport = z.infer<typeof claimsExportSchema>;
export type ExportClaim = ClaimsExport['claims'][number];
export type ExportQuote = z.infer<typeof exportQuoteSchema>;
export type ExportArticle = ClaimsExport['articles'][number];
export type ExportPerson = ClaimsExport['people'][number];

/** The JSON Schema of the export (draft 2020-12), identified by its address on the site. */
export function claimsExportJsonSchema(schemaUrl: string): Record<string, unknown> {
  return { $id: schemaUrl, ...z.toJSONSchema(claimsExportSchema, { target: 'draft-2020-12' }) };
}
