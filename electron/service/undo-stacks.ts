import type { Operation, Splice } from '../../shared/project';

type Step = { readonly kind: 'splice' } & Splice;

interface Stacks {
  undo: Step[];
  redo: Step[];
  /** The unit a run of typing is in, so that one undo takes back the whole run. */
  typingIn: string | undefined;
}

const LIMIT = 500;

/** Per-document undo and redo of unit operations, kept for the session. */
export class UndoStacks {
  private readonly byDocument = new Map<string, Stacks>();

  private stacks(documentId: string): Stacks {
    let stacks = this.byDocument.get(documentId);
    if (!stacks) {
      stacks = { undo: [], redo: [], typingIn: undefined };
      this.byDocument.set(documentId, stacks);
    }
    return stacks;
  }

  /** Forgets a document's steps (a document just made: its first alignment is where it starts). */
  clear(documentId: string): void {
    this.byDocument.delete(documentId);
  }

  record(documentId: string, operation: Operation, inverse: Splice, how: 'edit' | 'undo' | 'redo'): void {
    const stacks = this.stacks(documentId);
    const step: Step = { kind: 'splice', ...inverse };
    if (how === 'undo') {
      stacks.redo.push(step);
      stacks.typingIn = undefined;
      return;
    }
    if (how === 'redo') {
      stacks.undo.push(step);
      stacks.typingIn = undefined;
      return;
    }
    stacks.redo = [];
    const typing = operation.kind === 'set-target' ? operation.unitId : undefined;
    if (typing !== undefined && typing === stacks.typingIn) return; // the first inverse of the run already restores it
    stacks.typingIn = typing;
    stacks.undo.push(step);
    if (stacks.undo.length > LIMIT) stacks.undo.shift();
  }

  /** A step taken by nextUndo or nextRedo that could not be applied, back on top of its stack. */
  putBack(documentId: string, step: Step, from: 'undo' | 'redo'): void {
    this.stacks(documentId)[from].push(step);
  }

  nextUndo(documentId: string): Step | undefined {
    return this.stacks(documentId).undo.pop();
  }

  nextRedo(documentId: string): Step | undefined {
    return this.stacks(documentId).redo.pop();
  }

  state(documentId: string): { canUndo: boolean; canRedo: boolean } {
    const stacks = this.stacks(documentId);
    return { canUndo: stacks.undo.length > 0, canRedo: stacks.redo.length > 0 };
  }
}
