import { basename, resolve } from 'node:path';
import { isLemariError } from '../../../shared/api/errors';
import { createCore } from '../../core/createCore';
import { defaultArchiveDir } from '../../core/support/paths';
import { archiveOption, jsonOption, parseCommandArgs } from '../archive';
import type { Command } from '../command';
import { UsageError } from '../io';

interface Added {
  file: string;
  sha256?: string;
  size?: number;
  contentType?: string;
  existed?: boolean;
  error?: { code: string; message: string; messageEn: string };
}

/** `lemari vault add FILE…`: stores scans in the vault and prints their hashes; exit 1 if any file was refused. */
export const vaultCommand: Command = {
  name: 'vault',
  summary: 'Simpan berkas pindaian ke brankas dan cetak hash-nya / store scans in the vault and print their hashes',
  usage: 'lemari vault add FILE… [--archive DIR] [--json]',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { ...archiveOption, ...jsonOption }, true);
    const [sub, ...files] = positionals;
    if (sub !== 'add') throw new UsageError('subperintah yang dikenal: add / known subcommand: add');
    if (files.length === 0) throw new UsageError('sebutkan minimal satu berkas / name at least one file');
    const core = createCore({ archiveDir: values.archive ?? defaultArchiveDir(), background: false });
    const results: Added[] = [];
    try {
      await core.vault.ready;
      for (const file of files) {
        try {
          const { blob, existed } = await core.vault.ingest(resolve(file), basename(file), 'cli');
          results.push({ file, sha256: blob.sha256, size: blob.size, contentType: blob.contentType, existed });
        } catch (error) {
          if (!isLemariError(error)) throw error;
          results.push({ file, error: { code: error.code, message: error.message, messageEn: error.messageEn } });
        }
      }
    } finally {
      core.close();
    }
    if (values.json) io.out(JSON.stringify(results, null, 2));
    else {
      for (const r of results) {
        if (r.sha256) io.out(`${r.sha256}  ${r.file}${r.existed ? '  (sudah ada / already stored)' : ''}`);
        else if (r.error) io.err(`Galat ${r.file}: ${r.error.message} / ${r.error.messageEn}`);
      }
    }
    return results.some((r) => r.error) ? 1 : 0;
  },
};
