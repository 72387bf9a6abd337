import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintedPdf } from '../../../shared/domain/ordner';
import { openPdf } from '../documents/pdf';
import { ScanViewer, type ViewerSource } from '../documents/ScanViewer';

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const raw = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i += 1) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/** A printout made in main, previewed with pdf.js and offered for download. */
export function PrintPreview({ printed, onClose }: { printed: PrintedPdf | null; onClose: () => void }) {
  const { t } = useTranslation();
  const url = useMemo(
    () => (printed ? URL.createObjectURL(new Blob([bytesOf(printed.pdfBase64)], { type: 'application/pdf' })) : ''),
    [printed],
  );
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  const sources = useMemo<ViewerSource[]>(
    () =>
      printed
        ? [
            {
              kind: 'pdf',
              key: printed.fileName,
              name: printed.fileName,
              downloadUrl: url,
              load: () => openPdf(bytesOf(printed.pdfBase64)),
            },
          ]
        : [],
    [printed, url],
  );
  return (
    <ScanViewer
      opened={printed !== null}
      onClose={onClose}
      title={`${t('ordners.preview')} · ${printed?.fileName ?? ''}`}
      sources={sources}
    />
  );
}
