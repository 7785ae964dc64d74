import { describe, expect, it } from 'vitest';
import { nameSimilarity, romanize, toHawar } from '../../../shared/text';

describe('transliteration', () => {
  it('writes Sorani in Hawar Latin, telling vowel و/ی from consonant', () => {
    expect(toHawar('کازمی')).toBe('kazmî');
    expect(toHawar('وەک')).toBe('wek');
    expect(toHawar('کورد')).toBe('kurd');
    expect(toHawar('رووداو')).toBe('rûdaw');
    expect(toHawar('ئێران')).toBe('êran');
    expect(toHawar('یەکەم')).toBe('yekem');
    expect(toHawar('شابەندەر')).toBe('şabender');
    expect(toHawar('چوار ساڵ')).toBe('çwar sal');
    expect(toHawar('کورد و عەرەب')).toBe('kurd û ereb');
    expect(toHawar('ساڵی ٢٠٠٩')).toBe('salî 2009');
  });

  it('romanizes in an English-news style', () => {
    expect(romanize('شابەندەر')).toBe('shabandar');
    expect(romanize('خەلیل')).toBe('khalil');
  });

  it.each([
    ['کازمی', 'Kadhimi'], ['کازمی', 'Kazimi'], ['کازمی', 'al-Kadhimi'], ['واشنتن', 'Washington'],
    ['ترەمپ', 'Trump'], ['شابەندەر', 'Shabandar'], ['عێراق', 'Iraq'], ['ئێران', 'Iran'],
    ['موقتەدا سەدر', 'Muqtada al-Sadr'], ['دۆناڵد ترەمپ', 'Donald Trump'], ['ئەمریکا', 'America'],
  ])('%s ~ %s scores high', (sorani, english) => {
    expect(nameSimilarity(sorani, english)).toBeGreaterThanOrEqual(0.85);
  });

  it.each([
    ['کازمی', 'Trump'], ['ترەمپ', 'Tehran'], ['واشنتن', 'Baghdad'], ['شابەندەر', 'Hakim'],
  ])('%s ~ %s scores low', (sorani, english) => {
    expect(nameSimilarity(sorani, english)).toBeLessThan(0.5);
  });

  it('is in [0, 1] and 0 for text with no letters', () => {
    expect(nameSimilarity('', 'Trump')).toBe(0);
    expect(nameSimilarity('٢٠٠٩', '2009')).toBe(0);
    expect(nameSimilarity('ترەمپ', 'ترەمپ')).toBe(1);
  });
});
