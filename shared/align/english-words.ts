import { englishStem } from '../glossary/english';

/**
 * English function words: they carry no evidence about which Sorani sentence a sentence
 * translates, so neither a gloss nor a translation counts them.
 */
const FUNCTION_WORDS = new Set(
  (
    'a an the and or but nor so yet if then than that this these those there here of in on at to ' +
    'for from by with without within into onto upon over under about after before since until ' +
    'while as also too very just only even not no is are was were be been being am do does did ' +
    'done have has had having will would shall should can could may might must it its it\'s he ' +
    'him his she her hers they them their theirs we us our ours you your yours i me my mine who ' +
    'whom whose which what when where why how all any both each every some such own same other ' +
    'another more most much many few less least one ones s t up out off down again further once ' +
    'because though although whether either neither per via against between through during'
  ).split(' '),
);

export function isFunctionWord(lowerWord: string): boolean {
  return FUNCTION_WORDS.has(lowerWord);
}

const ENGLISH_WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*/g;

/** The stems of an English text's content words, in order (a gloss, or one side of a sentence). */
export function englishContentStems(text: string): string[] {
  const stems: string[] = [];
  for (const match of text.matchAll(ENGLISH_WORD)) {
    const lower = match[0].toLowerCase();
    if (!isFunctionWord(lower)) stems.push(englishStem(lower));
  }
  return stems;
}
