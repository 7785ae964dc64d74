import { COMMANDS, commandSpec, scopesOverlap, type CommandId, type CommandScope } from './catalog';
import { isTypingChord, normalizeChord, parseChord } from './chords';

/** A user's changes to the default shortcuts, as settings keep them: a chord, or null for none. */
export type ShortcutOverrides = Readonly<Record<string, string | null>>;

/** Each command's chord after a user's changes (null: no key). */
export type Bindings = ReadonlyMap<CommandId, string | null>;

export function effectiveBindings(overrides: ShortcutOverrides | undefined): Bindings {
  const bindings = new Map<CommandId, string | null>();
  for (const command of COMMANDS) {
    const override = overrides?.[command.id];
    bindings.set(command.id, override === undefined ? command.keys : override === null ? null : normalizeChord(override));
  }
  return bindings;
}

export interface ShortcutConflict {
  readonly chord: string;
  readonly commands: readonly CommandId[];
}

/** Chords given to two commands whose keys are heard in the same place. */
export function conflictsOf(bindings: Bindings): ShortcutConflict[] {
  const byChord = new Map<string, CommandId[]>();
  for (const [id, chord] of bindings) if (chord !== null) byChord.set(chord, [...(byChord.get(chord) ?? []), id]);
  const conflicts: ShortcutConflict[] = [];
  for (const [chord, ids] of byChord) {
    const clashing = ids.filter((id) => ids.some((other) => other !== id && scopesOverlap(scopeOf(id), scopeOf(other))));
    if (clashing.length > 1) conflicts.push({ chord, commands: clashing });
  }
  return conflicts;
}

function scopeOf(id: CommandId): CommandScope {
  return commandSpec(id)?.scope ?? 'app';
}

/** Why a chord cannot be given to a command, or null when it can. */
export type ChordProblem =
  | { readonly kind: 'not-a-chord' }
  | { readonly kind: 'types-text' }
  | { readonly kind: 'taken'; readonly by: CommandId };

/** Whether `chordText` may become `id`'s shortcut with the other bindings as they are. */
export function chordProblem(bindings: Bindings, id: CommandId, chordText: string): ChordProblem | null {
  const chord = parseChord(chordText);
  if (!chord) return { kind: 'not-a-chord' };
  if (scopeOf(id) !== 'align' && isTypingChord(chord)) return { kind: 'types-text' };
  const normal = normalizeChord(chordText);
  for (const [other, bound] of bindings) {
    if (other !== id && bound === normal && scopesOverlap(scopeOf(id), scopeOf(other))) return { kind: 'taken', by: other };
  }
  return null;
}

/** The overrides that give `id` the chord (null: no key), dropping an override equal to the default. */
export function withBinding(overrides: ShortcutOverrides | undefined, id: CommandId, chord: string | null): Record<string, string | null> {
  const next: Record<string, string | null> = { ...overrides };
  const normal = chord === null ? null : normalizeChord(chord);
  if (normal === (commandSpec(id)?.keys ?? null)) delete next[id];
  else next[id] = normal;
  return next;
}

/** The command a chord runs among those whose keys are heard in `scopes` and that can run now. */
export function commandForChord(bindings: Bindings, chord: string, runnable: (id: CommandId) => boolean, scopes: readonly CommandScope[]): CommandId | null {
  for (const [id, bound] of bindings) {
    if (bound === chord && scopes.includes(scopeOf(id)) && runnable(id)) return id;
  }
  return null;
}

/**
 * A shortcuts setting as a file or another process gives it, checked: unknown commands, chords
 * that are not chords, typing keys outside the alignment grid and conflicts, each named.
 */
export function shortcutOverridesProblems(overrides: ShortcutOverrides): string[] {
  const problems: string[] = [];
  for (const [id, chord] of Object.entries(overrides)) {
    const spec = commandSpec(id);
    if (!spec) problems.push(`unknown command "${id}"`);
    else if (chord !== null) {
      const parsed = parseChord(chord);
      if (!parsed) problems.push(`"${chord}" (for ${id}) is not a key chord`);
      else if (spec.scope !== 'align' && isTypingChord(parsed)) problems.push(`"${chord}" (for ${id}) types text; add Ctrl or Alt`);
    }
  }
  if (problems.length > 0) return problems;
  for (const conflict of conflictsOf(effectiveBindings(overrides))) problems.push(`${conflict.chord} is given to ${conflict.commands.join(' and ')}`);
  return problems;
}
