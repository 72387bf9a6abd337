import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface FatVolume {
  dir: string;
  /** Which variant ran: printed by the test, because each proves something different. */
  variant: 'vfat-loop-kernel' | 'vfat-image-fusefat' | 'plain-folder-fallback';
  image: string | null;
  /** Unmounts and mounts again, so what is read back comes from the image, not the page cache. */
  remount(): void;
  /** Unmounts and runs `fsck.vfat -n`: true when the FAT is consistent, null when there is no image. */
  close(): boolean | null;
}

function have(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * A FAT-formatted "USB stick" for the backup tests: a vfat loop image mounted by the kernel, or through
 * fusefat where the kernel has no vfat module (containers), or — when neither tool nor root is there — a
 * plain folder. Nothing is installed here (.ci/run installs dosfstools and fusefat); the variant is reported.
 */
export function fatVolume(base: string, sizeMb = 64): FatVolume {
  const dir = join(base, 'stick');
  mkdirSync(dir, { recursive: true });
  const image = join(base, 'stick.img');
  const canImage = isRoot && have('mkfs.vfat');
  if (canImage) {
    execFileSync('truncate', ['-s', `${String(sizeMb)}M`, image]);
    execFileSync('mkfs.vfat', ['-n', 'LEMARI', image], { stdio: 'ignore' });
    const mounts: Array<[FatVolume['variant'], () => boolean]> = [
      ['vfat-loop-kernel', () => spawnSync('mount', ['-o', 'loop', image, dir], { stdio: 'ignore' }).status === 0],
      ['vfat-image-fusefat', () => have('fusefat') && spawnSync('fusefat', ['-o', 'rw+', image, dir], { stdio: 'ignore' }).status === 0],
    ];
    for (const [variant, mount] of mounts) {
      if (!mount()) continue;
      const unmount = () => {
        if (spawnSync('umount', [dir], { stdio: 'ignore' }).status !== 0) spawnSync('fusermount', ['-u', dir], { stdio: 'ignore' });
      };
      return {
        dir,
        variant,
        image,
        remount() {
          unmount();
          if (!mount()) throw new Error(`could not remount ${variant}`);
        },
        close() {
          unmount();
          return spawnSync('fsck.vfat', ['-n', image], { stdio: 'ignore' }).status === 0;
        },
      };
    }
  }
  return { dir, variant: 'plain-folder-fallback', image: existsSync(image) ? image : null, remount: () => undefined, close: () => null };
}
