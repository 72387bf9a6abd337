import { useSyncExternalStore } from 'react';

/** Every screen of the product; later features fill the ones still marked "segera hadir". */
export const routes = {
  home: '/',
  dip: '/dip',
  dik: '/dikecualikan',
  ordner: '/ordner',
  scans: '/pindaian',
  /** A document: `/naskah/<id>`. */
  documents: '/naskah',
  publish: '/publikasi',
  /** The request register; one request: `/permohonan/<id>`. */
  requests: '/permohonan',
  settings: '/pengaturan',
  agency: '/pengaturan/profil',
  units: '/pengaturan/unit',
  audit: '/pengaturan/audit',
  backup: '/pengaturan/cadangan',
} as const;

export type RoutePath = (typeof routes)[keyof typeof routes];

function currentPath(): string {
  return window.location.hash.replace(/^#/, '') || '/';
}

function subscribe(callback: () => void): () => void {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

/** Hash routing: works the same under app:// in Electron and on the loopback server, and keeps ?token in place. */
export function useRoute(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

export function navigate(path: string): void {
  window.location.hash = path;
}

export function href(path: string): string {
  return `#${path}`;
}
