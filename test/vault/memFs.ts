import { posix } from 'node:path';
import type { FileFacts, VaultFs } from '../../main/core/vault/vaultFs';

/** One state-changing filesystem call, as recorded; `ack` marks the moment the caller was told "stored". */
export type FsOp =
  | { op: 'mkdir'; path: string; ino: number }
  | { op: 'create'; path: string; ino: number }
  | { op: 'write'; ino: number; data: Buffer }
  | { op: 'fsync'; ino: number }
  | { op: 'rename'; from: string; to: string }
  | { op: 'syncDir'; path: string }
  | { op: 'unlink'; path: string }
  | { op: 'ack'; sha256: string };

type Inode = { kind: 'file'; data: Buffer; durable: Buffer } | { kind: 'dir'; entries: Map<string, number>; durable: Map<string, number> };

/**
 * What survives a power cut: `lose-metadata` — directories revert to their last directory
 * fsync; `keep-metadata` — every create/rename/unlink reached the disk (a journal commit can do
 * that at any time). In both, a file's bytes are only what its last fsync made durable.
 */
export type CrashMode = 'lose-metadata' | 'keep-metadata';

/** An in-memory filesystem that separates volatile from durable state, for the power-loss model (RELIABILITY #4). */
export class MemFs {
  readonly log: FsOp[] = [];
  private inodes = new Map<number, Inode>();
  private next = 1;

  constructor() {
    this.inodes.set(0, { kind: 'dir', entries: new Map(), durable: new Map() });
  }

  /** A copy as of now, with everything durable (the starting point of each replay). */
  static durableCopy(of: MemFs): MemFs {
    const copy = new MemFs();
    copy.next = of.next;
    for (const [ino, node] of of.inodes) {
      copy.inodes.set(
        ino,
        node.kind === 'file'
          ? { kind: 'file', data: Buffer.from(node.data), durable: Buffer.from(node.data) }
          : { kind: 'dir', entries: new Map(node.entries), durable: new Map(node.entries) },
      );
    }
    return copy;
  }

  /** The filesystem a reboot finds after a power cut now. */
  crash(mode: CrashMode): MemFs {
    const after = new MemFs();
    after.next = this.next;
    for (const [ino, node] of this.inodes) {
      if (node.kind === 'file')
        after.inodes.set(ino, { kind: 'file', data: Buffer.from(node.durable), durable: Buffer.from(node.durable) });
      else {
        const entries = new Map(mode === 'lose-metadata' ? node.durable : node.entries);
        after.inodes.set(ino, { kind: 'dir', entries, durable: new Map(entries) });
      }
    }
    return after;
  }

  private lookup(path: string): number | undefined {
    let ino = 0;
    for (const part of path.split('/').filter(Boolean)) {
      const node = this.inodes.get(ino);
      if (node?.kind !== 'dir') return undefined;
      const child = node.entries.get(part);
      if (child === undefined) return undefined;
      ino = child;
    }
    return ino;
  }

  private dirOf(path: string): { dir: Extract<Inode, { kind: 'dir' }>; name: string } {
    const parent = this.lookup(posix.dirname(path));
    const node = parent === undefined ? undefined : this.inodes.get(parent);
    if (node?.kind !== 'dir') throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    return { dir: node, name: posix.basename(path) };
  }

  private file(ino: number): Extract<Inode, { kind: 'file' }> {
    const node = this.inodes.get(ino);
    if (node?.kind !== 'file') throw new Error(`not a file: ${String(ino)}`);
    return node;
  }

  /** Applies one recorded call (used live and when replaying a prefix). */
  apply(op: FsOp): void {
    switch (op.op) {
      case 'mkdir': {
        const { dir, name } = this.dirOf(op.path);
        this.inodes.set(op.ino, { kind: 'dir', entries: new Map(), durable: new Map() });
        dir.entries.set(name, op.ino);
        this.next = Math.max(this.next, op.ino + 1);
        return;
      }
      case 'create': {
        const { dir, name } = this.dirOf(op.path);
        this.inodes.set(op.ino, { kind: 'file', data: Buffer.alloc(0), durable: Buffer.alloc(0) });
        dir.entries.set(name, op.ino);
        this.next = Math.max(this.next, op.ino + 1);
        return;
      }
      case 'write': {
        const node = this.file(op.ino);
        node.data = Buffer.concat([node.data, op.data]);
        return;
      }
      case 'fsync': {
        const node = this.file(op.ino);
        node.durable = Buffer.from(node.data);
        return;
      }
      case 'rename': {
        const from = this.dirOf(op.from);
        const ino = from.dir.entries.get(from.name);
        if (ino === undefined) throw Object.assign(new Error(`ENOENT: ${op.from}`), { code: 'ENOENT' });
        from.dir.entries.delete(from.name);
        const to = this.dirOf(op.to);
        to.dir.entries.set(to.name, ino);
        return;
      }
      case 'syncDir': {
        const ino = this.lookup(op.path);
        const node = ino === undefined ? undefined : this.inodes.get(ino);
        if (node?.kind === 'dir') node.durable = new Map(node.entries);
        return;
      }
      case 'unlink': {
        const { dir, name } = this.dirOf(op.path);
        dir.entries.delete(name);
        return;
      }
      case 'ack':
        return;
    }
  }

  record(op: FsOp): void {
    this.apply(op);
    this.log.push(op);
  }

  /** Creates a directory (and its parents). */
  seedDir(path: string): void {
    let dir = '';
    for (const part of path.split('/').filter(Boolean)) {
      dir = `${dir}/${part}`;
      if (this.lookup(dir) === undefined) this.apply({ op: 'mkdir', path: dir, ino: this.next });
    }
  }

  /** Writes a file that is already durable (the source files of a test). */
  seed(path: string, data: Buffer): void {
    this.seedDir(posix.dirname(path));
    this.apply({ op: 'create', path, ino: this.next });
    const ino = this.lookup(path);
    if (ino !== undefined) this.apply({ op: 'write', ino, data });
  }

  read(path: string): Buffer | null {
    const ino = this.lookup(path);
    const node = ino === undefined ? undefined : this.inodes.get(ino);
    return node?.kind === 'file' ? node.data : null;
  }

  list(path: string): string[] {
    const ino = this.lookup(path);
    const node = ino === undefined ? undefined : this.inodes.get(ino);
    return node?.kind === 'dir' ? [...node.entries.keys()] : [];
  }

  /** Every file under `path`, with its path. */
  walk(path: string): string[] {
    const found: string[] = [];
    for (const name of this.list(path)) {
      const child = `${path}/${name}`;
      if (this.read(child) !== null) found.push(child);
      else found.push(...this.walk(child));
    }
    return found;
  }

  /** The VaultFs the store runs on; every change goes through `record`. */
  vaultFs(): VaultFs {
    const facts = (path: string): FileFacts | null => {
      const ino = this.lookup(path);
      const node = ino === undefined ? undefined : this.inodes.get(ino);
      if (!node) return null;
      return node.kind === 'file' ? { kind: 'file', size: node.data.length, mtimeMs: 0 } : { kind: 'dir', size: 0, mtimeMs: 0 };
    };
    return {
      lstat: (path) => Promise.resolve(facts(path)),
      freeBytes: () => Promise.resolve(1024 * 1024 * 1024),
      openRead: (path) => {
        const ino = this.lookup(path);
        if (ino === undefined) return Promise.reject(Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' }));
        const node = this.file(ino);
        return Promise.resolve({
          read: (buffer: Buffer, position: number) =>
            Promise.resolve(node.data.copy(buffer, 0, position, Math.min(node.data.length, position + buffer.length))),
          close: () => Promise.resolve(),
        });
      },
      createExclusive: (path) => {
        if (this.lookup(path) !== undefined) return Promise.reject(Object.assign(new Error(`EEXIST: ${path}`), { code: 'EEXIST' }));
        const ino = this.next;
        this.record({ op: 'create', path, ino });
        return Promise.resolve({
          write: (data: Buffer) => Promise.resolve(this.record({ op: 'write', ino, data: Buffer.from(data) })),
          sync: () => Promise.resolve(this.record({ op: 'fsync', ino })),
          close: () => Promise.resolve(),
        });
      },
      rename: (from, to) => Promise.resolve(this.record({ op: 'rename', from, to })),
      syncDir: (path) => Promise.resolve(this.record({ op: 'syncDir', path })),
      mkdir: (path) => {
        if (this.lookup(path) !== undefined) return Promise.resolve(false);
        this.record({ op: 'mkdir', path, ino: this.next });
        return Promise.resolve(true);
      },
      readdir: (path) => Promise.resolve(this.list(path)),
      unlink: (path) => Promise.resolve(this.record({ op: 'unlink', path })),
    };
  }

  inodeAt(path: string): number | undefined {
    return this.lookup(path);
  }
}
