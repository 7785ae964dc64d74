import { expect } from 'vitest';
import type { PirdService } from '../../../electron/service/pird-service';
import type { Project } from '../../../shared/project';
import { CONFIRMED_UNITS } from '../../shared/align/word-pairs-fixture';

const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/** A project whose one document holds the confirmed units of the fixture. */
export async function confirmedProject(pird: PirdService): Promise<Project> {
  const project = await pird.createProject({ name: 'Nature' });
  const { document } = await pird.importDocument({
    projectId: project.id, fileName: 'nature.txt', contentBase64: base64(CONFIRMED_UNITS.map((u) => u.source).join('\n')),
  });
  const units = (await pird.getDocument({ documentId: document.id })).units;
  expect(units).toHaveLength(CONFIRMED_UNITS.length);
  for (const [k, unit] of units.entries()) {
    await pird.updateTarget({ documentId: document.id, unitId: unit.id, text: CONFIRMED_UNITS[k]?.target ?? '' });
    await pird.setStatus({ documentId: document.id, unitId: unit.id, status: 'translated' });
  }
  return project;
}
