import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportedFile } from '../../../shared/domain/export';
import { sanitizeFileName } from '../../../shared/domain/fileName';
import { callerSessionId } from '../auth/callScope';
import type { Clock } from '../support/clock';

export interface StoredExport {
  path: string;
  name: string;
  contentType: string;
  /** The session whose call made it: browser mode serves it to that session only, while it lasts. */
  sessionId: string | null;
}

const STALE_MS = 24 * 60 * 60 * 1000;

/**
 * Generated files waiting for the browser to download them (or the print preview to show them),
 * in `<archive>/exports/`, named by a random id so no path comes from outside. Older than a day
 * they are swept at start: they are copies, the archive keeps the source.
 */
export function createExportFiles(archiveDir: string, clock: Clock) {
  const dir = join(archiveDir, 'exports');
  mkdirSync(dir, { recursive: true });
  const files = new Map<string, StoredExport>();

  function put(name: string, contentType: string, data: Buffer): ExportedFile {
    const fileId = randomUUID();
    const path = join(dir, fileId);
    writeFileSync(`${path}.tmp`, data);
    renameSync(`${path}.tmp`, path);
    const clean = sanitizeFileName(name);
    files.set(fileId, { path, name: clean, contentType, sessionId: callerSessionId() });
    return {
      fileId,
      name: clean,
      contentType,
      size: data.length,
      sha256: createHash('sha256').update(data).digest('hex'),
      url: `/download/${fileId}`,
    };
  }

  function sweep(): void {
    for (const entry of readdirSync(dir)) {
      const file = join(dir, entry);
      if (clock().getTime() - statSync(file).mtimeMs > STALE_MS) rmSync(file, { force: true });
    }
  }

  return { put, get: (fileId: string) => files.get(fileId) ?? null, sweep, dir };
}

export type ExportFiles = ReturnType<typeof createExportFiles>;
