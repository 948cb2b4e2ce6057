import { z } from 'zod';
import { assertPermission, type Caller } from '@haven/core/access';
import { actorOf, recordAudit } from '@haven/core/audit/audit';
import { badInput, HavenError } from '@haven/core/errors';
import type { Database, Executor } from '@haven/core/db/database';
import { isUuid } from '@haven/core/ids';
import { hasControlCharacters } from '@haven/core/text';
import type { Viewer } from '@haven/core/viewer';
import { sexes, findPersonsByIds, type Sex } from '../persons';
import { reachableCase, refuse } from '../cases';
import {
  eligibilityOf,
  serviceCategories,
  type CatalogueEntry,
  type Eligibility,
  type EligibilityResult,
  type Label,
  type ProviderContact,
  type ServiceCategory,
  type ServiceProvider,
} from './service';
import * as store from './services.store';
import { zodProblems } from '../zod-problems';

export type CatalogueEntryView = CatalogueEntry & {
  /** Whether the person of the case asked about may receive it (only when a case was given). */
  eligibleForCase: EligibilityResult | null;
};

/** Catalogue and directory are read by those who work cases and by those who manage them. */
function assertReads(viewer: Viewer): void {
  if (!viewer.permissions.includes('case:read') && !viewer.permissions.includes('form:manage')) {
    throw new HavenError('FORBIDDEN', 'This action needs the case:read or form:manage permission');
  }
}

const languagePattern = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;
const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((v) => !hasControlCharacters(v), 'must not contain control characters');

/** A translatable text: an object of texts by language code, English required. */
const labelSchema = (max: number) =>
  z
    .record(z.string(), z.unknown(), 'must be a label: an object of texts by language, with en')
    .superRefine((value, ctx) => {
      if (typeof value.en !== 'string' || value.en.trim() === '') {
        ctx.addIssue({ code: 'custom', path: ['en'], message: 'must be a non-empty text' });
      }
      for (const [lang, text] of Object.entries(value)) {
        if (!languagePattern.test(lang))
          ctx.addIssue({ code: 'custom', path: [lang], message: 'is not a language code' });
        else if (typeof text !== 'string') ctx.addIssue({ code: 'custom', path: [lang], message: 'must be a text' });
        else if (text.length > max)
          ctx.addIssue({ code: 'custom', path: [lang], message: `must be at most ${max} characters` });
        else if (hasControlCharacters(text, '\n')) {
          ctx.addIssue({ code: 'custom', path: [lang], message: 'must not contain control characters' });
        }
      }
    })
    .transform((value) => Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v).trim()])) as Label);

const age = z.number().int('must be a whole number').min(0, 'must be at least 0').max(130, 'must be at most 130');

const eligibilitySchema = z
  .object({
    caseTypes: z.array(plainText(50)).max(50, 'must list at most 50 case types').optional(),
    minAge: age.optional(),
    maxAge: age.optional(),
    sexes: z.array(z.enum(sexes)).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.minAge !== undefined && v.maxAge !== undefined && v.maxAge < v.minAge) {
      ctx.addIssue({ code: 'custom', path: ['maxAge'], message: 'must not be below minAge' });
    }
  })
  .transform((v): Eligibility => {
    const out: Eligibility = {};
    if (v.caseTypes?.length) out.caseTypes = [...new Set(v.caseTypes)];
    if (v.minAge !== undefined) out.minAge = v.minAge;
    if (v.maxAge !== undefined) out.maxAge = v.maxAge;
    if (v.sexes?.length) out.sexes = [...new Set(v.sexes)];
    return out;
  });

export interface SaveServiceInput {
  key: string;
  name: unknown;
  category: ServiceCategory;
  description?: unknown;
  eligibility?: {
    caseTypes?: string[] | null;
    minAge?: number | null;
    maxAge?: number | null;
    sexes?: string[] | null;
  } | null;
  internalTeamId?: string | null;
}

const serviceSchema = z.object({
  key: z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,49}$/, 'must be 2 to 50 lower-case letters, digits or _, starting with a letter'),
  name: labelSchema(200),
  category: z.enum(serviceCategories),
  description: labelSchema(2000).nullish(),
  eligibility: eligibilitySchema,
  internalTeamId: z.string().refine(isUuid, 'must be a team id').nullish(),
});

const withoutNulls = (value: object | null | undefined) =>
  Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== null && v !== undefined));

/**
 * Adds a service to the catalogue or changes the one with the same key (form:manage). Every problem
 * comes back at once under "input"; eligibility names case types the agency has, and an internal
 * service a team of the agency.
 */
export async function saveService(db: Database, caller: Caller, input: SaveServiceInput): Promise<CatalogueEntry> {
  const { viewer } = caller;
  assertPermission(viewer, 'form:manage');
  // Case types travel in upper snake case (the CaseType scalar) and are stored as lower-case keys.
  const caseTypes = (input.eligibility?.caseTypes ?? []).map((k) => (typeof k === 'string' ? k.toLowerCase() : k));
  const parsed = serviceSchema.safeParse({
    ...input,
    description: input.description ?? null,
    eligibility: { ...withoutNulls(input.eligibility), ...(caseTypes.length ? { caseTypes } : {}) },
    internalTeamId: input.internalTeamId ?? null,
  });
  return db.transaction({ viewer }, async (tx) => {
    const problems = parsed.success ? [] : zodProblems(parsed.error, ['input']);
    if (caseTypes.length > 0) {
      const known = await store.knownCaseTypes(tx, viewer.agencyId, caseTypes);
      caseTypes.forEach((k, i) => {
        if (!known.has(k))
          problems.push({
            path: ['input', 'eligibility', 'caseTypes', i],
            message: 'is not a case type of this agency',
          });
      });
    }
    const teamId = input.internalTeamId;
    if (teamId && isUuid(teamId) && !(await store.teamInAgency(tx, viewer.agencyId, teamId))) {
      problems.push({ path: ['input', 'internalTeamId'], message: 'must be a team of this agency' });
    }
    if (problems.length > 0 || !parsed.success) throw badInput(problems);
    const valid = parsed.data;
    const values: store.EntryValues = {
      agencyId: viewer.agencyId,
      key: valid.key,
      name: valid.name,
      category: valid.category,
      description: valid.description ?? null,
      eligibility: valid.eligibility,
      internalTeamId: valid.internalTeamId ?? null,
      updatedBy: viewer.userId,
    };
    const before = await store.findEntryByKey(tx, viewer.agencyId, valid.key);
    const saved = before ? await store.updateEntry(tx, before.id, values) : await store.insertEntry(tx, values);
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: before ? 'service.update' : 'service.create',
      targetType: 'service',
      targetId: saved.id,
      fields: ['key', 'name', 'category', 'description', 'eligibility', 'internalTeamId'],
      change: { before: before ? entryValues(before) : {}, after: entryValues(saved) },
      outcome: 'allowed',
    });
    return saved;
  });
}

const entryValues = (e: CatalogueEntry) => ({
  key: e.key,
  name: e.name,
  category: e.category,
  description: e.description,
  eligibility: e.eligibility,
  internalTeamId: e.internalTeamId,
  active: e.active,
});

/** Takes a service out of use (new care plans and referrals may not choose it) or back into use. */
export async function setServiceActive(
  db: Database,
  caller: Caller,
  key: string,
  active: boolean,
): Promise<CatalogueEntry> {
  const { viewer } = caller;
  assertPermission(viewer, 'form:manage');
  return db.transaction({ viewer }, async (tx) => {
    const saved = await store.setEntryActive(tx, viewer.agencyId, key, active, viewer.userId);
    if (!saved) throw new HavenError('NOT_FOUND', 'No such service in the catalogue');
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: active ? 'service.activate' : 'service.deactivate',
      targetType: 'service',
      targetId: saved.id,
      fields: ['active'],
      outcome: 'allowed',
    });
    return saved;
  });
}

export interface SaveProviderInput {
  name: string;
  organisationId?: string | null;
  serviceKeys: string[];
  areaCodes?: string[] | null;
  contact?: ProviderContact | null;
}

const optionalText = (max: number) => plainText(max).optional();
const providerSchema = z.object({
  name: plainText(200),
  organisationId: z.string().refine(isUuid, 'must be a partner organisation id').nullish(),
  serviceKeys: z.array(z.string()).min(1, 'must list at least one service').max(100, 'must list at most 100 services'),
  areaCodes: z.array(plainText(50)).max(500, 'must list at most 500 areas'),
  contact: z
    .object({
      phone: optionalText(50).refine(
        (v) => v === undefined || /^[+0-9 ()./-]{3,50}$/.test(v),
        'must be a phone number',
      ),
      email: z.email('must be an e-mail address').max(200, 'must be at most 200 characters').optional(),
      address: optionalText(500),
      website: z
        .url({ protocol: /^https?$/, error: 'must be an http(s) address' })
        .max(500)
        .optional(),
      contactPerson: optionalText(200),
    })
    .strict(),
});

/**
 * Adds a provider to the directory, or changes one (with id). The organisation, when given, is an
 * exchange partner of the agency; service keys are in the catalogue; area codes in the agency's
 * administrative areas. Every problem comes back at once under "input".
 */
export async function saveServiceProvider(
  db: Database,
  caller: Caller,
  id: string | null,
  input: SaveProviderInput,
): Promise<ServiceProvider> {
  const { viewer } = caller;
  assertPermission(viewer, 'form:manage');
  const parsed = providerSchema.safeParse({
    name: input.name,
    organisationId: input.organisationId ?? null,
    serviceKeys: input.serviceKeys,
    areaCodes: input.areaCodes ?? [],
    contact: withoutNulls(input.contact),
  });
  return db.transaction({ viewer }, async (tx) => {
    const before = id && isUuid(id) ? await store.findProvider(tx, viewer.agencyId, id) : null;
    if (id && !before) throw new HavenError('NOT_FOUND', 'No such provider in the directory');
    const problems = parsed.success ? [] : zodProblems(parsed.error, ['input']);
    const keys = await store.findEntriesByKeys(tx, viewer.agencyId, input.serviceKeys);
    input.serviceKeys.forEach((k, i) => {
      if (!keys.has(k))
        problems.push({ path: ['input', 'serviceKeys', i], message: 'is not a service of the catalogue' });
    });
    const areas = await store.knownAreaCodes(tx, viewer.agencyId, input.areaCodes ?? []);
    (input.areaCodes ?? []).forEach((c, i) => {
      if (!areas.has(c)) problems.push({ path: ['input', 'areaCodes', i], message: 'is not an area of this agency' });
    });
    const org = input.organisationId;
    if (org && isUuid(org) && !(await store.partnerInAgency(tx, viewer.agencyId, org))) {
      problems.push({ path: ['input', 'organisationId'], message: 'must be a partner organisation of this agency' });
    }
    const name = typeof input.name === 'string' ? input.name.trim() : '';
    const namesake = name ? await store.findProviderByName(tx, viewer.agencyId, name) : null;
    if (namesake && namesake.id !== before?.id) {
      problems.push({ path: ['input', 'name'], message: 'another provider of the directory has this name' });
    }
    if (problems.length > 0 || !parsed.success) throw badInput(problems);
    const valid = parsed.data;
    const values: store.ProviderValues = {
      agencyId: viewer.agencyId,
      name: valid.name,
      organisationId: valid.organisationId ?? null,
      serviceKeys: [...new Set(valid.serviceKeys)],
      areaCodes: [...new Set(valid.areaCodes)],
      contact: valid.contact,
      updatedBy: viewer.userId,
    };
    const saved = before ? await store.updateProvider(tx, before.id, values) : await store.insertProvider(tx, values);
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: before ? 'service_provider.update' : 'service_provider.create',
      targetType: 'service_provider',
      targetId: saved.id,
      fields: ['name', 'organisationId', 'serviceKeys', 'areaCodes', 'contact'],
      change: { before: before ? providerValues(before) : {}, after: providerValues(saved) },
      outcome: 'allowed',
    });
    return saved;
  });
}

const providerValues = (p: ServiceProvider) => ({
  name: p.name,
  organisationId: p.organisationId,
  serviceKeys: p.serviceKeys,
  areaCodes: p.areaCodes,
  contact: p.contact,
  active: p.active,
});

export async function setProviderActive(
  db: Database,
  caller: Caller,
  providerId: string,
  active: boolean,
): Promise<ServiceProvider> {
  const { viewer } = caller;
  assertPermission(viewer, 'form:manage');
  return db.transaction({ viewer }, async (tx) => {
    const saved = isUuid(providerId)
      ? await store.setProviderActive(tx, viewer.agencyId, providerId, active, viewer.userId)
      : null;
    if (!saved) throw new HavenError('NOT_FOUND', 'No such provider in the directory');
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: active ? 'service_provider.activate' : 'service_provider.deactivate',
      targetType: 'service_provider',
      targetId: saved.id,
      fields: ['active'],
      outcome: 'allowed',
    });
    return saved;
  });
}

/** What eligibility of a case's person is judged on, read in the caller's transaction (null: not reached). */
export async function eligibilitySubjectOf(
  tx: Executor,
  viewer: Viewer,
  caseId: string,
): Promise<{ caseId: string; caseType: string; sex: Sex; dateOfBirth: string | null } | null> {
  const record = await reachableCase(tx, viewer, caseId);
  if (!record) return null;
  const person = (await findPersonsByIds(tx, viewer.agencyId, [record.personId])).get(record.personId);
  if (!person) throw new Error(`person ${record.personId} of case ${record.id} missing`);
  return { caseId: record.id, caseType: record.caseType, sex: person.sex, dateOfBirth: person.dateOfBirth };
}

/** The fields eligibility reads from a case, as the audit trail names them. */
export const eligibilityFields = ['caseType', 'person.sex', 'person.dateOfBirth'];

/**
 * The agency's catalogue (active services unless includeInactive). With a case: each entry says
 * whether the case's person may receive it and why not; the case must be in the viewer's reach, and
 * the read of the person's sex and date of birth is audited.
 */
export async function serviceCatalogue(
  db: Database,
  caller: Caller,
  options: { caseId: string | null; includeInactive: boolean },
): Promise<CatalogueEntryView[]> {
  const { viewer } = caller;
  assertReads(viewer);
  const { caseId } = options;
  if (caseId === null) {
    const entries = await db.transaction({ viewer }, (tx) =>
      store.listCatalogue(tx, viewer.agencyId, options.includeInactive),
    );
    return entries.map((e) => ({ ...e, eligibleForCase: null }));
  }
  assertPermission(viewer, 'case:read');
  const found = await db.transaction({ viewer }, async (tx) => {
    const subject = await eligibilitySubjectOf(tx, viewer, caseId);
    if (!subject) return null;
    const entries = await store.listCatalogue(tx, viewer.agencyId, options.includeInactive);
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'service.eligibility',
      targetType: 'case',
      targetId: subject.caseId,
      fields: eligibilityFields,
      outcome: 'allowed',
    });
    const today = new Date();
    return entries.map((e) => ({ ...e, eligibleForCase: eligibilityOf(e, subject, today) }));
  });
  return found ?? refuse(db, caller, caseId, 'service.eligibility');
}

/** The directory: active providers (all with includeInactive), of a service and covering an area when given. */
export async function serviceProviders(
  db: Database,
  caller: Caller,
  filter: { serviceKey: string | null; areaCode: string | null; includeInactive: boolean },
): Promise<ServiceProvider[]> {
  const { viewer } = caller;
  assertReads(viewer);
  return db.transaction({ viewer }, async (tx) => {
    let areaCodes: string[] | null = null;
    if (filter.areaCode !== null) {
      areaCodes = await store.areaWithAncestors(tx, viewer.agencyId, filter.areaCode);
      if (areaCodes.length === 0) throw badInput([{ path: ['areaCode'], message: 'is not an area of this agency' }]);
    }
    return store.listProviders(tx, viewer.agencyId, { ...filter, areaCodes });
  });
}

/** Catalogue entries by id (for care-plan interventions and referrals), in the agency. */
export async function servicesByIds(
  db: Database,
  viewer: Viewer,
  ids: readonly string[],
): Promise<Map<string, CatalogueEntry>> {
  return db.transaction({ viewer }, (tx) => store.findEntriesByIds(tx, ids));
}

/** Providers by id, in the agency. */
export async function providersByIds(
  db: Database,
  viewer: Viewer,
  ids: readonly string[],
): Promise<Map<string, ServiceProvider>> {
  return db.transaction({ viewer }, (tx) => store.findProvidersByIds(tx, ids));
}
