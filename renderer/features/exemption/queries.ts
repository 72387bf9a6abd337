import type { ExportedFile } from '../../../shared/domain/export';

/**
 * Downloads a generated file by its id (`/download/<fileId>`, served by the loopback server and by
 * app:// in Electron), the same way the export screens do.
 */
export function downloadFile(file: Pick<ExportedFile, 'url' | 'name'>): void {
  const link = document.createElement('a');
  link.href = file.url;
  link.download = file.name;
  link.click();
}
