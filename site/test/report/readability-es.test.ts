import { describe, expect, it } from 'vitest';
import { NAME_SYLLABLES } from '../../src/lib/report/readability';
import {
  fernandezHuertaLevel,
  fernandezHuertaScore,
  isSpanishName,
  measureSpanishReadability,
  SPANISH_READABILITY_TARGET,
  spanishSentencesOf,
  spanishSyllables,
  spanishWordSyllables,
} from '../../src/lib/report/readability-es';

describe('Spanish syllables', () => {
  it.each([
    // hiatus: two strong vowels, or an accented í/ú beside a vowel
    ['país', 2], // pa-ís
    ['oír', 2], // o-ír
    ['maíz', 2], // ma-íz
    ['leer', 2], // le-er
    ['reír', 2], // re-ír
    ['día', 2], // dí-a
    ['actúa', 3], // ac-tú-a
    ['aéreo', 4], // a-é-re-o
    ['poeta', 3], // po-e-ta
    ['oído', 3], // o-í-do
    // diphthongs and triphthongs: a weak vowel (i, u) beside another vowel
    ['ciudad', 2], // ciu-dad
    ['cuidado', 3], // cui-da-do
    ['agua', 2], // a-gua
    ['tratamiento', 4], // tra-ta-mien-to
    ['huevo', 2], // hue-vo
    ['Uruguay', 3], // U-ru-guay
    // quimioterapia and biopsia: "io" and "ia" are diphthongs by the same rule (qui-mio-te-ra-pia, biop-sia)
    ['quimioterapia', 5],
    ['biopsia', 2],
    ['radioterapia', 5], // ra-dio-te-ra-pia
    // silent u in que, qui, gue, gui; ü is heard
    ['que', 1],
    ['aquí', 2], // a-quí
    ['guerra', 2], // gue-rra
    ['seguir', 2], // se-guir
    ['pingüino', 3], // pin-güi-no
    ['vergüenza', 3], // ver-güen-za
    // y: a vowel at the end of a word, a consonant elsewhere
    ['hay', 1],
    ['muy', 1],
    ['ley', 1],
    ['y', 1],
    ['ayuda', 3], // a-yu-da
    ['mayo', 2], // ma-yo
    // h separates vowels
    ['búho', 2], // bú-ho
    ['prohíbe', 3], // pro-hí-be
    // plain words
    ['hormonal', 3],
    ['cáncer', 2],
    ['médico', 3],
    ['metastásico', 5], // me-tas-tá-si-co
    ['receptores', 4],
    ['pastilla', 3],
    ['de', 1],
  ])('counts %s as %i', (word, syllables) => {
    expect(spanishSyllables(word)).toBe(syllables);
  });

  it('counts drug, gene and test names as one word of NAME_SYLLABLES, however long', () => {
    for (const name of ['trastuzumab', 'deruxtecán', 'govitecán', 'palbociclib', 'fulvestrant', 'letrozol', 'everolimús', 'tamoxifeno', 'carboplatino', 'doxorrubicina', 'capecitabina', 'eribulina', 'zoledrónico', 'PIK3CA', 'HER2', 'RM', 'TC', 'PD-L1', '2026']) {
      expect(isSpanishName(name.split('-')[0]!), name).toBe(true);
    }
    expect(spanishWordSyllables('trastuzumab')).toBe(NAME_SYLLABLES);
    expect(spanishWordSyllables('PD-L1')).toBe(2 * NAME_SYLLABLES);
    for (const word of ['Cáncer', 'receptor', 'terapia', 'Él', 'A', 'pastilla']) expect(isSpanishName(word), word).toBe(false);
  });

  it('adds up the parts of a hyphenated word and ignores punctuation around it', () => {
    expect(spanishWordSyllables('HER2-positivo,')).toBe(NAME_SYLLABLES + 4);
    expect(spanishWordSyllables('(hueso')).toBe(2);
    expect(spanishWordSyllables('¿Qué')).toBe(1);
  });
});

describe('Spanish sentences', () => {
  it('ends a sentence at . ! or ? followed by a space, not after an abbreviation, an initial or inside a number', () => {
    expect(spanishSentencesOf('La Dra. Ruiz lo verá. Trabaja en 2.5 sitios, p. ej. Cary. ¡Qué bien! ¿Está cerca? J. Pérez lo sabe.')).toEqual([
      'La Dra. Ruiz lo verá.',
      'Trabaja en 2.5 sitios, p. ej. Cary.',
      '¡Qué bien!',
      '¿Está cerca?',
      'J. Pérez lo sabe.',
    ]);
  });

  it('ends the last sentence with its block, full stop or not', () => {
    expect(measureSpanishReadability(['Alivio del dolor', 'Menos efectos secundarios']).sentences).toBe(2);
  });
});

describe('the Fernández-Huerta score', () => {
  it('is 206.84 − 0.60 × syllables per 100 words − 1.02 × words per sentence, one decimal', () => {
    // 206.84 − 0.60 × 200 − 1.02 × 20 = 206.84 − 120 − 20.4 = 66.44
    expect(fernandezHuertaScore(100, 5, 200)).toBe(66.4);
    expect(fernandezHuertaScore(0, 0, 0)).toBeNull();
  });

  it('rates shorter sentences easier, and longer words harder', () => {
    expect(fernandezHuertaScore(100, 10, 200)!).toBeGreaterThan(fernandezHuertaScore(100, 5, 200)!);
    expect(fernandezHuertaScore(100, 5, 220)!).toBeLessThan(fernandezHuertaScore(100, 5, 200)!);
  });

  it('measures hand-counted sentences', () => {
    // El(1) cáncer(2) se(1) extendió(3) a(1) los(1) huesos(2): 7 words, 11 syllables.
    // Su(1) médico(3) le(1) hará(2) análisis(4) de(1) sangre(2) cada(2) mes(1): 9 words, 17 syllables.
    const measure = measureSpanishReadability(['El cáncer se extendió a los huesos. Su médico le hará análisis de sangre cada mes.']);
    expect(measure).toMatchObject({ words: 16, sentences: 2, syllables: 28 });
    // 206.84 − 0.60 × 2800/16 − 1.02 × 16/2 = 206.84 − 105 − 8.16 = 93.68
    expect(measure.score).toBe(93.7);
    expect(measure.level).toBe('muy fácil');
  });

  it('counts names as NAME_SYLLABLES each, so a drug name does not read as a hard word', () => {
    // El(1) trastuzumab(2) deruxtecán(2) trata(2) algunos(3) cánceres(3) HER2(2) bajos(2): 8 words, 17 syllables.
    const measure = measureSpanishReadability(['El trastuzumab deruxtecán trata algunos cánceres HER2 bajos.']);
    expect(measure).toMatchObject({ words: 8, sentences: 1, syllables: 17 });
    // 206.84 − 0.60 × 1700/8 − 1.02 × 8 = 206.84 − 127.5 − 8.16 = 71.18
    expect(measure.score).toBe(71.2);
    expect(measure.level).toBe('bastante fácil');
  });

  it('labels scores on the Spanish scale', () => {
    expect([95, 90, 85, 80, 75, 70, 65, 60, 55, 50, 40, 30, 20].map(fernandezHuertaLevel)).toEqual([
      'muy fácil',
      'muy fácil',
      'fácil',
      'fácil',
      'bastante fácil',
      'bastante fácil',
      'normal',
      'normal',
      'bastante difícil',
      'bastante difícil',
      'difícil',
      'difícil',
      'muy difícil',
    ]);
    expect(SPANISH_READABILITY_TARGET).toEqual({ score: 70, level: 'bastante fácil' });
    expect(fernandezHuertaLevel(SPANISH_READABILITY_TARGET.score)).toBe(SPANISH_READABILITY_TARGET.level);
  });

  it('lists sentences over 25 words', () => {
    const words = (count: number) => `${Array.from({ length: count }, () => 'casa').join(' ')}.`;
    const measure = measureSpanishReadability([`${words(25)} ${words(26)}`]);
    expect(measure.longSentences).toEqual([{ text: words(26), words: 26, syllables: 52 }]);
  });

  it('has no score without prose', () => {
    expect(measureSpanishReadability([])).toMatchObject({ words: 0, sentences: 0, score: null, level: null });
  });
});
