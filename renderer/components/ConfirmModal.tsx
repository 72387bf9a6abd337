import { Button, Group, Modal, Text } from '@mantine/core';

/** A yes/no question before something that cannot be taken back (discarding typed text, deleting). */
export function ConfirmModal({
  opened,
  title,
  body,
  confirm,
  cancel,
  onConfirm,
  onCancel,
}: {
  opened: boolean;
  title: string;
  body: string;
  confirm: string;
  cancel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onCancel} title={title} size="sm" zIndex={400}>
      <Text size="sm">{body}</Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onCancel}>
          {cancel}
        </Button>
        <Button color="red" onClick={onConfirm}>
          {confirm}
        </Button>
      </Group>
    </Modal>
  );
}
