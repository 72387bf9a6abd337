import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Edition, WebsitePackage } from '../../../shared/domain/edition';
import type { ListDocument } from '../../../shared/domain/export';
import { listBaseName, listTitle } from '../../../shared/domain/export';
import { dedupeFileNames, sanitizeFileName } from '../../../shared/domain/fileName';
import { renderList } from '../export/renderList';
import type { Progress } from '../export/pdf/tablePdf';
import type { EditionDocument } from './edition.repo';
import type { LeakGuard } from './leakGuard';
import { buildZip, type ZipInput } from './zip';

const scanExtension: Record<string, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };
const documentExtension: Record<string, string> = { ...scanExtension, 'image/tiff': 'tif' };

export interface PackageSources {
  edition: Edition;
  list: ListDocument;
  scan: { scan_type: string; scan: Buffer } | null;
  documents: EditionDocument[];
  readDocument: (sha256: string) => Buffer;
}

function skName(edition: Edition, type: string): string {
  const what = edition.list === 'dip' ? 'informasi-publik' : 'dikecualikan';
  return `sk-penetapan-${what}-${String(edition.year)}.${scanExtension[type] ?? 'pdf'}`;
}

/** Public copies under dokumen/, named for Windows, each name unique ignoring case. */
function documentFiles(documents: readonly EditionDocument[], read: (sha256: string) => Buffer): ZipInput[] {
  const names = dedupeFileNames(
    documents.map((doc) => {
      const ext = documentExtension[doc.contentType] ?? 'bin';
      const stem = sanitizeFileName(doc.name).replace(/\.[A-Za-z0-9]{1,5}$/, '');
      return `${stem}.${ext}`;
    }),
  );
  return documents.map((doc, i) => ({ name: `dokumen/${names[i] ?? doc.sha256}`, data: read(doc.sha256) }));
}

/**
 * The website package of an edition: PDF, XLSX, CSV, JSON, a static index.html, the SK scan, the
 * public copies and manifest-sha256.txt, all made from the frozen snapshot, so the same edition
 * gives the same files and the same zip bytes. The leak guard sees every file before it is returned.
 */
export async function buildPackage(sources: PackageSources, guard: LeakGuard, progress: Progress = () => undefined): Promise<ZipInput[]> {
  const { edition, list } = sources;
  // Refused before a page is drawn: a public list carrying exempted text makes no package at all.
  guard.checkList(list);
  const base = sanitizeFileName(listBaseName(list.kind, list.year));
  const files: ZipInput[] = [];
  const pdf = await renderList(list, 'pdf', { paper: 'a4', layout: 'daftar', progress });
  files.push({ name: `${base}.pdf`, data: pdf });
  files.push({ name: `${base}.xlsx`, data: await renderList(list, 'xlsx', { paper: 'a4', layout: 'daftar' }) });
  files.push({ name: `${base}.csv`, data: await renderList(list, 'csv', { paper: 'a4', layout: 'daftar' }) });
  files.push({ name: `${base}.json`, data: await renderList(list, 'json', { paper: 'a4', layout: 'daftar' }) });
  if (sources.scan) files.push({ name: skName(edition, sources.scan.scan_type), data: sources.scan.scan });
  files.push(...documentFiles(sources.documents, sources.readDocument));
  const links = [
    { href: `${base}.pdf`, label: `${listTitle(list.kind, list.year)} (PDF)` },
    { href: `${base}.xlsx`, label: 'Excel (XLSX)' },
    { href: `${base}.csv`, label: 'CSV (data terbuka)' },
    { href: `${base}.json`, label: 'JSON (data terbuka)' },
    ...files
      .filter((file) => file.name.startsWith('sk-penetapan-'))
      .map((file) => ({ href: file.name, label: `Surat Keputusan penetapan (${list.decisionNumber})` })),
    ...files
      .filter((file) => file.name.startsWith('dokumen/'))
      .map((file) => ({ href: file.name, label: `Dokumen: ${file.name.slice('dokumen/'.length)}` })),
  ];
  files.push({ name: 'index.html', data: await renderList(list, 'html', { paper: 'a4', layout: 'daftar', links }) });
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const manifest = sorted.map((file) => `${createHash('sha256').update(file.data).digest('hex')}  ${file.name}\n`).join('');
  sorted.push({ name: 'manifest-sha256.txt', data: Buffer.from(manifest, 'utf8') });
  await guard.check(sorted);
  return sorted;
}

export function packageName(list: ListDocument): string {
  return sanitizeFileName(`paket-${listBaseName(list.kind, list.year)}`);
}

export function packageZip(files: readonly ZipInput[], edition: Edition): Promise<Buffer> {
  return buildZip(files, new Date(edition.publishedAt));
}

/** Writes the folder and the zip beside it in `outDir`; an existing folder of that name is kept and a new name taken. */
export function writePackage(outDir: string, name: string, files: readonly ZipInput[], zip: Buffer): WebsitePackage {
  mkdirSync(outDir, { recursive: true });
  let stem = name;
  for (let n = 2; existsSync(join(outDir, stem)) || existsSync(join(outDir, `${stem}.zip`)); n += 1) stem = `${name}-${String(n)}`;
  const folder = join(outDir, stem);
  const staging = join(outDir, `.${stem}.tmp`);
  mkdirSync(staging, { recursive: true });
  for (const file of files) {
    const target = join(staging, ...file.name.split('/'));
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, file.data);
  }
  renameSync(staging, folder);
  const zipPath = `${folder}.zip`;
  writeFileSync(zipPath, zip);
  return {
    folder,
    zip: zipPath,
    zipSha256: createHash('sha256').update(zip).digest('hex'),
    files: files.map((file) => ({ name: file.name, size: file.data.length, sha256: createHash('sha256').update(file.data).digest('hex') })),
  };
}
