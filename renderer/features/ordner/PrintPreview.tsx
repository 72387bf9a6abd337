import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportedFile } from '../../../shared/domain/export';
import { openPdf } from '../documents/pdf';
import { ScanViewer, type ViewerSource } from '../documents/ScanViewer';

/** The printout's bytes from the export-file store (`/download/<id>`, app:// in Electron), for pdf.js. */
async function fetchPrintout(file: ExportedFile): Promise<Uint8Array> {
  const response = await fetch(`${file.url}?inline=1`);
  if (!response.ok) throw new Error(`HTTP ${String(response.status)}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** A printout made in main (spine labels, daftar isi), previewed with pdf.js and offered for download by its id. */
export function PrintPreview({ printed, onClose }: { printed: ExportedFile | null; onClose: () => void }) {
  const { t } = useTranslation();
  const sources = useMemo<ViewerSource[]>(
    () =>
      printed
        ? [
            {
              kind: 'pdf',
              key: printed.fileId,
              name: printed.name,
              downloadUrl: printed.url,
              load: () => fetchPrintout(printed).then(openPdf),
            },
          ]
        : [],
    [printed],
  );
  return (
    <ScanViewer opened={printed !== null} onClose={onClose} title={`${t('ordners.preview')} · ${printed?.name ?? ''}`} sources={sources} />
  );
}
