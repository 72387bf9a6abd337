import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from './ConfirmModal';

interface Question {
  title?: string;
  body: string;
  confirm?: string;
  onYes: () => void;
}

/**
 * "Hapus …?" before a delete or an unlink: `ask({ body, onYes })` opens the question, `modal` is
 * rendered once by the screen. The words default to the shared Hapus / Batal of forms.ts.
 */
export function useConfirm(): { ask: (question: Question) => void; modal: ReactNode } {
  const { t } = useTranslation();
  const [question, setQuestion] = useState<Question | null>(null);
  const modal = (
    <ConfirmModal
      opened={question !== null}
      title={question?.title ?? t('forms.deleteTitle')}
      body={question?.body ?? ''}
      confirm={question?.confirm ?? t('forms.delete')}
      cancel={t('forms.cancel')}
      onCancel={() => setQuestion(null)}
      onConfirm={() => {
        question?.onYes();
        setQuestion(null);
      }}
    />
  );
  return { ask: setQuestion, modal };
}
