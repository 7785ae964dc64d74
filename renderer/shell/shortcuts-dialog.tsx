import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Input, Tooltip } from '@fluentui/react-components';
import { ArrowResetRegular, DeleteRegular, KeyboardRegular } from '@fluentui/react-icons';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  chordOfKeyEvent, chordProblem, COMMANDS, MENUS, withBinding, type ChordProblem, type CommandId, type ShortcutOverrides,
} from '../../shared/commands';
import { useLiveCommands } from './commands';
import { Kbd } from './kbd';

export interface ShortcutsDialogProps {
  readonly overrides: ShortcutOverrides | undefined;
  /** Saves every changed shortcut; rejects when they were not saved. */
  readonly onSave: (overrides: Record<string, string | null>) => Promise<void>;
  readonly onClose: () => void;
}

/** A chord pressed for a command, held while it is refused or asks to take another command's keys. */
interface Recording {
  readonly id: CommandId;
  readonly chord: string | null;
  readonly problem: ChordProblem | null;
}

/** F1: every command with its keys, each changeable (press the new keys), removable and resettable. */
export function ShortcutsDialog({ overrides, onSave, onClose }: ShortcutsDialogProps) {
  const { t } = useTranslation();
  const { bindings } = useLiveCommands();
  const [recording, setRecording] = useState<Recording | null>(null);
  const [filter, setFilter] = useState('');
  const [failure, setFailure] = useState<string | null>(null);

  const save = async (next: Record<string, string | null>) => {
    try {
      await onSave(next);
      setRecording(null);
      setFailure(null);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  const onRecordKey = (event: KeyboardEvent<HTMLElement>) => {
    if (!recording) return;
    event.preventDefault();
    event.stopPropagation();
    if (event.key === 'Escape') {
      setRecording(null);
      return;
    }
    const chord = chordOfKeyEvent(event);
    if (chord === null) return;
    const problem = chordProblem(bindings, recording.id, chord);
    if (problem === null) void save(withBinding(overrides, recording.id, chord));
    else setRecording({ ...recording, chord, problem });
  };

  const takeOver = (id: CommandId, chord: string, from: CommandId) => void save(withBinding(withBinding(overrides, from, null), id, chord));

  const words = filter.toLocaleLowerCase().split(/\s+/u).filter(Boolean);
  const matches = (id: CommandId) => {
    const text = `${t(`commands.${id}`)} ${bindings.get(id) ?? ''}`.toLocaleLowerCase();
    return words.every((word) => text.includes(word));
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_event, data) => !data.open && !recording && onClose()}>
      <DialogSurface className="shortcuts-dialog" onKeyDownCapture={recording ? onRecordKey : undefined} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{t('shortcuts.title')}</DialogTitle>
          <DialogContent>
            <Input value={filter} onChange={(_event, data) => setFilter(data.value)} placeholder={t('shortcuts.filter')} aria-label={t('shortcuts.filter')} data-testid="shortcuts-filter" />
            {failure !== null && <p className="shortcuts-failure" role="alert">{failure}</p>}
            {MENUS.map((menu) => {
              const rows = COMMANDS.filter((command) => command.menu === menu && matches(command.id));
              if (rows.length === 0) return null;
              return (
                <table key={menu} className="shortcuts-table">
                  <caption>{t(`menus.${menu}`)}</caption>
                  <tbody>
                    {rows.map(({ id, keys }) => {
                      const chord = bindings.get(id) ?? null;
                      const active = recording?.id === id;
                      return (
                        <tr key={id} data-command={id}>
                          <th scope="row">{t(`commands.${id}`)}</th>
                          <td className="shortcut-keys">
                            {active ? (
                              <span className="recording" role="status">
                                {recording.chord === null ? t('shortcuts.pressKeys') : <Kbd chord={recording.chord} />}
                                {recording.problem && recording.chord !== null && (
                                  <span className="shortcut-problem">
                                    {recording.problem.kind === 'taken' ? t('shortcuts.taken', { command: t(`commands.${recording.problem.by}`) }) : t(`shortcuts.${recording.problem.kind}`)}
                                    {recording.problem.kind === 'taken' && (
                                      <Button size="small" onClick={() => recording.problem?.kind === 'taken' && recording.chord !== null && takeOver(id, recording.chord, recording.problem.by)}>
                                        {t('shortcuts.takeOver')}
                                      </Button>
                                    )}
                                  </span>
                                )}
                              </span>
                            ) : chord === null ? <span className="no-shortcut">{t('shortcuts.none')}</span> : <Kbd chord={chord} />}
                          </td>
                          <td className="shortcut-actions">
                            <Tooltip content={t('shortcuts.change')} relationship="label">
                              <Button size="small" appearance="subtle" icon={<KeyboardRegular />} aria-pressed={active} onClick={() => setRecording(active ? null : { id, chord: null, problem: null })} />
                            </Tooltip>
                            <Tooltip content={t('shortcuts.remove')} relationship="label">
                              <Button size="small" appearance="subtle" icon={<DeleteRegular />} disabled={chord === null} onClick={() => void save(withBinding(overrides, id, null))} />
                            </Tooltip>
                            <Tooltip content={t('shortcuts.reset', { keys: keys ?? t('shortcuts.none') })} relationship="label">
                              <Button size="small" appearance="subtle" icon={<ArrowResetRegular />} disabled={chord === keys} onClick={() => void save(withBinding(overrides, id, keys))} />
                            </Tooltip>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              );
            })}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>{t('shortcuts.close')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
