import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FormatError } from '../../../shared/formats';
import { readDelimitedGlossary, readGlossaryFile, readTbx, toGlossaryEntries, writeDelimitedGlossary, writeTbx } from '../../../shared/glossary';

const MARTIF_2008 = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en">
  <martifHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="c1">
      <descrip type="subjectField">institutions</descrip>
      <langSet xml:lang="ckb">
        <tig><term>سەرۆکوەزیران</term><termNote type="partOfSpeech">noun</termNote></tig>
        <tig><term>سەرۆک وەزیران</term></tig>
      </langSet>
      <langSet xml:lang="en-GB">
        <tig><term>prime minister</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <tig><term>premier</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
        <tig><term>PM</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
      </langSet>
    </termEntry>
    <termEntry id="c2">
      <langSet xml:lang="ku"><tig><term>حەشدی شەعبی</term></tig></langSet>
      <langSet xml:lang="en"><tig><term>Popular Mobilization Forces &amp; allies</term></tig></langSet>
    </termEntry>
  </body></text>
</martif>`;

const TBX_2019 = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="x">
      <langSec xml:lang="ckb-Arab-IQ"><termSec><term>پێشمەرگە</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>Peshmerga</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>`;

describe('TBX', () => {
  it('reads the 2008 martif form: variants, statuses, subject field, part of speech, language subtags', () => {
    const [pm, pmf] = readTbx(MARTIF_2008);
    expect(pm).toMatchObject({
      sourceTerms: ['سەرۆکوەزیران', 'سەرۆک وەزیران'],
      targetTerms: [{ text: 'prime minister', status: 'preferred' }, { text: 'premier', status: 'admitted' }, { text: 'PM', status: 'forbidden' }],
      domain: 'institutions', partOfSpeech: 'noun', line: 6,
    });
    expect(pmf?.targetTerms).toEqual([{ text: 'Popular Mobilization Forces & allies', status: 'preferred' }]);
  });

  it('reads the 2019 tbx form', () => {
    expect(readTbx(TBX_2019)).toMatchObject([{ sourceTerms: ['پێشمەرگە'], targetTerms: [{ text: 'Peshmerga', status: 'preferred' }] }]);
  });

  it('writes TBX-Basic 2019 that an independent parser reads and that reads back the same', () => {
    const entries = toGlossaryEntries(readTbx(MARTIF_2008), 'c');
    const xml = writeTbx([{ ...entries[0]!, note: 'Head of government\u000B, "not" <head of state>' }, entries[1]!]);
    const tree = new XMLParser({ ignoreAttributes: false }).parse(xml) as { tbx: { '@_type': string; '@_xmlns': string; text: { body: { conceptEntry: unknown[] } } } };
    expect(tree.tbx['@_type']).toBe('TBX-Basic');
    expect(tree.tbx['@_xmlns']).toBe('urn:iso:std:iso:30042:ed-2');
    expect(tree.tbx.text.body.conceptEntry).toHaveLength(2);
    expect(xml).not.toContain('\u000B');
    const back = readTbx(xml);
    expect(back.map((e) => [e.sourceTerms, e.targetTerms])).toEqual(entries.map((e) => [e.sourceTerms, e.targetTerms]));
    expect(back[0]?.note).toBe('Head of government, "not" <head of state>');
  });

  it('refuses entity bombs and external entities, and names the line of a truncated file', () => {
    const bomb = `<?xml version="1.0"?>
<!DOCTYPE martif [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<martif><text><body><termEntry><langSet xml:lang="en"><tig><term>&b;</term></tig></langSet></termEntry></body></text></martif>`;
    expect(() => readTbx(bomb)).toThrow(FormatError);
    const external = `<?xml version="1.0"?>
<!DOCTYPE martif [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<martif><text><body><termEntry><langSet xml:lang="en"><tig><term>&x;</term></tig></langSet></termEntry></body></text></martif>`;
    expect(() => readTbx(external)).toThrow(/entity/);
    const truncated = TBX_2019.slice(0, TBX_2019.indexOf('</termSec></langSec>\n      <langSec xml:lang="en">'));
    expect(() => readTbx(truncated)).toThrow(/^line 6:/);
    expect(() => readTbx('<html><body/></html>')).toThrow(/not a TBX root/);
  });
});

describe('CSV and TSV glossaries', () => {
  it('maps a header to fields, several terms to a cell, and keeps line numbers', () => {
    const csv = 'Source,Target,Forbidden,Domain,Note,Extra\r\n"سوننە|سونە",Sunni,,religion,"A note, with a comma",x\r\nمیلیشیا,"militia; armed faction",,security,,\r\n';
    const [sunni, militia] = readDelimitedGlossary(csv, ',');
    expect(sunni).toMatchObject({ sourceTerms: ['سوننە', 'سونە'], targetTerms: [{ text: 'Sunni', status: 'preferred' }], domain: 'religion', note: 'A note, with a comma', line: 2 });
    expect(militia?.targetTerms).toEqual([{ text: 'militia', status: 'preferred' }, { text: 'armed faction', status: 'admitted' }]);
    const tsv = 'ckb\ten\tforbidden\nکازمی\tKadhimi\tKazemi\n';
    expect(readGlossaryFile('terms.tsv', tsv)[0]?.targetTerms).toEqual([{ text: 'Kadhimi', status: 'preferred' }, { text: 'Kazemi', status: 'forbidden' }]);
  });

  it('reads and writes the Sorani terms that are also everyday words, in TSV, CSV and TBX alike', () => {
    const tsv = 'source\ttarget\tusage\nپارتی دیموکراتی کوردستان|پارتی\tKDP\tپارتی\nکۆبوونەوە\tmeeting\tcommon word\nحکومەت\tgovernment\t\n';
    const entries = toGlossaryEntries(readDelimitedGlossary(tsv, '\t'), 'u');
    expect(entries.map((entry) => entry.commonWords)).toEqual([['پارتی'], ['کۆبوونەوە'], undefined]);
    for (const delimiter of ['\t', ','] as const) {
      expect(readDelimitedGlossary(writeDelimitedGlossary(entries, delimiter), delimiter).map((entry) => entry.commonWords)).toEqual([['پارتی'], ['کۆبوونەوە'], undefined]);
    }
    const xml = writeTbx(entries);
    expect(xml).toContain('<termSec><term>پارتی</term><termNote type="usageNote">');
    expect(readTbx(xml).map((entry) => entry.commonWords)).toEqual([['پارتی'], ['کۆبوونەوە'], undefined]);
  });

  it('names the line of what is wrong and imports nothing', () => {
    expect(() => readDelimitedGlossary('source,target\nکازمی,Kadhimi\nحکومەت,\n', ',')).toThrow(/^line 3: a row without/);
    expect(() => readDelimitedGlossary('word,meaning\nکازمی,Kadhimi\n', ',')).toThrow(/^line 1: the header needs/);
    expect(() => readDelimitedGlossary('source,target\n"کازمی,Kadhimi\nحکومەت,government\n', ',')).toThrow(/^line 2: a quoted field is never closed/);
    expect(() => readGlossaryFile('terms.docx', '')).toThrow(/cannot tell the format/);
  });
});
