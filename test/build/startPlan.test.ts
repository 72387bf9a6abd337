import { describe, expect, it } from 'vitest';
import { fallbackLine, planAfterFetch, planAfterProbe, REASONS } from '../../scripts/startPlan.mjs';

describe('npm start decides', () => {
  it('falls back to browser mode with the reason when Electron has no binary', () => {
    expect(planAfterProbe({ electronReason: REASONS.electronTimeout, nativePresent: true, mainBuilt: false })).toEqual({
      action: 'browser',
      reason: REASONS.electronTimeout,
    });
    expect(planAfterProbe({ nativePresent: true, mainBuilt: false })).toEqual({ action: 'browser', reason: REASONS.noElectron });
  });

  it('fetches better-sqlite3 for Electrons ABI before the first launch instead of loading the Node build', () => {
    expect(planAfterProbe({ electronPath: '/x/electron', nativePresent: false, mainBuilt: true })).toEqual({ action: 'fetch-native' });
    expect(planAfterProbe({ electronPath: '/x/electron', nativePresent: true, mainBuilt: true })).toEqual({ action: 'launch' });
  });

  it('never launches Electron when main failed to build', () => {
    expect(planAfterProbe({ electronPath: '/x/electron', nativePresent: true, mainBuilt: false })).toEqual({
      action: 'browser',
      reason: REASONS.mainBuild,
    });
  });

  it('launches after a fetch only when the build is really there, else says why in one line', () => {
    expect(planAfterFetch({ fetched: true, nativePresent: true })).toEqual({ action: 'launch' });
    expect(planAfterFetch({ fetched: true, nativePresent: false })).toEqual({ action: 'browser', reason: REASONS.nativeFetch });
    expect(planAfterFetch({ fetched: false, nativePresent: false })).toEqual({ action: 'browser', reason: REASONS.nativeFetch });
    const line = fallbackLine(REASONS.nativeFetch);
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain('npm run electron:native');
  });
});
