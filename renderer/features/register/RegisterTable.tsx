import { ActionIcon, Badge, Box, Group, Skeleton, Text, TextInput, Tooltip } from '@mantine/core';
import { IconEdit, IconHistory, IconRestore, IconTrash } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../shared/domain/entry';
import type { RegisterItem } from './useRegisterRows';
import classes from './register.module.css';
import { IncompleteBadge } from './IncompleteBadge';

const ROW_HEIGHT = 56;
const HEADING_HEIGHT = 40;

export interface RegisterTableProps {
  itemCount: number;
  item: (index: number) => RegisterItem;
  pageOf: (index: number) => number;
  onVisiblePages: (pages: number[]) => void;
  selected: number;
  onSelect: (index: number) => void;
  onOpen: (entry: Entry) => void;
  onHistory: (entry: Entry) => void;
  onDelete: (entry: Entry) => void;
  onRestore: (entry: Entry) => void;
  onInlineSave: (entry: Entry, judul: string) => void;
}

function holder(entry: Entry): string {
  return entry.unitName ?? entry.unitText;
}

/**
 * The register as a virtual list: only the rows on screen exist in the DOM, whatever the total.
 * Rows are ARIA table rows so screen readers and tests read them as a table.
 */
export function RegisterTable(props: RegisterTableProps) {
  const { t } = useTranslation();
  const parent = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const virtualizer = useVirtualizer({
    count: props.itemCount,
    getScrollElement: () => parent.current,
    estimateSize: (index) => (props.item(index).kind === 'heading' ? HEADING_HEIGHT : ROW_HEIGHT),
    overscan: 12,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const first = virtualItems[0]?.index ?? 0;
  const last = virtualItems[virtualItems.length - 1]?.index ?? 0;

  const { pageOf, onVisiblePages } = props;
  useEffect(() => {
    const pages = new Set<number>();
    for (let i = first; i <= last; i += 1) pages.add(pageOf(i));
    onVisiblePages([...pages]);
  }, [first, last, pageOf, onVisiblePages]);

  useEffect(() => {
    if (props.selected >= 0) virtualizer.scrollToIndex(props.selected, { align: 'auto' });
  }, [props.selected, virtualizer]);

  function inlineKey(event: KeyboardEvent<HTMLInputElement>, entry: Entry) {
    if (event.key === 'Enter') {
      event.preventDefault();
      props.onInlineSave(entry, event.currentTarget.value);
      setEditing(null);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setEditing(null);
    }
  }

  return (
    <div role="table" aria-label={t('register.title')} aria-rowcount={props.itemCount} className={classes.table}>
      <div role="rowgroup">
        <div role="row" className={`${classes.row} ${classes.head}`}>
          <div role="columnheader" className={classes.colNo}>
            No
          </div>
          <div role="columnheader" className={classes.colJudul}>
            {t('register.fields.judul')}
          </div>
          <div role="columnheader" className={classes.colUnit}>
            {t('register.fields.unitName')}
          </div>
          <div role="columnheader" className={classes.colYear}>
            {t('register.fields.year')}
          </div>
          <div role="columnheader" className={classes.colBentuk}>
            {t('register.fields.bentuk')}
          </div>
          <div role="columnheader" className={classes.colActions} />
        </div>
      </div>
      <div ref={parent} className={classes.scroller} role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualItems.map((virtual) => {
            const found = props.item(virtual.index);
            const style = {
              position: 'absolute' as const,
              top: 0,
              left: 0,
              right: 0,
              height: virtual.size,
              transform: `translateY(${String(virtual.start)}px)`,
            };
            if (found.kind === 'heading') {
              return (
                <div key={virtual.key} role="row" style={style} className={classes.heading}>
                  <div role="rowheader" aria-level={1}>
                    <Text fw={700} size="sm" tt="uppercase">
                      {t(`register.categories.${found.category}`)}
                    </Text>
                  </div>
                  <Text size="xs" c="dimmed">
                    {t('register.results', { count: found.count })}
                  </Text>
                </div>
              );
            }
            const entry = found.entry;
            const selected = virtual.index === props.selected;
            if (!entry) {
              return (
                <div key={virtual.key} role="row" style={style} className={classes.row} aria-busy>
                  <Skeleton height={14} width="70%" ml="md" />
                </div>
              );
            }
            return (
              <div
                key={virtual.key}
                role="row"
                aria-selected={selected}
                style={style}
                className={`${classes.row} ${selected ? classes.selected : ''} ${entry.deletedAt ? classes.deleted : ''}`}
                onClick={() => props.onSelect(virtual.index)}
              >
                <div role="cell" className={classes.colNo}>
                  {found.offset + 1}
                </div>
                <div role="cell" className={classes.colJudul} onDoubleClick={() => setEditing(entry.id)}>
                  {editing === entry.id ? (
                    <TextInput
                      size="xs"
                      autoFocus
                      aria-label={t('register.fields.judul')}
                      defaultValue={entry.judul}
                      onKeyDown={(event) => inlineKey(event, entry)}
                      onBlur={() => setEditing(null)}
                    />
                  ) : (
                    <>
                      <Text size="sm" fw={500} truncate="end">
                        {entry.judul}
                      </Text>
                      <Text size="xs" c="dimmed" truncate="end">
                        {entry.ringkasan}
                      </Text>
                    </>
                  )}
                </div>
                <div role="cell" className={classes.colUnit}>
                  <Text size="sm" truncate="end">
                    {holder(entry)}
                  </Text>
                </div>
                <div role="cell" className={classes.colYear}>
                  {entry.year ?? ''}
                </div>
                <div role="cell" className={classes.colBentuk}>
                  <Group gap={4} wrap="nowrap">
                    {entry.bentuk ? (
                      <Badge size="xs" variant="light">
                        {t(`register.bentukValues.${entry.bentuk}`)}
                      </Badge>
                    ) : null}
                    <IncompleteBadge entry={entry} />
                    {entry.deletedAt ? (
                      <Badge size="xs" color="red" variant="light">
                        {t('register.deletedBadge')}
                      </Badge>
                    ) : null}
                    {entry.exemptionStatus ? (
                      // An opened entry stays in the DIK group as the record of what was exempted; the badge says it
                      // is public now (its history links to the DIP entry it became).
                      <Badge size="xs" variant="light" color={entry.exemptionStatus === 'opened' ? 'teal' : 'grape'}>
                        {t(`exemption.status.${entry.exemptionStatus}`)}
                      </Badge>
                    ) : null}
                  </Group>
                </div>
                <div role="cell" className={classes.colActions}>
                  <Group gap={2} wrap="nowrap">
                    <Tooltip label={t('register.edit')}>
                      <ActionIcon variant="subtle" aria-label={`${t('register.edit')} ${entry.judul}`} onClick={() => props.onOpen(entry)}>
                        <IconEdit size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t('register.history')}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={`${t('register.history')} ${entry.judul}`}
                        onClick={() => props.onHistory(entry)}
                      >
                        <IconHistory size={16} />
                      </ActionIcon>
                    </Tooltip>
                    {entry.deletedAt ? (
                      <Tooltip label={t('register.restore')}>
                        <ActionIcon
                          variant="subtle"
                          color="teal"
                          aria-label={`${t('register.restore')} ${entry.judul}`}
                          onClick={() => props.onRestore(entry)}
                        >
                          <IconRestore size={16} />
                        </ActionIcon>
                      </Tooltip>
                    ) : (
                      <Tooltip label={t('register.delete')}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`${t('register.delete')} ${entry.judul}`}
                          onClick={() => props.onDelete(entry)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Group>
                </div>
              </div>
            );
          })}
        </div>
      </div>
      <Box className={classes.foot} />
    </div>
  );
}
