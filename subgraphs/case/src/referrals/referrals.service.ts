import { z } from 'zod';
import { assertPermission, type Caller } from '@haven/core/access';
import { actorOf, recordAudit } from '@haven/core/audit/audit';
import { badInput, HavenError } from '@haven/core/errors';
import type { Database } from '@haven/core/db/database';
import { isUuid } from '@haven/core/ids';
import { manages } from '../access';
import { reachableCase, refuse } from '../cases';
import { overrideReasonOf, requireConsent } from '../consents';
import { referralKinds, type Referral, type ReferralKind } from './referral';
import * as store from './referrals.store';
import { hasControlCharacters } from '@haven/core/text';

export type { Referral };

export interface CreateReferralInput {
  kind: ReferralKind;
  /** Internal referrals: a team of the agency. */
  toTeamId?: string | null;
  /** External referrals: a partner organisation of the agency. */
  toOrganisationId?: string | null;
  service: string;
  /** Go ahead without referral consent: needs consent:override; recorded as an override for this referral. */
  consentOverrideReason?: string | null;
}

const referralSchema = z
  .object({
    kind: z.enum(referralKinds),
    toTeamId: z.string().refine(isUuid, 'must be a team id').nullish(),
    toOrganisationId: z.string().refine(isUuid, 'must be a partner organisation id').nullish(),
    service: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(200, 'must be at most 200 characters')
      .refine((v) => !hasControlCharacters(v), 'must not contain control characters'),
  })
  .superRefine((v, ctx) => {
    const [needed, other] =
      v.kind === 'internal' ? (['toTeamId', 'toOrganisationId'] as const) : (['toOrganisationId', 'toTeamId'] as const);
    if (!v[needed]) ctx.addIssue({ code: 'custom', path: [needed], message: `is required for an ${v.kind} referral` });
    if (v[other]) ctx.addIssue({ code: 'custom', path: [other], message: `must be left out of an ${v.kind} referral` });
  });

/**
 * Refers a case to another team (internal) or a partner organisation (external), by those who
 * work the case. Both need the case's referral consent (any live one: it is not tied to a
 * receiving organisation); without it, someone holding consent:override may go ahead with a
 * reason, which records an override tied to this referral. One transaction: referral, override
 * and audit rows are written together or not at all. Status changes come later.
 */
export async function createReferral(
  db: Database,
  caller: Caller,
  caseId: string,
  input: CreateReferralInput,
): Promise<Referral> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  const parsed = referralSchema.safeParse({
    kind: input.kind,
    toTeamId: input.toTeamId ?? null,
    toOrganisationId: input.toOrganisationId ?? null,
    service: input.service,
  });
  if (!parsed.success) {
    throw badInput(parsed.error.issues.map((i) => ({ path: ['input', ...i.path.map(String)], message: i.message })));
  }
  const valid = parsed.data;
  let overrideReason: string | null;
  try {
    overrideReason = overrideReasonOf(viewer, input.consentOverrideReason, ['input', 'consentOverrideReason']);
  } catch (error) {
    if (error instanceof HavenError && error.code === 'FORBIDDEN') {
      const given = input.consentOverrideReason?.trim().slice(0, 1000) || null;
      return refuse(db, caller, caseId, 'consent.override', { error, reason: given });
    }
    throw error;
  }
  let denied: HavenError | null = null;
  let created: Referral | null;
  try {
    created = await db.transaction({ viewer }, async (tx) => {
      const record = await reachableCase(tx, viewer, caseId);
      if (!record) return null;
      if (!manages(record.access)) {
        denied = new HavenError('FORBIDDEN', 'Only those who work a case may refer it');
        return null;
      }
      if (valid.toTeamId && !(await store.teamInAgency(tx, viewer.agencyId, valid.toTeamId))) {
        throw badInput([{ path: ['input', 'toTeamId'], message: 'must be a team of this agency' }]);
      }
      if (valid.toOrganisationId && !(await store.partnerInAgency(tx, viewer.agencyId, valid.toOrganisationId))) {
        throw badInput([
          { path: ['input', 'toOrganisationId'], message: 'must be a partner organisation of this agency' },
        ]);
      }
      const basis = await requireConsent(tx, viewer, record.id, 'referral', null, {
        reason: overrideReason,
        requestId: caller.requestId,
      });
      const referral = await store.insertReferral(tx, {
        agencyId: viewer.agencyId,
        caseId: record.id,
        kind: valid.kind,
        toTeamId: valid.toTeamId ?? null,
        toOrganisationId: valid.toOrganisationId ?? null,
        service: valid.service,
        consentId: 'consentId' in basis ? basis.consentId : null,
        consentOverrideId: 'overrideId' in basis ? basis.overrideId : null,
        createdBy: viewer.userId,
      });
      await recordAudit(tx, actorOf(viewer, caller.requestId), {
        action: 'referral.create',
        targetType: 'case',
        targetId: record.id,
        fields: [
          `referral:${referral.id}`,
          `kind:${valid.kind}`,
          'consentId' in basis ? `consent:${basis.consentId}` : `consentOverride:${basis.overrideId}`,
        ],
        outcome: 'allowed',
      });
      return referral;
    });
  } catch (error) {
    // The consent check failed inside the transaction, which rolled back; the refusal is recorded now.
    if (error instanceof HavenError && error.code === 'CONSENT_REQUIRED') {
      return refuse(db, caller, caseId, 'referral.create', {
        error,
        fields: ['consent:referral'],
        reason: overrideReason,
      });
    }
    throw error;
  }
  if (denied) return refuse(db, caller, caseId, 'referral.create', { error: denied, reason: overrideReason });
  return created ?? refuse(db, caller, caseId, 'referral.create', { reason: overrideReason });
}

/** Referrals of some cases, newest first; row-level security keeps out cases not reached. */
export async function referralsOf(
  db: Database,
  caller: Caller,
  caseIds: readonly string[],
): Promise<Map<string, Referral[]>> {
  return db.transaction({ viewer: caller.viewer }, async (tx) => {
    const out = new Map<string, Referral[]>(caseIds.map((id) => [id, []]));
    for (const r of await store.findReferralsOfCases(tx, caseIds)) out.get(r.caseId)?.push(r);
    return out;
  });
}
