import { Readable } from 'node:stream';
import tar from 'tar-stream';
import type { FileHandle } from 'node:fs/promises';

export interface TarEntryHeader {
  path: string;
  size: number;
  type: 'file' | 'directory' | 'other';
}

export interface TarEntrySink {
  write(chunk: Buffer): Promise<void> | void;
  end(): Promise<void> | void;
}

/** A file's bytes as a stream of fresh 1 MiB buffers (tar-stream may keep a reference to each). */
export async function* fileChunks(handle: FileHandle, chunkSize = 1 << 20): AsyncGenerator<Buffer> {
  for (let position = 0; ;) {
    const buffer = Buffer.allocUnsafe(chunkSize);
    const { bytesRead } = await handle.read(buffer, 0, chunkSize, position);
    if (bytesRead === 0) return;
    position += bytesRead;
    yield buffer.subarray(0, bytesRead);
  }
}

/**
 * Reads a tar stream entry by entry with tar-stream (plain backups from a file, encrypted ones from the
 * age decryptor). `onEntry` returns a sink for the entry's bytes, or null to skip it; memory stays flat.
 */
export async function readTarEntries(
  source: AsyncIterable<Buffer>,
  onEntry: (header: TarEntryHeader) => Promise<TarEntrySink | null> | TarEntrySink | null,
): Promise<void> {
  const extract = tar.extract();
  const input = Readable.from(source);
  input.on('error', (error) => extract.destroy(error));
  input.pipe(extract);
  try {
    for await (const entry of extract) {
      const { header } = entry;
      const type = header.type === 'file' ? 'file' : header.type === 'directory' ? 'directory' : 'other';
      const sink = await onEntry({ path: header.name, size: header.size, type });
      for await (const chunk of entry as AsyncIterable<Buffer>) if (sink) await sink.write(chunk);
      if (sink) await sink.end();
    }
  } finally {
    input.unpipe(extract);
    input.destroy();
  }
}
