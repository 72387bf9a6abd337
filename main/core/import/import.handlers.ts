import type { Handlers } from '../../../shared/api/handlers';
import type { ImportRequest } from '../../../shared/domain/entryImport';
import type { ImportService } from './import.service';

type Parsed = Parameters<Handlers['import.preview']>[0];

/** zod leaves absent optional keys as `undefined`; the service's request type has them absent. */
function request(input: Parsed): ImportRequest {
  const out: ImportRequest = { upload: input.upload };
  if (input.sheet !== undefined) out.sheet = input.sheet;
  if (input.category !== undefined) out.category = input.category;
  if (input.mapping !== undefined) out.mapping = input.mapping;
  if (input.allSheets !== undefined) out.allSheets = input.allSheets;
  if (input.list !== undefined) out.list = input.list;
  if (input.sheetLists !== undefined) out.sheetLists = input.sheetLists;
  if (input.allowPublicDespiteDik !== undefined) out.allowPublicDespiteDik = input.allowPublicDespiteDik;
  if (input.decision !== undefined) out.decision = input.decision;
  if (input.upstreamDecision !== undefined && input.upstreamDecision !== '') out.upstreamDecision = input.upstreamDecision;
  return out;
}

export function importHandlers(imports: ImportService) {
  return {
    'import.preview': (input) => imports.preview(request(input)),
    'import.commit': (input, { actor }) => imports.commit(request(input), input.dryRun, actor),
    'import.mappings': () => imports.mappings(),
  } satisfies Pick<Handlers, 'import.preview' | 'import.commit' | 'import.mappings'>;
}
