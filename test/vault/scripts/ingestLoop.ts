// Child process for the kill -9 test: ingests fresh scans into a document forever, printing
// "ACK <sha256>" only after each call resolved (the scan is durable and its rows committed).
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../../../main/core/createCore';

const [archiveDir, srcDir] = process.argv.slice(2);
if (!archiveDir || !srcDir) throw new Error('usage: ingestLoop ARCHIVE SRC');
const core = createCore({ archiveDir, background: false });
await core.vault.ready;
const doc = core.documents.create(
  { title: `Uji kill ${String(process.pid)}`, number: '', date: '', classificationCode: '', stage: 'asli', description: '', sheetCount: 1 },
  'uji',
);
process.stdout.write('READY\n');
for (let i = 0; ; i += 1) {
  const path = join(srcDir, `${String(process.pid)}-${String(i)}.png`);
  const size = (1 + (i % 4)) * 1024 * 1024;
  // Signature and an IHDR (2000×3000, as a scanner writes), then random bytes: the vault reads the header now.
  const ihdr = Buffer.from('0000000d494844520000', 'hex');
  const dims = Buffer.alloc(12);
  dims.writeUInt16BE(2000, 0);
  dims.writeUInt32BE(3000, 2);
  writeFileSync(path, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr, dims, randomBytes(size)]));
  const detail = await core.documents.addFile(doc.id, 'original', path, `halaman-${String(i)}.png`, 'uji');
  process.stdout.write(`ACK ${detail.files.at(-1)?.sha256 ?? ''}\n`);
}
