import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMethod, useMethodMutation } from '../../api/hooks';

/** The display language, stored in the archive's settings so it survives a restart in either mode. */
export function useLanguage() {
  const { i18n } = useTranslation();
  const update = useMethodMutation('settings.update');
  const language: 'id' | 'en' = i18n.language === 'en' ? 'en' : 'id';
  return {
    language,
    setLanguage: (next: 'id' | 'en') => {
      void i18n.changeLanguage(next);
      update.mutate({ patch: { language: next } });
    },
  };
}

/** Applies the stored language once at start. */
export function useStoredLanguage(): boolean {
  const { i18n } = useTranslation();
  const settings = useMethod('settings.get', {});
  const stored = settings.data?.language;
  useEffect(() => {
    if (stored && i18n.language !== stored) void i18n.changeLanguage(stored);
  }, [stored, i18n]);
  return !settings.isPending;
}
