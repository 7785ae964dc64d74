import { englishTerms, indexedForm, type IndexedForm } from '../../shared/tm';

/** All the index keeps of a unit's two sides: its source's `indexedForm` and its translation's English stems. */
export interface SentenceForm extends IndexedForm {
  readonly english: string[];
}

export const sentenceForm = (source: string, target: string): SentenceForm => ({ ...indexedForm(source), english: target === '' ? [] : englishTerms(target) });
