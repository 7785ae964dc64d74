/**
 * Key chords as one canonical text ("Ctrl+Shift+P", "Alt+Down", "F2"): what the settings store,
 * the shortcuts reference shows and the native menu turns into accelerators.
 * Letters and digits are read from the physical key (`KeyboardEvent.code`), so a shortcut works the
 * same with a Sorani keyboard layout, where Ctrl+K types "ک" as its key.
 */

export const MODIFIERS = ['Ctrl', 'Alt', 'Shift', 'Meta'] as const;
export type Modifier = (typeof MODIFIERS)[number];

/** The keyboard event fields a chord is read from (DOM `KeyboardEvent`, Monaco and tests alike). */
export interface KeyEventLike {
  readonly key: string;
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
  readonly metaKey: boolean;
}

const NAMED_KEYS = [
  'Enter', 'Escape', 'Tab', 'Space', 'Backspace', 'Delete', 'Insert', 'Home', 'End', 'PageUp', 'PageDown',
  'Up', 'Down', 'Left', 'Right',
  'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9', 'F10', 'F11', 'F12',
] as const;
/** Punctuation keys by their physical code, named by what they type on a US layout. */
const PUNCTUATION_BY_CODE: Readonly<Record<string, string>> = {
  Comma: ',', Period: '.', Slash: '/', Semicolon: ';', Quote: "'", BracketLeft: '[', BracketRight: ']',
  Backslash: '\\', Minus: '-', Equal: '=', Backquote: '`',
};
const PUNCTUATION = new Set(Object.values(PUNCTUATION_BY_CODE));
const NAMED = new Set<string>(NAMED_KEYS);
const ARROWS: Readonly<Record<string, string>> = { ArrowUp: 'Up', ArrowDown: 'Down', ArrowLeft: 'Left', ArrowRight: 'Right' };
const MODIFIER_KEYS = new Set(['Control', 'Shift', 'Alt', 'Meta', 'AltGraph', 'OS', 'CapsLock', 'Fn']);

/** Whether `key` names a key a chord may end with. */
export function isChordKey(key: string): boolean {
  return /^[A-Z0-9]$/u.test(key) || NAMED.has(key) || PUNCTUATION.has(key);
}

/** The key of a keyboard event as chords name it, or null for a modifier alone or a key chords do not use. */
function keyOfEvent(event: KeyEventLike): string | null {
  if (MODIFIER_KEYS.has(event.key)) return null;
  const letter = /^Key([A-Z])$/u.exec(event.code)?.[1];
  if (letter) return letter;
  const digit = /^(?:Digit|Numpad)([0-9])$/u.exec(event.code)?.[1];
  if (digit) return digit;
  const punctuation = PUNCTUATION_BY_CODE[event.code];
  if (punctuation) return punctuation;
  if (ARROWS[event.key]) return ARROWS[event.key] ?? null;
  if (event.key === ' ' || event.code === 'Space') return 'Space';
  if (event.key === 'NumpadEnter' || event.code === 'NumpadEnter') return 'Enter';
  if (NAMED.has(event.key)) return event.key;
  // No code (a synthetic event): a Latin letter or digit typed as itself.
  const typed = event.key.length === 1 ? event.key.toUpperCase() : '';
  return isChordKey(typed) ? typed : null;
}

/** The chord a key press makes ("Ctrl+Shift+P"), or null when it is a modifier alone. */
export function chordOfKeyEvent(event: KeyEventLike): string | null {
  const key = keyOfEvent(event);
  if (key === null) return null;
  const held: Record<Modifier, boolean> = { Ctrl: event.ctrlKey, Alt: event.altKey, Shift: event.shiftKey, Meta: event.metaKey };
  return [...MODIFIERS.filter((modifier) => held[modifier]), key].join('+');
}

export interface Chord {
  readonly modifiers: ReadonlySet<Modifier>;
  readonly key: string;
}

/**
 * Reads a chord written by a person or a file ("ctrl+shift+p", "Shift + Ctrl + P", "Alt+ArrowDown"):
 * null when it is not one (no key, an unknown key or modifier, a modifier twice).
 */
export function parseChord(text: string): Chord | null {
  const parts = text.split('+').map((part) => part.trim());
  // "Ctrl++" names the plus key's neighbour poorly; chords here never end with "+".
  if (parts.some((part) => part === '')) return null;
  const keyPart = parts.pop() ?? '';
  const modifiers = new Set<Modifier>();
  for (const part of parts) {
    const modifier = MODIFIERS.find((name) => name.toLowerCase() === part.toLowerCase()) ?? (part.toLowerCase() === 'control' ? 'Ctrl' : undefined);
    if (!modifier || modifiers.has(modifier)) return null;
    modifiers.add(modifier);
  }
  const key = canonicalKey(keyPart);
  return key === null ? null : { modifiers, key };
}

function canonicalKey(text: string): string | null {
  if (text.length === 1) {
    const upper = text.toUpperCase();
    return isChordKey(upper) ? upper : null;
  }
  const arrow = ARROWS[text] ?? ARROWS[`Arrow${text.charAt(0).toUpperCase()}${text.slice(1).toLowerCase()}`];
  if (arrow) return arrow;
  const named = NAMED_KEYS.find((name) => name.toLowerCase() === text.toLowerCase());
  if (named) return named;
  if (text.toLowerCase() === 'esc') return 'Escape';
  if (text.toLowerCase() === 'return') return 'Enter';
  return null;
}

/** The canonical text of a chord: modifiers in the order Ctrl, Alt, Shift, Meta, then the key. */
export function formatChord(chord: Chord): string {
  return [...MODIFIERS.filter((modifier) => chord.modifiers.has(modifier)), chord.key].join('+');
}

/** `text` in canonical form, or null when it is not a chord. */
export function normalizeChord(text: string): string | null {
  const chord = parseChord(text);
  return chord ? formatChord(chord) : null;
}

/**
 * Whether a chord may be bound at all: a plain letter, digit or punctuation key (or one with Shift
 * only) types text, so it needs Ctrl, Alt or Meta, unless the command is one of a view whose
 * keys are its own (the alignment grid, where M merges).
 */
export function isTypingChord(chord: Chord): boolean {
  const typing = /^[A-Z0-9]$/u.test(chord.key) || PUNCTUATION.has(chord.key) || chord.key === 'Space';
  return typing && !chord.modifiers.has('Ctrl') && !chord.modifiers.has('Alt') && !chord.modifiers.has('Meta');
}

/** The chord as an Electron menu accelerator ("Ctrl+Shift+P", "Alt+Down", "Ctrl+Plus"). */
export function acceleratorOf(chordText: string): string | null {
  const chord = parseChord(chordText);
  if (!chord) return null;
  const key = chord.key === '+' ? 'Plus' : chord.key;
  const modifiers = MODIFIERS.filter((modifier) => chord.modifiers.has(modifier)).map((modifier) => (modifier === 'Meta' ? 'Super' : modifier));
  return [...modifiers, key].join('+');
}

/**
 * Whether a chord is heard even where text is being typed (a text field, the English editor):
 * with Ctrl, Alt or Meta, or a function key. A plain key there belongs to the text.
 */
export function heardInTextFields(chordText: string): boolean {
  return /^(Ctrl|Alt|Meta)\+|(^|\+)F\d+$/u.test(chordText);
}
