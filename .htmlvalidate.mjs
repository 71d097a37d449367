// @ts-check
/**
 * html-validate's configuration for the built site (dist/**.html), checked in `npm test` by
 * tests/site/html-validity.test.ts and usable by hand: `npx html-validate dist`. The recommended
 * preset, with zero errors; each rule changed here says why.
 *
 * @type {import('html-validate').ConfigData}
 */
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // `role="list"` on a <ul> or <ol> whose bullets are hidden with `list-style: none` is deliberate:
    // WebKit treats such a list as layout, so VoiceOver in Safari announces no list and no count,
    // and the explicit role gives them back (STYLE.md §6; Starlight's <Steps> adds the same role).
    // Every other redundant role is still an error.
    'no-redundant-role': ['error', { exclude: ['list'] }],
    // An article page's title is the outlet's headline, verbatim, as its h1 is, with the outlet and
    // the site name; four of the five headlines are longer than 70 characters on their own. A title
    // within 70 would have to cut or reword the outlet's words, and what tabs, bookmarks, history and
    // search results show would then misquote it. Search engines and browsers shorten a long title
    // for display themselves, without changing its words. (The one other long title, 80 characters,
    // is a claim's own title, 69, with the site's name after it, as every page has.)
    'long-title': 'off',
  },
};
