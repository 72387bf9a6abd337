import { useTranslation } from 'react-i18next';
import { dateInWords } from '../../shared/domain/dateWords';
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

/**
 * Writes a calendar date (an end date, an SK's date, a holiday) in words in the screen's language:
 * "13 April 2045", never the ISO form a date input holds. Not a recorded instant: no zone applies.
 */
export function useDateWords(): (isoDate: string) => string {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  return (isoDate: string) => dateInWords(isoDate, language);
}
