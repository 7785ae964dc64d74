import { lazy } from 'react';

// Monaco is large: it loads after the document is on screen, not before.
export const LazyTargetEditor = lazy(async () => ({ default: (await import('./target-editor')).TargetEditor }));
export const LazyDiffView = lazy(async () => ({ default: (await import('./diff-view')).DiffView }));
