import { BACKUP_FORMAT_VERSION } from '../../../shared/domain/backup';

/**
 * The BagIt layout inside a .lemari-backup (docs/backup-format.md). Everything sits under one
 * folder so `tar -xf` then `sha256sum -c manifest-sha256.txt` inside it checks a backup by hand.
 */
export const BAG_ROOT = 'lemari-backup';
export const DB_PAYLOAD = 'data/lemari.sqlite';
export const VAULT_PAYLOAD_PREFIX = 'data/vault/objects/';
export const TAG_FILES = ['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt', 'tagmanifest-sha256.txt'] as const;

export const BAGIT_TXT = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';

export interface BagInfo {
  formatVersion: number;
  createdAt: string;
  appVersion: string;
  schemaVersion: number;
  auditCount: number;
  auditHead: string | null;
  vaultObjects: number;
  payloadBytes: number;
  payloadFiles: number;
}

export function formatBagInfo(info: BagInfo): string {
  const lines = [
    `Bag-Software-Agent: Lemari ${info.appVersion}`,
    `Bagging-Date: ${info.createdAt.slice(0, 10)}`,
    `Payload-Oxum: ${String(info.payloadBytes)}.${String(info.payloadFiles)}`,
    `Lemari-Backup-Format: ${String(info.formatVersion)}`,
    `Lemari-Created-At: ${info.createdAt}`,
    `Lemari-App-Version: ${info.appVersion}`,
    `Lemari-Schema-Version: ${String(info.schemaVersion)}`,
    `Lemari-Audit-Count: ${String(info.auditCount)}`,
    `Lemari-Audit-Head: ${info.auditHead ?? 'none'}`,
    `Lemari-Vault-Objects: ${String(info.vaultObjects)}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** Reads bag-info.txt back; throws when a field Lemari needs is missing or malformed. */
export function parseBagInfo(text: string): BagInfo {
  const fields = new Map<string, string>();
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) fields.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  const need = (key: string): string => {
    const value = fields.get(key);
    if (value === undefined) throw new Error(`bag-info.txt lacks ${key}`);
    return value;
  };
  const int = (key: string): number => {
    const value = Number(need(key));
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`bag-info.txt: ${key} is not a number`);
    return value;
  };
  const oxum = /^(\d+)\.(\d+)$/.exec(need('Payload-Oxum'));
  if (!oxum) throw new Error('bag-info.txt: Payload-Oxum malformed');
  const head = need('Lemari-Audit-Head');
  if (head !== 'none' && !/^[0-9a-f]{64}$/.test(head)) throw new Error('bag-info.txt: Lemari-Audit-Head malformed');
  const info: BagInfo = {
    formatVersion: int('Lemari-Backup-Format'),
    createdAt: need('Lemari-Created-At'),
    appVersion: need('Lemari-App-Version'),
    schemaVersion: int('Lemari-Schema-Version'),
    auditCount: int('Lemari-Audit-Count'),
    auditHead: head === 'none' ? null : head,
    vaultObjects: int('Lemari-Vault-Objects'),
    payloadBytes: Number(oxum[1]),
    payloadFiles: Number(oxum[2]),
  };
  if (info.formatVersion > BACKUP_FORMAT_VERSION) throw new Error(`backup format ${String(info.formatVersion)} is newer than this Lemari`);
  return info;
}

export function manifestLine(hash: string, path: string): string {
  return `${hash}  ${path}\n`;
}

/** manifest-sha256.txt as a map from payload path to hash; rejects paths that could leave the bag. */
export function parseManifest(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const match = /^([0-9a-f]{64}) {2}(\S.*)$/.exec(line);
    if (!match?.[1] || !match[2]) throw new Error('manifest line malformed');
    if (!isSafeBagPath(match[2])) throw new Error(`manifest path not allowed: ${match[2]}`);
    entries.set(match[2], match[1]);
  }
  return entries;
}

/** Only the database and hash-named vault objects may be payload; no `..`, no absolute paths, no stray files. */
export function isSafeBagPath(path: string): boolean {
  if (path === DB_PAYLOAD) return true;
  return /^data\/vault\/objects\/[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}$/.test(path);
}

/** The two zero blocks that end a tar. */
export const TAR_END_BYTES = 1024;

/** The exact number of bytes a tar entry of `size` takes, header and padding included (for progress). */
export function tarEntryBytes(size: number): number {
  return 512 + size + ((512 - (size % 512)) % 512);
}
