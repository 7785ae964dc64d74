import { Dialog, DialogBody, DialogSurface, DialogTitle, Input } from '@fluentui/react-components';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { listedCommands, type CommandId } from '../../shared/commands';
import { Kbd } from './kbd';
import { useLiveCommands } from './commands';

/** A document the palette offers to reopen. */
export interface RecentDocument {
  readonly documentId: string;
  readonly name: string;
  readonly projectName: string;
}

type PaletteItem =
  | { readonly kind: 'command'; readonly id: CommandId; readonly label: string; readonly chord: string | null }
  | { readonly kind: 'recent'; readonly document: RecentDocument; readonly label: string };

export interface CommandPaletteProps {
  /** `commands`: every command that can run now, and the recent documents; `recent`: those documents only. */
  readonly mode: 'commands' | 'recent';
  readonly recent: readonly RecentDocument[];
  readonly onOpenDocument: (documentId: string) => void;
  readonly onClose: () => void;
}

/** Ctrl+Shift+P: type a few letters of what to do, Enter to do it. */
export function CommandPalette({ mode, recent, onOpenDocument, onClose }: CommandPaletteProps) {
  const { t } = useTranslation();
  const registry = useLiveCommands();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);

  const items = useMemo((): PaletteItem[] => {
    const documents = recent.map((document): PaletteItem => ({ kind: 'recent', document, label: t('palette.openRecent', { name: document.name, project: document.projectName }) }));
    if (mode === 'recent') return documents;
    const commands = listedCommands().filter((command) => registry.runnable(command.id))
      .map((command): PaletteItem => ({ kind: 'command', id: command.id, label: t(`commands.${command.id}`), chord: registry.bindings.get(command.id) ?? null }));
    return [...commands, ...documents];
  }, [mode, recent, registry, t, registry.bindings]);

  const words = query.toLocaleLowerCase().split(/\s+/u).filter(Boolean);
  const shown = items.filter((item) => {
    const haystack = `${item.label} ${item.kind === 'command' ? item.id : item.document.name}`.toLocaleLowerCase();
    return words.every((word) => haystack.includes(word));
  });
  const at = Math.min(selected, Math.max(0, shown.length - 1));

  const choose = (item: PaletteItem | undefined) => {
    if (!item) return;
    onClose();
    // After the palette has closed, so a command that moves the focus keeps it.
    window.setTimeout(() => (item.kind === 'command' ? registry.run(item.id) : onOpenDocument(item.document.documentId)), 0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setSelected((at + 1) % Math.max(1, shown.length));
    else if (event.key === 'ArrowUp') setSelected((at - 1 + shown.length) % Math.max(1, shown.length));
    else if (event.key === 'Enter') choose(shown[at]);
    else return;
    event.preventDefault();
  };

  const optionId = (index: number) => `palette-option-${index}`;
  return (
    <Dialog open modalType="modal" onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface className="command-palette" aria-label={t(mode === 'recent' ? 'palette.recentTitle' : 'palette.title')}>
        <DialogBody>
          <DialogTitle>{t(mode === 'recent' ? 'palette.recentTitle' : 'palette.title')}</DialogTitle>
          <div className="palette-content">
            <Input
              autoFocus
              value={query}
              placeholder={t(mode === 'recent' ? 'palette.recentPlaceholder' : 'palette.placeholder')}
              onChange={(_event, data) => {
                setQuery(data.value);
                setSelected(0);
              }}
              onKeyDown={onKeyDown}
              role="combobox"
              aria-expanded
              aria-controls="palette-list"
              aria-activedescendant={shown.length > 0 ? optionId(at) : undefined}
              aria-label={t('palette.placeholder')}
              data-testid="palette-input"
            />
            <ul id="palette-list" role="listbox" className="palette-list" aria-label={t('palette.title')}>
              {shown.map((item, index) => (
                <li
                  key={item.kind === 'command' ? item.id : `recent-${item.document.documentId}`}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === at}
                  className={index === at ? 'palette-option selected' : 'palette-option'}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(item)}
                >
                  <span className="palette-label">{item.label}</span>
                  {item.kind === 'command' && item.chord !== null && <Kbd chord={item.chord} />}
                </li>
              ))}
              {shown.length === 0 && <li className="palette-empty" role="option" aria-selected={false} aria-disabled>{t('palette.nothing')}</li>}
            </ul>
          </div>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
