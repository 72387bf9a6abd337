import type { Handlers } from '../../../shared/api/handlers';
import type { LetterService } from './letter.service';
import type { ObjectionService } from './objection.service';
import type { RegisterService } from './register.service';
import type { ReportService } from './report.service';
import type { RequestService } from './request.service';

export function requestHandlers(
  requests: RequestService,
  objections: ObjectionService,
  letters: LetterService,
  reports: ReportService,
  registers: RegisterService,
) {
  return {
    'request.list': (filter) => requests.list(filter),
    'request.get': ({ id }) => requests.detail(id),
    'request.create': ({ fields }, { actor }) => requests.create(fields, actor),
    'request.update': ({ id, fields, expectedVersion }, { actor }) => requests.update(id, fields, expectedVersion, actor),
    'request.process': ({ id, expectedVersion, note }, { actor }) => requests.process(id, expectedVersion, note, actor),
    'request.extend': ({ id, expectedVersion, reason }, { actor }) => requests.extend(id, expectedVersion, reason, actor),
    'request.decide': ({ id, expectedVersion, decision }, { actor }) => requests.decide(id, expectedVersion, decision, actor),
    'request.setFee': ({ id, expectedVersion, fee }, { actor }) => requests.setFee(id, expectedVersion, fee, actor),
    'request.object': ({ id, fields }, { actor }) => objections.file(id, fields, actor),
    'request.answerObjection': ({ objectionId, expectedVersion, response }, { actor }) =>
      objections.respond(objectionId, expectedVersion, response, actor),
    'request.registerDispute': ({ id, objectionId, fields }, { actor }) => objections.registerDispute(id, objectionId, fields, actor),
    'request.updateDispute': ({ disputeId, expectedVersion, fields }, { actor }) =>
      objections.updateDispute(disputeId, expectedVersion, fields, actor),
    'request.letter': (input, { actor }) => letters.make(input, actor),
    'request.report': ({ year }) => reports.report(year),
    'request.saveReport': ({ year, narrative, expectedVersion }, { actor }) =>
      reports.saveNarrative(year, narrative, expectedVersion, actor),
    'request.reportFile': async ({ year, format, paper }) => (await reports.file(year, format, paper)).file,
    'request.registerFile': (input, { actor }) => registers.file(input, actor),
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
    | 'request.object'
    | 'request.answerObjection'
    | 'request.registerDispute'
    | 'request.updateDispute'
    | 'request.letter'
    | 'request.report'
    | 'request.saveReport'
    | 'request.reportFile'
    | 'request.registerFile'
  >;
}
