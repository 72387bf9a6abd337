import { Autocomplete } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { documentTypeKey, normalizeDocumentType } from '../../../shared/domain/documentType';
import { useMethod } from '../../api/hooks';

/**
 * Jenis dokumen as a pick list with suggestions (KPU SOP step 2). A name typed in other letters
 * or with extra spaces is said to be stored as the known class; a new name adds a class on save.
 */
export function DocumentTypeInput({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const types = useMethod('reference.documentTypes', {});
  const names = (types.data ?? []).map((type) => type.name);
  const typed = normalizeDocumentType(value);
  const known = typed === '' ? undefined : names.find((name) => documentTypeKey(name) === documentTypeKey(typed));
  const description =
    typed === ''
      ? t('exemption.fields.jenisDokumenHint')
      : known === undefined
        ? t('exemption.fields.jenisDokumenNew', { name: typed })
        : known !== value
          ? t('exemption.fields.jenisDokumenAs', { name: known })
          : undefined;
  return (
    <Autocomplete
      label={t('exemption.fields.jenisDokumen')}
      description={description}
      data={names}
      value={value}
      onChange={onChange}
      error={error}
      onBlur={() => {
        if (known !== undefined && known !== value) onChange(known);
      }}
      limit={20}
    />
  );
}
