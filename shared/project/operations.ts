import { z } from 'zod';
import { Id, type DocumentFile, type Sentence, type Unit } from './model';
import { UNIT_STATUSES, canMove, isDone, statusAfterEdit, type UnitStatus } from './status';

/**
 * Every change to a document's units is an operation. Applying one yields the new units and its
 * inverse, and the inverse of every operation is a splice (replace units [index, index+n) by
 * others). Undo, redo and the history all come from this one record.
 */
export const SIDES = ['source', 'target'] as const;
export type Side = (typeof SIDES)[number];

export const OperationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('set-target'), unitId: Id, text: z.string().max(100_000) }),
  z.object({ kind: z.literal('set-source'), unitId: Id, text: z.string().min(1).max(100_000) }),
  z.object({
    kind: z.literal('set-status'), unitId: Id, status: z.enum(UNIT_STATUSES), note: z.string().max(2000).optional(),
    /** Approving over quality errors: their codes, recorded in the history with the note that says why. */
    override: z.array(z.string().max(100)).min(1).max(50).optional(),
  }),
  /** Splits the unit's source (and, optionally, its target) at offsets into their joined texts. */
  z.object({
    kind: z.literal('split'), unitId: Id, sourceAt: z.number().int().positive(), targetAt: z.number().int().nonnegative().optional(),
  }),
  /** Merges the unit with the one after it. */
  z.object({ kind: z.literal('merge-next'), unitId: Id }),
  /** One status for many units (a reviewer's batch approval); all or nothing. */
  z.object({ kind: z.literal('set-status-many'), unitIds: z.array(Id).min(1).max(100_000), status: z.enum(UNIT_STATUSES) }),
  /** New targets for many units at once (a find/replace), one undo step. */
  z.object({
    kind: z.literal('set-targets'),
    items: z.array(z.object({ unitId: Id, text: z.string().max(100_000) })).min(1).max(100_000),
  }),
  /** Translation memory matches put into empty segments, each with where it came from; one undo step. */
  z.object({
    kind: z.literal('pretranslate'),
    items: z.array(z.object({
      unitId: Id, text: z.string().min(1).max(100_000), score: z.number().int().min(0).max(101),
      memory: z.string().max(200), document: z.string().max(200), unit: z.string().max(200),
    })).min(1).max(100_000),
  }),
  /** Alignment: moves a unit's first (up) or last (down) sentence of one side into the unit before or after it. */
  z.object({ kind: z.literal('shift'), unitId: Id, side: z.enum(SIDES), direction: z.enum(['up', 'down']) }),
  /** Alignment: splits one sentence of a unit in two at an offset into that sentence. */
  z.object({
    kind: z.literal('split-sentence'), unitId: Id, side: z.enum(SIDES), sentence: z.number().int().nonnegative(), at: z.number().int().positive(),
  }),
  /** Alignment: gives one side of a unit an empty partner: those sentences move into a unit of their own after it. */
  z.object({ kind: z.literal('detach'), unitId: Id, side: z.enum(SIDES) }),
  /** Alignment: confirms (or unconfirms) links, which realigning then keeps. */
  z.object({ kind: z.literal('confirm-links'), unitIds: z.array(Id).min(1).max(100_000), confirmed: z.boolean() }),
  /** Ignores a quality warning on a unit (or takes it back into account), recorded in its history. */
  z.object({ kind: z.literal('ignore-qa'), unitId: Id, code: z.string().min(1).max(100), ignored: z.boolean() }),
  z.object({ kind: z.literal('add-comment'), unitId: Id, text: z.string().trim().min(1).max(10_000), replyTo: Id.optional() }),
  z.object({ kind: z.literal('resolve-comment'), unitId: Id, commentId: Id, resolved: z.boolean() }),
]);

export interface Splice {
  readonly index: number;
  readonly deleteCount: number;
  readonly units: readonly Unit[];
}

/** What a user may ask for, plus the splice that undo and redo replay. */
export type Operation = z.infer<typeof OperationSchema> | ({ readonly kind: 'splice' } & Splice);

export interface OperationContext {
  readonly now: string;
  readonly author: string;
  /** A fresh id for a new unit or comment. */
  newUnitId(): string;
}

export interface Applied {
  readonly units: readonly Unit[];
  /** What changed, in the shape a client patches its copy with. */
  readonly change: Splice;
  /** The splice that undoes it. */
  readonly inverse: Splice;
}

export class OperationError extends Error {
  constructor(readonly code: 'not-found' | 'not-allowed', message: string) {
    super(message);
    this.name = 'OperationError';
  }
}

function indexOf(units: readonly Unit[], unitId: string): number {
  const index = units.findIndex((u) => u.id === unitId);
  if (index < 0) throw new OperationError('not-found', `no unit "${unitId}"`);
  return index;
}

function joined(sentences: readonly Sentence[]): string {
  return sentences.map((s) => s.text).join(' ');
}

function splice(units: readonly Unit[], change: Splice): Applied {
  const removed = units.slice(change.index, change.index + change.deleteCount);
  const next = [...units.slice(0, change.index), ...change.units, ...units.slice(change.index + change.deleteCount)];
  return { units: next, change, inverse: { index: change.index, deleteCount: change.units.length, units: removed } };
}

/** Changes several units as one splice over the range that holds them all. */
function changeMany(units: readonly Unit[], unitIds: readonly string[], change: (unit: Unit) => Unit): Applied {
  const wanted = new Set(unitIds);
  const indexes = unitIds.map((id) => indexOf(units, id));
  const first = Math.min(...indexes);
  const last = Math.max(...indexes);
  const range = units.slice(first, last + 1).map((unit) => (wanted.has(unit.id) ? change(unit) : unit));
  return splice(units, { index: first, deleteCount: range.length, units: range });
}

function replaceOne(units: readonly Unit[], index: number, unit: Unit): Applied {
  return splice(units, { index, deleteCount: 1, units: [unit] });
}

function withHistory(unit: Unit, status: UnitStatus, ctx: OperationContext, note?: string, override?: readonly string[]): Unit {
  const entry = {
    at: ctx.now, by: ctx.author, status, target: joined(unit.target), ...(note ? { note } : {}), ...(override ? { override: [...override] } : {}),
  };
  return { ...unit, status, history: [...unit.history, entry] };
}

/** The unit with a new target; the status follows the state machine's rule for edits. Warnings ignored for the old text count again. */
function editTarget(unit: Unit, text: string, ctx: OperationContext): Unit {
  const status = statusAfterEdit(unit.status, text);
  const { ignoredQa: _ignored, origin: _origin, ...rest } = unit;
  const edited: Unit = { ...(text === joined(unit.target) ? unit : rest), target: text.length > 0 ? [{ text }] : [] };
  return status === unit.status ? edited : withHistory(edited, status, ctx);
}

/** One status move, checked against the state machine; a rejection, and an approval over QA errors, need a reason. */
function moveStatus(unit: Unit, status: UnitStatus, ctx: OperationContext, note?: string, override?: readonly string[]): Unit {
  if (!canMove(unit.status, status)) {
    throw new OperationError('not-allowed', `a ${unit.status} unit cannot become ${status}`);
  }
  if (isDone(status) && joined(unit.target).trim() === '') {
    throw new OperationError('not-allowed', `an empty translation cannot be ${status}`);
  }
  if (status === 'rejected' && !note?.trim()) throw new OperationError('not-allowed', 'a rejection needs a reason');
  if (override && (status !== 'approved' || !note?.trim())) {
    throw new OperationError('not-allowed', 'approving over quality errors needs a reason, and is for approvals only');
  }
  if (status === unit.status) return unit;
  return withHistory(unit, status, ctx, note, override);
}

/** A unit's status once its sentences changed: an aligned unit stays aligned; otherwise as an edit. */
function alignedStatus(unit: Unit): UnitStatus {
  if (unit.alignment) return 'aligned';
  return unit.target.length > 0 ? 'draft' : 'new';
}

/** The unit with new sentences: the link is no longer the one the aligner scored or a person confirmed. */
function withSentences(unit: Unit, source: Sentence[], target: Sentence[], alignment: Unit['alignment']): Unit {
  const changed: Unit = { ...unit, source, target };
  if (alignment) changed.alignment = { score: alignment.score, confirmed: false };
  return { ...changed, status: alignedStatus(changed) };
}

/** The unit with one side's sentences replaced. */
function resided(unit: Unit | undefined, side: Side, sentences: Sentence[]): Unit | undefined {
  if (!unit) return undefined;
  return withSentences(unit, side === 'source' ? sentences : unit.source, side === 'target' ? sentences : unit.target, unit.alignment);
}

function splitText(text: string, at: number): [string, string] {
  return [text.slice(0, at).trim(), text.slice(at).trim()];
}

/** Applies an operation to a document's units; throws OperationError when it is not allowed. */
export function applyOperation(document: DocumentFile, operation: Operation, ctx: OperationContext): Applied {
  const units = document.units;
  switch (operation.kind) {
    case 'splice':
      return splice(units, operation);
    case 'set-target': {
      const index = indexOf(units, operation.unitId);
      return replaceOne(units, index, editTarget(units[index] as Unit, operation.text, ctx));
    }
    case 'set-targets': {
      const texts = new Map(operation.items.map((item) => [item.unitId, item.text]));
      return changeMany(units, [...texts.keys()], (unit) => editTarget(unit, texts.get(unit.id) ?? '', ctx));
    }
    case 'pretranslate': {
      const items = new Map(operation.items.map((item) => [item.unitId, item]));
      return changeMany(units, [...items.keys()], (unit) => {
        const item = items.get(unit.id);
        if (!item || joined(unit.target).trim() !== '') throw new OperationError('not-allowed', `unit "${unit.id}" has a translation already: pre-translation fills empty segments only`);
        const { ignoredQa: _ignored, ...rest } = unit;
        const status = statusAfterEdit(unit.status, item.text);
        return {
          ...rest, status, target: [{ text: item.text }],
          origin: { score: item.score, memory: item.memory, document: item.document, unit: item.unit },
          history: [...unit.history, { at: ctx.now, by: ctx.author, status, target: item.text, event: 'pretranslated' as const, note: `${item.score}%` }],
        };
      });
    }
    case 'set-source': {
      const index = indexOf(units, operation.unitId);
      const unit = units[index] as Unit;
      return replaceOne(units, index, { ...unit, source: [{ text: operation.text }] });
    }
    case 'set-status': {
      const index = indexOf(units, operation.unitId);
      return replaceOne(units, index, moveStatus(units[index] as Unit, operation.status, ctx, operation.note, operation.override));
    }
    case 'set-status-many':
      return changeMany(units, operation.unitIds, (unit) => moveStatus(unit, operation.status, ctx));
    case 'add-comment': {
      const index = indexOf(units, operation.unitId);
      const unit = units[index] as Unit;
      if (operation.replyTo !== undefined && !unit.comments.some((c) => c.id === operation.replyTo)) {
        throw new OperationError('not-found', `no comment "${operation.replyTo}" on unit "${unit.id}"`);
      }
      const comment = {
        id: ctx.newUnitId(), by: ctx.author, at: ctx.now, text: operation.text, resolved: false,
        ...(operation.replyTo === undefined ? {} : { replyTo: operation.replyTo }),
      };
      return replaceOne(units, index, { ...unit, comments: [...unit.comments, comment] });
    }
    case 'ignore-qa': {
      const index = indexOf(units, operation.unitId);
      const unit = units[index] as Unit;
      const codes = new Set(unit.ignoredQa ?? []);
      if (operation.ignored) codes.add(operation.code);
      else codes.delete(operation.code);
      const { ignoredQa: _old, ...rest } = unit;
      const entry = { at: ctx.now, by: ctx.author, status: unit.status, target: joined(unit.target), qa: { code: operation.code, ignored: operation.ignored } };
      const changed: Unit = { ...rest, ...(codes.size > 0 ? { ignoredQa: [...codes] } : {}), history: [...unit.history, entry] };
      return replaceOne(units, index, changed);
    }
    case 'resolve-comment': {
      const index = indexOf(units, operation.unitId);
      const unit = units[index] as Unit;
      if (!unit.comments.some((c) => c.id === operation.commentId)) {
        throw new OperationError('not-found', `no comment "${operation.commentId}" on unit "${unit.id}"`);
      }
      const comments = unit.comments.map((c) =>
        c.id === operation.commentId || c.replyTo === operation.commentId ? { ...c, resolved: operation.resolved } : c,
      );
      return replaceOne(units, index, { ...unit, comments });
    }
    case 'split': {
      const index = indexOf(units, operation.unitId);
      const unit = units[index] as Unit;
      const [sourceA, sourceB] = splitText(joined(unit.source), operation.sourceAt);
      if (!sourceA || !sourceB) throw new OperationError('not-allowed', 'a split must leave source text on both sides');
      const target = joined(unit.target);
      const [targetA, targetB] = operation.targetAt === undefined ? [target, ''] : splitText(target, operation.targetAt);
      const status = (text: string): UnitStatus => (text ? 'draft' : 'new');
      const first: Unit = { ...unit, source: [{ text: sourceA }], target: targetA ? [{ text: targetA }] : [], status: status(targetA) };
      const second: Unit = {
        id: ctx.newUnitId(), paragraph: unit.paragraph, source: [{ text: sourceB }], target: targetB ? [{ text: targetB }] : [],
        status: status(targetB), history: [], comments: [],
      };
      return splice(units, { index, deleteCount: 1, units: [first, second] });
    }
    case 'merge-next': {
      const index = indexOf(units, operation.unitId);
      const unit = units[index] as Unit;
      const next = units[index + 1];
      if (!next) throw new OperationError('not-allowed', 'the last unit has nothing to merge with');
      const target = [...unit.target, ...next.target];
      const merged: Unit = {
        ...withSentences(unit, [...unit.source, ...next.source], target, unit.alignment ?? next.alignment),
        history: [...unit.history, ...next.history],
        comments: [...unit.comments, ...next.comments],
      };
      return splice(units, { index, deleteCount: 2, units: [merged] });
    }
    case 'shift': {
      const index = indexOf(units, operation.unitId);
      const unit = units[index] as Unit;
      const side = operation.side;
      const otherIndex = operation.direction === 'up' ? index - 1 : index + 1;
      const other = units[otherIndex];
      if (!other) throw new OperationError('not-allowed', `there is no unit ${operation.direction === 'up' ? 'before' : 'after'} this one`);
      const moving = operation.direction === 'up' ? unit[side][0] : unit[side][unit[side].length - 1];
      if (!moving) throw new OperationError('not-allowed', `the unit has no ${side} sentence to move`);
      const rest = operation.direction === 'up' ? unit[side].slice(1) : unit[side].slice(0, -1);
      const received = operation.direction === 'up' ? [...other[side], moving] : [moving, ...other[side]];
      const changed = [resided(unit, side, rest), resided(other, side, received)];
      const [first, second] = operation.direction === 'up' ? [changed[1], changed[0]] : changed;
      const kept = [first, second].filter((u): u is Unit => u !== undefined && u.source.length + u.target.length > 0);
      return splice(units, { index: Math.min(index, otherIndex), deleteCount: 2, units: kept });
    }
    case 'split-sentence': {
      const index = indexOf(units, operation.unitId);
      const unit = units[index] as Unit;
      const sentence = unit[operation.side][operation.sentence];
      if (!sentence) throw new OperationError('not-found', `the unit has no ${operation.side} sentence ${operation.sentence}`);
      const [a, b] = splitText(sentence.text, operation.at);
      if (!a || !b) throw new OperationError('not-allowed', 'a split must leave text on both sides');
      const sentences = [...unit[operation.side]];
      sentences.splice(operation.sentence, 1, { text: a }, { text: b });
      return replaceOne(units, index, resided(unit, operation.side, sentences) as Unit);
    }
    case 'detach': {
      const index = indexOf(units, operation.unitId);
      const unit = units[index] as Unit;
      const other: Side = operation.side === 'source' ? 'target' : 'source';
      if (unit[operation.side].length === 0 || unit[other].length === 0) {
        throw new OperationError('not-allowed', 'only a unit with sentences on both sides can be given an empty partner');
      }
      const kept = resided(unit, operation.side, []) as Unit;
      const alone: Unit = {
        id: ctx.newUnitId(), paragraph: unit.paragraph, source: [], target: [], status: unit.status, history: [], comments: [],
        ...(unit.alignment ? { alignment: { score: unit.alignment.score, confirmed: false } } : {}),
        [operation.side]: unit[operation.side],
      };
      return splice(units, { index, deleteCount: 1, units: [kept, { ...alone, status: alignedStatus(alone) }] });
    }
    case 'confirm-links': {
      const confirmed = operation.confirmed;
      return changeMany(units, operation.unitIds, (unit) => ({
        ...unit, alignment: { score: unit.alignment?.score ?? 1, confirmed },
      }));
    }
  }
}

/** Applies a splice to a list of units (a client patching its copy). */
export function applySplice(units: readonly Unit[], change: Splice): Unit[] {
  return [...units.slice(0, change.index), ...change.units, ...units.slice(change.index + change.deleteCount)];
}
