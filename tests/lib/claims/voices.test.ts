import { describe, expect, test } from 'vitest';
import { describeAttributionChain, describeOutlet, describeVoice } from '../../../src/lib/claims/voices.ts';

describe('who speaks, through whom, in which outlet', () => {
  test('an outlet with a provenance note carries it', () => {
    expect(describeOutlet({ outlet: 'NationPress', outletNote: 'wire copy, IANS' })).toBe('NationPress (wire copy, IANS)');
  });
  test('an outlet without one is named alone', () => {
    expect(describeOutlet({ outlet: 'Nukta' })).toBe('Nukta');
  });
  test.each([
    [[], 'Amir Khan Muttaqi'],
    [['Tolo News'], 'Amir Khan Muttaqi via Tolo News'],
    [['Tolo News', 'Khaama Press'], 'Amir Khan Muttaqi via Tolo News via Khaama Press'],
  ])('a voice names each relay, nearest the speaker first (%j)', (relays, expected) => {
    expect(describeVoice({ speaker: 'Amir Khan Muttaqi', relays })).toBe(expected);
  });
  test('the whole chain reads speaker, relays, outlet', () => {
    expect(describeAttributionChain({ speaker: 'Mohammad Naeem', relays: ['Khaama Press'], article: { outlet: 'NationPress', outletNote: 'wire copy, IANS' } })).toBe(
      'Mohammad Naeem, via Khaama Press, in NationPress (wire copy, IANS)',
    );
    expect(describeAttributionChain({ speaker: 'Attaullah Tarar', relays: [], article: { outlet: 'The South Asia Times' } })).toBe('Attaullah Tarar, in The South Asia Times');
  });
});
