import { Button, Group, Modal, Text } from '@mantine/core';
import { IconPlus, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toast';
import type { ExportedFile } from '../../../shared/domain/export';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { useToday } from '../../api/useToday';
import { navigate, routes, useRoute } from '../../app/routes';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { FindByCode } from './FindByCode';
import { OrdnerDetail } from './OrdnerDetail';
import { newOrdner, OrdnerForm } from './OrdnerForm';
import { PlaceForm } from './PlaceForm';
import { PrintPreview } from './PrintPreview';
import { Shelf } from './Shelf';

/** Ordner & Arsip Fisik: the shelf view, or one ordner at `/ordner/<id>`. */
export function OrdnerScreen() {
  const { t } = useTranslation();
  const today = useToday();
  const route = useRoute();
  const id = Number(/^\/ordner\/(\d+)$/.exec(route)?.[1] ?? '0');
  const ordners = useMethod('ordner.list', {});
  const places = useMethod('place.list', {});
  const createOrdner = useMethodMutation('ordner.create');
  const createPlace = useMethodMutation('place.create');
  const labels = useMethodMutation('ordner.labels');
  const [dialog, setDialog] = useState<'ordner' | 'place' | null>(null);
  const [printed, setPrinted] = useState<ExportedFile | null>(null);

  if (id > 0) return <OrdnerDetail id={id} />;
  const all = ordners.data ?? [];

  return (
    <>
      <PageHeader title={t('ordners.title')} intro={t('ordners.intro')} actions={<FindByCode />} />
      <Group mb="md">
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => (createOrdner.reset(), setDialog('ordner'))}>
          {t('ordners.addOrdner')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => (createPlace.reset(), setDialog('place'))}
        >
          {t('ordners.addPlace')}
        </Button>
        {all.length > 0 ? (
          <Button
            variant="light"
            leftSection={<IconPrinter size={16} />}
            loading={labels.isPending}
            onClick={() => labels.mutate({ ids: all.map((o) => o.id) }, { onSuccess: setPrinted })}
          >
            {t('ordners.printAllLabels')}
          </Button>
        ) : null}
      </Group>
      <ErrorNotice error={ordners.error ?? places.error ?? labels.error} />
      {ordners.data && ordners.data.length === 0 && places.data?.length === 0 ? <Text c="dimmed">{t('ordners.empty')}</Text> : null}
      <Shelf places={places.data ?? []} ordners={all} />
      <Modal opened={dialog === 'ordner'} onClose={() => setDialog(null)} title={t('ordners.addOrdner')} size="lg">
        <ErrorNotice error={createOrdner.error} />
        {dialog === 'ordner' ? (
          <OrdnerForm
            initial={newOrdner(today.year)}
            busy={createOrdner.isPending}
            onCancel={() => setDialog(null)}
            onSubmit={(fields) =>
              createOrdner.mutate(
                { fields },
                {
                  onSuccess: (o) => (setDialog(null), showToast((tr) => tr('ordners.saved')), navigate(`${routes.ordner}/${String(o.id)}`)),
                },
              )
            }
          />
        ) : null}
      </Modal>
      <Modal opened={dialog === 'place'} onClose={() => setDialog(null)} title={t('ordners.addPlace')}>
        <ErrorNotice error={createPlace.error} />
        {dialog === 'place' ? (
          <PlaceForm
            places={places.data ?? []}
            busy={createPlace.isPending}
            onCancel={() => setDialog(null)}
            onSubmit={(fields) =>
              createPlace.mutate(
                { fields: fields.kind === 'lemari' ? { ...fields, parentId: null } : fields },
                { onSuccess: () => (setDialog(null), showToast((tr) => tr('ordners.places.saved'))) },
              )
            }
          />
        ) : null}
      </Modal>
      <PrintPreview printed={printed} onClose={() => setPrinted(null)} />
    </>
  );
}
