import type { Handlers } from '../../../shared/api/handlers';
import type { InboxService } from '../inbox/inbox.service';
import type { UploadService } from '../upload/upload.service';
import type { DocumentService } from './document.service';

type DocumentMethods =
  | 'document.list'
  | 'document.get'
  | 'document.create'
  | 'document.update'
  | 'document.addFile'
  | 'document.removeFile'
  | 'document.reorderFiles'
  | 'document.move'
  | 'document.linkEntry'
  | 'document.unlinkEntry'
  | 'document.byEntry'
  | 'inbox.list'
  | 'inbox.scan'
  | 'inbox.assign';

export function documentHandlers(documents: DocumentService, inbox: InboxService, uploads: UploadService) {
  return {
    'document.list': ({ query, limit }) => documents.list(query.trim(), limit),
    'document.get': ({ id }) => documents.get(id),
    'document.create': ({ fields }, { actor }) => documents.create(fields, actor),
    'document.update': ({ id, fields, expectedVersion }, { actor }) => documents.update(id, fields, expectedVersion, actor),
    'document.addFile': async ({ id, role, upload }, { actor }) => {
      const staged = uploads.resolve(upload.uploadId);
      try {
        return await documents.addFile(id, role, staged.path, staged.name, actor);
      } finally {
        uploads.discard(upload.uploadId);
      }
    },
    'document.removeFile': ({ id, role, sha256 }, { actor }) => documents.removeFile(id, role, sha256, actor),
    'document.reorderFiles': ({ id, role, order }, { actor }) => documents.reorderFiles(id, role, order, actor),
    'document.move': ({ id, target }, { actor }) => documents.move(id, target, actor),
    'document.linkEntry': ({ id, entryId, year }, { actor }) => documents.linkEntry(id, entryId, year, actor),
    'document.unlinkEntry': ({ id, entryId }, { actor }) => documents.unlinkEntry(id, entryId, actor),
    'document.byEntry': ({ entryId }) => documents.byEntry(entryId),
    'inbox.list': () => inbox.list(),
    'inbox.scan': async () => ({ changes: await inbox.scan() }),
    'inbox.assign': (input, { actor }) =>
      inbox.assign(input.itemId, 'documentId' in input ? { documentId: input.documentId } : { newDocument: input.newDocument }, actor),
  } satisfies Pick<Handlers, DocumentMethods>;
}
