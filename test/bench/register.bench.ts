// Issue 3's benchmarks: search over 100,000 entries (core and through the HTTP transport)
// against the baseline of a bare FTS5 top-20 by bm25 on the same archive, and first rows of the
// register in Chromium with 100,000 entries. The import benchmark is registerImport.bench.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { createCore, type Core } from '../../main/core/createCore';
import { createEntryRepo } from '../../main/core/register/entry.repo';
import { signedInDispatch } from '../support/signIn';
import { startHttpServer } from '../../main/transport/http/server';
import { emptyEntryFields, entryCategories, type EntryListInput } from '../../shared/domain/entry';
import { startServer } from '../e2e/support/server';
import { ftsQuery } from '../../main/core/register/entryList.repo';
import { fmt, percentile, samples, table, timeMs } from './measure';

const ENTRIES = 100_000;
const words = [
  'laporan',
  'keuangan',
  'rencana',
  'strategis',
  'pengumuman',
  'anggaran',
  'kafé',
  'pendidikan',
  'kesehatan',
  'jalan',
  'banjir',
  'pajak',
  'perizinan',
  'statistik',
  'pengadaan',
];
const queries = ['laporan', 'kafe', 'rencana strategis', 'sleman 2023', 'pen', 'zzzz tidak ada'];

function seed(core: Core): void {
  const repo = createEntryRepo(core.db);
  core.db
    .transaction(() => {
      for (let i = 0; i < ENTRIES; i += 1) {
        const pick = (k: number) => String(words[(i * 7 + k * 13) % words.length]);
        repo.insert(
          {
            ...emptyEntryFields(i % 10 === 0 ? entryCategories[1] : i % 3 === 0 ? entryCategories[2] : entryCategories[0], 2015 + (i % 11)),
            judul: `${pick(0)} ${pick(1)} nomor ${String(i)}`,
            ringkasan: `Ringkasan ${pick(2)} dan ${pick(3)} yang dikuasai bidang ${String(i % 40)}`,
            unitText: `Bidang ${String(i % 40)}`,
            tempat: i % 2 === 0 ? 'Sleman' : 'Yogyakarta',
            waktu: String(2015 + (i % 11)),
          },
          't',
        );
      }
    })
    .immediate();
}

function listInput(search: string): EntryListInput {
  return { search, offset: 0, limit: 100 };
}

async function searchBench(dir: string): Promise<void> {
  const core = createCore({ archiveDir: dir });
  try {
    const seedMs = await timeMs(() => seed(core));
    console.log(`seeded ${String(ENTRIES)} entries in ${fmt(seedMs)}`);
    const dispatch = signedInDispatch(core);
    // TOOLCHAIN's baseline, measured here on the same archive: the bare FTS5 top-20 by bm25.
    const bm25Top20 = core.db.prepare<[string], { rowid: number }>(
      'SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? ORDER BY bm25(entries_fts) LIMIT 20',
    );
    const server = await startHttpServer({ dispatch, events: core.events, staticDir: null, context: () => ({ actor: 'bench' }) });
    try {
      const rows: Array<Record<string, string>> = [];
      for (const query of [...queries, '']) {
        const coreSamples = await samples(40, () => dispatch('entry.list', listInput(query), { actor: 'bench' }));
        const call = async () => {
          const response = await fetch(`${server.origin}/api/entry.list`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
            body: JSON.stringify(listInput(query)),
          });
          await response.json();
        };
        // A kept-alive socket the server has just closed resets once in a while; that is not the query's time.
        const httpSamples = await samples(40, () => call().catch(call));
        const deep = await samples(20, () => dispatch('entry.list', { ...listInput(query), offset: 90_000 }, { actor: 'bench' }));
        // The pages after the first, as the register fetches them while scrolling: no counts asked.
        const next = await samples(40, (i) =>
          dispatch('entry.list', { ...listInput(query), offset: 100 * (1 + (i % 20)), withCounts: false }, { actor: 'bench' }),
        );
        const words = ftsQuery(query);
        const baseline = words === null ? [] : await samples(40, () => bm25Top20.all(words));
        rows.push({
          query: query === '' ? '(no search, page 1)' : query,
          'core median': fmt(percentile(coreSamples, 50)),
          'core p95': fmt(percentile(coreSamples, 95)),
          'http median': fmt(percentile(httpSamples, 50)),
          'http p95': fmt(percentile(httpSamples, 95)),
          'offset 90k median': fmt(percentile(deep, 50)),
          'next pages (no counts) p95': fmt(percentile(next, 95)),
          'baseline FTS5 top-20 bm25 median': baseline.length === 0 ? '—' : fmt(percentile(baseline, 50)),
          'baseline p95': baseline.length === 0 ? '—' : fmt(percentile(baseline, 95)),
        });
      }
      table(rows);
    } finally {
      await server.close();
    }
  } finally {
    core.close();
  }
}

async function firstPaintBench(dir: string): Promise<void> {
  const server = await startServer(dir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-quic', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1, name: 'Lemari' }).waitFor();
    const times: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      await page.goto(`${server.url}#/`);
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      const started = performance.now();
      await page.goto(`${server.url}#/dip`);
      await page
        .getByRole('row')
        .filter({ hasText: /nomor 1(?!\d)/ })
        .first()
        .waitFor();
      times.push(performance.now() - started);
    }
    // A full reload straight onto the register: page load, API round trips and first rows.
    const cold = await timeMs(async () => {
      await page.reload();
      await page
        .getByRole('row')
        .filter({ hasText: /nomor 1(?!\d)/ })
        .first()
        .waitFor();
    });
    // Runs in the page (a string, since this file is typed without the DOM): scroll the list
    // 120 frames of 2000 px and report the longest frame.
    const scroll = await page.evaluate<{ worst: number }>(`(async () => {
      const scroller = document.querySelectorAll('[role="table"] [role="rowgroup"]')[1];
      const gaps = [];
      let last = performance.now();
      for (let i = 0; i < 120; i += 1) {
        scroller.scrollTop += 2000;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const now = performance.now();
        gaps.push(now - last);
        last = now;
      }
      return { worst: Math.max(...gaps) };
    })()`);
    table([
      {
        'route change to first rows, median': fmt(percentile(times, 50)),
        p95: fmt(percentile(times, 95)),
        'reload to first rows': fmt(cold),
        'scroll 120 frames × 2000 px, worst frame': fmt(scroll.worst),
      },
    ]);
  } finally {
    await browser.close();
    await server.stop();
  }
}

export default async function registerBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'lemari-bench-register-'));
  try {
    console.log('\n### Search over 100,000 entries (100 rows per page)');
    await searchBench(join(dir, 'arsip'));
    console.log('\n### Register in Chromium with 100,000 entries');
    await firstPaintBench(join(dir, 'arsip'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
