import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPunctuation } from '../../../shared/qa/punctuation';
import { PROPERTY_SEED, messyText } from '../text/arbitraries';
import { referencePunctuation } from './punctuation-reference';

const MARKS = ['.', '?', '!', ',', ';', ':', '…', '...', '؟', '۔', '"', '\'', '«', '»', '“', '”', '’', '(', ')', '[', ']', '›', ' ', '  ', '\u00A0', '\t', '\n', 'a', 'Kadhimi', 'ی', '٢٠'];
const punctuated = fc.array(fc.constantFrom(...MARKS), { maxLength: 16 }).map((parts) => parts.join(''));
const text = fc.oneof(punctuated, messyText(40));

describe('the punctuation check', () => {
  it('reports exactly what the regular-expression reference reports, for any source and translation', () => {
    fc.assert(
      fc.property(text, text, fc.boolean(), (source, target, started) => {
        expect(checkPunctuation({ source, target, started })).toEqual(referencePunctuation({ source, target, started }));
      }),
      { seed: PROPERTY_SEED, numRuns: 5000 },
    );
  });
});
