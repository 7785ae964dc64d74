/** Every string of the UI, in English and Sorani. Keys must match (a test checks). */
export const en = {
  app: { title: 'Pird', tagline: 'Sorani → English workbench' },
  nav: { projects: 'Projects', noProjects: 'No projects yet.', documents_one: '{{count}} document', documents_other: '{{count}} documents' },
  document: {
    progress: '{{translated}} of {{total}} translated',
    source: 'Sorani source',
    target: 'English translation',
    status: 'Status',
    segment: 'Segment {{n}}',
    empty: 'Not translated yet',
    choose: 'Choose a document to start.',
  },
  status: { new: 'New', draft: 'Draft', translated: 'Translated', aligned: 'Aligned', approved: 'Approved', rejected: 'Rejected' },
  actions: {
    confirm: 'Confirm',
    confirmHint: 'Confirm and go to the next unconfirmed segment (Ctrl+Enter)',
    previous: 'Previous segment (Alt+↑)',
    next: 'Next segment (Alt+↓)',
  },
  save: { saved: 'All changes saved', saving: 'Saving…', failed: 'Not saved: {{message}}' },
  settings: { language: 'Interface language' },
  languages: { en: 'English', ckb: 'کوردی (سۆرانی)' },
  errors: {
    'corrupt-file': 'This file cannot be read and was left untouched: {{message}}',
    'newer-file': 'This file was written by a newer Pird: {{message}}',
    'not-found': 'Not found: {{message}}',
    'invalid-input': 'Invalid request: {{message}}',
    'not-allowed': 'Not allowed: {{message}}',
    internal: 'Something went wrong: {{message}}',
  },
  loading: 'Loading…',
} as const;

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const ckb: Shape<typeof en> = {
  app: { title: 'پرد', tagline: 'کارگەی وەرگێڕانی سۆرانی بۆ ئینگلیزی' },
  nav: { projects: 'پرۆژەکان', noProjects: 'هێشتا هیچ پرۆژەیەک نییە.', documents_one: '{{count}} بەڵگەنامە', documents_other: '{{count}} بەڵگەنامە' },
  document: {
    progress: '{{translated}} لە {{total}} وەرگێڕدراوە',
    source: 'دەقی سۆرانی',
    target: 'وەرگێڕانی ئینگلیزی',
    status: 'دۆخ',
    segment: 'بڕگەی {{n}}',
    empty: 'هێشتا وەرنەگێڕدراوە',
    choose: 'بەڵگەنامەیەک هەڵبژێرە بۆ دەستپێکردن.',
  },
  status: { new: 'نوێ', draft: 'ڕەشنووس', translated: 'وەرگێڕدراو', aligned: 'هاوتاکراو', approved: 'پەسەندکراو', rejected: 'ڕەتکراوە' },
  actions: {
    confirm: 'پشتڕاستکردنەوە',
    confirmHint: 'پشتڕاستی بکەرەوە و بڕۆ بۆ بڕگەی داهاتووی پشتڕاستنەکراو (Ctrl+Enter)',
    previous: 'بڕگەی پێشوو (Alt+↑)',
    next: 'بڕگەی داهاتوو (Alt+↓)',
  },
  save: { saved: 'هەموو گۆڕانکارییەکان پاشەکەوت کران', saving: 'پاشەکەوت دەکرێت…', failed: 'پاشەکەوت نەکرا: {{message}}' },
  settings: { language: 'زمانی ڕووکار' },
  languages: { en: 'English', ckb: 'کوردی (سۆرانی)' },
  errors: {
    'corrupt-file': 'ئەم پەڕگەیە ناخوێندرێتەوە و دەستی لێ نەدرا: {{message}}',
    'newer-file': 'ئەم پەڕگەیە بە وەشانێکی نوێتری پرد نووسراوە: {{message}}',
    'not-found': 'نەدۆزرایەوە: {{message}}',
    'invalid-input': 'داواکارییەکی نادروست: {{message}}',
    'not-allowed': 'ڕێگەپێنەدراو: {{message}}',
    internal: 'هەڵەیەک ڕوویدا: {{message}}',
  },
  loading: 'بار دەکرێت…',
};
