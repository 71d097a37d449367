/**
 * Questions a new reader types into search, loosely worded, with the claims a good search should
 * put in front of them. Written from the five articles and the claim files: plain questions and
 * fragments, word forms and numbers the articles do not use ("ceasefires", "80k", "seventy
 * thousand"), misspelt names, and function words ("who", "did", "about"). Each is worded in
 * neither side's terms: no "regime", "terrorists" or "safe havens" unless the reader is quoting.
 *
 * Shared by `npm run bench` (the search quality table in BENCHMARKS.md, beside Pagefind) and the
 * browser tests of search. A question is answered when one of its claims is among the first five
 * claims the results page links to.
 */

/** One reader question and the claims (slugs of content/claims/<slug>.yaml) it is about. */
export interface ReaderQuestion {
  question: string;
  /** One to three claim slugs, the ones the question is genuinely about. */
  claims: string[];
}

/** The reader questions, grouped by what they test; the order is the order of the benchmark table. */
export const READER_QUESTIONS: ReaderQuestion[] = [
  // Why the talks ended, and who said what about it.
  { question: 'why did the Istanbul talks fail', claims: ['responsibility-for-talks-failure'] },
  { question: 'who is to blame for the collapse of the talks', claims: ['responsibility-for-talks-failure'] },
  { question: 'who mediated the talks', claims: ['responsibility-for-talks-failure'] },
  { question: 'what did Zabiulla Mujahed say about the talks', claims: ['responsibility-for-talks-failure', 'conduct-of-the-delegations'] },
  { question: 'deputy foreign minister Naim on demands', claims: ['responsibility-for-talks-failure', 'conditions-for-resuming-talks'] },
  { question: 'what did Tarrar say about the Afghan people', claims: ['goodwill-toward-the-other-people'] },
  { question: 'how did the delegations behave', claims: ['conduct-of-the-delegations'] },
  { question: 'good faith negotiators', claims: ['conduct-of-the-delegations'] },
  { question: 'Hibatullah instructions to the delegation', claims: ['conduct-of-the-delegations'] },
  { question: 'irrelevant and hypothetical topics', claims: ['conduct-of-the-delegations'] },
  { question: 'what did Andrabi accuse the Taliban of', claims: ['conduct-of-the-delegations'] },

  // What Pakistan asked for, and what comes next.
  { question: 'did Pakistan demand written guarantees', claims: ['what-pakistan-asked-for'] },
  { question: 'did Pakistan want a guarantee that attacks would stop', claims: ['what-pakistan-asked-for'] },
  { question: 'Mutaqqi security guarantee', claims: ['what-pakistan-asked-for'] },
  { question: 'demanded', claims: ['what-pakistan-asked-for', 'responsibility-for-talks-failure'] },
  { question: 'what does Islamabad want from Kabul', claims: ['what-pakistan-asked-for', 'responsibility-for-pakistan-security'] },
  { question: 'joint verification of action against militants', claims: ['monitoring-and-verification', 'what-pakistan-asked-for'] },
  { question: 'will the two sides talk again', claims: ['conditions-for-resuming-talks'] },
  { question: 'under what conditions would talks resume', claims: ['conditions-for-resuming-talks'] },

  // Earlier rounds, the cease-fire and pledges.
  { question: 'ceasefires', claims: ['doha-round-ceasefire-and-earlier-commitments', 'monitoring-and-verification'] },
  { question: 'what happened at the Doha round', claims: ['doha-round-ceasefire-and-earlier-commitments'] },
  { question: 'was anything agreed before Istanbul', claims: ['doha-round-ceasefire-and-earlier-commitments'] },
  { question: "did Afghanistan promise its soil won't be used against other countries", claims: ['commitments-on-use-of-afghan-soil'] },
  { question: 'pledges about Afghan territory', claims: ['commitments-on-use-of-afghan-soil'] },

  // The dead, and whether the problem predates 2021: numbers as people write them.
  { question: 'how many people were killed by the TTP', claims: ['security-problem-before-2021'] },
  { question: 'seventy thousand dead', claims: ['security-problem-before-2021'] },
  { question: '80k killed', claims: ['security-problem-before-2021'] },
  { question: '70-80 thousand people killed in two decades', claims: ['security-problem-before-2021'] },
  { question: 'was the TTP active before 2021', claims: ['security-problem-before-2021'] },
  { question: 'did militancy rise after the Taliban takeover', claims: ['security-problem-before-2021'] },

  // Where militants are, and what should happen to them.
  { question: 'are TTP attacks planned in Afghanistan', claims: ['where-ttp-attacks-are-planned'] },
  { question: 'eighty percent of attacks from Afghan territory', claims: ['where-ttp-attacks-are-planned'] },
  { question: 'TTP training camps', claims: ['where-ttp-attacks-are-planned'] },
  { question: 'zarb e azb operation 2015', claims: ['where-ttp-attacks-are-planned', 'status-of-ttp-members-in-afghanistan'] },
  { question: 'are TTP members in Afghanistan refugees or militants', claims: ['status-of-ttp-members-in-afghanistan'] },
  { question: 'handing TTP members over at Torkam', claims: ['status-of-ttp-members-in-afghanistan'] },
  { question: 'will Pakistan negotiate with the TTP', claims: ['negotiating-with-the-ttp'] },
  { question: 'ninety per cent of issues resolved', claims: ['negotiating-with-the-ttp'] },
  { question: 'where is ISIS-K based', claims: ['where-iskp-is-based'] },
  { question: 'islamic state khurasan in kunar and nangarhar', claims: ['where-iskp-is-based'] },
  { question: 'how many ISKP fighters were arrested', claims: ['where-iskp-is-based'] },
  { question: '1100 ISKP killed', claims: ['where-iskp-is-based'] },
  { question: 'who is responsible for security inside Pakistan', claims: ['responsibility-for-pakistan-security'] },

  // The border, strikes and force.
  { question: 'what did the Taliban say about the fence', claims: ['border-fence-and-checkpoints'] },
  { question: 'how many checkpoints did Afghanistan build', claims: ['border-fence-and-checkpoints'] },
  { question: 'Durand Line checkpoints', claims: ['border-fence-and-checkpoints'] },
  { question: '1600 mile border', claims: ['border-fence-and-checkpoints'] },
  { question: 'did cross-border strikes hit civilians', claims: ['cross-border-strikes-and-sovereignty'] },
  { question: 'Kabul airspace', claims: ['cross-border-strikes-and-sovereignty'] },
  { question: 'would either side use force', claims: ['readiness-to-use-force'] },
  { question: 'will Afghanistan defend itself', claims: ['readiness-to-use-force'] },

  // Backers, divisions and the public.
  { question: 'is India behind the attacks', claims: ['foreign-sponsorship-of-militancy'] },
  { question: 'foreign backers of militant groups', claims: ['foreign-sponsorship-of-militancy', 'taliban-factions-and-anti-pakistan-sentiment'] },
  { question: 'anti-Pakistan feeling among Taliban factions', claims: ['taliban-factions-and-anti-pakistan-sentiment'] },
  { question: "is Pakistan's army divided on Afghanistan", claims: ['divisions-in-pakistan-leadership'] },
  { question: 'civilian and military leaders disagree', claims: ['divisions-in-pakistan-leadership'] },
  { question: 'what do people in Khyber Pakhtunkhwa think', claims: ['stance-of-the-public-in-pakistan-and-afghanistan'] },
  { question: 'who said Pakistan has no ill will', claims: ['goodwill-toward-the-other-people'] },
  { question: 'Muslim brothers', claims: ['goodwill-toward-the-other-people', 'stance-of-the-public-in-pakistan-and-afghanistan'] },

  // Refugees, trade and transit.
  { question: 'how many Afghan refugees are in Pakistan', claims: ['afghan-refugees-in-pakistan'] },
  { question: '4m refugees', claims: ['afghan-refugees-in-pakistan'] },
  { question: 'refugees sent back to Afghanistan', claims: ['afghan-refugees-in-pakistan'] },
  { question: 'border closures and trade', claims: ['trade-and-transit-as-leverage'] },
  { question: 'how much afghan transit trade goes through pakistan', claims: ['trade-and-transit-as-leverage'] },
  { question: 'coal imports', claims: ['trade-and-transit-as-leverage'] },
];
