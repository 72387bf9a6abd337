import { describe, expect, it } from 'vitest';
import { signedInDispatch } from '../../../test/support/signIn';
import { createCore, type Core } from '../createCore';
import { emptyEntryFields, type EntryFields } from '../../../shared/domain/entry';
import { tempDir } from '../../../test/support/tempArchive';

const ctx = { actor: 'petugas' };

function fields(overrides: Partial<EntryFields> = {}): EntryFields {
  return { ...emptyEntryFields('berkala', 2025), judul: 'Laporan Keuangan 2024', ...overrides };
}

function open(): Core {
  return createCore({ archiveDir: tempDir() });
}

async function search(core: Core, text: string, deleted: 'active' | 'deleted' | 'all' = 'active') {
  return core.handlers['entry.list'](
    {
      search: text,
      category: null,
      unitId: null,
      year: null,
      bentuk: null,
      deleted,
      sort: 'number',
      direction: 'asc',
      grouped: true,
      offset: 0,
      limit: 50,
      withCounts: true,
    },
    ctx,
  );
}

describe('entry service', () => {
  it('refuses a stale save with a clear conflict and keeps the first save', async () => {
    const core = open();
    const created = await core.handlers['entry.create']({ fields: fields() }, ctx);
    const first = await core.handlers['entry.update']({ id: created.id, fields: fields({ judul: 'Tab A' }), expectedVersion: 0 }, ctx);
    expect(first.version).toBe(1);
    const dispatch = signedInDispatch(core);
    const second = await dispatch('entry.update', { id: created.id, fields: fields({ judul: 'Tab B' }), expectedVersion: 0 }, ctx);
    expect(second.ok).toBe(false);
    if (!second.ok) {
      expect(second.error.code).toBe('conflict');
      expect(second.error.message).toContain('jendela atau tab lain');
      expect(second.error.messageEn).toContain('another window or tab');
    }
    expect((await core.handlers['entry.get']({ id: created.id }, ctx)).judul).toBe('Tab A');
    core.close();
  });

  it('soft-deletes and restores, never removing the row, each with an audit event', async () => {
    const core = open();
    const created = await core.handlers['entry.create']({ fields: fields() }, ctx);
    const deleted = await core.handlers['entry.delete']({ id: created.id, expectedVersion: created.version }, ctx);
    expect(deleted.deletedAt).not.toBeNull();
    expect((await search(core, '')).total).toBe(0);
    expect((await search(core, '', 'deleted')).rows.map((r) => r.id)).toEqual([created.id]);
    const restored = await core.handlers['entry.restore']({ id: created.id, expectedVersion: deleted.version }, ctx);
    expect(restored.deletedAt).toBeNull();
    expect((await search(core, '')).total).toBe(1);
    const actions = core.handlers['audit.list']({ entityType: 'entry', entityId: String(created.id), limit: 10 }, ctx);
    expect((await actions).map((e) => e.action)).toEqual(['entry.restore', 'entry.delete', 'entry.create']);
    expect((await core.handlers['audit.verify']({}, ctx)).ok).toBe(true);
    core.close();
  });

  it('finds entries with or without accents, by prefix, in any text field, with counts per category', async () => {
    const core = open();
    await core.handlers['entry.create']({ fields: fields({ category: 'setiap_saat', judul: 'Daftar Kafé Binaan' }) }, ctx);
    await core.handlers['entry.create']({ fields: fields({ judul: 'Rencana Strategis', notes: 'disusun oleh Bappeda' }) }, ctx);
    await core.handlers['entry.create']({ fields: fields({ judul: 'Keputusan Kepala Dinas', dikDasarHukum: 'Pasal 17 huruf h' }) }, ctx);
    expect((await search(core, 'kafe')).rows.map((r) => r.judul)).toEqual(['Daftar Kafé Binaan']);
    expect((await search(core, 'KAFÉ')).rows.map((r) => r.judul)).toEqual(['Daftar Kafé Binaan']);
    expect((await search(core, 'bappe')).rows.map((r) => r.judul)).toEqual(['Rencana Strategis']);
    expect((await search(core, 'pasal 17')).rows.map((r) => r.judul)).toEqual(['Keputusan Kepala Dinas']);
    // FTS syntax typed by an officer is just words, never an error.
    expect((await search(core, '"NEAR( OR -')).total).toBe(0);
    const all = await search(core, '');
    expect(all.counts).toEqual([
      { category: 'berkala', count: 2 },
      { category: 'serta_merta', count: 0 },
      { category: 'setiap_saat', count: 1 },
      { category: 'dikecualikan', count: 0 },
    ]);
    expect(all.rows.map((r) => r.category)).toEqual(['berkala', 'berkala', 'setiap_saat']);
    core.close();
  });

  it('keeps a history of who changed what, before and after', async () => {
    const core = open();
    const unit = await core.handlers['unit.create']({ fields: { name: 'Sekretariat', kind: 'bagian', head: '', active: true } }, ctx);
    const created = await core.handlers['entry.create']({ fields: fields({ unitId: unit.id }) }, ctx);
    await core.handlers['entry.patch']({ id: created.id, patch: { judul: 'Laporan Keuangan 2025' }, expectedVersion: 0 }, { actor: 'Sri' });
    const history = await core.handlers['entry.history']({ id: created.id }, ctx);
    expect(history[0]).toMatchObject({
      action: 'entry.update',
      actor: 'Sri',
      changes: [{ field: 'judul', before: 'Laporan Keuangan 2024', after: 'Laporan Keuangan 2025' }],
    });
    expect(history[1]?.action).toBe('entry.create');
    expect(history[1]?.changes).toEqual(expect.arrayContaining([{ field: 'unitName', before: null, after: 'Sekretariat' }]));
    core.close();
  });

  it('refuses a unit that does not exist, at the field', async () => {
    const core = open();
    const dispatch = signedInDispatch(core);
    const result = await dispatch('entry.create', { fields: fields({ unitId: 42 }) }, ctx);
    expect(result.ok ? null : result.error.field).toBe('fields.unitId');
    expect((await search(core, '')).total).toBe(0);
    core.close();
  });
});
