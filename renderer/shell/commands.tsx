import { useTranslation } from 'react-i18next';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { chordOfKeyEvent, commandForChord, effectiveBindings, heardInTextFields, type Bindings, type CommandId, type CommandScope, type KeyEventLike, type ShortcutOverrides } from '../../shared/commands';
import { isTextField } from '../widgets/text-field';

/** What a view registers for a command while it is shown. */
interface Registration {
  run(): void;
  enabled: boolean;
}

/** The live registry of commands: who can run what now, and each command's keys. */
export interface CommandRegistry {
  readonly bindings: Bindings;
  /** Runs a command if a shown view can; false when none can. */
  run(id: CommandId): boolean;
  runnable(id: CommandId): boolean;
  /** Runs the command of a key press among the scopes given; true (and the event's default prevented) when one ran. */
  dispatchKey(event: KeyEventLike & { preventDefault(): void }, scopes: readonly CommandScope[]): boolean;
  register(id: CommandId, registration: Registration): () => void;
  /** Called when registrations change (the palette and the menus list what can run). */
  subscribe(listener: () => void): () => void;
  version(): number;
}

const RegistryContext = createContext<CommandRegistry | null>(null);

/** Scopes the window hears; the alignment grid hears its own (`align`) where it has the focus. */
const WINDOW_SCOPES: readonly CommandScope[] = ['app', 'document', 'translate'];

function createRegistry(bindings: Bindings): CommandRegistry & { setBindings(next: Bindings): void } {
  const registrations = new Map<CommandId, Registration[]>();
  const listeners = new Set<() => void>();
  let changes = 0;
  const changed = () => {
    changes++;
    for (const listener of listeners) listener();
  };
  const current = (id: CommandId): Registration | undefined => registrations.get(id)?.at(-1);
  const registry = {
    bindings,
    setBindings(next: Bindings) {
      registry.bindings = next;
      changed();
    },
    runnable: (id: CommandId) => current(id)?.enabled === true,
    run(id: CommandId) {
      const registration = current(id);
      if (!registration?.enabled) return false;
      registration.run();
      return true;
    },
    dispatchKey(event: KeyEventLike & { preventDefault(): void }, scopes: readonly CommandScope[]) {
      const chord = chordOfKeyEvent(event);
      if (chord === null) return false;
      const id = commandForChord(registry.bindings, chord, registry.runnable, scopes);
      if (id === null) return false;
      event.preventDefault();
      return registry.run(id);
    },
    register(id: CommandId, registration: Registration) {
      registrations.set(id, [...(registrations.get(id) ?? []), registration]);
      changed();
      return () => {
        registrations.set(id, (registrations.get(id) ?? []).filter((r) => r !== registration));
        changed();
      };
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => changes,
  };
  return registry;
}

/** Holds the registry and hears the window's keys for the commands of the shown views. */
export function CommandsProvider({ shortcuts, children }: { readonly shortcuts: ShortcutOverrides | undefined; readonly children: ReactNode }) {
  const bindings = useMemo(() => effectiveBindings(shortcuts), [shortcuts]);
  const registry = useRef<ReturnType<typeof createRegistry> | null>(null);
  registry.current ??= createRegistry(bindings);
  const live = registry.current;
  useEffect(() => {
    if (live.bindings !== bindings) live.setBindings(bindings);
  }, [live, bindings]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Handled already: by the alignment grid, a dialog, or Monaco running the command itself.
      if (event.defaultPrevented) return;
      const chord = chordOfKeyEvent(event);
      if (chord === null || (isTextField(event.target) && !heardInTextFields(chord))) return;
      live.dispatchKey(event, WINDOW_SCOPES);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [live]);
  return <RegistryContext.Provider value={live}>{children}</RegistryContext.Provider>;
}

export function useCommandRegistry(): CommandRegistry {
  const registry = useContext(RegistryContext);
  if (!registry) throw new Error('useCommandRegistry outside CommandsProvider');
  return registry;
}

/** Re-renders when what can run changes; answers the registry. */
export function useLiveCommands(): CommandRegistry {
  const registry = useCommandRegistry();
  useSyncExternalStore(registry.subscribe, registry.version);
  return registry;
}

/** Makes a command runnable while the calling view is shown (and `enabled`); the latest `run` is the one called. */
export function useCommand(id: CommandId, run: () => void, enabled = true): void {
  const registry = useCommandRegistry();
  const latest = useRef(run);
  latest.current = run;
  const call = useCallback(() => latest.current(), []);
  useEffect(() => registry.register(id, { run: call, enabled }), [registry, id, call, enabled]);
}

/**
 * A hint naming a command's keys as the user set them (`message` takes them as {{keys}}), for
 * commands that are numbered by position (insert match 2); undefined when the command has no keys.
 */
export function useKeysHint(message: string): (id: CommandId) => string | undefined {
  const { t } = useTranslation();
  const { bindings } = useLiveCommands();
  return (id) => {
    const chord = bindings.get(id) ?? null;
    return chord === null ? undefined : t(message, { keys: chord });
  };
}
