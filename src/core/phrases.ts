/**
 * The embeddings lesson's data: short phrases in English and Arabic, grouped by meaning, and
 * the labelled pairs the contrastive loss trains on. Groups are only used to label pairs and
 * to check results; the encoder never sees them. Words are the encoder's tokens, so phrases
 * that share a word ("I need coffee", "I need sleep") start out tied together and must be
 * pulled apart by training.
 */
import type { PairLabel } from './contrastive';

export type PhraseLanguage = 'en' | 'ar';
export type MeaningGroup = 'coffee' | 'sleep' | 'rain' | 'food';

export interface Phrase {
  readonly text: string;
  readonly language: PhraseLanguage;
  readonly group: MeaningGroup;
}

export const meaningGroups: readonly MeaningGroup[] = ['coffee', 'sleep', 'rain', 'food'];

export const phrases: readonly Phrase[] = [
  { text: 'I need coffee', language: 'en', group: 'coffee' }, // 0
  { text: 'محتاج قهوة', language: 'ar', group: 'coffee' }, // 1
  { text: 'coffee', language: 'en', group: 'coffee' }, // 2
  { text: 'قهوة', language: 'ar', group: 'coffee' }, // 3
  { text: 'espresso', language: 'en', group: 'coffee' }, // 4
  { text: 'sleep', language: 'en', group: 'sleep' }, // 5
  { text: 'نوم', language: 'ar', group: 'sleep' }, // 6
  { text: 'I am tired', language: 'en', group: 'sleep' }, // 7
  { text: 'أنا تعبان', language: 'ar', group: 'sleep' }, // 8
  { text: 'I need sleep', language: 'en', group: 'sleep' }, // 9
  { text: 'محتاج نوم', language: 'ar', group: 'sleep' }, // 10
  { text: 'rain', language: 'en', group: 'rain' }, // 11
  { text: 'مطر', language: 'ar', group: 'rain' }, // 12
  { text: 'it is raining', language: 'en', group: 'rain' }, // 13
  { text: 'الدنيا بتمطر', language: 'ar', group: 'rain' }, // 14
  { text: 'I am hungry', language: 'en', group: 'food' }, // 15
  { text: 'أنا جعان', language: 'ar', group: 'food' }, // 16
  { text: 'food', language: 'en', group: 'food' }, // 17
  { text: 'أكل', language: 'ar', group: 'food' }, // 18
];

const similar = (a: number, b: number): PairLabel => ({ a, b, similar: true });
const different = (a: number, b: number): PairLabel => ({ a, b, similar: false });

/**
 * Similar pairs link each group together (translations first); different pairs join every two
 * groups a couple of times, including the look-alikes that share words.
 */
export const defaultPairs: readonly PairLabel[] = [
  similar(0, 1),
  similar(2, 3),
  similar(0, 2),
  similar(4, 2),
  similar(5, 6),
  similar(7, 8),
  similar(9, 10),
  similar(5, 7),
  similar(5, 9),
  similar(11, 12),
  similar(13, 14),
  similar(11, 13),
  similar(15, 16),
  similar(17, 18),
  similar(15, 17),
  different(2, 5),
  different(0, 9),
  different(1, 10),
  different(3, 12),
  different(4, 13),
  different(2, 17),
  different(0, 15),
  different(6, 11),
  different(7, 13),
  different(7, 15),
  different(8, 16),
  different(12, 18),
  different(11, 17),
];

/** Lower-case words, split on spaces and punctuation (Latin and Arabic). */
export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s.,!?;:؟،؛]+/u)
    .filter((word) => word !== '');
}

export interface Vocabulary {
  /** Every distinct word, in order of first appearance. */
  readonly words: readonly string[];
  /** For each text, the ids of its words. */
  readonly tokenIds: readonly (readonly number[])[];
}

export function buildVocabulary(texts: readonly string[]): Vocabulary {
  const ids = new Map<string, number>();
  const tokenIds = texts.map((text) => {
    const words = tokenize(text);
    if (words.length === 0) throw new RangeError(`the phrase "${text}" has no words`);
    return words.map((word) => {
      let id = ids.get(word);
      if (id === undefined) {
        id = ids.size;
        ids.set(word, id);
      }
      return id;
    });
  });
  return { words: [...ids.keys()], tokenIds };
}

/** The index of the phrase whose text matches (ignoring case and extra spaces), or -1. */
export function findPhrase(list: readonly Phrase[], text: string): number {
  const wanted = tokenize(text).join(' ');
  if (wanted === '') return -1;
  return list.findIndex((phrase) => tokenize(phrase.text).join(' ') === wanted);
}
