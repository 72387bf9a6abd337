import type { ExportedFile, PaperSize } from '../../../shared/domain/export';
import type { WebsitePackage } from '../../../shared/domain/edition';
import type { ExportFiles } from '../export/exportFiles';
import type { ServiceDeps } from '../support/deps';
import type { EditionService } from './edition.service';
import { createLeakGuard } from './leakGuard';
import type { PublicCopies } from './publicCopies';
import { buildPackage, packageName, packageZip, writePackage } from './websitePackage';
import { renderDiffPdf } from './diffPdf';
import type { ZipInput } from './zip';

interface PublishDeps extends ServiceDeps {
  editions: EditionService;
  publicCopies: PublicCopies;
  files: ExportFiles;
}

/** The website package of an edition (folder + zip) and the printable edition diff. */
export function createPublishService({ db, events, editions, publicCopies, files }: PublishDeps) {
  const guard = createLeakGuard(db, () => publicCopies.forbiddenHashes());

  async function build(editionId: number, jobId: string): Promise<{ name: string; files: ZipInput[]; zip: Buffer }> {
    const edition = editions.get(editionId);
    const list = editions.document(editionId);
    const progress = (done: number, total: number) => events.emit('job.progressed', { jobId, label: 'publish.package', done, total });
    const made = await buildPackage(
      {
        edition,
        list,
        scan: editions.scan(editionId),
        documents: editions.documents(editionId),
        readDocument: (sha) => publicCopies.read(sha),
      },
      guard,
      progress,
    );
    return { name: packageName(list), files: made, zip: await packageZip(made, edition) };
  }

  /** Writes the package into a folder the officer chose (CLI, Electron save dialog). */
  async function toFolder(editionId: number, outDir: string, jobId = `package-${String(editionId)}`): Promise<WebsitePackage> {
    const made = await build(editionId, jobId);
    return writePackage(outDir, made.name, made.files, made.zip);
  }

  /** The zip, ready for the browser to download. */
  async function toDownload(editionId: number, jobId = `package-${String(editionId)}`): Promise<ExportedFile & { fileCount: number }> {
    const made = await build(editionId, jobId);
    return { ...files.put(`${made.name}.zip`, 'application/zip', made.zip), fileCount: made.files.length };
  }

  async function diffPdf(editionId: number, paper: PaperSize, auditHead: string | null): Promise<ExportedFile> {
    const edition = editions.get(editionId);
    const data = await renderDiffPdf(edition, editions.diff(editionId), paper, auditHead);
    return files.put(`perbedaan-edisi-${String(edition.id)}-${edition.list}-${String(edition.year)}.pdf`, 'application/pdf', data);
  }

  return { build, toFolder, toDownload, diffPdf };
}

export type PublishService = ReturnType<typeof createPublishService>;
