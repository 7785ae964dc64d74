/**
 * Sorani words whose final ه is a real h (شاه, گوناه), as written: the display clean-up makes every
 * other word-final ه of a Sorani text ە, the letter that typists on Persian and Arabic keyboard
 * layouts write as ه (ئێمه for ئێمە). Data, not rules: add a word here when a text shows one.
 * Arabic words with the article ال (الله, عبدالله) and the names made with -ullah (نەسروڵڵاه) are
 * recognised by their form and need no entry.
 */
export const REAL_FINAL_H_WORDS: readonly string[] = [
  'شاه', 'پادشاه', 'شاهەنشاه', 'گوناه', 'بێگوناه', 'تەباه', 'ئیلاه', 'ئەللاه', 'ئەڵڵاه', 'ئاللاه',
  'فەقیه', 'فیقه', 'ئاگاه', 'نیگاه', 'گاه', 'ماه', 'جاه', 'سپاه', 'سوپاه', 'پەناه', 'کوتاه',
  'خانەقاه', 'بارگاه', 'دەرگاه', 'ڕێگاه', 'ئیشتباه', 'ئیشتیباه', 'ئیکراه', 'وەجه',
];
