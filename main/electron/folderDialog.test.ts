import { describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../transport/dispatch';
import { dispatchCore } from '../../test/support/dispatchCore';
import { tempDir } from '../../test/support/tempArchive';

const electron = vi.hoisted(() => ({
  opened: [] as Array<{ window: unknown; options: { properties: string[]; defaultPath?: string } }>,
  answer: { canceled: false, filePaths: ['/media/ppid/USB/Cadangan'] },
}));
vi.mock('electron', () => ({
  BrowserWindow: { getFocusedWindow: () => ({ id: 1 }) },
  dialog: {
    showOpenDialog: (window: unknown, options: { properties: string[]; defaultPath?: string }) => {
      electron.opened.push({ window, options });
      return Promise.resolve(electron.answer);
    },
  },
}));
const { nativeFolderPick } = await import('./folderDialog');

describe('folder.pick in Electron: the native dialog', () => {
  it('opens a folder-only dialog over the focused window and answers the chosen folder', async () => {
    electron.opened.length = 0;
    const current = tempDir();
    expect(await nativeFolderPick({ current }, { actor: 't' })).toEqual({ native: true, path: '/media/ppid/USB/Cadangan' });
    const [call] = electron.opened;
    expect(call?.window).toEqual({ id: 1 });
    expect(call?.options.properties).toContain('openDirectory');
    expect(call?.options.properties).not.toContain('openFile');
    expect(call?.options.defaultPath).toBe(current);
  });

  it('a cancelled dialog chooses nothing, and a folder that is gone is not offered as the start', async () => {
    electron.opened.length = 0;
    electron.answer = { canceled: true, filePaths: [] };
    expect(await nativeFolderPick({ current: '/tidak/ada/lagi' }, { actor: 't' })).toEqual({ native: true, path: null });
    expect(electron.opened[0]?.options.defaultPath).toBeUndefined();
  });

  it('behind dispatch as main.ts wires it: a clerk is refused and no dialog opens', async () => {
    electron.opened.length = 0;
    electron.answer = { canceled: false, filePaths: ['/x'] };
    const s = dispatchCore('2026-03-02T02:00:00Z');
    await s.firstPpid({ name: 'Rina Marlina' });
    const budi = await s.call('user.create', { fields: { name: 'Budi', nip: '', jabatan: 'Pengelola', roles: ['petugas'], active: true } });
    const dispatch = createDispatch({ handlers: { ...s.core.handlers, 'folder.pick': nativeFolderPick }, gate: s.core.gate });
    expect(await dispatch('folder.pick', { current: null }, s.context())).toEqual({ ok: true, value: { native: true, path: '/x' } });
    await s.signInAs(budi);
    const refused = await dispatch('folder.pick', { current: null }, s.context());
    expect(refused.ok ? 'opened' : refused.error.code).toBe('forbidden');
    expect(electron.opened).toHaveLength(1);
  });
});
