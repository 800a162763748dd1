/**
 * The content report's readability measure: the Flesch–Kincaid grade of a page's prose,
 *
 *   grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 *
 * with these rules (README, "The content report"):
 * - Prose is given as text blocks (a page's paragraphs and list items, see prose.ts); a sentence
 *   never runs from one block into the next, and a block that does not end with . ! or ? still
 *   ends its sentence there (a list item without a full stop is one sentence).
 * - A sentence ends at . ! or ? (with closing quotes or brackets) followed by a space, except
 *   after the abbreviations in ABBREVIATIONS ("Dr.", "e.g.") and after a single initial ("J.").
 * - A word is a run of characters between spaces that holds a letter or a digit; a hyphenated
 *   word ("HER2-positive") is one word whose syllables are those of its parts.
 * - Names count as one word of NAME_SYLLABLES syllables, however long: a part with a digit or
 *   with a capital after its first letter (HER2, PIK3CA, BRCA1, MRI, PET, mTOR, 2026), and
 *   generic drug names, known by the endings of their international names (DRUG_NAME_ENDINGS:
 *   trastuzumab, deruxtecan, palbociclib…). A syllable counter would rate "trastuzumab
 *   deruxtecan" seven syllables, though patients read it as the name of their medicine.
 * - Other words: groups of vowels (a e i o u y), less a silent final e ("have", not "table"),
 *   a silent -es or -ed ("takes", "used", but "tested", "places"), at least one.
 */

/** How many syllables a name counts for: more than a plain word (about 1.5), far less than a counter would give. */
export const NAME_SYLLABLES = 2;

/** A sentence longer than this many words is listed as long. */
export const LONG_SENTENCE_WORDS = 25;

/** Endings of international nonproprietary drug names (WHO/USAN stems), for words of 7 letters or more. */
export const DRUG_NAME_ENDINGS = [
  'mab', // antibodies: trastuzumab, pertuzumab, pembrolizumab
  'nib', // kinase inhibitors: lapatinib, tucatinib, neratinib
  'ciclib', // CDK4/6 inhibitors: palbociclib, ribociclib, abemaciclib
  'lisib', // PI3K inhibitors: alpelisib, inavolisib
  'parib', // PARP inhibitors: olaparib, talazoparib
  'sertib', // AKT inhibitors: capivasertib
  'tecan', // topoisomerase inhibitors: deruxtecan, govitecan
  'taxel', // taxanes: paclitaxel, docetaxel
  'platin', // carboplatin, cisplatin
  'rubicin', // doxorubicin, epirubicin
  'trozole', // aromatase inhibitors: letrozole, anastrozole
  'mestane', // exemestane
  'limus', // everolimus
  'strant', // fulvestrant, elacestrant
  'xifen', // tamoxifen
  'citabine', // capecitabine, gemcitabine
  'bulin', // eribulin
  'dronate', // zoledronate, pamidronate
  'sumab', // denosumab
  'vedotin', // enfortumab vedotin
  'emtansine', // ado-trastuzumab emtansine
] as const;

/** Words ending in a full stop that do not end a sentence (compared in lower case). */
export const ABBREVIATIONS = ['dr.', 'mr.', 'mrs.', 'ms.', 'st.', 'vs.', 'e.g.', 'i.e.', 'etc.', 'approx.', 'no.', 'u.s.', 'a.m.', 'p.m.'] as const;

export interface Sentence {
  text: string;
  words: number;
  syllables: number;
}

export interface ReadabilityMeasure {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch–Kincaid grade, one decimal; null when there is no prose to measure. */
  grade: number | null;
  /** Sentences of more than LONG_SENTENCE_WORDS words, in reading order. */
  longSentences: Sentence[];
}

/** Whether one part of a word (between hyphens) is a name: a digit, or a capital after the first letter, or a drug name. */
export function isName(part: string): boolean {
  if (/\d/.test(part) || /^.+[A-Z]/.test(part)) return true;
  const lower = part.toLowerCase();
  return lower.length >= 7 && DRUG_NAME_ENDINGS.some((ending) => lower.endsWith(ending));
}

/** Syllables of a plain English word (letters only), by vowel groups. */
export function plainWordSyllables(word: string): number {
  let letters = word.toLowerCase().replace(/[^a-z]/g, '');
  if (letters.length === 0) return 0;
  if (letters.length <= 3) return 1;
  // Silent endings: "takes", "used", "have" (but not "places", "tested", "table").
  if (/[^laeiouy]es$/.test(letters) && !/(?:[cgsxz]|ch|sh)es$/.test(letters)) letters = letters.slice(0, -2);
  else if (/[^aeiouytd]ed$/.test(letters)) letters = letters.slice(0, -2);
  else if (/[^laeiouy]e$/.test(letters)) letters = letters.slice(0, -1);
  letters = letters.replace(/^y/, '');
  const groups = letters.match(/[aeiouy]+/g)?.length ?? 0;
  return Math.max(1, groups);
}

/** Syllables of a word as written in a sentence ("HER2-positive," → 2 + 3). */
export function wordSyllables(word: string): number {
  const parts = word.split(/[-‐‑–/]/).map((part) => part.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
  return parts.reduce((sum, part) => sum + (isName(part) ? NAME_SYLLABLES : plainWordSyllables(part)), 0);
}

/** The words of a sentence: runs between spaces that hold a letter or a digit. */
export function wordsOf(sentence: string): string[] {
  return sentence.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token));
}

function endsSentence(token: string, next: string | undefined): boolean {
  if (!/[.!?]["'”’)\]]*$/.test(token)) return false;
  if (next === undefined) return true;
  const bare = token.replace(/["'”’)\]]+$/, '').toLowerCase();
  if (bare.endsWith('.') && ((ABBREVIATIONS as readonly string[]).includes(bare.replace(/^["'“‘([]+/, '')) || /^[a-z]\.$/i.test(bare))) return false;
  return true;
}

/**
 * The sentences of one text block (a paragraph, a list item), whitespace collapsed. `ends` says
 * whether a token ends its sentence, given the next one: English's rule by default; the Spanish
 * measure passes its own (readability-es.ts).
 */
export function sentencesOf(block: string, ends: (token: string, next: string | undefined) => boolean = endsSentence): string[] {
  const tokens = block.split(/\s+/).filter(Boolean);
  const sentences: string[] = [];
  let current: string[] = [];
  tokens.forEach((token, index) => {
    current.push(token);
    if (ends(token, tokens[index + 1])) {
      sentences.push(current.join(' '));
      current = [];
    }
  });
  if (current.length > 0) sentences.push(current.join(' '));
  return sentences.filter((sentence) => wordsOf(sentence).length > 0);
}

/** Flesch–Kincaid grade from the three counts, one decimal (null without words). */
export function fleschKincaidGrade(words: number, sentences: number, syllables: number): number | null {
  if (words === 0 || sentences === 0) return null;
  return Math.round((0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59) * 10) / 10;
}

/** The measure of a page's prose, given as its text blocks in reading order. */
export function measureReadability(blocks: readonly string[]): ReadabilityMeasure {
  const sentences: Sentence[] = blocks.flatMap((block) => sentencesOf(block)).map((text) => {
    const words = wordsOf(text);
    return { text, words: words.length, syllables: words.reduce((sum, word) => sum + wordSyllables(word), 0) };
  });
  const words = sentences.reduce((sum, sentence) => sum + sentence.words, 0);
  const syllables = sentences.reduce((sum, sentence) => sum + sentence.syllables, 0);
  return {
    words,
    sentences: sentences.length,
    syllables,
    grade: fleschKincaidGrade(words, sentences.length, syllables),
    longSentences: sentences.filter((sentence) => sentence.words > LONG_SENTENCE_WORDS),
  };
}

/** The median of grades (null for none), one decimal. */
export function medianGrade(grades: readonly number[]): number | null {
  if (grades.length === 0) return null;
  const sorted = [...grades].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(median * 10) / 10;
}
