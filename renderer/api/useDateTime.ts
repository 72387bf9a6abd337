import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../shared/domain/timeZone';
import { useMethod } from './hooks';

/**
 * Formats a recorded instant (an audit event, an approval, a backup) in the body's time zone and the
 * screen's language, as `useToday` gives its date: the same time on every laptop of the desk, whatever
 * zone the laptop is set to. Until app.info answers (the shell waits for it), WIB.
 */
export function useDateTime(): (instant: string) => string {
  const { i18n } = useTranslation();
  const info = useMethod('app.info', {});
  const zone = info.data?.timeZone ?? 'WIB';
  const language = i18n.language === 'en' ? 'en' : 'id';
  return (instant: string) => formatInstant(instant, zone, language);
}
