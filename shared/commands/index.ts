export * from './catalog';
export * from './chords';
export * from './bindings';
export * from './menu-model';
