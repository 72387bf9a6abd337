import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from './ConfirmModal';

/**
 * Closing a form with unsaved typing (Esc, the ×, a click outside, Batal) asks first, so a
 * half-filled form is never lost by a stray click. The form reports `setDirty`; the modal and the
 * form's cancel button call `requestClose`; `close` is for after a save.
 */
export function useDiscardGuard(onClose: () => void): {
  setDirty: (dirty: boolean) => void;
  requestClose: () => void;
  close: () => void;
  confirm: ReactNode;
} {
  const { t } = useTranslation();
  const [dirty, setDirty] = useState(false);
  const [asking, setAsking] = useState(false);
  const close = useCallback(() => {
    setAsking(false);
    setDirty(false);
    onClose();
  }, [onClose]);
  const confirm = (
    <ConfirmModal
      opened={asking}
      title={t('forms.discardTitle')}
      body={t('forms.discardBody')}
      confirm={t('forms.discard')}
      cancel={t('forms.keepEditing')}
      onCancel={() => setAsking(false)}
      onConfirm={close}
    />
  );
  // Asked on the next tick: opened inside the Escape keydown that closed the form, the question would
  // receive the same keydown on its way to the window and close at once.
  const requestClose = () => (dirty ? setTimeout(() => setAsking(true), 0) : close());
  return { setDirty, requestClose, close, confirm };
}
