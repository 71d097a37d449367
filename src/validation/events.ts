/**
 * Checks the events of the timeline (`content/events/`): each report's words in its article, its
 * date wording in those words, and its reading redone against the article's own dates (printed
 * date, dateline, and the provenance notes of content/captures/README.md).
 */
import { describeUnbalancedQuotationMarks } from '../lib/sources/quotation-marks.ts';
import { READINGS, NO_WORDING, checkReading, type ArticleDates } from '../lib/timeline/reading.ts';
import { parseReadDate } from '../lib/timeline/calendar.ts';
import { collapseWhitespace, splitLines } from '../lib/text.ts';
import { idSchema } from '../schemas/common.ts';
import { createEventSchema } from '../schemas/event.ts';
import { CONTENT_PATHS } from '../site-config.ts';
import type { ArticleIndex, CheckedArticle } from './articles.ts';
import { articleFile, locatePassage } from './passages.ts';
import { parseWithSchema, readDataFiles, salvage, salvageList, type ProblemList } from './problem-list.ts';
import { readContentFile } from './sources.ts';

const eventSchema = createEventSchema({ article: idSchema });
const reportSchema = eventSchema.shape.reports.element;
const orderSchema = eventSchema.shape.order.unwrap();

const PROVENANCE_NOTES = `${CONTENT_PATHS.captures}/README.md`;

/**
 * What the provenance notes say of each capture's date: the "date in the copy" cell of the row that
 * names the capture file in the notes' table, by file name.
 */
export function provenanceDateNotes(readme: string): Map<string, string> {
  const rows = splitLines(readme)
    .filter((line) => line.trim().startsWith('|'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  const column = rows[0]?.findIndex((cell) => cell === 'date in the copy') ?? -1;
  const notes = new Map<string, string>();
  if (column === -1) return notes;
  for (const row of rows.slice(1)) {
    const [file, note] = [row[0], row[column]];
    if (file !== undefined && note !== undefined && file.endsWith('.txt')) notes.set(file, note);
  }
  return notes;
}

function datesOf(article: CheckedArticle, notes: ReadonlyMap<string, string>): ArticleDates {
  return {
    printed: article.data.date.printed,
    printedIso: article.data.date.iso,
    dateline: article.data.dateline,
    provenanceNote: notes.get(article.data.capture.file),
  };
}

export async function checkEvents(root: string, articles: ArticleIndex, problems: ProblemList): Promise<void> {
  const readme = await readContentFile(root, PROVENANCE_NOTES);
  const notes = readme.ok ? provenanceDateNotes(readme.text) : new Map<string, string>();
  const files = await readDataFiles(root, CONTENT_PATHS.events, 'event', problems);
  const ids = new Set(files.map(({ id }) => id));
  const datedIds = new Set<string>();
  const placements = new Map<string, { target: string; report: ReturnType<ProblemList['forFile']> }>();
  for (const { id, file, yaml, data } of files) {
    const report = problems.forFile(file, yaml.lineOf);
    parseWithSchema(eventSchema, data, report);
    let dated: number | undefined;
    // A schema error hides none of the other checks: each report that passes it is still checked.
    for (const { item, at } of salvageList(reportSchema, data['reports'])) {
      const where = (field: string) => ['reports', at, ...field.split('.')];
      if (READINGS[item.readBy].dated && parseReadDate(item.date)?.precision !== 'unknown') dated ??= at;
      const located = locatePassage(articles, item.article, item.text, item.context);
      if (located === undefined) problems.notChecked(articleFile(item.article), 'event report', file);
      if (located?.problem !== undefined) report(where(articles.ids.has(item.article) ? 'text' : 'article'), located.problem);
      const article = articles.checked.get(item.article);
      const paragraph = located?.match && article?.paragraphs.find((candidate) => candidate.id === located.match.paragraphId);
      if (!article || !paragraph) continue;
      const unbalanced = describeUnbalancedQuotationMarks(paragraph.text);
      if (unbalanced !== undefined && item.note === undefined) {
        report(
          where('note'),
          `is required: the report's paragraph #${paragraph.id} has unbalanced quotation marks (${unbalanced}); add a neutral note saying what the article shows`,
        );
      }
      if (item.wording !== NO_WORDING && !collapseWhitespace(item.text).includes(collapseWhitespace(item.wording))) {
        report(
          where('wording'),
          `"${item.wording}" is not in the report's text, so not in paragraph #${paragraph.id} of article "${item.article}": copy the words that say when exactly from the text, or write wording: ${NO_WORDING}`,
        );
        continue;
      }
      const read = parseReadDate(item.date);
      if (read === undefined) continue;
      for (const problem of checkReading(
        {
          wording: item.wording,
          date: read,
          readBy: item.readBy,
          anchor: item.anchor,
        },
        datesOf(article, notes),
      )) {
        report(where(problem.field), problem.message);
      }
    }
    if (dated !== undefined) datedIds.add(id);
    const order = salvage(orderSchema, data['order']);
    if (order === undefined) continue;
    if (order.event !== id && ids.has(order.event)) placements.set(id, { target: order.event, report });
    if (dated !== undefined) report(['order'], `must be left out: reports[${dated}] reads a date, which places the event; order places only events no report dates`);
    if (order.event === id) report(['order', 'event'], 'names this event itself: name the event the article places it after or before');
    else if (!ids.has(order.event)) report(['order', 'event'], `names event "${order.event}", which is not in ${CONTENT_PATHS.events}/`);
    const located = locatePassage(articles, order.article, order.text, order.context);
    if (located === undefined) problems.notChecked(articleFile(order.article), 'event order', file);
    if (located?.problem !== undefined) report(['order', articles.ids.has(order.article) ? 'text' : 'article'], located.problem);
  }
  reportUnplaceableOrders(datedIds, placements);
}

/** An order must lead, event by event, to one with a date read: not round in a circle, nor to an event placed nowhere. */
function reportUnplaceableOrders(datedIds: ReadonlySet<string>, placements: ReadonlyMap<string, { target: string; report: ReturnType<ProblemList['forFile']> }>): void {
  for (const [id, { target, report }] of placements) {
    const seen = new Set([id]);
    let current = target;
    while (!datedIds.has(current)) {
      const next = placements.get(current);
      if (seen.has(current)) {
        report(['order', 'event'], `leads round in a circle (${[...seen, current].join(' → ')}): one of these events needs a date read or no order`);
        break;
      }
      if (next === undefined) {
        report(
          ['order', 'event'],
          `names event "${current === target ? target : `${target}", which leads to "${current}`}", which has no date read and no order of its own, so this event cannot be placed`,
        );
        break;
      }
      seen.add(current);
      current = next.target;
    }
  }
}
