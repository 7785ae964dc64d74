import { unitSourceText, unitTargetText, type Unit } from '../project';
import type { QaSegment } from './types';

/** A unit as the checks see it. */
export function qaSegmentOf(unit: Unit): QaSegment {
  return {
    source: unitSourceText(unit), target: unitTargetText(unit), started: unit.status !== 'new',
    ...(unit.ignoredQa && unit.ignoredQa.length > 0 ? { ignored: unit.ignoredQa } : {}),
  };
}
