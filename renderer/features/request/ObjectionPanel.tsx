import { Button, Card, Checkbox, Group, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { objectionOutcomes, objectionReasons, type Objection, type ObjectionReason } from '../../../shared/domain/objection';
import { isAnswered, type RequestDetail } from '../../../shared/domain/request';
import { useMethodMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useToday } from '../../api/useToday';
import { useDateWords } from '../../api/useDateTime';

function Respond({ o }: { o: Objection }) {
  const { t } = useTranslation();
  const answer = useMethodMutation('request.answerObjection');
  const [number, setNumber] = useState('');
  const today = useToday();
  const [date, setDate] = useState(today.date);
  const [outcome, setOutcome] = useState<(typeof objectionOutcomes)[number]>('ditolak');
  const [text, setText] = useState('');
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t('request.objection.respond')}
      </Text>
      <Group align="end">
        <TextInput
          label={t('request.objection.responseNumber')}
          value={number}
          onChange={(event) => setNumber(event.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('request.objection.responseDate')}
          value={date}
          onChange={(event) => setDate(event.currentTarget.value)}
        />
        <Select
          label={t('request.objection.outcome')}
          data={objectionOutcomes.map((v) => ({ value: v, label: t(`request.objection.outcomes.${v}`) }))}
          value={outcome}
          onChange={(value) => value && setOutcome(value)}
          allowDeselect={false}
        />
      </Group>
      <Textarea
        label={t('request.objection.responseText')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        autosize
        minRows={2}
      />
      {answer.error ? <ErrorNotice error={answer.error} /> : null}
      <Group>
        <Button
          loading={answer.isPending}
          onClick={() => answer.mutate({ objectionId: o.id, expectedVersion: o.version, response: { number, date, outcome, text } })}
        >
          {t('request.save')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Keberatan on this request: file one (Pasal 35 reasons), and the Atasan PPID's response with its deadline. */
export function ObjectionPanel({ r }: { r: RequestDetail }) {
  const { t } = useTranslation();
  const day = useDateWords();
  const file = useMethodMutation('request.object');
  const today = useToday();
  const [filedOn, setFiledOn] = useState(today.date);
  const [reasons, setReasons] = useState<ObjectionReason[]>([]);
  const [description, setDescription] = useState('');
  const mayObject = isAnswered(r.status) || r.overdue;
  return (
    <Card withBorder>
      <Title order={4} mb="xs">
        {t('request.sections.objections')}
      </Title>
      <Stack>
        {r.objections.length === 0 ? <Text c="dimmed">{t('request.objection.none')}</Text> : null}
        {r.objections.map((o) => (
          <Card key={o.id} withBorder padding="sm" aria-label={o.number}>
            <Text fw={600}>
              {o.number} · {day(o.filedOn)}
            </Text>
            {o.reasons.map((reason) => (
              <Text key={reason} size="sm">
                {t(`request.objectionReason.${reason}`)}
              </Text>
            ))}
            {o.response ? (
              <Text size="sm" mt="xs">
                {t(`request.objection.outcomes.${o.response.outcome}`)} — {o.response.number} ({day(o.response.date)}): {o.response.text}
              </Text>
            ) : (
              <>
                <Text size="sm" c="orange">
                  {t('request.objection.responseDue', { date: day(o.responseDueOn) })}
                </Text>
                <Respond o={o} />
              </>
            )}
          </Card>
        ))}
        {mayObject ? (
          <Stack gap="xs">
            <Text fw={600} size="sm">
              {t('request.objection.add')}
            </Text>
            <TextInput
              type="date"
              label={t('request.objection.filedOn')}
              value={filedOn}
              onChange={(event) => setFiledOn(event.currentTarget.value)}
              w={200}
            />
            <Checkbox.Group label={t('request.objection.reasons')} value={reasons} onChange={(value) => setReasons(value)}>
              <Stack gap={4} mt={4}>
                {objectionReasons.map((reason) => (
                  <Checkbox key={reason} value={reason} label={t(`request.objectionReason.${reason}`)} />
                ))}
              </Stack>
            </Checkbox.Group>
            <Textarea
              label={t('request.objection.description')}
              value={description}
              onChange={(event) => setDescription(event.currentTarget.value)}
              autosize
            />
            {file.error ? <ErrorNotice error={file.error} /> : null}
            <Group>
              <Button
                loading={file.isPending}
                onClick={() =>
                  file.mutate(
                    { id: r.id, fields: { filedOn, reasons, description } },
                    {
                      onSuccess: () => {
                        setReasons([]);
                        setDescription('');
                      },
                    },
                  )
                }
              >
                {t('request.objection.add')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
