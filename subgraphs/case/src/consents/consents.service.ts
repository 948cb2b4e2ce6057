import { z } from 'zod';
import { assertPermission, type Caller } from '@haven/core/access';
import { actorOf, recordAudit, requireReason } from '@haven/core/audit/audit';
import { badInput, HavenError } from '@haven/core/errors';
import type { Database, Executor } from '@haven/core/db/database';
import { isUuid } from '@haven/core/ids';
import type { Viewer } from '@haven/core/viewer';
import { caseTransaction, refuse, Refusal, workedCase } from '../cases';
import {
  consentGivers,
  consentScopes,
  standingOverrideScopes,
  type Consent,
  type ConsentBasis,
  type ConsentGiver,
  type ConsentOverride,
  type ConsentScope,
} from './consent';
import * as store from './consents.store';
import { zodProblems } from '../zod-problems';
import { hasControlCharacters } from '@haven/core/text';

export interface RecordConsentInput {
  givenBy: ConsentGiver;
  givenByName?: string | null;
  scope: ConsentScope;
  /** Exchange partner ids; information sharing must name at least one, other scopes none. */
  organisationIds?: string[] | null;
  /** When it was given; by default now. Not in the future. */
  givenAt?: Date | null;
}

/** Clocks differ a little between a worker's device and the server. */
const CLOCK_SKEW_MS = 60_000;

const recordSchema = z
  .object({
    givenBy: z.enum(consentGivers),
    givenByName: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(200, 'must be at most 200 characters')
      .refine((v) => !hasControlCharacters(v), 'must not contain control characters')
      .nullish(),
    scope: z.enum(consentScopes),
    organisationIds: z
      .array(z.string().refine(isUuid, 'must be a partner organisation id'))
      .max(50, 'must name at most 50 organisations'),
    givenAt: z
      .date()
      .refine((d) => d.getTime() <= Date.now() + CLOCK_SKEW_MS, 'must not be in the future')
      .refine((d) => d.getTime() >= Date.UTC(2000, 0, 1), 'must not be before 2000'),
  })
  .superRefine((v, ctx) => {
    if (v.scope === 'information_sharing' && v.organisationIds.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['organisationIds'], message: 'must name at least one organisation' });
    }
    if (v.scope !== 'information_sharing' && v.organisationIds.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['organisationIds'],
        message: 'only an information-sharing consent names organisations',
      });
    }
  });

const notWorked = (what: string) => `Only those who work a case may ${what}`;

/** Records consent given for a case: by those who work it (assigned worker, team supervisor). */
export async function recordConsent(
  db: Database,
  caller: Caller,
  caseId: string,
  input: RecordConsentInput,
): Promise<Consent> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  const parsed = recordSchema.safeParse({
    givenBy: input.givenBy,
    givenByName: input.givenByName ?? null,
    scope: input.scope,
    organisationIds: input.organisationIds ?? [],
    givenAt: input.givenAt ?? new Date(),
  });
  if (!parsed.success) throw badInput(zodProblems(parsed.error, ['input']));
  const valid = parsed.data;
  const organisationIds = [...new Set(valid.organisationIds)];
  return caseTransaction(db, caller, { action: 'consent.record', target: caseId }, async (tx) => {
    const record = await workedCase(tx, viewer, caseId, notWorked('record its consent'));
    const known = await store.findPartnerIds(tx, viewer.agencyId, organisationIds);
    const unknown = valid.organisationIds.flatMap((id, i) => (known.has(id) ? [] : [i]));
    if (unknown.length > 0) {
      throw badInput(
        unknown.map((i) => ({
          path: ['input', 'organisationIds', i],
          message: 'must be a partner organisation of this agency',
        })),
      );
    }
    const consent = await store.insertConsent(tx, {
      agencyId: viewer.agencyId,
      caseId: record.id,
      givenBy: valid.givenBy,
      givenByName: valid.givenByName ?? null,
      scope: valid.scope,
      organisationIds,
      givenAt: valid.givenAt,
      recordedBy: viewer.userId,
    });
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'consent.record',
      targetType: 'case',
      targetId: record.id,
      fields: [`scope:${valid.scope}`, `givenBy:${valid.givenBy}`, ...organisationIds.map((o) => `organisation:${o}`)],
      outcome: 'allowed',
    });
    return consent;
  });
}

/**
 * Records that consent was withdrawn (now). The record stays, with who recorded the withdrawal;
 * from then on it allows nothing. Withdrawing a withdrawn consent changes nothing.
 */
export async function withdrawConsent(db: Database, caller: Caller, consentId: string): Promise<Consent> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  const missing = 'No such consent';
  if (!isUuid(consentId))
    return refuse(db, caller, consentId, 'consent.withdraw', { error: new HavenError('NOT_FOUND', missing) });
  let caseId: string | null = null;
  return caseTransaction(db, caller, { action: 'consent.withdraw', target: () => caseId ?? consentId }, async (tx) => {
    const consent = await store.findConsent(tx, viewer.agencyId, consentId);
    if (!consent) throw new Refusal('NOT_FOUND', missing);
    caseId = consent.caseId;
    const record = await workedCase(
      tx,
      viewer,
      consent.caseId,
      notWorked('record a withdrawal of its consent'),
      missing,
    );
    if (consent.withdrawnAt) return consent;
    const done = (await store.markWithdrawn(tx, consent.id, viewer.userId)) ?? consent;
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'consent.withdraw',
      targetType: 'case',
      targetId: record.id,
      fields: [`consent:${consent.id}`, `scope:${consent.scope}`],
      outcome: 'allowed',
    });
    return done;
  });
}

/**
 * A standing override of a consent scope for a case (reporting, services), with the
 * consent:override permission and a reason, by those who work the case; recorded in
 * case.consent_overrides and in the audit trail with the reason. Referrals and transfers are not
 * overridden here: they carry their own override reason, so each override allows one step.
 */
export async function overrideConsent(
  db: Database,
  caller: Caller,
  input: { caseId: string; scope: ConsentScope; reason: string | null | undefined },
): Promise<ConsentOverride> {
  const { viewer } = caller;
  assertPermission(viewer, 'consent:override');
  if (!standingOverrideScopes.includes(input.scope)) {
    throw badInput([
      {
        path: ['scope'],
        message: 'a referral or transfer is overridden when it is made (consentOverrideReason), for that step only',
      },
    ]);
  }
  const reason = requireReason('consent.override', input.reason);
  return caseTransaction(db, caller, { action: 'consent.override', target: input.caseId, reason }, async (tx) => {
    const record = await workedCase(tx, viewer, input.caseId, notWorked('override its consent'));
    return writeOverride(tx, caller, record.id, input.scope, null, reason);
  });
}

async function writeOverride(
  tx: Executor,
  caller: Caller,
  caseId: string,
  scope: ConsentScope,
  organisationId: string | null,
  reason: string,
): Promise<ConsentOverride> {
  const { viewer } = caller;
  const override = await store.insertOverride(tx, {
    agencyId: viewer.agencyId,
    caseId,
    scope,
    organisationId,
    reason,
    overriddenBy: viewer.userId,
  });
  await recordAudit(tx, actorOf(viewer, caller.requestId), {
    action: 'consent.override',
    targetType: 'case',
    targetId: caseId,
    fields: [`scope:${scope}`, ...(organisationId ? [`organisation:${organisationId}`] : [])],
    reason,
    outcome: 'allowed',
  });
  return override;
}

/**
 * Checks, before anything is written, an override a step (referral, transfer) asks for: absent
 * (null), or a reason of at least five characters from someone holding consent:override.
 * Throws FORBIDDEN or BAD_USER_INPUT naming `path`.
 */
export function overrideReasonOf(
  viewer: Viewer,
  reason: string | null | undefined,
  path: (string | number)[],
): string | null {
  if (reason === null || reason === undefined) return null;
  assertPermission(viewer, 'consent:override');
  try {
    return requireReason('consent.override', reason);
  } catch {
    throw badInput([{ path, message: 'must state why, in at least 5 characters' }]);
  }
}

const stepNames: Record<ConsentScope, string> = {
  services: 'Providing services',
  referral: 'A referral',
  information_sharing: 'Sharing information with this organisation',
  reporting: 'Inclusion in reports',
};

/**
 * The one consent check every gated step makes, inside the step's own transaction:
 *
 * 1. a live consent of the case for the scope (not withdrawn; for information sharing, one that
 *    names the organisation) → `{ consentId }`;
 * 2. for standing scopes (reporting, services), an override recorded with overrideConsent →
 *    `{ overrideId }`;
 * 3. when the step was asked with an override (a reason checked by overrideReasonOf), a new
 *    override for this scope and organisation, written now with its audit row, so it is tied to
 *    the step that uses it → `{ overrideId }`;
 *
 * otherwise a Refusal, CONSENT_REQUIRED (the transaction rolls back and nothing of the step is written;
 * in caseTransaction the refusal is recorded).
 * The caller must already have checked that the viewer manages the case.
 */
export async function requireConsent(
  tx: Executor,
  viewer: Viewer,
  caseId: string,
  scope: ConsentScope,
  organisationId: string | null,
  override?: { reason: string | null; requestId: string | null },
): Promise<ConsentBasis> {
  if (scope === 'information_sharing' && !organisationId) {
    throw new Error('an information-sharing consent check needs the organisation');
  }
  const consent = await store.findLiveConsent(tx, caseId, scope, organisationId);
  if (consent) return { consentId: consent.id };
  if (standingOverrideScopes.includes(scope)) {
    const standing = await store.findOverride(tx, caseId, scope);
    if (standing) return { overrideId: standing.id };
  }
  if (override?.reason) {
    assertPermission(viewer, 'consent:override');
    const created = await writeOverride(
      tx,
      { viewer, requestId: override.requestId },
      caseId,
      scope,
      organisationId,
      override.reason,
    );
    return { overrideId: created.id };
  }
  throw new Refusal(
    'CONSENT_REQUIRED',
    `${stepNames[scope]} needs recorded consent (${scope}) that has not been withdrawn, or an override with a reason`,
  );
}

/** Consents of some cases (withdrawn ones too); row-level security keeps out cases not reached. */
export async function consentsOf(
  db: Database,
  caller: Caller,
  caseIds: readonly string[],
): Promise<Map<string, Consent[]>> {
  return db.transaction({ viewer: caller.viewer }, async (tx) => {
    const out = new Map<string, Consent[]>(caseIds.map((id) => [id, []]));
    for (const c of await store.findConsentsOfCases(tx, caseIds)) out.get(c.caseId)?.push(c);
    return out;
  });
}

/** Consent overrides of some cases, newest first. */
export async function consentOverridesOf(
  db: Database,
  caller: Caller,
  caseIds: readonly string[],
): Promise<Map<string, ConsentOverride[]>> {
  return db.transaction({ viewer: caller.viewer }, async (tx) => {
    const out = new Map<string, ConsentOverride[]>(caseIds.map((id) => [id, []]));
    for (const o of await store.findOverridesOfCases(tx, caseIds)) out.get(o.caseId)?.push(o);
    return out;
  });
}
