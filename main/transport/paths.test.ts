import fc from 'fast-check';
import { resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveInside } from './paths';

const root = resolve('/srv/lemari/renderer');

describe('resolveInside', () => {
  it('maps ordinary paths into the root', () => {
    expect(resolveInside(root, '/index.html')).toBe(`${root}${sep}index.html`);
    expect(resolveInside(root, '/assets/index-abc.js')).toBe(`${root}${sep}assets${sep}index-abc.js`);
    expect(resolveInside(root, '/assets/../index.html')).toBe(`${root}${sep}index.html`);
  });

  it.each([
    '/../etc/passwd',
    '/..%2f..%2fetc%2fpasswd',
    '/..%2F..%2Fetc/passwd',
    '/..%5c..%5cwindows%5cwin.ini',
    '/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/index.html%00.png',
    '/%00',
    '//server/share/file',
    '/\\\\server\\share',
    '/C:/Windows/win.ini',
    '/c:%5cWindows',
    'C:\\Windows',
    '/%E0%A4%A',
  ])('refuses %s', (path) => {
    expect(resolveInside(root, path)).toBeNull();
  });

  it('never returns a path outside the root, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('..', '.', '%2e%2e', '%2f', '%5c', 'a', 'b.txt', '%00', '/', '\\', 'C:', '~'), { maxLength: 12 }),
        (parts) => {
          const result = resolveInside(root, `/${parts.join('/')}`);
          return result === null || result === root || result.startsWith(`${root}${sep}`);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
