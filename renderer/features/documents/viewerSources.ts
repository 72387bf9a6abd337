import type { ApiClient } from '../../../shared/api/client';
import type { BlobContentType } from '../../../shared/domain/vault';
import { openVaultPdf } from './pdf';
import { openVaultTiff } from './tiffView';
import type { ViewerSource } from './ScanViewer';

/** Viewer sources for vault files, by hash. */
export function vaultSources(
  client: ApiClient,
  files: readonly { sha256: string; name: string; contentType: BlobContentType }[],
): ViewerSource[] {
  return files.map((file) => {
    const url = client.vaultUrl(file.sha256);
    if (file.contentType === 'application/pdf')
      return { kind: 'pdf', key: file.sha256, name: file.name, downloadUrl: url, load: () => openVaultPdf(url, file.sha256) };
    if (file.contentType === 'image/tiff')
      return { kind: 'tiff', key: file.sha256, name: file.name, downloadUrl: url, load: () => openVaultTiff(url, file.sha256) };
    return { kind: 'image', key: file.sha256, name: file.name, downloadUrl: url, url };
  });
}
