import { describe, expect, it } from 'vitest';
import { appDownload, appProtocolFile, isPrintPreviewUrl, vaultProtocolHash } from './protocolPaths';
import { isAllowedNavigation, isTrustedUrl, permissionDecision, secureWebPreferences } from './security';

const sha = 'a'.repeat(64);

describe('Electron security decisions', () => {
  it('sets every safety-relevant webPreference explicitly', () => {
    const prefs = secureWebPreferences('/app/preload.cjs', true);
    expect(prefs).toEqual({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableBlinkFeatures: '',
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: false,
    });
    expect(secureWebPreferences('/p', false).devTools).toBe(true);
  });

  it.each([
    ['app://lemari/index.html', true],
    ['app://lemari/#/dip', true],
    ['app://evil/index.html', false],
    ['app://user:pw@lemari/index.html', false],
    ['https://lemari/index.html', false],
    ['http://127.0.0.1:3000/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>1</script>', false],
    ['vault://objects/' + sha, false],
    ['', false],
    ['not a url', false],
  ])('navigation and IPC trust for %s → %s', (url, allowed) => {
    expect(isAllowedNavigation(url)).toBe(allowed);
    expect(isTrustedUrl(url)).toBe(allowed);
  });

  it('denies every permission', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown']) {
      expect(permissionDecision(permission)).toBe(false);
    }
  });

  it('contains app:// paths inside the renderer build', () => {
    expect(appProtocolFile('/r', 'app://lemari/')).toBe('/r/index.html');
    expect(appProtocolFile('/r', 'app://lemari/assets/a.js')).toBe('/r/assets/a.js');
    // The URL parser folds dot segments at the root: still inside the build.
    expect(appProtocolFile('/r', 'app://lemari/%2e%2e/x')).toBe('/r/x');
    for (const url of [
      'app://lemari/..%2f..%2fetc/passwd',
      'app://lemari/a%00b',
      'app://lemari/..%5c..%5cwin.ini',
      'app://lemari/C:%5cWindows',
      'app://other/index.html',
      'vault://lemari/index.html',
    ]) {
      expect(appProtocolFile('/r', url)).toBeNull();
    }
  });

  it('accepts only a bare SHA-256 on vault://', () => {
    expect(vaultProtocolHash(`vault://objects/${sha}`)).toBe(sha);
    // Dot segments are folded by the URL parser before we look: what remains is still only a hash.
    expect(vaultProtocolHash(`vault://objects/../${sha}`)).toBe(sha);
    for (const url of [
      `vault://objects/${sha}/..`,
      'vault://objects/..%2f..%2fetc%2fpasswd',
      `vault://objects/${sha}?x=1`,
      `vault://objects/${sha.toUpperCase()}`,
      `vault://objects/${sha}0`,
      `app://objects/${sha}`,
      'vault://objects/',
      'vault://objects/%00',
    ]) {
      expect(vaultProtocolHash(url)).toBeNull();
    }
  });

  it('routes app://lemari/download/<uuid> to exports, inline only when asked', () => {
    const id = '0b8f6c1e-3a2d-4c5b-9e7f-1a2b3c4d5e6f';
    expect(appDownload(`app://lemari/download/${id}`)).toEqual({ fileId: id, inline: false });
    expect(appDownload(`app://lemari/download/${id}?inline=1`)).toEqual({ fileId: id, inline: true });
    expect(isPrintPreviewUrl(`app://lemari/download/${id}?inline=1`)).toBe(true);
    for (const url of [
      `app://lemari/download/${id}`,
      `app://evil/download/${id}?inline=1`,
      `https://lemari/download/${id}?inline=1`,
      'app://lemari/download/..%2f..%2fetc%2fpasswd?inline=1',
      `app://lemari/download/${id}/x?inline=1`,
      'app://lemari/index.html?inline=1',
    ]) {
      expect(isPrintPreviewUrl(url), url).toBe(false);
    }
  });
});
