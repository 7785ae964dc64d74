import { describe, expect, it } from 'vitest';
import { documentNameFor } from '../../../shared/project';

describe('the name of an imported document', () => {
  it('is the file name without its folder and extension', () => {
    expect(documentNameFor('kadhimi-visit.docx', [])).toBe('kadhimi-visit');
    expect(documentNameFor('C:\\\\reports\\\\old-report.TXT', [])).toBe('old-report');
    expect(documentNameFor('notes.2020.md', [])).toBe('notes.2020');
    expect(documentNameFor('data.csv', [])).toBe('data.csv');
  });

  it('is made unique in the project with a number', () => {
    expect(documentNameFor('report.txt', ['report'])).toBe('report (2)');
    expect(documentNameFor('report.docx', ['Report', 'report (2)'])).toBe('report (3)');
    expect(documentNameFor('.txt', [])).toBe('.txt');
  });
});
