import { Button, FileButton, Group, Image, Input, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const MAX_LOGO_BYTES = 1024 * 1024;

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** The agency logo for the kop surat; main checks the same limits again on save. */
export function LogoField({
  value,
  onChange,
  error,
}: {
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [localError, setLocalError] = useState<string | null>(null);

  async function pick(file: File | null) {
    if (!file) return;
    if (!['image/png', 'image/jpeg'].includes(file.type)) return setLocalError(t('v.logoType'));
    if (file.size > MAX_LOGO_BYTES) return setLocalError(t('v.logoTooLarge'));
    setLocalError(null);
    onChange(await readAsDataUrl(file));
  }

  return (
    <Input.Wrapper label={t('agency.logo')} description={t('agency.logoHint')} error={localError ?? error}>
      <Group mt={6} align="center">
        {value ? (
          <Image src={value} alt={t('agency.logo')} h={64} w="auto" fit="contain" />
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        )}
        <Stack gap={4}>
          <FileButton onChange={(file) => void pick(file)} accept="image/png,image/jpeg">
            {(props) => (
              <Button variant="default" size="xs" {...props}>
                {t('agency.logo')}…
              </Button>
            )}
          </FileButton>
          {value ? (
            <Button variant="subtle" color="red" size="xs" onClick={() => onChange(null)}>
              {t('agency.logoRemove')}
            </Button>
          ) : null}
        </Stack>
      </Group>
    </Input.Wrapper>
  );
}
