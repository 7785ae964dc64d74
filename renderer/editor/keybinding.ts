import { COMMANDS, heardInTextFields, parseChord, type Bindings, type CommandId } from '../../shared/commands';
import { monaco } from './monaco-setup';

const NAMED: Readonly<Record<string, monaco.KeyCode>> = {
  Enter: monaco.KeyCode.Enter, Escape: monaco.KeyCode.Escape, Tab: monaco.KeyCode.Tab, Space: monaco.KeyCode.Space,
  Backspace: monaco.KeyCode.Backspace, Delete: monaco.KeyCode.Delete, Insert: monaco.KeyCode.Insert, Home: monaco.KeyCode.Home,
  End: monaco.KeyCode.End, PageUp: monaco.KeyCode.PageUp, PageDown: monaco.KeyCode.PageDown, Up: monaco.KeyCode.UpArrow,
  Down: monaco.KeyCode.DownArrow, Left: monaco.KeyCode.LeftArrow, Right: monaco.KeyCode.RightArrow,
  ',': monaco.KeyCode.Comma, '.': monaco.KeyCode.Period, '/': monaco.KeyCode.Slash, ';': monaco.KeyCode.Semicolon,
  "'": monaco.KeyCode.Quote, '[': monaco.KeyCode.BracketLeft, ']': monaco.KeyCode.BracketRight, '\\': monaco.KeyCode.Backslash,
  '-': monaco.KeyCode.Minus, '=': monaco.KeyCode.Equal, '`': monaco.KeyCode.Backquote,
};

/** A chord as a Monaco keybinding number, or null when Monaco has no such key. */
export function monacoKeybinding(chordText: string): number | null {
  const chord = parseChord(chordText);
  if (!chord) return null;
  const { key } = chord;
  let code: monaco.KeyCode | undefined;
  if (/^[A-Z]$/u.test(key)) code = monaco.KeyCode.KeyA + (key.charCodeAt(0) - 65);
  else if (/^[0-9]$/u.test(key)) code = monaco.KeyCode.Digit0 + Number(key);
  else if (/^F([1-9]|1[0-2])$/u.test(key)) code = monaco.KeyCode.F1 + Number(key.slice(1)) - 1;
  else code = NAMED[key];
  if (code === undefined) return null;
  let modifiers = 0;
  if (chord.modifiers.has('Ctrl')) modifiers |= monaco.KeyMod.CtrlCmd;
  if (chord.modifiers.has('Shift')) modifiers |= monaco.KeyMod.Shift;
  if (chord.modifiers.has('Alt')) modifiers |= monaco.KeyMod.Alt;
  if (chord.modifiers.has('Meta')) modifiers |= monaco.KeyMod.WinCtrl;
  return modifiers | code;
}

/**
 * The commands the English editor must run itself (Monaco would otherwise take their keys for its
 * own: Ctrl+Enter, Alt+arrows, F1, Ctrl+K): those heard outside the alignment grid whose chord has
 * Ctrl, Alt or Meta or is a function key (a plain key stays the editor's).
 */
export function editorKeybindings(bindings: Bindings): { id: CommandId; keybinding: number }[] {
  const found: { id: CommandId; keybinding: number }[] = [];
  for (const command of COMMANDS) {
    const chord = bindings.get(command.id) ?? null;
    if (command.scope === 'align' || chord === null || !heardInTextFields(chord)) continue;
    const keybinding = monacoKeybinding(chord);
    if (keybinding !== null) found.push({ id: command.id, keybinding });
  }
  return found;
}
