// npm run build:glossary: corpus/glossary/political.ckb-en.tsv (edited by hand) → the TBX that ships.
import { readFileSync, writeFileSync } from 'node:fs';
import { readDelimitedGlossary, toGlossaryEntries, writeTbx } from '../shared/glossary';

export const GLOSSARY_TSV = new URL('../corpus/glossary/political.ckb-en.tsv', import.meta.url);
export const GLOSSARY_TBX = new URL('../corpus/glossary/political.ckb-en.tbx', import.meta.url);

export function buildGlossaryTbx(): string {
  const entries = toGlossaryEntries(readDelimitedGlossary(readFileSync(GLOSSARY_TSV, 'utf8'), '\t'), 'pol');
  return writeTbx(entries);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  writeFileSync(GLOSSARY_TBX, buildGlossaryTbx());
  console.log(`written ${GLOSSARY_TBX.pathname}`);
}
