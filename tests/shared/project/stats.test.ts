import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../shared/formats';
import { applyOperation, buildDocument, documentStats, statsCsv, sumStats } from '../../../shared/project';

const ctx = { now: '2026-11-25T10:00:00.000Z', author: 'r', newUnitId: () => 'x' };

describe('progress statistics', () => {
  it('counts segments and source words by status, and the latest activity', () => {
    const document = buildDocument({
      id: 'd', projectId: 'p', name: 'Report, "draft"', sourceLang: 'ckb', targetLang: 'en',
      sourceText: 'کازمی دەچێتە واشنتن. ترەمپ چاوەڕێیە. باسی هێزەکان دەکەن.',
      translations: ['Kadhimi goes to Washington.'], now: '2026-11-24T09:00:00.000Z', author: 'demo',
    });
    const drafted = applyOperation(document, { kind: 'set-target', unitId: 'u2', text: 'Trump waits.' }, ctx);
    const stats = documentStats({ ...document, units: [...drafted.units] });
    expect(stats.total).toEqual({ segments: 3, words: 8 });
    expect(stats.byStatus.translated).toEqual({ segments: 1, words: 3 });
    expect(stats.byStatus.draft).toEqual({ segments: 1, words: 2 });
    expect(stats.byStatus.new).toEqual({ segments: 1, words: 3 });
    expect(stats.lastActivity).toBe('2026-11-25T10:00:00.000Z');
    const project = sumStats('p', 'Project', [stats, stats]);
    expect(project.total).toEqual({ segments: 6, words: 16 });
    const csv = statsCsv([stats], project);
    const lines = csv.split('\r\n');
    expect(lines[0]?.startsWith('document,segments,words,new segments,new words,draft segments')).toBe(true);
    expect(lines[1]?.startsWith('"Report, ""draft""",3,8,1,3,1,2,1,3')).toBe(true);
    expect(lines[2]?.startsWith('Project,6,16,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes CSV fields per RFC 4180', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('کازمی')).toBe('کازمی');
    expect(toCsv([['a', 1], ['b', 2]])).toBe('a,1\r\nb,2\r\n');
  });
});
