import { Menu, MenuButton, MenuDivider, MenuItem, MenuList, MenuPopover, MenuTrigger, Toolbar } from '@fluentui/react-components';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { listedCommands, MENUS, menuModel, RECENT_PREFIX, type CommandId, type MenuModel } from '../../shared/commands';
import { useLiveCommands } from './commands';
import type { RecentDocument } from './command-palette';

/** What the Electron preload exposes for the native menu (absent in a browser). */
export interface PirdShell {
  setMenu(model: MenuModel): void;
  onCommand(listener: (id: string) => void): () => void;
}

declare global {
  interface Window {
    pirdShell?: PirdShell;
  }
}

export interface MenuBarProps {
  readonly recent: readonly RecentDocument[];
  readonly onOpenDocument: (documentId: string) => void;
}

/**
 * The application menu from the command registry: Electron's native menu where the app runs in
 * Electron (described to the main process, which sends back the command chosen), else a menu bar
 * in the page.
 */
export function MenuBar({ recent, onOpenDocument }: MenuBarProps) {
  const { t } = useTranslation();
  const registry = useLiveCommands();
  const shell = window.pirdShell;

  // The main process is told only when the menu changed (labels, keys, what can run, recent documents).
  const description = shell ? JSON.stringify(menuModel(registry.bindings, (key) => t(key), registry.runnable,
    recent.map((document) => ({ documentId: document.documentId, label: document.name })))) : '';
  useEffect(() => {
    if (shell && description !== '') shell.setMenu(JSON.parse(description) as MenuModel);
  }, [shell, description]);
  useEffect(() => shell?.onCommand((id) => {
    if (id.startsWith(RECENT_PREFIX)) onOpenDocument(id.slice(RECENT_PREFIX.length));
    else registry.run(id as CommandId);
  }), [shell, registry, onOpenDocument]);
  if (shell) return null;

  return (
    <Toolbar className="menu-bar" role="menubar" aria-label={t('menus.label')} size="small">
      {MENUS.map((menu) => (
        <Menu key={menu}>
          <MenuTrigger disableButtonEnhancement>
            <MenuButton appearance="subtle" menuIcon={null} size="small" role="menuitem" data-menu={menu}>{t(`menus.${menu}`)}</MenuButton>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {listedCommands(menu).map((command) => {
                const chord = registry.bindings.get(command.id) ?? null;
                return (
                  <MenuItem key={command.id} disabled={!registry.runnable(command.id)} secondaryContent={chord === null ? null : <span dir="ltr">{chord}</span>} onClick={() => registry.run(command.id)} data-command={command.id}>
                    {t(`commands.${command.id}`)}
                  </MenuItem>
                );
              })}
              {menu === 'file' && recent.length > 0 && <MenuDivider />}
              {menu === 'file' && recent.map((document) => (
                <MenuItem key={document.documentId} onClick={() => onOpenDocument(document.documentId)}>
                  {t('palette.openRecent', { name: document.name, project: document.projectName })}
                </MenuItem>
              ))}
            </MenuList>
          </MenuPopover>
        </Menu>
      ))}
    </Toolbar>
  );
}
