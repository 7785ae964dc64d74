import { z } from 'zod';
import { listedCommands, MENUS, type CommandId, type MenuName } from './catalog';
import { acceleratorOf } from './chords';
import type { Bindings } from './bindings';

/**
 * The application menu as the renderer describes it to the Electron main process: labels in the
 * interface's language, shortcuts as the user set them, what can run now. The main process
 * builds its native menu from this (checked: it comes from the page) and sends back the id of the
 * command chosen.
 */
export const MenuModelSchema = z.object({
  menus: z.array(z.object({
    name: z.enum(MENUS),
    label: z.string().min(1).max(80),
    items: z.array(z.object({
      id: z.string().min(1).max(120),
      label: z.string().min(1).max(200),
      accelerator: z.string().max(40).nullable(),
      enabled: z.boolean(),
    })).max(200),
  })).max(MENUS.length),
});
export type MenuModel = z.infer<typeof MenuModelSchema>;

/** The channel names of the menu bridge (renderer → main: the menu; main → renderer: a command chosen). */
export const MENU_CHANNEL = 'pird:menu';
export const COMMAND_CHANNEL = 'pird:command';

/** A recent document offered under File (its id is `open-recent:<documentId>`). */
export interface RecentItem {
  readonly documentId: string;
  readonly label: string;
}
export const RECENT_PREFIX = 'open-recent:';

/** The menu of every command in the palette, in catalog order, labelled by `label`. */
export function menuModel(
  bindings: Bindings, label: (key: string) => string, runnable: (id: CommandId) => boolean, recent: readonly RecentItem[] = [],
): MenuModel {
  return {
    menus: MENUS.map((name: MenuName) => ({
      name,
      label: label(`menus.${name}`),
      items: [
        ...listedCommands(name).map((command) => {
          const chord = bindings.get(command.id) ?? null;
          return { id: command.id, label: label(`commands.${command.id}`), accelerator: chord === null ? null : acceleratorOf(chord), enabled: runnable(command.id) };
        }),
        ...(name === 'file' ? recent.map((item) => ({ id: `${RECENT_PREFIX}${item.documentId}`, label: item.label, accelerator: null, enabled: true })) : []),
      ],
    })),
  };
}
