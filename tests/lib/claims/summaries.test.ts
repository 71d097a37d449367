import { describe, expect, test } from 'vitest';
import { holdsWords, ownersNamed, quotedFragments, summaryLead, unquotedText, voiceKey } from '../../../src/lib/claims/summaries.ts';

describe('the lead names the speaker, each relay and the outlet', () => {
  test('with a relay', () => {
    expect(summaryLead({ speaker: 'Mohammad Naeem', relays: ['Khaama Press'], outlet: 'NationPress' })).toBe('Mohammad Naeem, via Khaama Press, in NationPress,');
  });
  test('without one', () => {
    expect(summaryLead({ speaker: 'Attaullah Tarar', relays: [], outlet: 'The South Asia Times' })).toBe('Attaullah Tarar, in The South Asia Times,');
  });
  test('two quotes have one voice only with the same speaker, article and relays', () => {
    const naeem = { speaker: 'mohammad-naeem', article: 'nationpress', relays: ['khaama-press'] };
    expect(voiceKey(naeem)).toBe(voiceKey({ ...naeem }));
    expect(voiceKey(naeem)).not.toBe(voiceKey({ ...naeem, relays: [] }));
    expect(voiceKey(naeem)).not.toBe(voiceKey({ ...naeem, article: 'dawat' }));
    expect(voiceKey(naeem)).not.toBe(voiceKey({ ...naeem, speaker: 'amir-khan-muttaqi' }));
  });
});

describe('quoted words', () => {
  test('curly and straight quotation marks are both read', () => {
    expect(quotedFragments('says Pakistan made “unrealistic demands” and showed "a lack of  coordination".')).toEqual(['unrealistic demands', 'a lack of coordination']);
  });
  test('an unclosed mark quotes nothing', () => {
    expect(quotedFragments('says “unrealistic demands caused it')).toEqual([]);
  });
  test('quoted words must be the quote’s own, letter for letter', () => {
    expect(holdsWords('attributed the failure to Pakistan’s unrealistic demands and a lack of coordination', 'unrealistic demands')).toBe(true);
    expect(holdsWords('attributed the failure to Pakistan’s unrealistic demands', 'unreasonable demands')).toBe(false);
  });
  test('names inside quotation marks are the speaker’s words, not Parallax’s', () => {
    expect(unquotedText('says “Mujahid” was wrong')).toBe('says  …  was wrong');
  });
});

describe('names a summary uses', () => {
  const forms = [
    { owner: 'zabihullah-mujahid', form: 'Mujahid' },
    { owner: 'mohammad-naeem', form: 'Naeem' },
    { owner: 'HTN World', form: 'HTN World' },
  ];
  test('whole words, case and accents aside, outside quotation marks', () => {
    expect([...ownersNamed('says, like mujahid and HTN World, that the talks failed', forms).keys()]).toEqual(['zabihullah-mujahid', 'HTN World']);
    expect([...ownersNamed('says the Naeemi talks failed', forms).keys()]).toEqual([]);
    expect([...ownersNamed('says “Naeem said so”', forms).keys()]).toEqual([]);
  });
});
