import { describe, expect, it } from 'vitest';
import {
  fleschKincaidGrade,
  isName,
  measureReadability,
  medianGrade,
  NAME_SYLLABLES,
  plainWordSyllables,
  sentencesOf,
  wordsOf,
  wordSyllables,
} from '../../src/lib/report/readability';

describe('syllables', () => {
  it.each([
    ['cancer', 2],
    ['the', 1],
    ['bones', 1],
    ['takes', 1],
    ['used', 1],
    ['have', 1],
    ['care', 1],
    ['table', 2],
    ['people', 2],
    ['places', 2],
    ['changes', 2],
    ['tested', 2],
    ['treated', 2],
    ['called', 1],
    ['years', 1],
    ['doctor', 2],
    ['medicine', 3],
    ['therapy', 3],
    ['metastatic', 4],
    ['chemotherapy', 5],
  ])('counts %s as %i', (word, syllables) => {
    expect(plainWordSyllables(word)).toBe(syllables);
  });

  it('counts drug, gene and test names as one word of NAME_SYLLABLES, however long', () => {
    for (const name of ['trastuzumab', 'deruxtecan', 'palbociclib', 'fulvestrant', 'PIK3CA', 'HER2', 'BRCA1', 'MRI', 'CT', 'mTOR', '2026']) {
      expect(isName(name), name).toBe(true);
      expect(wordSyllables(name), name).toBe(NAME_SYLLABLES);
    }
    for (const word of ['Cancer', 'rib', 'therapy', 'The', 'I']) expect(isName(word), word).toBe(false);
  });

  it('adds up the parts of a hyphenated word and ignores punctuation around it', () => {
    expect(wordSyllables('HER2-positive,')).toBe(NAME_SYLLABLES + 3);
    expect(wordSyllables('(bone')).toBe(1);
    expect(wordsOf('Care — for you & yours.')).toEqual(['Care', 'for', 'you', 'yours.']);
  });
});

describe('sentences', () => {
  it('ends a sentence at . ! or ? followed by a space, not after an abbreviation, an initial or inside a number', () => {
    expect(sentencesOf('Dr. Lee will see you. She works at 2.5 sites, e.g. Cary! Is that near? J. Smith knows.')).toEqual([
      'Dr. Lee will see you.',
      'She works at 2.5 sites, e.g. Cary!',
      'Is that near?',
      'J. Smith knows.',
    ]);
  });

  it('ends the last sentence with its block, full stop or not', () => {
    expect(measureReadability(['Pain relief', 'Fewer side effects']).sentences).toBe(2);
  });
});

describe('the Flesch–Kincaid grade', () => {
  it('is 0.39 × words per sentence + 11.8 × syllables per word − 15.59, one decimal', () => {
    // 0.39 × 100/5 + 11.8 × 150/100 − 15.59 = 7.8 + 17.7 − 15.59 = 9.91
    expect(fleschKincaidGrade(100, 5, 150)).toBe(9.9);
    expect(fleschKincaidGrade(0, 0, 0)).toBeNull();
  });

  it('measures hand-counted sentences', () => {
    // The(1) cancer(2) has(1) spread(1) to(1) the(1) bones(1): 7 words, 8 syllables.
    // Your(1) doctor(2) will(1) check(1) your(1) blood(1) each(1) month(1): 8 words, 9 syllables.
    const measure = measureReadability(['The cancer has spread to the bones. Your doctor will check your blood each month.']);
    expect(measure).toMatchObject({ words: 15, sentences: 2, syllables: 17 });
    // 0.39 × 15/2 + 11.8 × 17/15 − 15.59 = 2.925 + 13.373 − 15.59 = 0.708
    expect(measure.grade).toBe(0.7);
  });

  it('counts names as NAME_SYLLABLES each, so a drug name does not read as a hard word', () => {
    // Trastuzumab(2) deruxtecan(2) treats(1) some(1) HER2-low(2+1) cancers(2): 6 words, 11 syllables, 1 sentence.
    const measure = measureReadability(['Trastuzumab deruxtecan treats some HER2-low cancers.']);
    expect(measure).toMatchObject({ words: 6, sentences: 1, syllables: 11 });
    // 0.39 × 6 + 11.8 × 11/6 − 15.59 = 2.34 + 21.633 − 15.59 = 8.383
    expect(measure.grade).toBe(8.4);
  });

  it('lists sentences over 25 words', () => {
    const words = (count: number) => `${Array.from({ length: count }, () => 'word').join(' ')}.`;
    const measure = measureReadability([`${words(25)} ${words(26)}`]);
    expect(measure.longSentences).toEqual([{ text: words(26), words: 26, syllables: 26 }]);
  });

  it('has no grade without prose', () => {
    expect(measureReadability([])).toMatchObject({ words: 0, sentences: 0, grade: null });
  });

  it('takes the median of page grades', () => {
    expect(medianGrade([9, 7, 12])).toBe(9);
    expect(medianGrade([6, 7, 8, 10])).toBe(7.5);
    expect(medianGrade([])).toBeNull();
  });
});
