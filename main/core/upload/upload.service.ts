import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, readdirSync, rmSync, statSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { lemariError } from '../../../shared/api/raise';
import { DEFAULT_MAX_UPLOAD_BYTES, type StagedUpload } from '../../../shared/domain/upload';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const STALE_MS = 24 * 60 * 60 * 1000;

function sizeLimit(maxBytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen > maxBytes) callback(lemariError('too_large'));
      else callback(null, chunk);
    },
  });
}

function errnoCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/**
 * Staging for files on their way into the archive: streamed to `tmp/uploads/<uuid>` with a
 * size limit, so memory stays flat and a half-received file never reaches the vault or an import.
 * Staged copies are temporary; the archive's own data is never deleted here.
 */
export function createUploadService(archiveDir: string, clock: () => Date, maxBytes = DEFAULT_MAX_UPLOAD_BYTES) {
  const dir = join(archiveDir, 'tmp', 'uploads');
  mkdirSync(dir, { recursive: true });

  function pathOf(uploadId: string): string {
    if (!UUID.test(uploadId)) throw lemariError('not_found');
    return join(dir, uploadId);
  }

  async function stage(source: Readable, name: string): Promise<StagedUpload> {
    const uploadId = randomUUID();
    const file = join(dir, uploadId);
    try {
      await pipeline(source, sizeLimit(maxBytes), createWriteStream(file, { flags: 'wx' }));
    } catch (error) {
      rmSync(file, { force: true });
      const code = errnoCode(error);
      if (code === 'ENOSPC') throw lemariError('disk_full');
      if (code === 'EROFS' || code === 'EACCES') throw lemariError('archive_read_only');
      throw error;
    }
    const cleanName =
      name
        .normalize('NFC')
        .replace(/\p{Cc}/gu, '')
        .slice(0, 255) || 'berkas';
    writeFileSync(`${file}.json`, JSON.stringify({ name: cleanName }));
    return { uploadId, name: cleanName, size: statSync(file).size };
  }

  /** The staged file for an id, or not_found: ids are UUIDs so no path can be smuggled in. */
  function resolve(uploadId: string): { path: string; name: string; size: number } {
    const file = pathOf(uploadId);
    if (!existsSync(file)) throw lemariError('not_found');
    const meta = JSON.parse(readFileSync(`${file}.json`, 'utf8')) as { name: string };
    return { path: file, name: meta.name, size: statSync(file).size };
  }

  function discard(uploadId: string): void {
    const file = pathOf(uploadId);
    rmSync(file, { force: true });
    rmSync(`${file}.json`, { force: true });
  }

  /** Staged copies left by a crash or an abandoned dialog, older than a day. */
  function sweep(): number {
    let removed = 0;
    for (const entry of readdirSync(dir)) {
      const file = join(dir, entry);
      if (clock().getTime() - statSync(file).mtimeMs > STALE_MS) {
        rmSync(file, { force: true });
        removed += 1;
      }
    }
    return removed;
  }

  return { stage, resolve, discard, sweep, dir, maxBytes: () => maxBytes };
}

export type UploadService = ReturnType<typeof createUploadService>;
