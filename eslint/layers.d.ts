// Types of eslint/layers.js for the TypeScript tests that read its table (test/build/boundaries.test.ts).
export type Layer = 'shared' | 'core' | 'electron' | 'preload' | 'renderer' | 'test';
export function layerOf(path: string): Layer | null;
export const mayImportFrom: Record<Layer, readonly Layer[]>;
export const builtinLayers: readonly Layer[];
export const packageLayers: Record<string, readonly Layer[]>;
export const transitiveLayers: Record<string, readonly Layer[]>;
