/**
 * Checks of a built claim page against the content: every quote stands where its speaker allows (a
 * side's column holds only that side's voice, outside the accounts), names its relays and its
 * outlet's provenance note, shows its source note, and the framing sits below both columns with
 * every outlet's group alike. `readClaimPage` gathers what the browser shows; `claimPageProblems`
 * compares it with the content and returns one line per problem, so a test expects `[]`.
 */
import type { Page } from 'playwright-core';
import type { ContentFacts } from './claim-data.ts';

export interface CardOnPage {
  id: string;
  /** The side of the column it stands in, or null outside both columns. */
  column: string | null;
  inAccounts: boolean;
  inFraming: boolean;
  speakerSide: string | undefined;
  /** The visible attribution line: speaker, relays, outlet. */
  voice: string;
  /** The visible source note, if any. */
  note: string | undefined;
  accountLabel: string | undefined;
}

export interface ClaimPageFacts {
  cards: CardOnPage[];
  /** The summary items of each column, as shown. */
  summaries: Record<string, string[]>;
  columnsBottom: number;
  framing: { top: number; afterColumns: boolean; groupStyles: string[] } | undefined;
}

/** What the open page shows: its quote cards, summaries, and where the framing is. */
export async function readClaimPage(page: Page): Promise<ClaimPageFacts> {
  return page.evaluate(() => {
    const text = (element: Element | null | undefined) => (element as HTMLElement | null | undefined)?.innerText.replace(/\s+/gu, ' ').trim();
    const cards = [...document.querySelectorAll<HTMLElement>('figure.quote[id]')].map((card) => ({
      id: card.id,
      column: card.closest<HTMLElement>('[data-side]')?.dataset['side'] ?? null,
      inAccounts: card.closest('[data-accounts]') !== null,
      inFraming: card.closest('#claim-framing') !== null,
      speakerSide: card.dataset['speakerSide'],
      voice: text(card.querySelector('figcaption .voice')) ?? '',
      note: text(card.querySelector('.source-note')),
      accountLabel: text(card.querySelector('.account-label')),
    }));
    const columns = [...document.querySelectorAll<HTMLElement>('[data-side]')];
    const summaries = Object.fromEntries(columns.map((column) => [column.dataset['side'] ?? '', [...column.querySelectorAll('ul.summary > li')].map((item) => text(item) ?? '')]));
    const framing = document.querySelector<HTMLElement>('#claim-framing');
    const lastColumn = columns.at(-1);
    return {
      cards,
      summaries,
      columnsBottom: Math.max(...columns.map((column) => column.getBoundingClientRect().bottom + scrollY)),
      framing: framing
        ? {
            top: framing.getBoundingClientRect().top + scrollY,
            afterColumns: lastColumn !== undefined && (lastColumn.compareDocumentPosition(framing) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && !lastColumn.contains(framing),
            groupStyles: [...framing.querySelectorAll<HTMLElement>('.group')].map((group) => {
              const heading = group.querySelector('h3');
              const card = group.querySelector('figure');
              const style = (element: Element | null) => {
                if (!element) return 'missing';
                const computed = getComputedStyle(element);
                return [computed.fontSize, computed.fontWeight, computed.fontFamily, computed.color, computed.backgroundColor, computed.borderTopStyle].join(' ');
              };
              return `${style(heading)} | ${style(card)} | ${Math.round(group.getBoundingClientRect().width)}`;
            }),
          }
        : undefined,
    };
  });
}

/** Every way the page differs from what the content says about the claim `claimId`; empty when none. */
export function claimPageProblems(claimId: string, shown: ClaimPageFacts, facts: ContentFacts): string[] {
  const problems: string[] = [];
  const cards = new Map(shown.cards.map((card) => [card.id, card]));

  // A side's column holds only that side's voice, except in its accounts.
  for (const card of shown.cards) {
    if (card.column !== null && !card.inAccounts && card.speakerSide !== card.column) {
      problems.push(`#${card.id}: a speaker of side "${card.speakerSide}" stands in the ${card.column} column outside "As others describe it"`);
    }
  }

  for (const quote of facts.quotes.filter((candidate) => candidate.claim === claimId)) {
    const card = cards.get(quote.id);
    if (!card) {
      problems.push(`#${quote.id}: no quote card on the page`);
      continue;
    }
    const speaker = facts.people.get(quote.speaker);
    const article = facts.articles.get(quote.article);
    if (!speaker || !article) throw new Error(`#${quote.id}: the content names an unknown speaker or article`);
    if (card.speakerSide !== speaker.side) problems.push(`#${quote.id}: data-speaker-side is "${card.speakerSide}", but ${quote.speaker} speaks for ${speaker.side}`);

    const where = card.inFraming ? 'framing' : card.column === null ? 'nowhere' : `${card.column}${card.inAccounts ? ' accounts' : ' column'}`;
    const expected = quote.part === 'framing' ? 'framing' : `${quote.side}${quote.part === 'account' ? ' accounts' : ' column'}`;
    if (where !== expected || (card.inFraming && card.column !== null)) problems.push(`#${quote.id}: shown in ${where}, but the content puts it in ${expected}`);
    if (quote.part === 'account' && !card.accountLabel?.includes(speaker.name)) problems.push(`#${quote.id}: an account whose label does not name who gives it (${speaker.name}): "${card.accountLabel ?? ''}"`);

    if (!card.voice.startsWith(speaker.name)) problems.push(`#${quote.id}: the attribution does not start with the speaker "${speaker.name}": "${card.voice}"`);
    const outlet = article.outletNote === undefined ? article.outlet : `${article.outlet} (${article.outletNote})`;
    if (!card.voice.endsWith(`in ${outlet}`)) problems.push(`#${quote.id}: the attribution does not end with "in ${outlet}": "${card.voice}"`);
    let from = speaker.name.length;
    for (const relay of quote.relays) {
      const name = facts.people.get(relay)?.name ?? relay;
      const at = card.voice.indexOf(`via ${name}`, from);
      if (at < 0) problems.push(`#${quote.id}: the attribution does not show the relay "via ${name}" in order: "${card.voice}"`);
      else from = at;
      if (quote.part === 'side' && quote.side !== undefined && !(shown.summaries[quote.side] ?? []).some((item) => item.startsWith(speaker.name) && item.includes(`via ${name}`))) {
        problems.push(`#${quote.id}: no summary item of the ${quote.side} column credits ${speaker.name} via ${name}`);
      }
    }
    if (quote.note !== undefined && card.note !== `Note on the source: ${quote.note}`) problems.push(`#${quote.id}: the note on the source is not shown: "${card.note ?? ''}"`);
    if (quote.note === undefined && card.note !== undefined) problems.push(`#${quote.id}: shows a note the content does not have: "${card.note}"`);
  }

  const hasFraming = facts.claims.get(claimId)?.hasFraming ?? false;
  if (hasFraming && !shown.framing) problems.push('the claim has framing, but the page has no #claim-framing');
  if (!hasFraming && shown.framing) problems.push('the page has #claim-framing, but the claim has no framing');
  if (shown.framing) {
    if (!shown.framing.afterColumns || shown.framing.top < shown.columnsBottom - 1) problems.push(`#claim-framing is not below both columns (top ${shown.framing.top}, columns end at ${shown.columnsBottom})`);
    if (new Set(shown.framing.groupStyles).size > 1) problems.push(`the outlets' framing groups are not styled alike: ${shown.framing.groupStyles.join(' / ')}`);
  }
  return problems;
}
