import { createClient, type ApiClient } from '../../shared/api/client';
import type { Result } from '../../shared/api/result';
import type { StagedUpload } from '../../shared/domain/upload';
import type { RendererTransport } from './transport';

/** The typed client plus uploads: what every screen gets from useApiClient(). */
export type RendererClient = ApiClient & { upload(file: File): Promise<Result<StagedUpload>> };

export function createRendererClient(transport: RendererTransport): RendererClient {
  return { ...createClient(transport), upload: (file) => transport.upload(file) };
}
