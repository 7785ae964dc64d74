import { rankMatches, type MatchPenalties } from '../../shared/tm';
import { jobWork, type CandidateOptions, type CandidateWork, type TmIndex } from './tm-index';

/** A segment to find the best match of, with the digests of its neighbours (for 101%). */
export interface SegmentQuery {
  readonly unit: string;
  readonly source: string;
  readonly before?: number | undefined;
  readonly after?: number | undefined;
}

/** What an analysis or a pre-translation keeps of a segment's best match. */
export interface BestMatch {
  readonly score: number;
  /** The stored translation, its numbers adapted to the segment. */
  readonly suggestion: string;
  readonly memory: string;
  readonly document: string;
  readonly unit: string;
}

/** How a job looks for matches: the same for every segment of it. */
export interface BestMatchJob {
  readonly project: string;
  readonly document: string;
  readonly threshold: number;
  readonly penalties: MatchPenalties;
  readonly candidates: CandidateOptions;
}

/** The best match of each segment (undefined where none reaches the threshold), in order; the job's work shared between them. */
export function* bestMatchesIn(index: TmIndex, job: BestMatchJob, segments: readonly SegmentQuery[], work: CandidateWork = jobWork()): Generator<BestMatch | undefined> {
  for (const segment of segments) {
    const candidates = index.candidates(segment.source, job.candidates, work).filter((entry) => !(entry.document === job.document && entry.unit === segment.unit));
    const context = { before: segment.before, after: segment.after };
    const [top] = rankMatches(segment.source, candidates, { project: job.project, threshold: job.threshold, limit: 1, penalties: job.penalties, context });
    yield top && { score: top.score, suggestion: top.suggestion, memory: top.memory, document: top.document, unit: top.unit };
  }
}
