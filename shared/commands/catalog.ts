/**
 * Every command of the workbench, once: the application menu, the command palette, the shortcuts
 * reference and the key handling all read this list. A command's label is the UI string
 * `commands.<id>`; what it does is registered by the view that can do it while it is shown.
 */

export const MENUS = ['file', 'edit', 'view', 'segment', 'align', 'review', 'tools', 'help'] as const;
export type MenuName = (typeof MENUS)[number];

/**
 * Where a command's keys are heard: `app` everywhere; `document` while a document is open,
 * `translate` in its translation grid and editor, `align` in the alignment grid (whose single
 * letters, M to merge, are its own keys).
 */
export const COMMAND_SCOPES = ['app', 'document', 'translate', 'align'] as const;
export type CommandScope = (typeof COMMAND_SCOPES)[number];

export interface CommandSpec {
  readonly id: string;
  readonly menu: MenuName;
  readonly scope: CommandScope;
  /** The default chord ("Ctrl+Shift+P"), or null: none until a user gives one. */
  readonly keys: string | null;
  /** Left out of the palette (numbered variants: insert match 3); still in the menu's reference and rebindable. */
  readonly hidden?: boolean;
}

const numbered = (prefix: string, menu: MenuName, modifier: string, count: number): CommandSpec[] =>
  Array.from({ length: count }, (_, n) => ({ id: `${prefix}${n + 1}`, menu, scope: 'translate', keys: `${modifier}+${n + 1}`, hidden: true }));

export const COMMANDS = [
  { id: 'file.newProject', menu: 'file', scope: 'app', keys: null },
  { id: 'file.openRecent', menu: 'file', scope: 'app', keys: 'Ctrl+Alt+O' },
  { id: 'file.exportDocument', menu: 'file', scope: 'document', keys: null },
  { id: 'edit.undo', menu: 'edit', scope: 'translate', keys: 'Ctrl+Alt+Z' },
  { id: 'edit.redo', menu: 'edit', scope: 'translate', keys: 'Ctrl+Alt+Y' },
  { id: 'edit.findReplace', menu: 'edit', scope: 'translate', keys: 'Ctrl+H' },
  { id: 'view.palette', menu: 'view', scope: 'app', keys: 'Ctrl+Shift+P' },
  { id: 'view.translate', menu: 'view', scope: 'document', keys: 'Ctrl+Alt+1' },
  { id: 'view.align', menu: 'view', scope: 'document', keys: 'Ctrl+Alt+2' },
  { id: 'view.dashboard', menu: 'view', scope: 'app', keys: null },
  { id: 'view.glossary', menu: 'view', scope: 'app', keys: null },
  { id: 'view.qaReport', menu: 'view', scope: 'translate', keys: null },
  { id: 'view.switchLanguage', menu: 'view', scope: 'app', keys: null },
  { id: 'segment.confirm', menu: 'segment', scope: 'translate', keys: 'Ctrl+Enter' },
  { id: 'segment.next', menu: 'segment', scope: 'translate', keys: 'Alt+Down' },
  { id: 'segment.previous', menu: 'segment', scope: 'translate', keys: 'Alt+Up' },
  { id: 'segment.copySource', menu: 'segment', scope: 'translate', keys: 'Ctrl+Shift+I' },
  { id: 'segment.editSource', menu: 'segment', scope: 'translate', keys: 'F2' },
  { id: 'segment.mergeNext', menu: 'segment', scope: 'translate', keys: null },
  { id: 'segment.split', menu: 'segment', scope: 'translate', keys: null },
  ...numbered('segment.insertMatch', 'segment', 'Ctrl', 5),
  ...numbered('segment.insertTerm', 'segment', 'Alt', 9),
  { id: 'align.importTranslation', menu: 'align', scope: 'align', keys: null },
  { id: 'align.confirm', menu: 'align', scope: 'align', keys: 'Enter' },
  { id: 'align.confirmAbove', menu: 'align', scope: 'align', keys: 'Shift+Enter' },
  { id: 'align.mergeNext', menu: 'align', scope: 'align', keys: 'M' },
  { id: 'align.mergePrevious', menu: 'align', scope: 'align', keys: 'Shift+M' },
  { id: 'align.split', menu: 'align', scope: 'align', keys: 'S' },
  { id: 'align.emptyPartner', menu: 'align', scope: 'align', keys: 'E' },
  { id: 'align.shiftUp', menu: 'align', scope: 'align', keys: 'Alt+Up' },
  { id: 'align.shiftDown', menu: 'align', scope: 'align', keys: 'Alt+Down' },
  { id: 'align.nextLow', menu: 'align', scope: 'align', keys: 'N' },
  { id: 'align.previousLow', menu: 'align', scope: 'align', keys: 'Shift+N' },
  { id: 'align.realign', menu: 'align', scope: 'align', keys: 'R' },
  { id: 'align.undo', menu: 'align', scope: 'align', keys: 'Ctrl+Z' },
  { id: 'align.redo', menu: 'align', scope: 'align', keys: 'Ctrl+Y' },
  { id: 'review.approve', menu: 'review', scope: 'translate', keys: null },
  { id: 'review.approveSelected', menu: 'review', scope: 'translate', keys: null },
  { id: 'tools.concordance', menu: 'tools', scope: 'translate', keys: 'Ctrl+K' },
  { id: 'tools.newTerm', menu: 'tools', scope: 'translate', keys: 'Ctrl+Shift+G' },
  { id: 'help.shortcuts', menu: 'help', scope: 'app', keys: 'F1' },
] as const satisfies readonly CommandSpec[];

export type CommandId = (typeof COMMANDS)[number]['id'] | `segment.insertMatch${number}` | `segment.insertTerm${number}`;

const BY_ID = new Map<string, CommandSpec>(COMMANDS.map((command) => [command.id, command]));

/** The commands menus and the palette list (the numbered variants left out), in catalog order; of one menu when named. */
export function listedCommands(menu?: MenuName): Array<(typeof COMMANDS)[number]> {
  return COMMANDS.filter((command) => !('hidden' in command && command.hidden) && (menu === undefined || command.menu === menu));
}

export function commandSpec(id: string): CommandSpec | undefined {
  return BY_ID.get(id);
}

/** Whether keys heard in one scope can also reach a command of the other (the same chord would then be ambiguous). */
export function scopesOverlap(a: CommandScope, b: CommandScope): boolean {
  if (a === b || a === 'app' || b === 'app') return true;
  return (a === 'document' && b !== 'align') || (b === 'document' && a !== 'align');
}
