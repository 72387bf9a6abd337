import type { Transport } from '../../shared/api/client';
import type { Result } from '../../shared/api/result';
import type { StagedUpload } from '../../shared/domain/upload';

/** A transport as the renderer sees it: the shared calls plus handing a File to main. */
export interface RendererTransport extends Transport {
  upload(file: File): Promise<Result<StagedUpload>>;
}
