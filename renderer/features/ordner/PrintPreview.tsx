import { Button } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
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

/**
 * Prints the PDF itself, not the preview's canvases: the browser's (or Electron's) PDF viewer in a
 * hidden frame opens the system print dialog at the document's own paper size.
 */
function printFile(file: ExportedFile): void {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0';
  frame.title = file.name;
  frame.src = `${file.url}?inline=1`;
  frame.onload = () => {
    frame.contentWindow?.focus();
    frame.contentWindow?.print();
    // The dialog is modal in most browsers; the frame goes once the officer is surely done with it.
    window.setTimeout(() => frame.remove(), 120_000);
  };
  document.body.appendChild(frame);
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
    <ScanViewer
      opened={printed !== null}
      onClose={onClose}
      title={`${t('ordners.preview')} · ${printed?.name ?? ''}`}
      sources={sources}
      actions={
        printed ? (
          <Button size="xs" leftSection={<IconPrinter size={16} />} onClick={() => printFile(printed)}>
            {t('export.printNow')}
          </Button>
        ) : null
      }
    />
  );
}
