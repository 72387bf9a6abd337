import { describe, expect, it } from 'vitest';
import { emptyEntryFields, type EntryFields } from '../../../shared/domain/entry';
import { tempDir } from '../../../test/support/tempArchive';
import { createCore } from '../createCore';
import { seedLegacyDik, signedInDispatch } from '../../../test/support/signIn';

const ctx = { actor: 'petugas' };

function setup() {
  const core = createCore({ archiveDir: tempDir() });
  return { core, dispatch: signedInDispatch(core) };
}

const fields = (over: Partial<EntryFields>): EntryFields => ({
  ...emptyEntryFields('berkala', 2025),
  judul: 'Laporan Keuangan 2025',
  ...over,
});

describe('register edits and the exemption workflow', () => {
  it('refuses exempting public information by changing its category', async () => {
    const { core, dispatch } = setup();
    const entry = await core.handlers['entry.create']({ fields: fields({}) }, ctx);
    const result = await dispatch(
      'entry.update',
      { id: entry.id, fields: fields({ category: 'dikecualikan' }), expectedVersion: entry.version },
      ctx,
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'forbidden', field: 'fields.category', message: expect.stringContaining('Uji Konsekuensi') },
    });
    expect((await core.handlers['entry.get']({ id: entry.id }, ctx)).category).toBe('berkala');
    core.close();
  });

  it('refuses opening exempted information by changing its category, also through an inline patch', async () => {
    const { core, dispatch } = setup();
    const entry = seedLegacyDik(core, fields({ category: 'dikecualikan', dikInformasi: 'Data rekening pegawai' }));
    const result = await dispatch('entry.patch', { id: entry.id, patch: { category: 'setiap_saat' }, expectedVersion: entry.version }, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('keputusan pembukaan') } });
    core.close();
  });

  it('refuses any register edit of a DIK row an approved decision fixed (issue 13: not even its notes)', async () => {
    const { core, dispatch } = setup();
    const entry = seedLegacyDik(core, fields({ category: 'dikecualikan', dikJangkaWaktu: '20 Tahun' }));
    core.db
      .prepare("INSERT INTO exemptions (entry_id, anchor, period_kind, status, updated_at) VALUES (?, 'sk', 'duration', 'approved', 't')")
      .run(entry.id);
    const rewrite = await dispatch(
      'entry.patch',
      { id: entry.id, patch: { dikJangkaWaktu: '1 Tahun' }, expectedVersion: entry.version },
      ctx,
    );
    expect(rewrite).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('alur pengecualian') } });
    const note = await dispatch(
      'entry.patch',
      { id: entry.id, patch: { notes: 'Asli di ordner DIK-2025-01' }, expectedVersion: entry.version },
      ctx,
    );
    expect(note).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await core.handlers['entry.get']({ id: entry.id }, ctx)).dikJangkaWaktu).toBe('20 Tahun');
    core.close();
  });
});
