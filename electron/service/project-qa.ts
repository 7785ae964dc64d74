import type { PirdApi } from '../../shared/api';
import { entriesForProject, termBase } from '../../shared/glossary';
import type { Project } from '../../shared/project';
import { checkSegment, qaContext, qaSegmentOf, type QaIssue, type QaSegment } from '../../shared/qa';
import { yieldTurn, type Job } from './jobs';

/** A finding of a project's quality checks, with the document and the 0-based segment it is in. */
export interface ProjectQaFinding {
  readonly document: string;
  readonly documentName: string;
  readonly segment: number;
  readonly issue: QaIssue;
}

/**
 * Every document of a project (or those named) checked as the editor checks it: the project's QA
 * settings, its glossary, and the translations its other documents give the same sources.
 */
export async function projectQaFindings(api: PirdApi, project: Project, documentIds?: ReadonlySet<string>, job?: Job): Promise<ProjectQaFinding[]> {
  const glossary = termBase(entriesForProject((await api.getGlossary({})).entries, project.id));
  const found: ProjectQaFinding[] = [];
  const checked = project.documents.filter((summary) => !documentIds || documentIds.has(summary.id));
  const total = checked.reduce((sum, summary) => sum + summary.units, 0);
  let done = 0;
  for (const summary of checked) {
    job?.checkpoint();
    job?.report(done, total, 'units');
    const document = await api.getDocument({ documentId: summary.id, withSourceText: false });
    const elsewhere = await api.getTranslationsElsewhere({ documentId: summary.id });
    const segments = document.units.map(qaSegmentOf);
    const context = qaContext(segments, { settings: project.qa, termBase: glossary, elsewhere });
    // Checked a part at a time: a 50,000-segment document shows its progress and stops when asked.
    for (let from = 0; from < segments.length; from += SEGMENTS_PER_STEP) {
      if (from > 0) {
        await yieldTurn();
        job?.checkpoint();
        job?.report(done + from, total, 'units');
      }
      for (let segment = from; segment < Math.min(segments.length, from + SEGMENTS_PER_STEP); segment++) {
        for (const issue of checkSegment(segments[segment] as QaSegment, context, segment)) {
          found.push({ document: summary.id, documentName: summary.name, segment, issue });
        }
      }
    }
    done += summary.units;
  }
  return found;
}

const SEGMENTS_PER_STEP = 2000;
