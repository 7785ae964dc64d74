// Writes bench/data/align/udhr/<language>-eng.tsv: the Universal Declaration of Human Rights (the
// `udhr` package, copyright-free) in another language beside English, one paragraph or heading a
// line, paired by their place in the preamble or article. A section whose paragraphs do not
// pair one to one in number is left out, so every line is a gold 1-1 pair; the benches perturb
// these (merges, splits, omissions) to test alignment on language pairs other than Sorani-English.
//   npm run build:udhr-sets
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Parser } from 'htmlparser2';
import { UDHR_LANGUAGES } from '../bench/align-data';

/** A declaration's text blocks (headings, paragraphs, list items) by section: the preamble, then each article. */
function sections(html: string): string[][] {
  const found: string[][] = [];
  let block: string | undefined;
  const parser = new Parser({
    onopentag(name) {
      if (name === 'header' || name === 'article') found.push([]);
      if (name === 'h2' || name === 'p' || name === 'li') block = '';
    },
    ontext(text) {
      if (block !== undefined) block += text;
    },
    onclosetag(name) {
      if ((name === 'h2' || name === 'p' || name === 'li') && block !== undefined) {
        const text = block.replace(/\s+/gu, ' ').trim();
        if (text !== '' && found.length > 0) found[found.length - 1]?.push(text);
        block = undefined;
      }
    },
  }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  return found;
}

const declaration = (code: string): string => readFileSync(new URL(`../node_modules/udhr/declaration/${code}.html`, import.meta.url), 'utf8');
const english = sections(declaration('eng'));
const out = new URL('../bench/data/align/udhr/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const [code, name] of UDHR_LANGUAGES) {
  const other = sections(declaration(code));
  const lines = [`# ${name} and English: the Universal Declaration of Human Rights (udhr ${code}.html, eng.html), one block a line, paired by place`];
  let left = 0;
  for (const [k, section] of other.entries()) {
    const englishSection = english[k] ?? [];
    if (section.length !== englishSection.length) {
      left += 1;
      continue;
    }
    for (const [i, text] of section.entries()) lines.push(`${text}\t${englishSection[i] ?? ''}`);
  }
  writeFileSync(new URL(`${code}-eng.tsv`, out), `${lines.join('\n')}\n`);
  console.log(`${code}: ${lines.length - 1} pairs, ${left} section(s) left out`);
}
