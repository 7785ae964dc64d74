import { ANALYSIS_BANDS, ApiError, parseInput, type AnalysisBands, type PirdApi } from '../../shared/api';
import { unitSourceText, unitTargetText, type DocumentFile, type DocumentSummary, type Unit } from '../../shared/project';
import { countWords, matchingKey } from '../../shared/text';
import { matchBand, sentenceDigest } from '../../shared/tm';
import type { BestMatch, BestMatchJob, SegmentQuery } from '../tm/best-matches';
import type { DocumentAccess } from './document-access';
import type { LibraryAccess } from './library-access';
import { ANALYSIS_CANDIDATES } from '../tm/tm-index';
import type { MatchWatch } from '../tm/analysis-pool';
import type { Job, JobRegistry } from './jobs';
import { penaltiesOf, type TmAccess } from './tm-api';

const emptyBands = (): AnalysisBands =>
  Object.fromEntries(ANALYSIS_BANDS.map((band) => [band, { segments: 0, words: 0 }])) as AnalysisBands;

/**
 * Counts a job's segments over several documents: each document's matched segments as the
 * matcher reports them, then the whole document once it is done.
 */
class SegmentCount {
  private before = 0;

  constructor(private readonly job: Job, private readonly total: number) {
    job.report(0, total, 'units');
  }

  /** A watch for the matching of one document of `units` segments. */
  document(units: number): MatchWatch & { done(): void } {
    let matched = 0;
    const report = () => this.job.report(Math.min(this.total, this.before + matched), this.total, 'units');
    return {
      advance: (segments) => {
        matched = Math.min(units, matched + segments);
        report();
      },
      checkpoint: () => this.job.checkpoint(),
      done: () => {
        this.before += units;
        matched = 0;
        report();
      },
    };
  }
}

/** Analysis and pre-translation: each document's segments against the memory, one at a time; both are jobs (progress in segments, a cancel stops them). */
export function createTmJobs(
  tm: TmAccess, library: LibraryAccess, documents: DocumentAccess, edit: PirdApi['edit'], jobs: JobRegistry,
): Pick<PirdApi, 'analyzeDocuments' | 'pretranslate'> {
  /**
   * The best match of each segment of a document (`wanted` picks the segments): `analysis` leaves
   * the document's own entries out and stops at the same sentence (an analysis wants bands only).
   */
  async function bestMatches(
    projectId: string, document: DocumentFile, threshold: number, wanted: (unit: Unit) => boolean, analysis: boolean, watch: MatchWatch,
  ): Promise<Map<string, BestMatch>> {
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
    const found = await tm.bestMatches(job, segments, watch);
    const best = new Map<string, BestMatch>();
    segments.forEach((segment, k) => {
      const match = found[k];
      if (match) best.set(segment.unit, match);
    });
    return best;
  }

  /** The project's documents a request names: all of them, or the one `documentId` says. */
  async function documentsAsked(projectId: string, documentId: string | undefined): Promise<DocumentSummary[]> {
    const project = await library.project(projectId);
    const summaries = project.documents.filter((d) => documentId === undefined || d.id === documentId);
    if (documentId !== undefined && summaries.length === 0) throw new ApiError('not-found', `no document "${documentId}" in project "${project.name}"`);
    return summaries;
  }

  return {
    async analyzeDocuments(input) {
      const { projectId, documentId, jobId } = parseInput('analyzeDocuments', input);
      return jobs.run(jobId, 'analysis', async (job) => {
        const summaries = await documentsAsked(projectId, documentId);
        const count = new SegmentCount(job, summaries.reduce((sum, d) => sum + d.units, 0));
        const total = emptyBands();
        const results = [];
        for (const summary of summaries) {
          const document = await documents.read(summary.id);
          const watch = count.document(document.units.length);
          const best = await bestMatches(projectId, document, 50, () => true, true, watch);
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
          watch.done();
          job.checkpoint();
          results.push({ id: document.id, name: document.name, bands });
        }
        return { documents: results, total };
      });
    },
    async pretranslate(input) {
      const { projectId, documentId, min, jobId } = parseInput('pretranslate', input);
      return jobs.run(jobId, 'pretranslate', async (job) => {
        const summaries = await documentsAsked(projectId, documentId);
        const count = new SegmentCount(job, summaries.reduce((sum, d) => sum + d.units, 0));
        // Every document's matches first (the long part, which a cancel stops), then the fills, each document one undoable step: a cancel leaves none half-filled.
        const planned = [];
        for (const summary of summaries) {
          const document = await documents.read(summary.id);
          const watch = count.document(document.units.length);
          const best = await bestMatches(projectId, document, Math.min(min, 100), (unit) => unitTargetText(unit).trim() === '', false, watch);
          const items = [...best].filter(([, match]) => match.score >= min).map(([unitId, match]) => ({
            unitId, text: match.suggestion, score: match.score, memory: match.memory, document: match.document, unit: match.unit,
          }));
          watch.done();
          job.checkpoint();
          planned.push({ id: document.id, items });
        }
        const results = [];
        for (const { id, items } of planned) {
          if (items.length > 0) await edit({ documentId: id, operation: { kind: 'pretranslate', items } });
          results.push({ id, filled: items.length });
        }
        return { filled: results.reduce((sum, d) => sum + d.filled, 0), documents: results };
      });
    },
  };
}
