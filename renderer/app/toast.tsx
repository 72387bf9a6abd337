import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/**
 * What a toast says, as a function of the words: it is called when the toast is drawn, so a language
 * switch while the toast is up re-draws it in the new language instead of leaving the old one on screen.
 */
export type ToastText = (t: TFunction, language: string) => string;

function LiveText({ text }: { text: ToastText }) {
  const { t, i18n } = useTranslation();
  return <>{text(t, i18n.language)}</>;
}

/** Shows a toast in the zone at the foot of the navigation (toastZone.ts): teal for done, red for a refusal. */
export function showToast(text: ToastText, options: { color?: 'teal' | 'red'; autoClose?: number } = {}): void {
  notifications.show({
    color: options.color ?? 'teal',
    ...(options.autoClose === undefined ? {} : { autoClose: options.autoClose }),
    message: <LiveText text={text} />,
  });
}
