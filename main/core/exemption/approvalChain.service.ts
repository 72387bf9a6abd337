import { lemariError } from '../../../shared/api/raise';
import { normalizeChain, type ApprovalChain } from '../../../shared/domain/approval';
import type { ServiceDeps } from '../support/deps';
import type { UserService } from '../user/user.service';
import { createApprovalRepo } from './approval.repo';
import type { ApprovalWorkflow } from './approval.workflow';

export type StoredChain = ApprovalChain & { version: number };

/**
 * The body's approval chain as the PPID sets it (Pengaturan → Alur persetujuan). The roles are the
 * `approve` rule's, written in the chain's order, so dispatch's act check and the chain agree; the
 * mode and the order are stored beside them. Rounds already submitted keep the chain they began with.
 */
export function createApprovalChainService(
  { db, audit, events, clock }: ServiceDeps,
  { users, approvals }: { users: Pick<UserService, 'requireAct' | 'writeRule'>; approvals: Pick<ApprovalWorkflow, 'chain'> },
) {
  const repo = createApprovalRepo(db);

  function set(chain: ApprovalChain, expectedVersion: number, transportActor: string): StoredChain {
    const saved = db
      .transaction(() => {
        const acting = users.requireAct('configureApproval', transportActor);
        const before = approvals.chain();
        const next = normalizeChain(chain);
        if (!repo.setChainSetting(next.mode, next.ordered, clock().toISOString(), expectedVersion)) {
          throw lemariError('conflict', { key: 'approval.err.chainChanged' });
        }
        users.writeRule('approve', next.roles, acting.actor);
        const after = approvals.chain();
        audit.record({ actor: acting.actor, action: 'approval.setChain', entityType: 'approval_chain', entityId: 1, before, after });
        return after;
      })
      .immediate();
    events.emit('user.changed', { id: null });
    events.emit('exemption.changed', { entryId: null });
    return saved;
  }

  return { get: approvals.chain, set };
}

export type ApprovalChainService = ReturnType<typeof createApprovalChainService>;
