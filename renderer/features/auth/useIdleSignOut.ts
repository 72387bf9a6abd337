import { useEffect, useRef } from 'react';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Signs out after `minutes` without a key or a click in this window (main enforces the same
 * timeout on its side; this returns the screen to sign-in without waiting for the next call).
 */
export function useIdleSignOut(minutes: number | null, onIdle: () => void): void {
  const last = useRef(Date.now());
  const idle = useRef(onIdle);
  idle.current = onIdle;
  useEffect(() => {
    if (minutes === null) return undefined;
    last.current = Date.now();
    const seen = () => {
      last.current = Date.now();
    };
    for (const name of ACTIVITY) window.addEventListener(name, seen, { passive: true });
    const timer = window.setInterval(() => {
      if (Date.now() - last.current > minutes * 60_000) idle.current();
    }, 5_000);
    return () => {
      for (const name of ACTIVITY) window.removeEventListener(name, seen);
      window.clearInterval(timer);
    };
  }, [minutes]);
}
