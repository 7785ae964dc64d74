import { describe, expect, it } from 'vitest';
import { bandAround, keepingBeads, widenAround } from '../../../shared/align/band';

describe('the band the aligner searches', () => {
  it('widens only around the rows where the path ran along its edge', () => {
    const widths = new Int32Array(1001).fill(6);
    expect(widenAround(widths, [500], 1000)).toBe(true);
    expect(widths[500]).toBe(12);
    expect(widths[500 - 32]).toBe(12);
    expect(widths[500 + 32]).toBe(12);
    expect(widths[500 - 33]).toBe(6);
    expect(widths[0]).toBe(6);
    expect(widths[1000]).toBe(6);
    // At its widest a row widens no further: nothing more to try.
    const widest = new Int32Array(11).fill(10);
    expect(widenAround(widest, [5], 10)).toBe(false);
  });

  it('narrows to the beads kept: rows before a kept bead end at it, rows after start after it', () => {
    // 10 sentences a side on the diagonal, half-width 3; the 1-1 bead from (4,4) to (5,5) is kept.
    const band = keepingBeads(bandAround([], 10, 10, 3), [[4, 4, 5, 5]]);
    expect(band.hi[4]).toBe(4);
    expect(band.lo[5]).toBe(5);
    for (let i = 0; i <= 4; i++) expect(band.hi[i]).toBeLessThanOrEqual(4);
    for (let i = 5; i <= 10; i++) expect(band.lo[i]).toBeGreaterThanOrEqual(5);
    // Row 4 still holds the lone English sentences before the kept bead, row 5 those after it.
    expect(band.lo[4]).toBeLessThan(4);
    expect(band.hi[5]).toBeGreaterThan(5);
    expect(band.keptHi?.[4]).toBe(1);
    expect(band.keptLo?.[5]).toBe(1);
    expect(band.keptLo?.[4]).toBe(0);
    // The edges stay in order.
    for (let i = 1; i <= 10; i++) {
      expect(band.lo[i] ?? 0).toBeGreaterThanOrEqual(band.lo[i - 1] ?? 0);
      expect(band.hi[i] ?? 0).toBeGreaterThanOrEqual(band.hi[i - 1] ?? 0);
    }
  });
});
