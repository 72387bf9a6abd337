import { ActionIcon, Alert, Box, Button, Group, Loader, Modal, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconDownload, IconZoomIn, IconZoomOut } from '@tabler/icons-react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { drawPage } from './pdf';
import type { TiffDocument } from './tiff';
import { drawTiffPage } from './tiffView';

/** One file the viewer shows: a PDF (pages rendered locally by pdf.js), a TIFF (pages decoded by utif2) or an image. */
export type ViewerSource =
  | { kind: 'pdf'; key: string; name: string; downloadUrl: string; load: () => Promise<PDFDocumentProxy> }
  | { kind: 'tiff'; key: string; name: string; downloadUrl: string; load: () => Promise<TiffDocument> }
  | { kind: 'image'; key: string; name: string; downloadUrl: string; url: string };

interface Page {
  source: number;
  page: number;
}

function PdfCanvas({ doc, page, scale, label }: { doc: PDFDocumentProxy; page: number; scale: number; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!ref.current) return undefined;
    return drawPage(doc, page, ref.current, scale);
  }, [doc, page, scale]);
  return (
    <canvas
      ref={ref}
      role="img"
      aria-label={label}
      style={{ display: 'block', background: '#fff', boxShadow: '0 1px 4px rgba(0,0,0,.25)' }}
    />
  );
}

/** A TIFF page at the width an image of the same zoom gets, so scans of either kind look alike. */
function TiffCanvas({ doc, page, width, label }: { doc: TiffDocument; page: number; width: number; label: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!ref.current) return;
    try {
      drawTiffPage(doc, page - 1, ref.current, width);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, [doc, page, width]);
  return (
    <>
      {failed ? <Alert color="red">{t('documents.viewer.failed')}</Alert> : null}
      <canvas
        ref={ref}
        role="img"
        aria-label={label}
        hidden={failed}
        style={{ display: failed ? 'none' : 'block', background: '#fff', boxShadow: '0 1px 4px rgba(0,0,0,.25)' }}
      />
    </>
  );
}

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];

/** Pindaian in the app: PDF pages and images, zoom, paging, a strip of page thumbnails. */
export function ScanViewer({
  sources,
  title,
  opened,
  onClose,
  startAt = 0,
  actions = null,
}: {
  sources: ViewerSource[];
  title: string;
  opened: boolean;
  onClose: () => void;
  startAt?: number;
  /** Extra buttons beside Download (the print preview's Print). */
  actions?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const [docs, setDocs] = useState<Record<string, PDFDocumentProxy>>({});
  const [tiffs, setTiffs] = useState<Record<string, TiffDocument>>({});
  const [failed, setFailed] = useState<Record<string, boolean>>({});
  const [current, setCurrent] = useState<number | null>(null);
  const [zoom, setZoom] = useState(2);

  useEffect(() => {
    if (!opened) return;
    let live = true;
    const fail = (key: string) => live && setFailed((all) => ({ ...all, [key]: true }));
    for (const source of sources) {
      if (source.kind === 'pdf') {
        source
          .load()
          .then((doc) => live && setDocs((all) => ({ ...all, [source.key]: doc })))
          .catch(() => fail(source.key));
      } else if (source.kind === 'tiff') {
        source
          .load()
          .then((doc) => live && setTiffs((all) => ({ ...all, [source.key]: doc })))
          .catch(() => fail(source.key));
      }
    }
    return () => {
      live = false;
    };
  }, [sources, opened]);

  const pages: Page[] = [];
  sources.forEach((source, index) => {
    const count =
      source.kind === 'pdf' ? (docs[source.key]?.numPages ?? 0) : source.kind === 'tiff' ? (tiffs[source.key]?.numPages ?? 0) : 1;
    for (let page = 1; page <= count; page += 1) pages.push({ source: index, page });
  });
  const firstOfStart = pages.findIndex((p) => p.source === startAt);
  useEffect(() => {
    if (!opened) setCurrent(null);
  }, [opened]);
  const index = Math.min(current ?? Math.max(0, firstOfStart), Math.max(0, pages.length - 1));
  const here = pages[index];
  const source = here ? sources[here.source] : sources[0];
  const loading = sources.some((s) => ((s.kind === 'pdf' && !docs[s.key]) || (s.kind === 'tiff' && !tiffs[s.key])) && !failed[s.key]);
  const scale = ZOOMS[zoom] ?? 1;
  const pageLabel = t('documents.viewer.pageOf', { page: index + 1, count: pages.length });

  function show(page: Page, scaleFactor: number, label: string) {
    const s = sources[page.source];
    if (!s) return null;
    if (s.kind === 'pdf') {
      const doc = docs[s.key];
      return doc ? <PdfCanvas doc={doc} page={page.page} scale={scaleFactor} label={label} /> : null;
    }
    if (s.kind === 'tiff') {
      const doc = tiffs[s.key];
      return doc ? <TiffCanvas doc={doc} page={page.page} width={Math.round(600 * scaleFactor)} label={label} /> : null;
    }
    return (
      <img src={s.url} alt={label} style={{ width: `${String(Math.round(600 * scaleFactor))}px`, display: 'block', background: '#fff' }} />
    );
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size="90%"
      padding="sm"
      closeButtonProps={{ 'aria-label': t('documents.viewer.close') }}
    >
      <Group align="flex-start" wrap="nowrap" gap="sm" h="75vh">
        <ScrollArea w={150} h="100%" aria-label={t('documents.viewer.thumbnails')}>
          <Stack gap="xs" p={4}>
            {pages.map((page, i) => (
              <UnstyledButton
                key={`${String(page.source)}-${String(page.page)}`}
                onClick={() => setCurrent(i)}
                aria-label={t('documents.viewer.pageOf', { page: i + 1, count: pages.length })}
                aria-current={i === index}
                style={{
                  border: i === index ? '2px solid var(--mantine-color-blue-6)' : '2px solid transparent',
                  borderRadius: 4,
                  padding: 2,
                }}
              >
                {show(page, 0.2, String(i + 1))}
                <Text size="xs" ta="center">
                  {i + 1}
                </Text>
              </UnstyledButton>
            ))}
          </Stack>
        </ScrollArea>
        <Stack flex={1} h="100%" gap="xs" miw={0}>
          <Group justify="space-between">
            <Group gap="xs">
              <ActionIcon
                variant="default"
                aria-label={t('documents.viewer.prev')}
                disabled={index <= 0}
                onClick={() => setCurrent(Math.max(0, index - 1))}
              >
                <IconChevronLeft size={18} />
              </ActionIcon>
              <Text size="sm" aria-live="polite">
                {pages.length > 0 ? pageLabel : ''}
              </Text>
              <ActionIcon
                variant="default"
                aria-label={t('documents.viewer.next')}
                disabled={index >= pages.length - 1}
                onClick={() => setCurrent(Math.min(pages.length - 1, index + 1))}
              >
                <IconChevronRight size={18} />
              </ActionIcon>
            </Group>
            <Group gap="xs">
              <ActionIcon
                variant="default"
                aria-label={t('documents.viewer.zoomOut')}
                disabled={zoom <= 0}
                onClick={() => setZoom(zoom - 1)}
              >
                <IconZoomOut size={18} />
              </ActionIcon>
              <Text size="sm" w={48} ta="center">
                {Math.round(scale * 100)}%
              </Text>
              <ActionIcon
                variant="default"
                aria-label={t('documents.viewer.zoomIn')}
                disabled={zoom >= ZOOMS.length - 1}
                onClick={() => setZoom(zoom + 1)}
              >
                <IconZoomIn size={18} />
              </ActionIcon>
              {source ? (
                <Button
                  component="a"
                  href={source.downloadUrl}
                  download={source.name}
                  variant="default"
                  size="xs"
                  leftSection={<IconDownload size={16} />}
                >
                  {t('documents.viewer.download')}
                </Button>
              ) : null}
              {actions}
            </Group>
          </Group>
          <Text size="xs" c="dimmed">
            {source?.name}
          </Text>
          <ScrollArea flex={1} bg="gray.2" style={{ borderRadius: 4 }}>
            <Box p="md" style={{ display: 'flex', justifyContent: 'center' }}>
              {loading && pages.length === 0 ? <Loader aria-label={t('documents.viewer.loading')} /> : null}
              {source && failed[source.key] ? <Alert color="red">{t('documents.viewer.failed')}</Alert> : null}
              {here ? show(here, scale, pageLabel) : null}
            </Box>
          </ScrollArea>
        </Stack>
      </Group>
    </Modal>
  );
}
