import { afterEach, describe, expect, it } from 'vitest';
import { emptyAgencyFields } from '../../shared/domain/agency';
import { inProcess, overHttp, type Harness } from './transports';

const harnesses: Array<[string, () => Promise<Harness> | Harness]> = [
  ['in-process', inProcess],
  ['http', overHttp],
];

describe.each(harnesses)('the foundation contract over %s', (_name, make) => {
  let harness: Harness | null = null;
  const open = async () => (harness = await make());
  afterEach(async () => {
    await harness?.close();
    harness = null;
  });

  it('keeps the agency profile and refuses a stale save', async () => {
    const { client } = await open();
    const start = await client.call('agency.get', {});
    expect(start).toMatchObject({ ok: true, value: { version: 0, bodyName: '' } });
    const fields = { ...emptyAgencyFields, bodyName: 'KPU Kabupaten Bantul', ppidNip: '19800101 200501 2 001' };
    const saved = await client.call('agency.update', { fields, expectedVersion: 0 });
    expect(saved).toMatchObject({ ok: true, value: { version: 1, bodyName: 'KPU Kabupaten Bantul' } });
    const stale = await client.call('agency.update', { fields: { ...fields, bodyName: 'Timpa' }, expectedVersion: 0 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('jendela lain') } });
    expect(await client.call('agency.get', {})).toMatchObject({ ok: true, value: { bodyName: 'KPU Kabupaten Bantul' } });
  });

  it('creates, lists and deactivates units; deactivated ones are hidden by default', async () => {
    const { client } = await open();
    const created = await client.call('unit.create', { fields: { name: 'Subbagian Teknis', kind: 'bagian', head: '', active: true } });
    if (!created.ok) throw new Error(created.error.message);
    const updated = await client.call('unit.update', {
      id: created.value.id,
      fields: { ...created.value, active: false },
      expectedVersion: created.value.version,
    });
    expect(updated).toMatchObject({ ok: true, value: { active: false, version: 1 } });
    expect(await client.call('unit.list', {})).toEqual({ ok: true, value: [] });
    expect(await client.call('unit.list', { includeInactive: true })).toMatchObject({ ok: true, value: [{ name: 'Subbagian Teknis' }] });
    expect(await client.call('unit.update', { id: 999, fields: { ...created.value }, expectedVersion: 0 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('reports validation errors with the field, and changes nothing', async () => {
    const { client } = await open();
    // The harness's first run (the PPID account and its sign-in) is in the trail already; the refused unit adds nothing.
    const before = await client.call('audit.verify', {});
    const checked = before.ok ? before.value.checked : -1;
    expect(checked).toBeGreaterThan(0);
    const bad = await client.call('unit.create', { fields: { name: '   ', kind: 'bidang', head: '', active: true } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'fields.name' } });
    expect(await client.call('audit.verify', {})).toMatchObject({ ok: true, value: { checked } });
  });

  it('pushes events to subscribers when data changes', async () => {
    const { client } = await open();
    const seen: unknown[] = [];
    const stop = client.on('unit.changed', (payload) => seen.push(payload));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const created = await client.call('unit.create', { fields: { name: 'Bidang Hukum', kind: 'bidang', head: '', active: true } });
    await expect.poll(() => seen.length).toBe(1);
    expect(seen[0]).toEqual({ id: created.ok ? created.value.id : -1 });
    stop();
  });

  it('keeps the language setting and the audit trail of it', async () => {
    const { client } = await open();
    expect(await client.call('settings.get', {})).toMatchObject({ ok: true, value: { language: 'id' } });
    const first = await client.call('app.info', {});
    const events = (first.ok ? first.value.counts.auditEvents : undefined) ?? -1;
    expect(await client.call('settings.update', { patch: { language: 'en' } })).toMatchObject({ ok: true, value: { language: 'en' } });
    expect(await client.call('settings.update', { patch: { language: 'fr' as 'en' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'patch.language' },
    });
    const info = await client.call('app.info', {});
    // The one language change is audited; the refused one is not.
    expect(info).toMatchObject({ ok: true, value: { counts: { auditEvents: events + 1 } } });
  });
});
