import { Box, Center, Text } from '@mantine/core';
import { IconFile } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { BlobContentType } from '../../../shared/domain/vault';
import { useApiClient } from '../../api/ApiContext';
import { pdfThumbnail } from './pdf';
import { tiffThumbnail } from './tiffView';

/** A small picture of a scan: the image itself, or the first page of a PDF (pdf.js) or a TIFF (utif2). */
export function ScanThumb({
  sha256,
  contentType,
  label,
  width = 96,
}: {
  sha256: string;
  contentType: BlobContentType | null;
  label: string;
  width?: number;
}) {
  const client = useApiClient();
  const url = client.vaultUrl(sha256);
  const [src, setSrc] = useState<string | null>(contentType === 'image/png' || contentType === 'image/jpeg' ? url : null);
  useEffect(() => {
    if (contentType !== 'application/pdf' && contentType !== 'image/tiff') return undefined;
    let live = true;
    (contentType === 'image/tiff' ? tiffThumbnail(url, sha256, width * 2) : pdfThumbnail(url, sha256, width * 2))
      .then((data) => live && setSrc(data))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [contentType, url, sha256, width]);
  const height = Math.round(width * 1.414);
  return (
    <Box
      w={width}
      h={height}
      bg="white"
      style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 3, overflow: 'hidden', flex: 'none' }}
    >
      {src ? (
        <img src={src} alt={label} style={{ width: '100%', height: '100%', objectFit: 'contain' }} />
      ) : (
        <Center h="100%" role="img" aria-label={label}>
          <Box ta="center">
            <IconFile size={28} aria-hidden />
            <Text size="xs">{contentType === 'image/tiff' ? 'TIFF' : ''}</Text>
          </Box>
        </Center>
      )}
    </Box>
  );
}
