import { Button, Kbd, Popover, Table, Text } from '@mantine/core';
import { IconKeyboard } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The register's keyboard shortcuts, listed where the officer looks for them. */
export function ShortcutsPopover() {
  const { t } = useTranslation();
  const shortcuts: [string[], string][] = [
    [['N'], t('register.shortcuts.newEntry')],
    [['/'], t('register.shortcuts.search')],
    [['↓', '↑'], t('register.shortcuts.next')],
    [['Enter'], t('register.shortcuts.open')],
    [['Ctrl', 'S'], t('register.shortcuts.save')],
    [['Ctrl', 'Shift', 'Enter'], t('register.shortcuts.saveNext')],
  ];
  return (
    <Popover width={340} position="bottom-end" withArrow>
      <Popover.Target>
        <Button variant="subtle" leftSection={<IconKeyboard size={16} aria-hidden />}>
          {t('register.shortcuts.title')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Table fz="sm" aria-label={t('register.shortcuts.title')}>
          <Table.Tbody>
            {shortcuts.map(([keys, label]) => (
              <Table.Tr key={label}>
                <Table.Td>
                  {keys.map((key) => (
                    <Kbd key={key} mr={4}>
                      {key}
                    </Kbd>
                  ))}
                </Table.Td>
                <Table.Td>{label}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed" mt="xs">
          {t('register.inlineHint')}
        </Text>
      </Popover.Dropdown>
    </Popover>
  );
}
