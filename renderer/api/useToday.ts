import { localToday } from '../features/request/localToday';
import { useMethod } from './hooks';

/**
 * Today as the archive counts it: main's clock (LEMARI_CLOCK when rehearsing a later date) in the
 * body's time zone, from `app.info`. Every default date of a form comes from here, never from the
 * laptop's `new Date()`. The shell waits for app.info before showing a screen (Layout), so a form's
 * first render already has it; the laptop's date is only a fallback should that call fail.
 */
export function useToday(): { date: string; year: number; now: () => Date } {
  const info = useMethod('app.info', {});
  const date = info.data?.today ?? localToday();
  return {
    date,
    year: Number(date.slice(0, 4)),
    // An instant on that date at the laptop's time of day: for "received at" fields that carry a time.
    now: () => {
      const clock = new Date();
      const [y, m, d] = date.split('-').map(Number);
      return new Date(y ?? clock.getFullYear(), (m ?? 1) - 1, d ?? 1, clock.getHours(), clock.getMinutes());
    },
  };
}
