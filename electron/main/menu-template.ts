// The native application menu from the renderer's description (shared/commands/menu-model.ts).
// Plain objects of the shape Electron's Menu.buildFromTemplate takes, so tests run without Electron.
import { MenuModelSchema } from '../../shared/commands';

export interface MenuItemTemplate {
  readonly id?: string;
  readonly label?: string;
  readonly type?: 'normal' | 'separator' | 'submenu';
  readonly accelerator?: string;
  /** Shown only: the page hears the keys itself (a native accelerator would take Enter or M from text fields and the alignment grid). */
  readonly registerAccelerator?: boolean;
  readonly enabled?: boolean;
  readonly submenu?: MenuItemTemplate[];
  readonly click?: () => void;
}

/**
 * The menu bar for a description the page sent, or null when it is not one (it comes from the
 * renderer: checked like any input). `choose` is told the id of the item clicked.
 */
export function menuTemplate(description: unknown, choose: (id: string) => void): MenuItemTemplate[] | null {
  const parsed = MenuModelSchema.safeParse(description);
  if (!parsed.success) return null;
  return parsed.data.menus.map((menu) => ({
    label: menu.label,
    type: 'submenu',
    submenu: menu.items.map((item) => ({
      id: item.id,
      label: item.label,
      ...(item.accelerator === null ? {} : { accelerator: item.accelerator, registerAccelerator: false }),
      enabled: item.enabled,
      click: () => choose(item.id),
    })),
  }));
}
