import { ApiError, parseInput, type EditResult, type PirdApi } from '../../shared/api';
import { alignTranslationSteps, runPaced, realignSteps } from '../../shared/align';
import { OperationError, applyOperation, hasPersonWork, type Operation, type Splice, type Unit } from '../../shared/project';
import { qaSegmentOf, translationDigests, translationsElsewhere, type QaSegment, type TranslationDigests } from '../../shared/qa';
import { sentences } from '../../shared/text';
import { alignResources, extractOrRefuse, type ServiceContext } from './service-context';
import { alignmentPace, yieldTurn } from './jobs';

type DocumentMethods = Pick<
  PirdApi,
  'getDocument' | 'getUnits' | 'getRevision' | 'getTranslationsElsewhere' | 'updateTarget' | 'setStatus' | 'edit' | 'alignTranslation' |
  'realign' | 'undo' | 'redo'
>;

function* segmentsOf(units: Iterable<Unit>): Generator<QaSegment> {
  for (const unit of units) yield qaSegmentOf(unit);
}

/** Reading and changing documents: every change an operation with an inverse, on disk before it is answered. */
export function createDocumentApi(ctx: ServiceContext): DocumentMethods {
  const { documents, library, undo } = ctx;
  /** How many outside changes each document's undo steps were made after: more means they no longer fit. */
  const undoMadeAfter = new Map<string, number>();

  /** Approving and rejecting are a reviewer's moves (settings.role). */
  async function checkRole(operation: Operation): Promise<void> {
    const reviewing = (operation.kind === 'set-status' || operation.kind === 'set-status-many') &&
      (operation.status === 'approved' || operation.status === 'rejected');
    if (reviewing && (await ctx.settings.read()).role !== 'reviewer') {
      throw new ApiError('not-allowed', `only a reviewer can mark a segment ${operation.status}`);
    }
  }

  /**
   * Applies an operation to the latest state on disk, records its inverse for undo, and answers
   * once its journal record is flushed. With `baseRevision`, an operation on a unit that another
   * process changed since is refused.
   */
  async function applyTo(
    documentId: string, next: Operation | (() => Operation | undefined), record: 'edit' | 'undo' | 'redo', baseRevision?: number,
  ): Promise<EditResult | null> {
    if (record === 'edit' && typeof next !== 'function') await checkRole(next);
    const stamp = ctx.now().toISOString();
    const author = await ctx.settings.author();
    const store = documents.store(documentId);
    let operation: Operation | undefined;
    let taken: Operation | undefined; // an undo or redo step taken off its stack
    const outcome = await documents.change(documentId, (document) => {
      if ((undoMadeAfter.get(documentId) ?? 0) !== store.outsideChanges) {
        undo.clear(documentId); // their positions were taken before another process changed the document
        undoMadeAfter.set(documentId, store.outsideChanges);
      }
      operation = typeof next === 'function' ? (taken = next()) : next;
      if (!operation) throw new NothingToDo();
      const touched = baseRevision === undefined ? undefined : store.touchedSince(baseRevision);
      let applied;
      try {
        applied = applyOperation(document, operation, { now: stamp, author, newUnitId: () => ctx.freshId('u') });
      } catch (error) {
        if (error instanceof OperationError) {
          if (error.code === 'not-found' && touched && touched.size > 0) throw changedElsewhere();
          throw new ApiError(error.code, error.message);
        }
        throw error;
      }
      const { index, deleteCount } = applied.change;
      if (touched?.size && document.units.slice(index, index + deleteCount).some((unit) => touched.has(unit.id))) throw changedElsewhere();
      return { document: { ...document, units: [...applied.units], updatedAt: stamp }, splice: applied.change, applied };
    }).catch((error: unknown) => {
      if (error instanceof NothingToDo) return undefined;
      // Not applied (refused, or the disk would not take it): an undo or redo step goes back where it was.
      if (taken?.kind === 'splice' && record !== 'edit') undo.putBack(documentId, taken, record);
      throw error;
    });
    if (!outcome || !operation) return null;
    undo.record(documentId, operation, outcome.applied.inverse, record);
    return { change: outcome.applied.change as EditResult['change'], ...undo.state(documentId), revision: outcome.revision };
  }

  /**
   * A splice worked out on the document at `revision` (an alignment takes a while, outside the
   * lock): applied only if the document is still at that revision.
   */
  const spliceOn = (documentId: string, revision: number, change: Splice) => (): Operation => {
    if (documents.store(documentId).revision !== revision) throw changedElsewhere();
    return { kind: 'splice', ...change };
  };

  const edited = async (result: Promise<EditResult | null>): Promise<EditResult> => {
    const answer = await result;
    if (!answer) throw new ApiError('internal', 'the edit changed nothing');
    return answer;
  };

  const changedUnit = (result: EditResult): Unit => {
    const unit = result.change.units[0];
    if (!unit) throw new ApiError('internal', 'the edit changed no unit');
    return unit;
  };

  /**
   * Digests of each document's translations for the consistency check, kept until the document
   * changes. A document not open is read a unit at a time, as an export reads it.
   */
  const digestCache = new Map<string, { updatedAt: string; digests: TranslationDigests }>();
  async function translationDigestsOf(summary: { id: string; updatedAt: string }): Promise<TranslationDigests> {
    const cached = digestCache.get(summary.id);
    if (cached?.updatedAt === summary.updatedAt) return cached.digests;
    const document = await documents.exported(summary.id);
    const digests = translationDigests(segmentsOf(document.units));
    digestCache.set(summary.id, { updatedAt: summary.updatedAt, digests });
    return digests;
  }

  return {
    async getDocument(input) {
      const { documentId, withSourceText, firstUnits } = parseInput('getDocument', input);
      const document = await documents.read(documentId);
      return {
        ...document,
        sourceText: withSourceText ? document.sourceText : '',
        units: firstUnits === undefined ? document.units : document.units.slice(0, firstUnits),
        unitCount: document.units.length,
        revision: documents.store(documentId).revision,
        ...undo.state(documentId),
      };
    },
    async getUnits(input) {
      const { documentId, start, count } = parseInput('getUnits', input);
      const document = await documents.read(documentId);
      return { units: document.units.slice(start, start + count), unitCount: document.units.length, revision: documents.store(documentId).revision };
    },
    async getRevision(input) {
      const { documentId } = parseInput('getRevision', input);
      await documents.read(documentId);
      return { revision: documents.store(documentId).revision };
    },
    async getTranslationsElsewhere(input) {
      const { documentId, maxUnits } = parseInput('getTranslationsElsewhere', input);
      const project = await library.projectOf(documentId);
      const otherUnits = project.documents.reduce((sum, d) => sum + (d.id === documentId ? 0 : d.units), 0);
      if (maxUnits !== undefined && otherUnits > maxUnits) return { complete: false, documents: [], rows: [] };
      const others = [];
      let own: TranslationDigests | undefined;
      for (const summary of project.documents) {
        const digests = await translationDigestsOf(summary);
        if (summary.id === documentId) own = digests;
        else others.push({ name: summary.name, digests });
        // A large project takes a while the first time: other requests go in between documents.
        await yieldTurn();
      }
      return { complete: true, ...translationsElsewhere(own ?? translationDigests([]), others) };
    },
    async updateTarget(input) {
      const { documentId, unitId, text } = parseInput('updateTarget', input);
      return changedUnit(await edited(applyTo(documentId, { kind: 'set-target', unitId, text }, 'edit')));
    },
    async setStatus(input) {
      const { documentId, unitId, status } = parseInput('setStatus', input);
      return changedUnit(await edited(applyTo(documentId, { kind: 'set-status', unitId, status }, 'edit')));
    },
    async edit(input) {
      const { documentId, operation, baseRevision } = parseInput('edit', input);
      return edited(applyTo(documentId, operation, 'edit', baseRevision));
    },
    async alignTranslation(input) {
      const { documentId, fileName, contentBase64, presegmented, existing, baseRevision, jobId } = parseInput('alignTranslation', input);
      return ctx.jobs.run(jobId, 'align', async (job) => {
        // Counted in the document's sentences: none while the translation is read and segmented,
        // then as the alignment goes (it stops between its steps for a cancel); nothing is written before the end.
        const document = await documents.read(documentId);
        const sentenceCount = sourceSentences(document.units);
        job.report(0, sentenceCount, 'sentences');
        const extracted = await extractOrRefuse(fileName, Buffer.from(contentBase64, 'base64'));
        job.checkpoint();
        const translation = presegmented
          ? extracted.text.split(/\r?\n/u).map((line) => line.trim()).filter((line) => line !== '').map((text) => ({ text }))
          : sentences(extracted.text, { lang: 'en' }).map(({ text, paragraph }) => ({ text, paragraph }));
        if (translation.length === 0) throw new ApiError('invalid-input', `${fileName}: no text found`);
        if (existing === 'ask') {
          const worked = document.units.filter(hasPersonWork).length;
          if (worked > 0) {
            throw new ApiError('needs-decision', `${worked} segment${worked === 1 ? ' is' : 's are'} already translated, confirmed or approved: say whether to keep them or replace them with the imported translation`);
          }
        }
        job.checkpoint();
        const revision = documents.store(documentId).revision;
        const decision = existing === 'ask' ? undefined : { mode: existing, at: ctx.now().toISOString(), by: await ctx.settings.author() };
        const steps = alignTranslationSteps(document.units, translation, await alignResources(ctx, document.projectId), { newUnitId: () => ctx.freshId('u') }, decision);
        const change = await runPaced(steps, alignmentPace(job, sentenceCount));
        await yieldTurn();
        job.checkpoint();
        job.report(sentenceCount, sentenceCount, 'sentences');
        return { ...(await edited(applyTo(documentId, spliceOn(documentId, revision, change), 'edit', baseRevision))), targetSentences: translation.length };
      });
    },
    async realign(input) {
      const { documentId, baseRevision, jobId } = parseInput('realign', input);
      return ctx.jobs.run(jobId, 'realign', async (job) => {
        const document = await documents.read(documentId);
        const sentenceCount = sourceSentences(document.units);
        job.report(0, sentenceCount, 'sentences');
        const revision = documents.store(documentId).revision;
        const steps = realignSteps(document.units, await alignResources(ctx, document.projectId), { newUnitId: () => ctx.freshId('u') });
        const change = await runPaced(steps, alignmentPace(job, sentenceCount));
        await yieldTurn();
        job.checkpoint();
        job.report(sentenceCount, sentenceCount, 'sentences');
        return edited(applyTo(documentId, spliceOn(documentId, revision, change), 'edit', baseRevision));
      });
    },
    async undo(input) {
      const { documentId, baseRevision } = parseInput('undo', input);
      return applyTo(documentId, () => undo.nextUndo(documentId), 'undo', baseRevision);
    },
    async redo(input) {
      const { documentId, baseRevision } = parseInput('redo', input);
      return applyTo(documentId, () => undo.nextRedo(documentId), 'redo', baseRevision);
    },
  };
}

/** The source sentences of a document's units: what an alignment's progress counts. */
const sourceSentences = (units: readonly Unit[]): number => units.reduce((sum, unit) => sum + unit.source.length, 0);

/** Undo or redo with no step left: answered with null, as before. */
class NothingToDo extends Error {}

const changedElsewhere = (): ApiError =>
  new ApiError('conflict', 'this segment was changed in another window or by another Pird process; the document was reloaded with that change, and yours was not applied');
