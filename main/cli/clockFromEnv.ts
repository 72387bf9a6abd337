import type { Clock } from '../core/support/clock';

/**
 * LEMARI_CLOCK, honoured only by `lemari serve`: starts the archive's clock at the given date
 * ("2046-01-05" or a full ISO time) and lets it run on from there. It exists to rehearse clock
 * jumps (RELIABILITY #15) and expiry in tests and training; an office install never sets it.
 */
export function clockFromEnv(env: NodeJS.ProcessEnv): { clock: Clock; start: Date } | null {
  const raw = env.LEMARI_CLOCK?.trim();
  if (!raw) return null;
  const start = new Date(/^\d{4}-\d{2}-\d{2}$/.test(raw) ? `${raw}T02:00:00Z` : raw);
  if (Number.isNaN(start.getTime())) throw new Error(`LEMARI_CLOCK is not a date: ${raw}`);
  const offset = start.getTime() - Date.now();
  return { clock: () => new Date(Date.now() + offset), start };
}
