// Where the main window opens: the size and place it had when it was last closed, if that place
// is still on a screen. Kept apart from main.ts (which needs the Electron binary) so tests run it.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileDurably } from '../store/durable-file';

export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const SavedStateSchema = z.object({
  x: z.number().int(), y: z.number().int(), width: z.number().int().positive(), height: z.number().int().positive(), maximized: z.boolean(),
});
export type WindowState = z.infer<typeof SavedStateSchema>;

export const DEFAULT_SIZE = { width: 1400, height: 900 } as const;
/** The least a window is opened at: smaller, the workbench's columns do not fit. */
export const MIN_SIZE = { width: 800, height: 500 } as const;
/** How much of the title bar must lie on a screen for the saved place to be used. */
const VISIBLE = { width: 120, height: 40 } as const;

/** Where to open the window: at the saved place if enough of it is on one of `screens` (work areas), else centred at the saved size. */
export function windowBoundsFor(saved: unknown, screens: readonly Rectangle[]): { x?: number; y?: number; width: number; height: number; maximized: boolean } {
  const parsed = SavedStateSchema.safeParse(saved);
  if (!parsed.success) return { ...DEFAULT_SIZE, maximized: false };
  const state = parsed.data;
  const largest = screens.reduce((best, screen) => Math.max(best, screen.width * screen.height), 0);
  const screen = screens.find((area) => overlap(area, { ...state, height: VISIBLE.height }) >= VISIBLE.width * VISIBLE.height / 2);
  const fitIn = screen ?? screens.find((area) => area.width * area.height === largest);
  const width = Math.max(MIN_SIZE.width, Math.min(state.width, fitIn?.width ?? state.width));
  const height = Math.max(MIN_SIZE.height, Math.min(state.height, fitIn?.height ?? state.height));
  return screen ? { x: state.x, y: state.y, width, height, maximized: state.maximized } : { width, height, maximized: state.maximized };
}

function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/** The saved state, or null when there is none or it cannot be read (the window then opens at the default). */
export async function readWindowState(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

export function writeWindowState(file: string, bounds: Rectangle, maximized: boolean): Promise<void> {
  const state: WindowState = { x: Math.round(bounds.x), y: Math.round(bounds.y), width: Math.round(bounds.width), height: Math.round(bounds.height), maximized };
  return writeFileDurably(file, JSON.stringify(state));
}
