/**
 * Reader queries for search: every spelling the articles use, readers' spellings and misspellings,
 * numbers however written, names, topics and phrases from quotes.
 */
const TTP_CLAIM = '/claims/where-ttp-attacks-are-planned/';
const TTP_QUOTE = '/claims/where-ttp-attacks-are-planned/#nukta-islamabad-ttp-bla-safe-havens';
const ISKP_CLAIM = '/claims/where-iskp-is-based/';
const SAT_TURKIYE = '/articles/southasiatimes-pakistan-afghanistan-trade-blame/#p-representatives-of-the-islamic-emirate-of';
const NUKTA_TURKEY = '/articles/nukta-pakistan-reaffirms-core-concern/#p-in-a-statement-from-the-ministry';
export const MUJAHID = '/people/#zabihullah-mujahid';
const MUTTAQI = '/people/#amir-khan-muttaqi';
const KILLED_HTN = '/claims/security-problem-before-2021/#htn-muttaqi-ttp-active-25-years';
const KILLED_NATIONPRESS = '/claims/security-problem-before-2021/#nationpress-muttaqi-ttp-active-25-years';
const EIGHTY_PERCENT = '/claims/where-ttp-attacks-are-planned/#htn-officials-80-percent-from-afghan-territory';
const FOUR_MILLION = '/claims/afghan-refugees-in-pakistan/#htn-pakistan-hosted-four-million-refugees';
const TALIBAN_GOVERNMENT = '/people/#islamic-emirate-of-afghanistan';

/** Queries readers type, with results each must return. Shared by the search tests and `npm run bench`. */
export const READER_QUERIES: [query: string, expected: string[]][] = [
  // The same name in every spelling the articles use, and in readers' spellings.
  ['Tehrik-e-Taliban', [TTP_CLAIM, TTP_QUOTE]],
  ['Tehreek-e-Taliban', [TTP_CLAIM, TTP_QUOTE]],
  ['Tehrik-i-Taliban Pakistan', [TTP_CLAIM, TTP_QUOTE]],
  ['Tehreek-i-Taliban', [TTP_CLAIM, TTP_QUOTE]],
  ['TTP', [TTP_CLAIM, TTP_QUOTE]],
  ['Pakistani Taliban', [TTP_CLAIM, TTP_QUOTE]],
  ['ISIS-K', [ISKP_CLAIM]],
  ['ISKP', [ISKP_CLAIM]],
  ['Islamic State Khorasan', [ISKP_CLAIM]],
  ['Turkey', [SAT_TURKIYE, NUKTA_TURKEY]],
  ['Turkiye', [SAT_TURKIYE, NUKTA_TURKEY]],
  ['Türkiye', [SAT_TURKIYE, NUKTA_TURKEY]],
  ['Zabihullah', [MUJAHID]],
  ['Zabiullah', [MUJAHID]],
  ['Islamic Emirate', [TALIBAN_GOVERNMENT]],
  ['Taliban regime', [TALIBAN_GOVERNMENT]],
  ['Afghan Interim Government', [TALIBAN_GOVERNMENT]],
  ['UNSC', [EIGHTY_PERCENT]],
  ['Defense Minister', ['/people/#htn-defence-minister']],
  ['ceasefire', ['/claims/monitoring-and-verification/#nukta-mofa-pushed-for-monitoring-system']],
  ['Hibatullah', ['/articles/dawat-taliban-blame-pakistan/#p-mujahid-emphasized-that-the-iea-delegation']],
  // Misspellings.
  ['Mutaqi', [MUTTAQI]],
  ['Zabiulla', [MUJAHID]],
  ['Istambul', ['/articles/dawat-taliban-blame-pakistan/#p-istanbul-a-crucial-third-round-of']],
  ['Baluchistan Liberation Army', ['/claims/negotiating-with-the-ttp/#nukta-mofa-no-talks-with-ttp-or-bla']],
  // Numbers, however written.
  ['70,000', [KILLED_HTN, KILLED_NATIONPRESS]],
  ['70000', [KILLED_HTN, KILLED_NATIONPRESS]],
  ['70 000', [KILLED_HTN, KILLED_NATIONPRESS]],
  ['80%', [EIGHTY_PERCENT]],
  ['80 percent', [EIGHTY_PERCENT]],
  ['80 per cent', [EIGHTY_PERCENT]],
  ['four million', [FOUR_MILLION]],
  ['4 million', [FOUR_MILLION]],
  ['25 years', [KILLED_HTN, KILLED_NATIONPRESS]],
  // Names, topics and phrases from quotes.
  ['Muttaqi', [MUTTAQI]],
  ['Naeem', ['/people/#mohammad-naeem', '/claims/responsibility-for-talks-failure/#nationpress-naeem-unrealistic-demands']],
  ['Durand Line', ['/claims/border-fence-and-checkpoints/#htn-muttaqi-hundreds-of-checkpoints']],
  ['refugees', ['/claims/afghan-refugees-in-pakistan/']],
  ['monitoring mechanism', ['/claims/monitoring-and-verification/']],
  ['sovereignty', ['/claims/cross-border-strikes-and-sovereignty/']],
  ['not a humanitarian issue', ['/claims/status-of-ttp-members-in-afghanistan/#nukta-mofa-not-a-humanitarian-issue', '/articles/nukta-pakistan-reaffirms-core-concern/#p-this-is-not-a-humanitarian-issue']],
  ['90% of issues resolved', ['/claims/negotiating-with-the-ttp/#htn-muttaqi-90-percent-resolved']],
  ['hollow promises', ['/claims/commitments-on-use-of-afghan-soil/#nukta-mofa-hollow-promises-and-inaction']],
  ['Provide us a guarantee', ['/claims/what-pakistan-asked-for/#nationpress-muttaqi-guarantee-demand']],
];
