import { Anchor, Button, Card, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { letterKinds, type LetterKind, type RequestDetail } from '../../../shared/domain/request';
import { useMethodMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useToday } from '../../api/useToday';
import { useDateWords } from '../../api/useDateTime';

/** Letters on the request as PDFs from the export-file store; each issued letter is listed with its number. */
export function LettersPanel({ r }: { r: RequestDetail }) {
  const { t } = useTranslation();
  const day = useDateWords();
  const make = useMethodMutation('request.letter');
  const [kind, setKind] = useState<LetterKind>('tanda_bukti');
  const [number, setNumber] = useState('');
  const today = useToday();
  const [date, setDate] = useState(today.date);
  const [paper, setPaper] = useState<'a4' | 'f4'>('a4');
  const responded = r.objections.find((o) => o.response !== null);
  return (
    <Card withBorder>
      <Title order={4} mb="xs">
        {t('request.sections.letters')}
      </Title>
      <Stack gap="xs">
        {r.letters.map((l, i) => (
          <Text key={i} size="sm">
            {t(`request.letters.${l.kind}`)} — {l.number} ({day(l.date)})
          </Text>
        ))}
        <Group align="end">
          <Select
            label={t('request.sections.letters')}
            data={letterKinds.map((k) => ({ value: k, label: t(`request.letters.${k}`) }))}
            value={kind}
            onChange={(value) => value && setKind(value)}
            allowDeselect={false}
            w={300}
          />
          <TextInput label={t('request.letters.number')} value={number} onChange={(event) => setNumber(event.currentTarget.value)} />
          <TextInput type="date" label={t('request.letters.date')} value={date} onChange={(event) => setDate(event.currentTarget.value)} />
          <Select
            label={t('request.letters.paper')}
            data={[
              { value: 'a4', label: 'A4' },
              { value: 'f4', label: 'F4' },
            ]}
            value={paper}
            onChange={(value) => setPaper(value === 'f4' ? 'f4' : 'a4')}
            allowDeselect={false}
            w={90}
          />
          <Button
            loading={make.isPending}
            onClick={() =>
              make.mutate({
                id: r.id,
                kind,
                number,
                date,
                paper,
                objectionId: kind === 'tanggapan_keberatan' ? (responded?.id ?? null) : null,
              })
            }
          >
            {t('request.letters.print')}
          </Button>
        </Group>
        {make.error ? <ErrorNotice error={make.error} /> : null}
        {make.data ? (
          <Anchor href={make.data.url} download={make.data.name}>
            {t('request.letters.ready', { name: make.data.name })}
          </Anchor>
        ) : null}
      </Stack>
    </Card>
  );
}
