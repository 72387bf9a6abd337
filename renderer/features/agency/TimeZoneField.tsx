import { Select } from '@mantine/core';
import { Controller, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AgencyFields } from '../../../shared/domain/agency';
import { agencyZone, timeZones } from '../../../shared/domain/timeZone';

/** WIB, WITA or WIT, or "by location": what the body's name and city place it in, shown as it is read. */
export function TimeZoneField({ control }: { control: Control<AgencyFields> }) {
  const { t } = useTranslation();
  const [city, address, bodyName, unitName] = useWatch({ control, name: ['city', 'address', 'bodyName', 'unitName'] });
  const byPlace = agencyZone({ timeZone: null, city, address, bodyName, unitName });
  return (
    <Controller
      control={control}
      name="timeZone"
      render={({ field }) => (
        <Select
          label={t('timeZone.label')}
          description={t('timeZone.hint')}
          allowDeselect={false}
          value={field.value ?? 'place'}
          onChange={(value) => field.onChange(timeZones.find((z) => z === value) ?? null)}
          data={[
            { value: 'place', label: t('timeZone.byPlace', { zone: byPlace }) },
            ...timeZones.map((z) => ({ value: z, label: t(`timeZone.${z}`) })),
          ]}
        />
      )}
    />
  );
}
