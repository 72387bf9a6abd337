import { Badge, Button, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyDocument, filingLabel } from '../../../shared/domain/document';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { href, navigate, routes } from '../../app/routes';
import { ErrorNotice } from '../../components/ErrorNotice';
import { DocumentForm } from './DocumentForm';
import { ScanThumb } from './ScanThumb';
import { useDateWords } from '../../api/useDateTime';

/** Every naskah, newest first, with a search box and "Naskah baru". */
export function DocumentsPanel() {
  const { t } = useTranslation();
  const day = useDateWords();
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const list = useMethod('document.list', { query });
  const create = useMethodMutation('document.create');

  return (
    <Stack>
      <Group justify="space-between">
        <TextInput
          w={360}
          leftSection={<IconSearch size={16} aria-hidden />}
          aria-label={t('documents.search')}
          placeholder={t('documents.search')}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
        />
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => (create.reset(), setCreating(true))}>
          {t('documents.add')}
        </Button>
      </Group>
      <ErrorNotice error={list.error} />
      {list.data?.length === 0 ? <Text c="dimmed">{t('documents.empty')}</Text> : null}
      {list.data && list.data.length > 0 ? (
        <Table highlightOnHover withTableBorder aria-label={t('documents.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70} />
              <Table.Th>{t('documents.code')}</Table.Th>
              <Table.Th>{t('documents.fields.title')}</Table.Th>
              <Table.Th>{t('documents.fields.date')}</Table.Th>
              <Table.Th>{t('documents.filing.title')}</Table.Th>
              <Table.Th>{t('documents.files.original')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((doc) => (
              <Table.Tr key={doc.id}>
                <Table.Td>
                  {doc.coverSha256 ? (
                    <ScanThumb sha256={doc.coverSha256} contentType={doc.coverContentType} label={doc.title} width={40} />
                  ) : null}
                </Table.Td>
                <Table.Td ff="monospace">{doc.code}</Table.Td>
                <Table.Td>
                  <a href={href(`${routes.documents}/${String(doc.id)}`)}>{doc.title}</a>
                  {doc.number ? (
                    <Text size="xs" c="dimmed">
                      {doc.number}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{day(doc.date)}</Table.Td>
                <Table.Td>
                  {doc.filing ? (
                    filingLabel(doc.filing)
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('documents.filing.outside')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={doc.fileCount > 0 ? 'teal' : 'gray'}>
                    {t('documents.files.count', { count: doc.fileCount })}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('documents.add')} size="lg">
        <ErrorNotice error={create.error} />
        {creating ? (
          <DocumentForm
            initial={emptyDocument}
            busy={create.isPending}
            onCancel={() => setCreating(false)}
            onSubmit={(fields) =>
              create.mutate({ fields }, { onSuccess: (doc) => (setCreating(false), navigate(`${routes.documents}/${String(doc.id)}`)) })
            }
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
