import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../electron/main/menu-template';
import { DEFAULT_SIZE, readWindowState, windowBoundsFor, writeWindowState } from '../../electron/main/window-state';
import { effectiveBindings, menuModel } from '../../shared/commands';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const secondScreen = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('the main window’s place', () => {
  it('reopens where it was closed, on either screen, and maximized if it was', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pird-window-')), 'window-state.json');
    await writeWindowState(file, { x: 2100.4, y: 80, width: 1600, height: 1000 }, true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 2100, y: 80, width: 1600, height: 1000, maximized: true });
    expect(windowBoundsFor(await readWindowState(file), [laptop, secondScreen])).toEqual({ x: 2100, y: 80, width: 1600, height: 1000, maximized: true });
  });

  it('comes back onto a screen when the one it was on is gone, at a size that fits', () => {
    const saved = { x: 2100, y: 80, width: 2400, height: 1300, maximized: false };
    expect(windowBoundsFor(saved, [laptop])).toEqual({ width: 1920, height: 1040, maximized: false });
  });

  it('opens at the default size when the saved state is missing or damaged, never smaller than the least size', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pird-window-')), 'window-state.json');
    expect(windowBoundsFor(await readWindowState(file), [laptop])).toEqual({ ...DEFAULT_SIZE, maximized: false });
    writeFileSync(file, '{"x": 10, "y":');
    expect(windowBoundsFor(await readWindowState(file), [laptop])).toEqual({ ...DEFAULT_SIZE, maximized: false });
    expect(windowBoundsFor({ x: 10, y: 10, width: 200, height: 100, maximized: false }, [laptop])).toEqual({ x: 10, y: 10, width: 800, height: 500, maximized: false });
  });
});

describe('the native menu', () => {
  it('is built from the page’s description, shortcuts shown but heard by the page, clicks sent back by id', () => {
    const model = menuModel(effectiveBindings({ 'tools.concordance': 'Ctrl+Shift+K' }), (key) => key.split('.').pop() ?? key, () => true, [{ documentId: 'd7', label: 'Kadhimi' }]);
    const chosen: string[] = [];
    const template = menuTemplate(model, (id) => chosen.push(id));
    expect(template?.map((menu) => menu.label)).toEqual(['file', 'edit', 'view', 'segment', 'align', 'review', 'tools', 'help']);
    const tools = template?.find((menu) => menu.label === 'tools')?.submenu ?? [];
    const concordance = tools.find((item) => item.id === 'tools.concordance');
    expect(concordance).toMatchObject({ accelerator: 'Ctrl+Shift+K', registerAccelerator: false, enabled: true });
    concordance?.click?.();
    template?.[0]?.submenu?.find((item) => item.id === 'open-recent:d7')?.click?.();
    expect(chosen).toEqual(['tools.concordance', 'open-recent:d7']);
  });

  it('refuses a description that is not one', () => {
    expect(menuTemplate({ menus: [{ name: 'file', label: 'File', items: [{ id: 'x', label: 'y' }] }] }, () => undefined)).toBeNull();
    expect(menuTemplate('<script>', () => undefined)).toBeNull();
  });
});
