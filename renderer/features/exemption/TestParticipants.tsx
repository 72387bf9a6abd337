import { ActionIcon, Button, Group, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { TestFields } from '../../../shared/domain/exemption';
import { fieldError } from '../../components/fieldError';

/** The people at the test, each with the role the sheet prints; every name and role is checked at its field. */
export function TestParticipants({ form, frozen }: { form: UseFormReturn<TestFields>; frozen: boolean }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'participants' });
  const errors = form.formState.errors.participants;
  return (
    <>
      <Text fw={500} size="sm">
        {t('exemption.test.participants')}
      </Text>
      {fields.map((p, i) => (
        <Group key={p.id} align="flex-start" wrap="nowrap">
          <TextInput
            label={t('exemption.test.participantName')}
            disabled={frozen}
            {...form.register(`participants.${i}.name`)}
            error={fieldError(t, errors?.[i]?.name)}
          />
          <TextInput
            label={t('exemption.test.participantRole')}
            disabled={frozen}
            {...form.register(`participants.${i}.role`)}
            error={fieldError(t, errors?.[i]?.role)}
          />
          <TextInput label={t('exemption.test.participantUnit')} disabled={frozen} {...form.register(`participants.${i}.unit`)} />
          {!frozen ? (
            <ActionIcon
              mt={28}
              variant="subtle"
              color="red"
              aria-label={t('exemption.test.removeParticipant', { name: form.getValues(`participants.${i}.name`) })}
              onClick={() => remove(i)}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          ) : null}
        </Group>
      ))}
      {!frozen ? (
        <Button variant="light" w="fit-content" onClick={() => append({ name: '', role: '', unit: '' })}>
          {t('exemption.test.addParticipant')}
        </Button>
      ) : null}
    </>
  );
}
