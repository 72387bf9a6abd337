export type ProbeState = { electronPath?: string; electronReason?: string; nativePresent: boolean; mainBuilt: boolean };
export type Plan = { action: 'launch' } | { action: 'fetch-native' } | { action: 'browser'; reason: string };
export function planAfterProbe(state: ProbeState): Plan;
export function planAfterFetch(state: {
  fetched: boolean;
  nativePresent: boolean;
}): { action: 'launch' } | { action: 'browser'; reason: string };
export function fallbackLine(reason: string): string;
export const REASONS: { noElectron: string; electronTimeout: string; mainBuild: string; nativeFetch: string };
