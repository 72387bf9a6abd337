import { Box, Group, Paper, Stack, Text, Title, Tooltip, UnstyledButton } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fillLevel, ordnerYears, type Ordner } from '../../../shared/domain/ordner';
import type { Place } from '../../../shared/domain/place';
import { navigate, routes } from '../../app/routes';
import { spineColour } from './spine';

/** One ordner as it stands on the shelf: a coloured spine with its label, fill gauge and lock when closed. */
function Spine({ ordner }: { ordner: Ordner }) {
  const { t } = useTranslation();
  const colour = spineColour[ordner.colour];
  const fill = fillLevel(ordner);
  const width = ordner.spineCm === 8 ? 76 : 50;
  const label = t('ordners.spineLabel', { code: ordner.code, title: ordner.title });
  return (
    <Tooltip label={`${label} · ${t('ordners.fill', { sheets: ordner.sheetCount, capacity: ordner.capacitySheets })}`} withArrow>
      <UnstyledButton
        aria-label={label}
        onClick={() => navigate(`${routes.ordner}/${String(ordner.id)}`)}
        style={{
          width,
          height: 250,
          background: colour.bg,
          color: colour.fg,
          borderRadius: '3px 3px 1px 1px',
          boxShadow: 'inset -4px 0 6px rgba(0,0,0,.25), inset 3px 0 3px rgba(255,255,255,.15)',
          display: 'flex',
          flexDirection: 'column',
          alignItems: 'center',
          padding: '6px 3px',
          gap: 4,
          flex: 'none',
        }}
      >
        <Box bg="white" c="black" w="100%" px={2} py={3} style={{ borderRadius: 2, textAlign: 'center' }}>
          <Text fz={ordner.code.length > 10 ? 8 : 9} fw={700} lh={1.1} style={{ overflowWrap: 'anywhere' }}>
            {ordner.code}
          </Text>
          <Text fz={9} lh={1.1}>
            {ordnerYears(ordner)}
          </Text>
          {ordner.access === 'tertutup' ? <IconLock size={12} aria-label={t('ordners.access.tertutup')} /> : null}
        </Box>
        <Text
          fz={11}
          fw={600}
          lh={1.2}
          style={{
            writingMode: 'vertical-rl',
            transform: 'rotate(180deg)',
            flex: 1,
            minHeight: 0,
            overflow: 'hidden',
            textOverflow: 'ellipsis',
            whiteSpace: 'nowrap',
          }}
        >
          {ordner.title}
        </Text>
        <Box
          w="70%"
          h={22}
          style={{ border: `1px solid ${colour.fg}`, borderRadius: 2, display: 'flex', alignItems: 'flex-end' }}
          aria-hidden
        >
          <Box w="100%" h={`${String(Math.round(fill * 100))}%`} bg={colour.fg} style={{ opacity: 0.75 }} />
        </Box>
        <Box w={12} h={12} style={{ borderRadius: '50%', border: `2px solid ${colour.fg}`, opacity: 0.8 }} aria-hidden />
      </UnstyledButton>
    </Tooltip>
  );
}

function Board({ ordners, label }: { ordners: Ordner[]; label: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      <Text size="xs" c="#5d4037" fw={600} px={4}>
        {label}
      </Text>
      <Group
        gap={3}
        align="flex-end"
        wrap="wrap"
        mih={260}
        p={6}
        style={{ borderBottom: '10px solid #8d6e63', background: 'linear-gradient(#efe6dd, #e4d6c8)' }}
        role="list"
        aria-label={label}
      >
        {ordners.length === 0 ? (
          <Text size="xs" c="dimmed" p="sm">
            {t('ordners.emptyPlace')}
          </Text>
        ) : null}
        {ordners.map((o) => (
          <Box key={o.id} role="listitem">
            <Spine ordner={o} />
          </Box>
        ))}
      </Group>
    </Stack>
  );
}

/** The shelf view: each lemari as a cabinet whose boards (its rak, or itself) hold the ordners as spines. */
export function Shelf({ places, ordners }: { places: Place[]; ordners: Ordner[] }) {
  const { t } = useTranslation();
  const cabinets = places.filter((p) => p.parentId === null);
  const unplaced = ordners.filter((o) => o.placeId === null || !places.some((p) => p.id === o.placeId));
  return (
    <Stack gap="lg">
      {cabinets.map((cabinet) => {
        const shelves = places.filter((p) => p.parentId === cabinet.id);
        return (
          <Paper
            key={cabinet.id}
            p="sm"
            style={{ border: '8px solid #6d4c41', borderRadius: 6, background: '#f5efe9' }}
            aria-label={cabinet.name}
            component="section"
          >
            <Title order={3} size="h5" mb="xs" c="#4e342e">
              {t(`ordners.places.kinds.${cabinet.kind}`)} · {cabinet.name}
              {cabinet.description ? (
                <Text span size="xs" c="dimmed">
                  {' '}
                  — {cabinet.description}
                </Text>
              ) : null}
            </Title>
            <Stack gap="sm">
              {ordners.some((o) => o.placeId === cabinet.id) ? (
                <Board label={cabinet.name} ordners={ordners.filter((o) => o.placeId === cabinet.id)} />
              ) : null}
              {shelves.map((shelf) => (
                <Board
                  key={shelf.id}
                  label={`${t('ordners.places.kinds.rak')} · ${shelf.name}`}
                  ordners={ordners.filter((o) => o.placeId === shelf.id)}
                />
              ))}
              {shelves.length === 0 && !ordners.some((o) => o.placeId === cabinet.id) ? <Board label={cabinet.name} ordners={[]} /> : null}
            </Stack>
          </Paper>
        );
      })}
      {unplaced.length > 0 ? (
        <Paper p="sm" withBorder component="section" aria-label={t('ordners.unplaced')}>
          <Title order={3} size="h5" mb="xs">
            {t('ordners.unplaced')}
          </Title>
          <Board label={t('ordners.unplaced')} ordners={unplaced} />
        </Paper>
      ) : null}
    </Stack>
  );
}
