import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  acceleratorOf, chordOfKeyEvent, chordProblem, COMMANDS, commandForChord, conflictsOf, effectiveBindings, formatChord, menuModel,
  MenuModelSchema, normalizeChord, parseChord, shortcutOverridesProblems, withBinding, type CommandId,
} from '../../../shared/commands';

const press = (code: string, key: string, held: Partial<Record<'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey', boolean>> = {}) => ({
  code, key, ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, ...held,
});

describe('key chords', () => {
  it('reads letters from the physical key, so a Sorani layout gives the same shortcut', () => {
    expect(chordOfKeyEvent(press('KeyK', 'ک', { ctrlKey: true }))).toBe('Ctrl+K');
    expect(chordOfKeyEvent(press('KeyP', 'P', { ctrlKey: true, shiftKey: true }))).toBe('Ctrl+Shift+P');
    // Shift+1 types "!" but the chord is Shift+1.
    expect(chordOfKeyEvent(press('Digit1', '!', { shiftKey: true }))).toBe('Shift+1');
    expect(chordOfKeyEvent(press('ArrowDown', 'ArrowDown', { altKey: true }))).toBe('Alt+Down');
    expect(chordOfKeyEvent(press('F2', 'F2'))).toBe('F2');
    expect(chordOfKeyEvent(press('NumpadEnter', 'Enter', { ctrlKey: true }))).toBe('Ctrl+Enter');
    expect(chordOfKeyEvent(press('Space', ' ', { ctrlKey: true }))).toBe('Ctrl+Space');
  });

  it('ignores a modifier pressed alone', () => {
    expect(chordOfKeyEvent(press('ControlLeft', 'Control', { ctrlKey: true }))).toBeNull();
    expect(chordOfKeyEvent(press('ShiftRight', 'Shift', { shiftKey: true }))).toBeNull();
  });

  it('normalizes what people write and refuses what is not a chord', () => {
    expect(normalizeChord('shift + ctrl + p')).toBe('Ctrl+Shift+P');
    expect(normalizeChord('Alt+ArrowDown')).toBe('Alt+Down');
    expect(normalizeChord('control+return')).toBe('Ctrl+Enter');
    expect(normalizeChord('Ctrl+')).toBeNull();
    expect(normalizeChord('Ctrl+Ctrl+K')).toBeNull();
    expect(normalizeChord('Hyper+K')).toBeNull();
    expect(normalizeChord('Ctrl+ک')).toBeNull();
  });

  it('formats every parsed chord back to itself (canonical form is a fixed point)', () => {
    const modifier = fc.subarray(['Ctrl', 'Alt', 'Shift', 'Meta']);
    const key = fc.constantFrom('A', 'Z', '5', 'F12', 'Enter', 'Down', 'PageUp', ',', 'Space');
    fc.assert(fc.property(modifier, key, fc.boolean(), (mods, k, shuffle) => {
      const written = [...(shuffle ? [...mods].reverse() : mods), k].join('+');
      const normal = normalizeChord(written);
      expect(normal).not.toBeNull();
      expect(normalizeChord(normal ?? '')).toBe(normal);
      expect(formatChord(parseChord(normal ?? '') ?? { modifiers: new Set(), key: '' })).toBe(normal);
    }));
  });

  it('turns chords into Electron accelerators', () => {
    expect(acceleratorOf('Ctrl+Shift+P')).toBe('Ctrl+Shift+P');
    expect(acceleratorOf('Meta+K')).toBe('Super+K');
    expect(acceleratorOf('nonsense+')).toBeNull();
  });
});

describe('the command catalog and its bindings', () => {
  it('ships without conflicts, every default a valid chord', () => {
    const bindings = effectiveBindings(undefined);
    expect(conflictsOf(bindings)).toEqual([]);
    for (const command of COMMANDS) if (command.keys !== null) expect(normalizeChord(command.keys)).toBe(command.keys);
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length);
  });

  it('lets a user change, clear and reset a shortcut', () => {
    let overrides = withBinding(undefined, 'segment.confirm', 'ctrl+shift+enter');
    expect(effectiveBindings(overrides).get('segment.confirm')).toBe('Ctrl+Shift+Enter');
    overrides = withBinding(overrides, 'tools.concordance', null);
    expect(effectiveBindings(overrides).get('tools.concordance')).toBeNull();
    overrides = withBinding(overrides, 'segment.confirm', 'Ctrl+Enter');
    expect(overrides).toEqual({ 'tools.concordance': null });
  });

  it('detects a chord taken by a command heard in the same place, not by one of another view', () => {
    const bindings = effectiveBindings(undefined);
    expect(chordProblem(bindings, 'segment.confirm', 'Ctrl+K')).toEqual({ kind: 'taken', by: 'tools.concordance' });
    // F1 is the shortcuts reference everywhere.
    expect(chordProblem(bindings, 'align.realign', 'F1')).toEqual({ kind: 'taken', by: 'help.shortcuts' });
    // Alt+Down moves a link in the alignment grid and goes to the next segment in the translation grid.
    expect(chordProblem(bindings, 'segment.next', 'Alt+Down')).toBeNull();
    expect(chordProblem(bindings, 'segment.confirm', 'M')).toEqual({ kind: 'types-text' });
    expect(chordProblem(bindings, 'align.confirm', 'C')).toBeNull();
    expect(chordProblem(bindings, 'segment.confirm', 'Ctrl+')).toEqual({ kind: 'not-a-chord' });
  });

  it('names every problem of a shortcuts setting from elsewhere', () => {
    expect(shortcutOverridesProblems({ 'segment.confirm': 'Ctrl+Shift+Enter' })).toEqual([]);
    expect(shortcutOverridesProblems({ 'no.such': 'Ctrl+J' })).toEqual(['unknown command "no.such"']);
    expect(shortcutOverridesProblems({ 'segment.confirm': 'Q' })).toEqual(['"Q" (for segment.confirm) types text; add Ctrl or Alt']);
    expect(shortcutOverridesProblems({ 'segment.confirm': 'Ctrl+K' })).toEqual(['Ctrl+K is given to segment.confirm and tools.concordance']);
  });

  it('finds the command of a chord among those that can run in the scopes heard', () => {
    const bindings = effectiveBindings(undefined);
    const all = () => true;
    expect(commandForChord(bindings, 'Alt+Down', all, ['app', 'document', 'translate'])).toBe('segment.next');
    expect(commandForChord(bindings, 'Alt+Down', all, ['align'])).toBe('align.shiftDown');
    expect(commandForChord(bindings, 'Alt+Down', (id: CommandId) => id !== 'segment.next', ['app', 'document', 'translate'])).toBeNull();
  });

  it('describes a menu the main process accepts, with the user’s shortcuts as accelerators', () => {
    const bindings = effectiveBindings({ 'segment.confirm': 'Ctrl+Shift+Enter' });
    const model = menuModel(bindings, (key) => `[${key}]`, (id) => id !== 'view.align', [{ documentId: 'd1', label: 'Kadhimi' }]);
    expect(MenuModelSchema.parse(model)).toEqual(model);
    const segment = model.menus.find((menu) => menu.name === 'segment');
    expect(segment?.items.find((item) => item.id === 'segment.confirm')).toEqual({ id: 'segment.confirm', label: '[commands.segment.confirm]', accelerator: 'Ctrl+Shift+Enter', enabled: true });
    expect(segment?.items.some((item) => item.id.startsWith('segment.insertMatch'))).toBe(false);
    expect(model.menus.find((menu) => menu.name === 'view')?.items.find((item) => item.id === 'view.align')?.enabled).toBe(false);
    expect(model.menus[0]?.items.at(-1)).toEqual({ id: 'open-recent:d1', label: 'Kadhimi', accelerator: null, enabled: true });
  });
});
