import type { Handlers } from '../../../shared/api/handlers';
import type { RequestService } from './request.service';

export function requestHandlers(requests: RequestService) {
  return {
    'request.list': (filter) => requests.list(filter),
    'request.get': ({ id }) => requests.detail(id),
    'request.create': ({ fields }, { actor }) => requests.create(fields, actor),
    'request.update': ({ id, fields, expectedVersion }, { actor }) => requests.update(id, fields, expectedVersion, actor),
    'request.process': ({ id, expectedVersion, note }, { actor }) => requests.process(id, expectedVersion, note, actor),
    'request.extend': ({ id, expectedVersion, reason }, { actor }) => requests.extend(id, expectedVersion, reason, actor),
    'request.decide': ({ id, expectedVersion, decision }, { actor }) => requests.decide(id, expectedVersion, decision, actor),
    'request.setFee': ({ id, expectedVersion, fee }, { actor }) => requests.setFee(id, expectedVersion, fee, actor),
  } satisfies Pick<
    Handlers,
    | 'request.list'
    | 'request.get'
    | 'request.create'
    | 'request.update'
    | 'request.process'
    | 'request.extend'
    | 'request.decide'
    | 'request.setFee'
  >;
}
