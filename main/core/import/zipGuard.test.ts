import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/support/tempArchive';
import { readSheetBounded } from './sheetJob';
import { inspectZip } from './zipGuard';

/** A zip written by hand; `declared` overrides an entry's uncompressed size in both headers (the lie). */
function writeZip(path: string, files: Record<string, { data: Buffer; declared?: number }>): void {
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, { data, declared }] of Object.entries(files)) {
    const packed = deflateRawSync(data, { level: 9 });
    const size = declared ?? data.length;
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(path, Buffer.concat([...parts, dir, end]));
}

const types = { data: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') };

describe('zip guard: bounded by the bytes actually inflated (issue 13 item 6)', () => {
  it('an XLSX whose directory says 2 KB for a 300 MB sheet is refused, with memory bounded', async () => {
    const path = join(tempDir('lemari-zip-'), 'bohong.xlsx');
    writeZip(path, {
      '[Content_Types].xml': types,
      'xl/worksheets/sheet1.xml': { data: Buffer.alloc(300 * 1024 * 1024, 0x20), declared: 2048 },
    });
    global.gc?.();
    const before = process.memoryUsage().rss;
    const inspected = inspectZip(path, statSync(path).size);
    expect(inspected).toMatchObject({ ok: false, reason: 'lies', name: 'xl/worksheets/sheet1.xml' });
    await expect(readSheetBounded(path, 'bohong.xlsx', { all: false, sheet: undefined })).rejects.toThrow(/membengkak terlalu besar/);
    expect(process.memoryUsage().rss - before).toBeLessThan(150 * 1024 * 1024);
  });

  it('an honest zip passes with its true sizes', () => {
    const path = join(tempDir('lemari-zip-'), 'jujur.xlsx');
    writeZip(path, { '[Content_Types].xml': types, 'xl/worksheets/sheet1.xml': { data: Buffer.alloc(100_000, 0x41) } });
    const inspected = inspectZip(path, statSync(path).size);
    expect(inspected).toMatchObject({ ok: true });
  });
});
