import { Button, ToggleButton, Tooltip } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandId } from '../../shared/commands';
import { useLiveCommands } from './commands';

export interface CommandButtonProps {
  readonly command: CommandId;
  readonly icon: ReactElement;
  /** The button's short text; the tooltip names the command in full with its keys. */
  readonly label: string;
  /** A longer description for the tooltip (what the command does); absent: the command's name. */
  readonly hint?: string | undefined;
  /** A toggle (a panel open or closed): shown pressed while on. */
  readonly pressed?: boolean;
  /** What a click does, when not simply the command (a toggle closes what the command opens). */
  readonly onClick?: () => void;
  readonly disabled?: boolean;
  /** Leaves the focus (and the text cursor) where it is when clicked: a split reads the cursor. */
  readonly keepFocus?: boolean;
}

/** A toolbar button that runs a command: disabled while no view can run it, its shortcut in its tooltip. */
export function CommandButton({ command, icon, label, hint, pressed, onClick, disabled, keepFocus }: CommandButtonProps) {
  const { t } = useTranslation();
  const registry = useLiveCommands();
  const chord = registry.bindings.get(command) ?? null;
  const name = hint ?? t(`commands.${command}`);
  const tip = chord === null ? name : `${name} (${chord})`;
  const off = disabled ?? (onClick === undefined && !registry.runnable(command));
  const run = onClick ?? (() => void registry.run(command));
  const onMouseDown = keepFocus ? (event: { preventDefault(): void }) => event.preventDefault() : undefined;
  return (
    <Tooltip content={tip} relationship="description" withArrow>
      {pressed === undefined ? (
        <Button appearance="subtle" icon={icon} disabled={off} onClick={run} onMouseDown={onMouseDown} data-command={command}>{label}</Button>
      ) : (
        <ToggleButton appearance="subtle" icon={icon} checked={pressed} disabled={off} onClick={run} data-command={command}>{label}</ToggleButton>
      )}
    </Tooltip>
  );
}
