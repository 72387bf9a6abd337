/** Today's date on the laptop's own clock ("2026-12-02" at 05:50 WIB, when UTC is still on the 1st). */
export function localToday(now = new Date()): string {
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
