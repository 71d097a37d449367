/**
 * Unbalanced double quotation marks in a source paragraph: a quotation that opens and never closes,
 * or a stray mark. Parallax never repairs them; the content check asks for a note on every quote
 * from such a paragraph, so that readers see the problem where they read the words.
 *
 * Only double marks are counted: a single ’ is as often an apostrophe ("Pakistan’s") as a closing
 * mark, so counting single marks would flag nearly every paragraph.
 */

export interface QuotationMarkCount {
  /** “ */
  opening: number;
  /** ” */
  closing: number;
  /** " */
  straight: number;
}

export function countQuotationMarks(text: string): QuotationMarkCount {
  let opening = 0;
  let closing = 0;
  let straight = 0;
  for (const char of text) {
    if (char === '\u201C') opening += 1;
    else if (char === '\u201D') closing += 1;
    else if (char === '"') straight += 1;
  }
  return { opening, closing, straight };
}

/**
 * Describes what is unbalanced ("1 opening “ and no closing ”"), or returns undefined when curly
 * marks pair up and straight marks come in pairs.
 */
export function describeUnbalancedQuotationMarks(text: string): string | undefined {
  const { opening, closing, straight } = countQuotationMarks(text);
  const problems: string[] = [];
  if (opening !== closing) problems.push(`${count(opening, 'opening “')} and ${count(closing, 'closing ”')}`);
  if (straight % 2 === 1) problems.push(`${count(straight, 'straight "')}, an odd number`);
  return problems.length === 0 ? undefined : problems.join('; ');
}

function count(n: number, what: string): string {
  return n === 0 ? `no ${what}` : `${n} ${what}`;
}
