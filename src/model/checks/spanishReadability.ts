/**
 * Reading ease of the Spanish pages: the Fernández-Huerta formula, Spanish's adaptation of Flesch's
 * reading ease (0 to 100, higher is easier):
 *
 *   L = 206.84 − 60 × (syllables per word) − 1.02 × (words per sentence)
 *
 * (the corrected form, as the `readsight` library gives it: https://docs.rs/crate/readsight/1.0.0/source/src/formula/impls/spanish.rs).
 * On its scale, 60 to 70 is "normal", what a reader at the end of 8th grade reads; 70 and above is easier.
 *
 * Why written here: no maintained package for Fernández-Huerta or Szigriszt-Pazos is in the npm registry
 * we can reach (searched: fernandez-huerta, szigriszt-pazos, legibilidad, readability-es; text-readability
 * and readability-scores are English only), and the TeX hyphenation patterns (the `hyphen` package) never
 * split off a word's first or last letter, so "a-mi-go" would count as 2 syllables. Spanish syllables are
 * regular enough to count from the vowels: each group of vowels is one syllable (a diphthong), except that
 * two strong vowels (a, e, o) or an accented í or ú next to another vowel are two (a hiatus); "u" is silent
 * in "que", "qui", "gue", "gui"; a final "y" is a vowel.
 */
import { plainText } from "./readability.ts";

/** What a maintainer aims for: "In short" at 60 (8th grade) or easier, the page at 55 or easier. */
export const spanishSummaryEaseLimit = 60;
export const spanishPageEaseLimit = 55;

const minimumSentenceWords = 6;
const sentences = new Intl.Segmenter("es", { granularity: "sentence" });
const wordPattern = /[\p{L}\p{N}]+(?:[.,]\p{N}+)*/gu;

const strong = new Set(["a", "e", "o", "á", "é", "ó", "í", "ú"]);
const vowels = new Set([...strong, "i", "u", "ü"]);

/** Syllables in one Spanish word (a number counts as one). */
export function spanishSyllables(word: string): number {
  if (/\p{N}/u.test(word)) return 1;
  const letters = word
    .toLowerCase()
    .replace(/(?<=[qg])u(?=[eiéí])/g, "")
    .replace(/y$/, "i");
  let count = 0;
  let previous = "";
  for (const letter of letters) {
    if (!vowels.has(letter)) {
      previous = "";
      continue;
    }
    // A new syllable starts at a vowel after a consonant, or at a hiatus: two strong vowels together.
    if (previous === "" || (strong.has(previous) && strong.has(letter))) count++;
    previous = letter;
  }
  return Math.max(1, count);
}

export interface ReadingEase {
  ease: number;
  sentences: number;
  words: number;
  hardestSentence: string;
  hardestEase: number;
}

export function fernandezHuerta(counts: { sentence: number; word: number; syllable: number }): number {
  return 206.84 - 60 * (counts.syllable / counts.word) - 1.02 * (counts.word / counts.sentence);
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The reading ease of some Spanish markdown, or undefined when it has no words. */
export function spanishReadability(markdown: string): ReadingEase | undefined {
  let words = 0;
  let syllables = 0;
  let sentenceCount = 0;
  let hardest = { sentence: "", ease: Infinity };
  for (const block of plainText(markdown).split("\n")) {
    for (const { segment } of sentences.segment(block)) {
      const sentence = segment.trim();
      let word = 0;
      let syllable = 0;
      for (const [found] of sentence.matchAll(wordPattern)) {
        word++;
        syllable += spanishSyllables(found);
      }
      if (word === 0) continue;
      sentenceCount++;
      words += word;
      syllables += syllable;
      const ease = fernandezHuerta({ sentence: 1, word, syllable });
      if (word >= minimumSentenceWords && ease < hardest.ease) hardest = { sentence, ease };
    }
  }
  if (words === 0) return undefined;
  return {
    ease: round(fernandezHuerta({ sentence: sentenceCount, word: words, syllable: syllables })),
    sentences: sentenceCount,
    words,
    hardestSentence: hardest.sentence,
    hardestEase: hardest.ease === Infinity ? 100 : round(hardest.ease),
  };
}
