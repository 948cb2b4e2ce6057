import { z } from 'zod';
import { assertPermission, type Caller } from '@haven/core/access';
import { actorOf, recordAudit } from '@haven/core/audit/audit';
import { badInput, HavenError, type FieldProblem } from '@haven/core/errors';
import type { Database, Executor } from '@haven/core/db/database';
import { isUuid } from '@haven/core/ids';
import type { Viewer } from '@haven/core/viewer';
import { caseTransaction, refuse, Refusal, workedCase, type RefusalRecord } from '../cases';
import { overrideReasonOf, requireConsent } from '../consents';
import { findPersonsByIds } from '../persons';
import { eligibilityOf, findEntriesByKeys, findProvider, partnerInAgency, teamInAgency } from '../services';
import {
  mayMove,
  referralKinds,
  referralUrgencies,
  type Referral,
  type ReferralEvent,
  type ReferralKind,
  type ReferralStatus,
  type ReferralUrgency,
} from './referral';
import * as store from './referrals.store';
import { zodProblems } from '../zod-problems';
import { hasControlCharacters } from '@haven/core/text';

export type { Referral, ReferralEvent };

export interface CreateReferralInput {
  kind: ReferralKind;
  /** Internal referrals: a team of the agency (and/or a programme). */
  toTeamId?: string | null;
  /** Internal referrals: a programme of the agency (and/or a team). */
  toProgramme?: string | null;
  /** External referrals: a provider of the directory. */
  providerId?: string | null;
  /** External referrals straight to a partner organisation of the agency (without a directory entry). */
  toOrganisationId?: string | null;
  /** The catalogue service referred for (active, the person eligible); names the service when service is left out. */
  serviceKey?: string | null;
  /** The service referred for, in words. */
  service?: string | null;
  urgency?: ReferralUrgency | null;
  reason?: string | null;
  /** Go ahead without referral consent: needs consent:override; recorded as an override for this referral. */
  consentOverrideReason?: string | null;
}

const text = (max: number, multiline = false) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((v) => !hasControlCharacters(v, multiline ? '\n\r\t' : ''), 'must not contain control characters');

const referralSchema = z
  .object({
    kind: z.enum(referralKinds),
    toTeamId: z.string().refine(isUuid, 'must be a team id').nullish(),
    toProgramme: text(200).nullish(),
    providerId: z.string().refine(isUuid, 'must be a provider id').nullish(),
    toOrganisationId: z.string().refine(isUuid, 'must be a partner organisation id').nullish(),
    serviceKey: z.string().min(1, 'must not be empty').max(50).nullish(),
    service: text(200).nullish(),
    urgency: z.enum(referralUrgencies),
    reason: text(2000, true).nullish(),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (v.kind === 'internal') {
      if (!v.toTeamId && !v.toProgramme && !v.serviceKey) {
        issue('toTeamId', 'is required for an internal referral (or toProgramme)');
      }
      for (const other of ['toOrganisationId', 'providerId'] as const) {
        if (v[other]) issue(other, 'must be left out of an internal referral');
      }
    } else {
      if (!v.providerId && !v.toOrganisationId)
        issue('providerId', 'is required for an external referral (or toOrganisationId)');
      for (const other of ['toTeamId', 'toProgramme'] as const) {
        if (v[other]) issue(other, 'must be left out of an external referral');
      }
    }
    if (!v.service && !v.serviceKey) issue('service', 'is required (or serviceKey)');
  });

/**
 * Refers a case, by those who work it: internally to a team and/or a programme of the agency, or
 * externally to a provider of the directory (or straight to a partner organisation). A catalogue
 * service must be active and the person eligible; the provider must be active and offer it. Every
 * referral needs the case's referral consent (any live one: the consents module ties referral
 * consent to no organisation, and a referral carries no case data out of Haven; sending data to a
 * partner goes through the exchange, which checks information-sharing consent naming it). Without
 * consent, someone holding consent:override may go ahead with a reason. One transaction: referral,
 * its first event, override and audit rows together or not at all.
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
    toProgramme: input.toProgramme ?? null,
    providerId: input.providerId ?? null,
    toOrganisationId: input.toOrganisationId ?? null,
    serviceKey: input.serviceKey ?? null,
    service: input.service ?? null,
    urgency: input.urgency ?? 'normal',
    reason: input.reason ?? null,
  });
  if (!parsed.success) throw badInput(zodProblems(parsed.error, ['input']));
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
  const refusal: RefusalRecord = { action: 'referral.create', target: caseId, reason: overrideReason };
  return caseTransaction(db, caller, refusal, async (tx) => {
    const record = await workedCase(tx, viewer, caseId, 'Only those who work a case may refer it');
    const problems: FieldProblem[] = [];
    const problem = (field: string, message: string) => problems.push({ path: ['input', field], message });
    let toTeamId = valid.toTeamId ?? null;
    let toOrganisationId = valid.toOrganisationId ?? null;
    let service = valid.service ?? null;
    let serviceId: string | null = null;
    if (valid.serviceKey) {
      const entry = (await findEntriesByKeys(tx, viewer.agencyId, [valid.serviceKey])).get(valid.serviceKey);
      if (!entry) problem('serviceKey', 'is not a service of the catalogue');
      else {
        const person = (await findPersonsByIds(tx, viewer.agencyId, [record.personId])).get(record.personId);
        const result = eligibilityOf(entry, {
          caseType: record.caseType,
          sex: person?.sex ?? 'unknown',
          dateOfBirth: person?.dateOfBirth ?? null,
        });
        if (!result.eligible) problem('serviceKey', `cannot be chosen: ${result.reasons.join('; ')}`);
        serviceId = entry.id;
        service ??= entry.name.en;
        // An internal referral for a service one team delivers goes to that team unless told otherwise.
        if (valid.kind === 'internal' && !toTeamId && !valid.toProgramme) toTeamId = entry.internalTeamId;
        if (valid.kind === 'internal' && !toTeamId && !valid.toProgramme) {
          problem('toTeamId', 'is required for an internal referral (or toProgramme): the service names no team');
        }
      }
    }
    if (valid.toTeamId && !(await teamInAgency(tx, viewer.agencyId, valid.toTeamId))) {
      problem('toTeamId', 'must be a team of this agency');
    }
    if (valid.providerId) {
      const provider = await findProvider(tx, viewer.agencyId, valid.providerId);
      if (!provider) problem('providerId', 'is not a provider of the directory');
      else if (!provider.active) problem('providerId', 'the provider is not active');
      else {
        if (valid.serviceKey && !provider.serviceKeys.includes(valid.serviceKey)) {
          problem('providerId', `the provider does not offer ${valid.serviceKey}`);
        }
        if (toOrganisationId && provider.organisationId !== toOrganisationId) {
          problem('toOrganisationId', "must be left out or be the provider's organisation");
        }
        toOrganisationId = provider.organisationId;
      }
    } else if (valid.toOrganisationId && !(await partnerInAgency(tx, viewer.agencyId, valid.toOrganisationId))) {
      problem('toOrganisationId', 'must be a partner organisation of this agency');
    }
    if (problems.length > 0) throw badInput(problems);
    // A refusal from here on is the consent check's (CONSENT_REQUIRED): it names the consent.
    refusal.fields = ['consent:referral'];
    const basis = await requireConsent(tx, viewer, record.id, 'referral', null, {
      reason: overrideReason,
      requestId: caller.requestId,
    });
    const referral = await store.insertReferral(tx, {
      agencyId: viewer.agencyId,
      caseId: record.id,
      kind: valid.kind,
      toTeamId,
      toProgramme: valid.toProgramme ?? null,
      toOrganisationId,
      providerId: valid.providerId ?? null,
      service: service!,
      serviceId,
      urgency: valid.urgency,
      reason: valid.reason ?? null,
      consentId: 'consentId' in basis ? basis.consentId : null,
      consentOverrideId: 'overrideId' in basis ? basis.overrideId : null,
      createdBy: viewer.userId,
    });
    await store.insertEvent(tx, {
      agencyId: viewer.agencyId,
      referralId: referral.id,
      caseId: record.id,
      status: 'pending',
      note: valid.reason ?? null,
      recordedBy: viewer.userId,
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
}

/** Whether the viewer is a member or a supervisor of a team. */
const inTeam = (viewer: Viewer, teamId: string) =>
  viewer.teamIds.includes(teamId) || viewer.supervisedTeamIds.includes(teamId);

/**
 * Who answers for the receiving side: the receiving team's members and supervisors for an internal
 * referral to a team; for an external referral (or one to a programme only) those who work the case,
 * recording the provider's answer on its behalf.
 */
async function assertAnswersFor(tx: Executor, viewer: Viewer, referral: Referral): Promise<void> {
  if (referral.kind === 'internal' && referral.toTeamId) {
    if (!inTeam(viewer, referral.toTeamId)) {
      throw new Refusal('FORBIDDEN', 'Only a member or supervisor of the receiving team answers this referral');
    }
    return;
  }
  await workedCase(
    tx,
    viewer,
    referral.caseId,
    "Only those who work the case record the provider's answer",
    'No such referral',
  );
}

const noteText = (value: string | null | undefined, path: string[], required: boolean, problems: FieldProblem[]) => {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) {
    if (required) problems.push({ path, message: 'must not be empty' });
    return null;
  }
  if (trimmed.length > 2000) problems.push({ path, message: 'must be at most 2000 characters' });
  else if (hasControlCharacters(trimmed, '\n\r\t'))
    problems.push({ path, message: 'must not contain control characters' });
  return trimmed;
};

const cancellers = 'Only those who work the referring case may cancel a referral; the receiving side declines it';

/**
 * Who withdraws a referral: those who work the referring case. Someone who sees the referral without
 * reaching its case is the receiving team (row-level security shows her nothing else): FORBIDDEN,
 * not NOT_FOUND, since the referral is hers to see.
 */
async function assertRefers(tx: Executor, viewer: Viewer, referral: Referral): Promise<void> {
  try {
    await workedCase(tx, viewer, referral.caseId, cancellers);
  } catch (error) {
    if (error instanceof Refusal && error.code === 'NOT_FOUND') throw new Refusal('FORBIDDEN', cancellers);
    throw error;
  }
}

/** A status change: checked, written with its event and audit row in one transaction, refused otherwise. */
async function move(
  db: Database,
  caller: Caller,
  referralId: string,
  change: {
    action: string;
    to: ReferralStatus;
    values: Parameters<typeof store.moveReferral>[3];
    /** The note of the change's event. */
    note: string | null;
    /** Who may make the change (the receiving side's answer by default); throws a Refusal. */
    authorise?: (tx: Executor, viewer: Viewer, referral: Referral) => Promise<void>;
    /** The reason of a reason-bound change, kept on its audit row (and on its refusal's). */
    reason?: string | null;
  },
): Promise<Referral> {
  const { viewer } = caller;
  const { action, to, values, note, authorise = assertAnswersFor, reason = null } = change;
  // Refused against the referral's case once it is found, else the referral.
  let target = referralId;
  const refusal: RefusalRecord = {
    action,
    target: () => target,
    fields: [`referral:${referralId}`],
    ...(reason ? { reason } : {}),
  };
  return caseTransaction(db, caller, refusal, async (tx) => {
    const referral = isUuid(referralId) ? await store.findReferral(tx, viewer.agencyId, referralId) : null;
    if (!referral) throw new Refusal('NOT_FOUND', 'No such referral');
    target = referral.caseId;
    await authorise(tx, viewer, referral);
    const conflict = () => new Refusal('CONFLICT', `A referral that is ${referral.status} cannot become ${to}`);
    if (!mayMove(referral.status, to)) throw conflict();
    const moved = await store.moveReferral(tx, referral.id, referral.status, values);
    if (!moved) throw conflict();
    await store.insertEvent(tx, {
      agencyId: viewer.agencyId,
      referralId: referral.id,
      caseId: referral.caseId,
      status: to,
      note,
      recordedBy: viewer.userId,
    });
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action,
      targetType: 'case',
      targetId: referral.caseId,
      fields: [`referral:${referral.id}`, `status:${to}`],
      ...(reason ? { reason } : {}),
      outcome: 'allowed',
    });
    return moved;
  });
}

/**
 * Accepts or declines a pending referral (a decline needs its reason): the receiving team for an
 * internal referral to a team, those who work the case for the others.
 */
export async function respondToReferral(
  db: Database,
  caller: Caller,
  referralId: string,
  decision: 'accept' | 'decline',
  options: { note?: string | null; declineReason?: string | null },
): Promise<Referral> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  const problems: FieldProblem[] = [];
  const note = noteText(options.note, ['note'], false, problems);
  const declineReason = noteText(options.declineReason, ['declineReason'], decision === 'decline', problems);
  if (decision === 'accept' && declineReason) {
    problems.push({ path: ['declineReason'], message: 'must be left out when accepting' });
  }
  if (problems.length > 0) throw badInput(problems);
  const to = decision === 'accept' ? 'accepted' : 'declined';
  return move(db, caller, referralId, {
    action: `referral.${decision}`,
    to,
    values: { status: to, respondedBy: viewer.userId, respondedAt: new Date(), declineReason },
    note: decision === 'decline' ? [declineReason, note].filter(Boolean).join(' — ') : note,
  });
}

/** Records the outcome (required) and feedback of an accepted referral: accepted → completed. */
export async function completeReferral(
  db: Database,
  caller: Caller,
  referralId: string,
  outcome: string,
  feedback: string | null | undefined,
): Promise<Referral> {
  assertPermission(caller.viewer, 'case:update');
  const problems: FieldProblem[] = [];
  const outcomeText = noteText(outcome, ['outcome'], true, problems);
  const feedbackText = noteText(feedback, ['feedback'], false, problems);
  if (problems.length > 0) throw badInput(problems);
  return move(db, caller, referralId, {
    action: 'referral.complete',
    to: 'completed',
    values: { status: 'completed', outcome: outcomeText, feedback: feedbackText, completedAt: new Date() },
    note: outcomeText,
  });
}

/**
 * Withdraws a pending or accepted referral (pending | accepted → cancelled), by those who work the
 * referring case, with a reason (5 to 2000 characters) kept on the referral, its event and its audit
 * row. The receiving team declines instead (FORBIDDEN); a declined, completed or cancelled referral
 * stays as it is (CONFLICT).
 */
export async function cancelReferral(
  db: Database,
  caller: Caller,
  referralId: string,
  reason: string,
): Promise<Referral> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  const problems: FieldProblem[] = [];
  const why = noteText(reason, ['reason'], true, problems);
  if (problems.length === 0 && why!.length < 5) {
    problems.push({ path: ['reason'], message: 'must say why the referral is cancelled, in at least 5 characters' });
  }
  if (problems.length > 0) throw badInput(problems);
  return move(db, caller, referralId, {
    action: 'referral.cancel',
    to: 'cancelled',
    values: { status: 'cancelled', cancelReason: why, cancelledAt: new Date(), cancelledBy: viewer.userId },
    note: why,
    authorise: assertRefers,
    reason: why,
  });
}

export interface IncomingReferral {
  caseNumber: string;
  referral: Referral;
}

/**
 * Internal referrals to the viewer's teams (members and supervisors), of one status when given.
 * The receiving team sees the referral and the case number only: the case stays out of their reach
 * until it is shared or reassigned. Row-level security gives them the referrals; the case numbers
 * are read in a system transaction, for exactly those referrals. The read is audited.
 */
export async function incomingReferrals(
  db: Database,
  caller: Caller,
  status: ReferralStatus | null,
): Promise<IncomingReferral[]> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:read');
  const teams = [...new Set([...viewer.teamIds, ...viewer.supervisedTeamIds])];
  const found = await db.transaction({ viewer }, async (tx) => {
    const list = await store.findIncoming(tx, viewer.agencyId, teams, status);
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'referral.list_incoming',
      targetType: 'case',
      targetIds: [...new Set(list.map((r) => r.caseId))],
      fields: ['caseNumber', 'referrals'],
      outcome: 'allowed',
    });
    return list;
  });
  if (found.length === 0) return [];
  const numbers = await db.transaction({ system: 'incoming-referrals: case numbers' }, (tx) =>
    store.caseNumbersOf(
      tx,
      viewer.agencyId,
      found.map((r) => r.caseId),
    ),
  );
  return found.map((referral) => ({ referral, caseNumber: numbers.get(referral.caseId) ?? '' }));
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

/** Status changes of some referrals, oldest first; row-level security shows those of referrals the viewer sees. */
export async function eventsOf(
  db: Database,
  caller: Caller,
  referralIds: readonly string[],
): Promise<Map<string, ReferralEvent[]>> {
  return db.transaction({ viewer: caller.viewer }, async (tx) => {
    const out = new Map<string, ReferralEvent[]>(referralIds.map((id) => [id, []]));
    for (const e of await store.findEvents(tx, referralIds)) out.get(e.referralId)?.push(e);
    return out;
  });
}

/** Referrals by id (a care-plan intervention's); row-level security shows only those the viewer sees. */
export async function referralsByIds(
  db: Database,
  caller: Caller,
  ids: readonly string[],
): Promise<Map<string, Referral>> {
  return db.transaction({ viewer: caller.viewer }, async (tx) => {
    const found = await store.findReferralsByIds(tx, caller.viewer.agencyId, ids.filter(isUuid));
    return new Map(found.map((r) => [r.id, r]));
  });
}
