import { ANALYSIS_BANDS, ApiError, parseInput, type AnalysisBands, type PirdApi } from '../../shared/api';
import { unitSourceText, unitTargetText, type DocumentFile, type Unit } from '../../shared/project';
import { countWords, matchingKey } from '../../shared/text';
import { matchBand, sentenceDigest } from '../../shared/tm';
import type { BestMatch, BestMatchJob, SegmentQuery } from '../tm/best-matches';
import type { DocumentAccess } from './document-access';
import type { LibraryAccess } from './library-access';
import { ANALYSIS_CANDIDATES } from '../tm/tm-index';
import { penaltiesOf, type TmAccess } from './tm-api';

const emptyBands = (): AnalysisBands =>
  Object.fromEntries(ANALYSIS_BANDS.map((band) => [band, { segments: 0, words: 0 }])) as AnalysisBands;

/** Analysis and pre-translation: each document's segments against the memory, one at a time. */
export function createTmJobs(
  tm: TmAccess, library: LibraryAccess, documents: DocumentAccess, edit: PirdApi['edit'],
): Pick<PirdApi, 'analyzeDocuments' | 'pretranslate'> {
  /**
   * The best match of each segment of a document (`wanted` picks the segments): `analysis` leaves
   * the document's own entries out and stops at the same sentence (an analysis wants bands only).
   */
  async function bestMatches(projectId: string, document: DocumentFile, threshold: number, wanted: (unit: Unit) => boolean, analysis: boolean): Promise<Map<string, BestMatch>> {
    const project = await library.project(projectId);
    const memories = ['', ...(project.tm?.memories ?? (await tm.memoryList()).map((memory) => memory.id))];
    const units = document.units;
    const sources = units.map(unitSourceText);
    const digests = sources.map(sentenceDigest);
    const segments: SegmentQuery[] = [];
    units.forEach((unit, k) => {
      const source = sources[k] as string;
      if (source.trim() !== '' && wanted(unit)) segments.push({ unit: unit.id, source, before: digests[k - 1], after: digests[k + 1] });
    });
    const job: BestMatchJob = {
      project: projectId, document: document.id, threshold, penalties: penaltiesOf(project.tm?.penalties),
      candidates: { memories, ...ANALYSIS_CANDIDATES, ...(analysis ? { notInDocument: document.id, exactEnough: true } : {}) },
    };
    const found = await tm.bestMatches(job, segments);
    const best = new Map<string, BestMatch>();
    segments.forEach((segment, k) => {
      const match = found[k];
      if (match) best.set(segment.unit, match);
    });
    return best;
  }

  return {
    async analyzeDocuments(input) {
      const { projectId, documentId } = parseInput('analyzeDocuments', input);
      const project = await library.project(projectId);
      const summaries = project.documents.filter((d) => documentId === undefined || d.id === documentId);
      if (documentId !== undefined && summaries.length === 0) throw new ApiError('not-found', `no document "${documentId}" in project "${project.name}"`);
      const total = emptyBands();
      const results = [];
      for (const summary of summaries) {
        const document = await documents.read(summary.id);
        const best = await bestMatches(projectId, document, 50, () => true, true);
        const bands = emptyBands();
        const seen = new Set<string>();
        for (const unit of document.units) {
          const source = unitSourceText(unit);
          if (source.trim() === '') continue;
          const key = matchingKey(source);
          const match = best.get(unit.id);
          // As Trados and memoQ count them: a context match first, then a repetition, then the match's band.
          const band = seen.has(key) && (match?.score ?? 0) < 101 ? 'repetitions' : matchBand(match?.score);
          seen.add(key);
          const words = countWords(source);
          for (const counts of [bands[band], total[band]]) {
            counts.segments++;
            counts.words += words;
          }
        }
        results.push({ id: document.id, name: document.name, bands });
      }
      return { documents: results, total };
    },
    async pretranslate(input) {
      const { projectId, documentId, min } = parseInput('pretranslate', input);
      const project = await library.project(projectId);
      const summaries = project.documents.filter((d) => documentId === undefined || d.id === documentId);
      if (documentId !== undefined && summaries.length === 0) throw new ApiError('not-found', `no document "${documentId}" in project "${project.name}"`);
      const results = [];
      for (const summary of summaries) {
        const document = await documents.read(summary.id);
        const best = await bestMatches(projectId, document, Math.min(min, 100), (unit) => unitTargetText(unit).trim() === '', false);
        const items = [...best].filter(([, match]) => match.score >= min).map(([unitId, match]) => ({
          unitId, text: match.suggestion, score: match.score, memory: match.memory, document: match.document, unit: match.unit,
        }));
        if (items.length > 0) await edit({ documentId: document.id, operation: { kind: 'pretranslate', items } });
        results.push({ id: document.id, filled: items.length });
      }
      return { filled: results.reduce((sum, d) => sum + d.filled, 0), documents: results };
    },
  };
}
