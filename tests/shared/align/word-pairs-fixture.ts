// Sentence pairs where only learned word pairs tell the right alignment (the shared and service tests use them).

/** Units a translator confirmed: crows, rabbits and waves, none of them in the general lexicon. */
export const CONFIRMED_UNITS = [
  { source: 'قەلەرەشەکە لەسەر دارەکە بوو.', target: 'The crow was on the tree.' },
  { source: 'قەلەرەشێکی ڕەش هات.', target: 'A black crow came.' },
  { source: 'کەروێشکەکە خێرا بوو.', target: 'The rabbit was fast.' },
  { source: 'کەروێشکێک هات.', target: 'A rabbit came.' },
  { source: 'شەپۆلەکان گەورە بوون.', target: 'The waves were big.' },
  { source: 'شەپۆلێک هات.', target: 'A wave came.' },
];

/** Four Sorani sentences and a translation that left out the crow: only the words tell which. */
export const GARDEN = {
  source: ['پەپوولەکان لە باخچەکەدا دەفڕن.', 'کەروێشکێک لە باخچەکەدا ڕایکرد.', 'قەلەرەشێک لە باخچەکەدا دانیشت.', 'شەپۆلەکان لە دەریادا بەرز بوون.'],
  target: ['The butterflies fly in the garden.', 'A rabbit ran in the garden.', 'The waves rose high in the sea.'],
};
