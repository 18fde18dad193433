/**
 * Reading grade of the site's prose: the Flesch–Kincaid US school grade (`flesch-kincaid`), with syllables
 * counted by `syllable`, and sentences found by the platform's own `Intl.Segmenter`. Words are found with a
 * regular expression and each word's syllables are counted once per build: both are about ten times faster
 * than segmenting words, which matters for a check that reads every post of a large archive.
 * Markdown is rendered and its tags dropped first, so link addresses and markup do not count as words;
 * each paragraph, list item and heading ends a sentence even without a full stop.
 */
import { decodeHTML } from "entities";
import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";
import { renderMarkdown } from "../../helpers/markdownLibrary.ts";
import { sourcesLinePattern } from "../postSections.ts";

/** The grades above which the build warns: plain summaries for tired readers, and plain pages. */
export const summaryGradeLimit = 8;
export const pageGradeLimit = 9;

/** Sentences shorter than this are left out when looking for the hardest one. */
const minimumSentenceWords = 6;

const sentences = new Intl.Segmenter("en", { granularity: "sentence" });
/** A word: letters and digits, with inner apostrophes ("don't") and number punctuation ("14,230", "2.5"). */
const wordPattern = /[\p{L}\p{N}]+(?:(?:['’]\p{L}+)|(?:[.,]\p{N}+))*/gu;

/**
 * Syllables by word as found in the text: an archive repeats the same words thousands of times, so most
 * words are one lookup, without the test for digits or the lower-casing below.
 */
const syllablesByWord = new Map<string, number>();

function syllablesOf(word: string): number {
  let count = syllablesByWord.get(word);
  if (count === undefined) {
    // Numbers such as "2023" or "14,230" are read as one word; count them as one syllable each.
    count = /\p{N}/u.test(word) ? 1 : Math.max(1, syllable(word.toLowerCase()));
    syllablesByWord.set(word, count);
  }
  return count;
}

export interface Readability {
  grade: number;
  sentences: number;
  words: number;
  /** The sentence with the highest grade, to show a maintainer where to start. */
  hardestSentence: string;
  hardestGrade: number;
}

/** Markdown to plain text, one block (paragraph, list item, heading) per line; Sources lines left out. */
export function plainText(markdown: string): string {
  const withoutSources = markdown
    .split("\n")
    .filter((line) => !sourcesLinePattern.test(line))
    .join("\n");
  const html = renderMarkdown(withoutSources)
    .replace(/<\/(p|li|h[1-6]|dt|dd|td|th|blockquote)>/g, "\n")
    .replace(/<[^>]+>/g, "");
  return decodeHTML(html);
}

function counts(sentence: string): { word: number; syllable: number } {
  let word = 0;
  let syllables = 0;
  for (const [found] of sentence.matchAll(wordPattern)) {
    word++;
    syllables += syllablesOf(found);
  }
  return { word, syllable: syllables };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The grade of some markdown prose, or undefined when it has no words. */
export function readability(markdown: string): Readability | undefined {
  let totalWords = 0;
  let totalSyllables = 0;
  let sentenceCount = 0;
  let hardest = { sentence: "", grade: -Infinity };
  for (const block of plainText(markdown).split("\n")) {
    for (const { segment } of sentences.segment(block)) {
      const sentence = segment.trim();
      const count = counts(sentence);
      if (count.word === 0) continue;
      sentenceCount++;
      totalWords += count.word;
      totalSyllables += count.syllable;
      // A heading or one-word list item is not a sentence a reader struggles with; judge real sentences.
      const grade = fleschKincaid({ sentence: 1, word: count.word, syllable: count.syllable });
      if (count.word >= minimumSentenceWords && grade > hardest.grade) hardest = { sentence, grade };
    }
  }
  if (totalWords === 0) return undefined;
  return {
    grade: round(fleschKincaid({ sentence: sentenceCount, word: totalWords, syllable: totalSyllables })),
    sentences: sentenceCount,
    words: totalWords,
    hardestSentence: hardest.sentence,
    hardestGrade: hardest.grade === -Infinity ? 0 : round(hardest.grade),
  };
}
