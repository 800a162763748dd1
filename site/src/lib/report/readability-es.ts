/**
 * The content report's readability measure for Spanish pages: the Fernández-Huerta score (1959),
 * Flesch's Reading Ease adapted to Spanish,
 *
 *   L = 206.84 − 0.60 × P − 1.02 × F
 *
 * where P is syllables per 100 words and F is the mean number of words per sentence. (The formula
 * is often quoted with F as "sentences per 100 words"; that is a known misprint: with it, shorter
 * sentences would lower the score. Flesch's own term, 1.015 × words per sentence, is what 1.02 × F
 * adapts. See G. Law, "Error in the Fernández Huerta readability formula", LINGUIST List 22.2332, 2011.)
 * Higher is easier: 70 and over, "bastante fácil", suits a general audience of patients.
 *
 * The rules are the English measure's (readability.ts), in Spanish:
 * - Prose comes as text blocks; a sentence never runs from one block into the next, and a block
 *   that does not end with . ! or ? still ends its sentence there.
 * - A sentence ends at . ! or ? (with closing quotes or brackets) followed by a space, except after
 *   the abbreviations in SPANISH_ABBREVIATIONS ("Dr.", "Dra.", "etc.") and after a single initial.
 * - A word is a run of characters between spaces that holds a letter or a digit; a hyphenated word
 *   is one word whose syllables are those of its parts.
 * - Names count as one word of NAME_SYLLABLES syllables: a part with a digit or with a capital after
 *   its first letter (HER2, PIK3CA, RM, PET/TC, 2026), and generic drug names, known by the endings of
 *   their Spanish international names (SPANISH_DRUG_NAME_ENDINGS: trastuzumab, deruxtecán, letrozol…).
 * - Other words: Spanish syllables, one per vowel nucleus (spanishSyllables).
 */
import { LONG_SENTENCE_WORDS, NAME_SYLLABLES, sentencesOf, wordsOf, type Sentence } from './readability';

/** The scale's bands, from easiest: a score at or above `from` (and below the band before it) has this label. */
export const FERNANDEZ_HUERTA_LEVELS = [
  { from: 90, level: 'muy fácil' },
  { from: 80, level: 'fácil' },
  { from: 70, level: 'bastante fácil' },
  { from: 60, level: 'normal' },
  { from: 50, level: 'bastante difícil' },
  { from: 30, level: 'difícil' },
  { from: -Infinity, level: 'muy difícil' },
] as const;

export type FernandezHuertaLevel = (typeof FERNANDEZ_HUERTA_LEVELS)[number]['level'];

/** What Spanish patient pages should reach: 70, "bastante fácil" (about US grade 6 to 8). */
export const SPANISH_READABILITY_TARGET = { score: 70, level: 'bastante fácil' } as const satisfies { score: number; level: FernandezHuertaLevel };

/** Endings of Spanish international drug names (DCI), for words of 7 letters or more; the English list, in Spanish spelling. */
export const SPANISH_DRUG_NAME_ENDINGS = [
  'mab', // anticuerpos: trastuzumab, pertuzumab, pembrolizumab, denosumab
  'nib', // inhibidores de cinasas: lapatinib, tucatinib, neratinib
  'ciclib', // palbociclib, ribociclib, abemaciclib
  'lisib', // alpelisib, inavolisib
  'parib', // olaparib, talazoparib
  'sertib', // capivasertib
  'tecán', // deruxtecán, govitecán
  'tecan',
  'taxel', // paclitaxel, docetaxel
  'platino', // carboplatino, cisplatino
  'rubicina', // doxorrubicina, epirrubicina
  'trozol', // letrozol, anastrozol
  'mestano', // exemestano
  'limús', // everolimús
  'limus',
  'strant', // fulvestrant, elacestrant, imlunestrant, vepdegestrant
  'xifeno', // tamoxifeno
  'citabina', // capecitabina, gemcitabina
  'bulina', // eribulina
  'drónico', // ácido zoledrónico
  'dronato',
  'vedotina', // enfortumab vedotina
  'emtansina', // trastuzumab emtansina
] as const;

/** Words ending in a full stop that do not end a sentence (compared in lower case). */
export const SPANISH_ABBREVIATIONS = [
  'dr.',
  'dra.',
  'dres.',
  'sr.',
  'sra.',
  'srta.',
  'ud.',
  'uds.',
  'etc.',
  'ej.',
  'aprox.',
  'núm.',
  'n.º',
  'pág.',
  'ee.',
  'uu.',
  'a.m.',
  'p.m.',
] as const;

export interface SpanishReadabilityMeasure {
  words: number;
  sentences: number;
  syllables: number;
  /** Fernández-Huerta score, one decimal; null when there is no prose to measure. */
  score: number | null;
  /** The score's label on the scale; null without a score. */
  level: FernandezHuertaLevel | null;
  /** Sentences of more than LONG_SENTENCE_WORDS words, in reading order. */
  longSentences: Sentence[];
}

/** Whether one part of a word (between hyphens) is a name: a digit, or a capital after the first letter, or a drug name. */
export function isSpanishName(part: string): boolean {
  if (/\d/.test(part) || /^.+\p{Lu}/u.test(part)) return true;
  const lower = part.toLowerCase();
  return lower.length >= 7 && SPANISH_DRUG_NAME_ENDINGS.some((ending) => lower.endsWith(ending));
}

/** a e o, and í ú with a written accent: two of these side by side are two syllables (hiatus). */
const STRONG_VOWELS = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
/** i u ü without accent: next to another vowel they share its syllable (diphthong, triphthong). */
const WEAK_VOWELS = new Set(['i', 'u', 'ü']);

/**
 * Syllables of a plain Spanish word (letters only), by its vowel nuclei:
 * - a run of vowels is one syllable, except that two strong vowels (a e o, or an accented í ú)
 *   side by side are two (le-er, pa-ís, re-ír, o-ír), and so is a doubled weak vowel (chi-i-ta);
 *   a weak vowel beside any other is a diphthong (ciu-dad, bio-psia, cui-da-do, U-ru-guay);
 * - the u of que qui gue gui is silent (gue-rra, qui-mio-te-ra-pia); ü is heard (pin-güi-no);
 * - y is a vowel at the end of a word (hay, muy, ley; the word "y") and a consonant elsewhere (ma-yo);
 * - h and every other consonant separate vowels (bú-ho); at least one syllable.
 */
export function spanishSyllables(word: string): number {
  let letters = word
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^a-zñáéíóúü]/g, '');
  if (letters.length === 0) return 0;
  letters = letters.replace(/([qg])u(?=[eiéí])/g, '$1').replace(/y$/, 'i');
  let syllables = 0;
  let previous: string | undefined;
  for (const letter of letters) {
    const isVowel = STRONG_VOWELS.has(letter) || WEAK_VOWELS.has(letter);
    if (!isVowel) {
      previous = undefined;
      continue;
    }
    if (previous === undefined || (STRONG_VOWELS.has(previous) && STRONG_VOWELS.has(letter)) || previous === letter) syllables += 1;
    previous = letter;
  }
  return Math.max(1, syllables);
}

/** Syllables of a word as written in a sentence ("HER2-positivo," → 2 + 4). */
export function spanishWordSyllables(word: string): number {
  const parts = word
    .split(/[-‐‑–/]/)
    .map((part) => part.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
  return parts.reduce((sum, part) => sum + (isSpanishName(part) ? NAME_SYLLABLES : spanishSyllables(part)), 0);
}

function endsSentence(token: string, next: string | undefined): boolean {
  if (!/[.!?]["'”’»)\]]*$/.test(token)) return false;
  if (next === undefined) return true;
  const bare = token.replace(/["'”’»)\]]+$/, '').toLowerCase();
  if (!bare.endsWith('.')) return true;
  const word = bare.replace(/^["'“‘«¿¡([]+/, '');
  return !((SPANISH_ABBREVIATIONS as readonly string[]).includes(word) || /^\p{L}\.$/u.test(word));
}

/** The sentences of one text block (a paragraph, a list item), by the Spanish sentence-end rule. */
export function spanishSentencesOf(block: string): string[] {
  return sentencesOf(block, endsSentence);
}

/** The Fernández-Huerta score from the three counts, one decimal (null without words). */
export function fernandezHuertaScore(words: number, sentences: number, syllables: number): number | null {
  if (words === 0 || sentences === 0) return null;
  const syllablesPer100Words = (100 * syllables) / words;
  const wordsPerSentence = words / sentences;
  return Math.round((206.84 - 0.6 * syllablesPer100Words - 1.02 * wordsPerSentence) * 10) / 10;
}

/** The label of a score on the Fernández-Huerta scale. */
export function fernandezHuertaLevel(score: number): FernandezHuertaLevel {
  return FERNANDEZ_HUERTA_LEVELS.find((band) => score >= band.from)!.level;
}

/** The measure of a Spanish page's prose, given as its text blocks in reading order. */
export function measureSpanishReadability(blocks: readonly string[]): SpanishReadabilityMeasure {
  const sentences: Sentence[] = blocks.flatMap(spanishSentencesOf).map((text) => {
    const words = wordsOf(text);
    return { text, words: words.length, syllables: words.reduce((sum, word) => sum + spanishWordSyllables(word), 0) };
  });
  const words = sentences.reduce((sum, sentence) => sum + sentence.words, 0);
  const syllables = sentences.reduce((sum, sentence) => sum + sentence.syllables, 0);
  const score = fernandezHuertaScore(words, sentences.length, syllables);
  return {
    words,
    sentences: sentences.length,
    syllables,
    score,
    level: score === null ? null : fernandezHuertaLevel(score),
    longSentences: sentences.filter((sentence) => sentence.words > LONG_SENTENCE_WORDS),
  };
}
