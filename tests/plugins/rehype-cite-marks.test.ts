import { rehype } from 'rehype';
import { expect, test } from 'vitest';
import { rehypeCiteMarks, type CiteMark } from '../../src/plugins/rehype-cite-marks.ts';

const markCitationsInHtml = async (html: string, citations: CiteMark[]) =>
  String(await rehype().data('settings', { fragment: true }).use(rehypeCiteMarks, { citations }).process(html));

const cite = (paragraphId: string, start: number, end: number, claimTitle = 'Claim A', href = '/claims/a/#q1'): CiteMark => ({
  paragraphId,
  start,
  end,
  claimTitle,
  href,
});

const pilcrow = (id: string) => ` <a class="pilcrow" href="#${id}" aria-label="Link to this paragraph">¶</a>`;

test('marks the quoted words and follows the paragraph with a link to the claim', async () => {
  const html = `<p id="p-x">He said the talks failed.${pilcrow('p-x')}</p>`;
  expect(await markCitationsInHtml(html, [cite('p-x', 8, 24)])).toBe(
    `<p id="p-x">He said <mark class="cited">the talks failed</mark>.${pilcrow('p-x')}</p>` +
      '<div class="cited-in"><span class="cited-in-label">Quoted in: </span><a href="/claims/a/#q1">Claim A</a></div>',
  );
});

test('merges overlapping quotes and lists each citing claim once', async () => {
  const html = '<p id="p-x">abcdefghij</p>';
  const output = await markCitationsInHtml(html, [cite('p-x', 0, 4), cite('p-x', 2, 6, 'Claim B', '/claims/b/#q2'), cite('p-x', 8, 10)]);
  expect(output).toBe(
    '<p id="p-x"><mark class="cited">abcdef</mark>gh<mark class="cited">ij</mark></p>' +
      '<div class="cited-in"><span class="cited-in-label">Quoted in: </span><a href="/claims/a/#q1">Claim A</a>; <a href="/claims/b/#q2">Claim B</a></div>',
  );
});

test('counts a line break as one character and marks across inline elements', async () => {
  const html = '<p id="p-x">Nation<em>Press</em><br>12/11/2025</p>';
  expect(await markCitationsInHtml(html, [cite('p-x', 4, 14)])).toBe(
    '<p id="p-x">Nati<mark class="cited">on</mark><em><mark class="cited">Press</mark></em><br><mark class="cited">12</mark>/11/2025</p>' +
      '<div class="cited-in"><span class="cited-in-label">Quoted in: </span><a href="/claims/a/#q1">Claim A</a></div>',
  );
});

test('puts the claim links inside a cited list item', async () => {
  expect(await markCitationsInHtml('<ul><li id="p-y">One item</li></ul>', [cite('p-y', 0, 3)])).toBe(
    '<ul><li id="p-y"><mark class="cited">One</mark> item<div class="cited-in"><span class="cited-in-label">Quoted in: </span><a href="/claims/a/#q1">Claim A</a></div></li></ul>',
  );
});

test('leaves an article without citations untouched', async () => {
  const html = '<p id="p-x">Text</p>';
  expect(await markCitationsInHtml(html, [])).toBe(html);
  expect(await markCitationsInHtml(html, [cite('p-other', 0, 2)])).toBe(html);
});
