import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { SomeSamples } from './sample';

/** Choosing a folder: no native dialog outside Electron; the browser lists subfolders only. */
export const folderSamples = {
  'folder.pick': {
    input: () => ({ current: null }),
    check: (pick) => expect(pick).toEqual({ native: false, path: null }),
  },
  'folder.list': {
    input: (ctx) => {
      const dir = ctx.scratch();
      mkdirSync(join(dir, 'Pindaian'));
      writeFileSync(join(dir, 'catatan.txt'), 'bukan folder');
      return { path: dir };
    },
    check: (listing) => expect(listing.folders.map((f) => f.name)).toEqual(['Pindaian']),
  },
} satisfies SomeSamples;
