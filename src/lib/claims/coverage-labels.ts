/**
 * The words of the coverage matrix's cells: a side's own quotes with whose they are, and apart from
 * them, what is counted as neither side (others' accounts of a side, the articles' framing).
 */
import { ATTRIBUTION_LABELS } from './attribution.ts';
import type { CoverageCell } from './claim-views.ts';
import { describeVoice } from './voices.ts';

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** True when the article has any quote on the claim: a side's, an account or framing. */
export function hasCoverage(cell: Pick<CoverageCell, 'sides' | 'accounts' | 'framing'>): boolean {
  return cell.sides.length > 0 || cell.accounts > 0 || cell.framing > 0;
}

/** "2 quotes (direct quote, reported speech), from Zabihullah Mujahid (2)"; each voice with its relays. */
export function describeSideCount(side: CoverageCell['sides'][number]): string {
  const kinds = side.attributions.map((kind) => ATTRIBUTION_LABELS[kind].toLowerCase()).join(', ');
  const voices = side.voices.map((voice) => `${describeVoice(voice)}${voice.count > 1 ? ` (${voice.count})` : ''}`).join('; ');
  return `${count(side.count, 'quote', 'quotes')} (${kinds}), from ${voices}`;
}

/** "1 account of a side by others, 2 framing quotes", or undefined when the cell holds neither. */
export function describeNeitherSide(cell: Pick<CoverageCell, 'accounts' | 'framing'>): string | undefined {
  const parts = [
    cell.accounts > 0 ? count(cell.accounts, 'account of a side by others', 'accounts of a side by others') : undefined,
    cell.framing > 0 ? count(cell.framing, 'framing quote', 'framing quotes') : undefined,
  ].filter((part) => part !== undefined);
  return parts.length > 0 ? parts.join(', ') : undefined;
}
