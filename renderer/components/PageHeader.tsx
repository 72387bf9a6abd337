import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function PageHeader({ title, intro, actions }: { title: string; intro?: string; actions?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-start" mb="lg" wrap="nowrap">
      <Stack gap={4}>
        <Title order={2}>{title}</Title>
        {intro ? (
          <Text c="dimmed" size="sm" maw={720}>
            {intro}
          </Text>
        ) : null}
      </Stack>
      {actions}
    </Group>
  );
}
