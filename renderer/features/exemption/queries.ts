import type { Method } from '../../../shared/api/contract';
import type { ExportedFile } from '../../../shared/domain/export';

/** Every cached query an exemption change can make stale; mutations refresh them all (the lists are small). */
export const exemptionQueries: Method[] = [
  'exemption.list',
  'exemption.get',
  'exemption.classify',
  'exemption.due',
  'exemption.lineage',
  'consequence.list',
  'consequence.get',
  'decision.list',
  'user.active',
  'user.list',
  'user.rules',
  'entry.list',
  'entry.get',
];

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
