import type { Database } from '@haven/core/db/database';
import type { Logger } from '@haven/core/logging';
import type { DefaultRoleKey } from '@haven/core/permissions';
import { createStaffUser, createTeam, findAgencyByCode, resolveViewer, setPassword } from '@haven/identity';
import {
  createCase,
  recordConsent,
  updateCaseDetails,
  type CreateCaseInput,
  type RecordConsentInput,
} from '@haven/case';
import { registerPartner } from '@haven/exchange';
import { provisionAgency } from '../provisioning';
import { seedServices } from './services';
import { seedAreas } from './areas';
import type { FieldKeyring } from '@haven/core/crypto/field-cipher';

export const DEMO_AGENCY_CODE = 'DEMO';
/** Every demo account's password: obviously fictional, printed by npm start, listed on the demo sign-in page. */
export const DEMO_PASSWORD = 'demo-password-2026';

/** Demo staff: one per default role, plus a second caseworker so that two teams have caseloads. */
export const demoStaff: {
  key: string;
  displayName: string;
  email: string;
  role: DefaultRoleKey;
  team?: 'north' | 'south';
  supervisor?: boolean;
}[] = [
  {
    key: 'caseworker',
    displayName: 'Amira Demo (Caseworker)',
    email: 'caseworker@demo.haven.invalid',
    role: 'caseworker',
    team: 'north',
  },
  {
    key: 'caseworker2',
    displayName: 'Tomás Demo (Caseworker)',
    email: 'caseworker2@demo.haven.invalid',
    role: 'caseworker',
    team: 'south',
  },
  {
    key: 'supervisor',
    displayName: 'Layla Demo (Supervisor)',
    email: 'supervisor@demo.haven.invalid',
    role: 'supervisor',
    team: 'north',
    supervisor: true,
  },
  {
    key: 'programme_manager',
    displayName: 'Jonas Demo (Programme Manager)',
    email: 'programme.manager@demo.haven.invalid',
    role: 'programme_manager',
  },
  {
    key: 'meal_officer',
    displayName: 'Nadia Demo (MEAL Officer)',
    email: 'meal@demo.haven.invalid',
    role: 'meal_officer',
  },
  { key: 'hq_manager', displayName: 'Samuel Demo (HQ Manager)', email: 'hq@demo.haven.invalid', role: 'hq_manager' },
  {
    key: 'system_administrator',
    displayName: 'Priya Demo (System Administrator)',
    email: 'admin@demo.haven.invalid',
    role: 'system_administrator',
  },
  { key: 'auditor', displayName: 'Omar Demo (Auditor)', email: 'auditor@demo.haven.invalid', role: 'auditor' },
];

// Invented names, mixing the languages Haven's users work in; any likeness to a real person is chance.
const givenNames = [
  'Zahra',
  'Yusuf',
  'Mariam',
  'Kofi',
  'Aisha',
  'Elena',
  'Hassan',
  'Grace',
  'Ibrahim',
  'Noor',
  'Peter',
  'Fatuma',
  'Ali',
  'Sara',
  'Daniel',
  'Huda',
  'Joseph',
  'Amina',
  'Karim',
  'Leila',
];
const familyNames = [
  'Testperson',
  'Examplefield',
  'Samplewood',
  'Fictionale',
  'Demoson',
  'Placeholder',
  'Mockridge',
  'Inventa',
];
const caseTypes: CreateCaseInput['caseType'][] = ['child_protection', 'gbv', 'general_protection'];
const sexes: CreateCaseInput['person']['sex'][] = ['female', 'male', 'female', 'unknown'];

export const DEMO_CASE_COUNT = 50;

/** Seeds the fictional demo agency once; a database that already has it is left alone. */
/**
 * Seeds the demo agency once. With field keys, some cases also get restricted contact details and
 * confidential notes (encrypted like real ones), so the field layer has something to show.
 */
export async function seedDemo(db: Database, log: Logger, fieldKeys?: FieldKeyring): Promise<{ seeded: boolean }> {
  const existing = await db.transaction({ system: 'seed' }, (tx) => findAgencyByCode(tx, DEMO_AGENCY_CODE));
  if (existing) return { seeded: false };

  const { agency, roleIds } = await provisionAgency(db, {
    code: DEMO_AGENCY_CODE,
    name: 'Haven Demo Agency (fictional)',
    caseNumberPrefix: 'HVN',
  });
  const { ids: userIds, riversideId } = await db.transaction({ system: 'seed' }, async (tx) => {
    const north = await createTeam(tx, { agencyId: agency.id, name: 'North Team' });
    const south = await createTeam(tx, { agencyId: agency.id, name: 'South Team' });
    const teamIds = { north: north.id, south: south.id };
    const ids: Record<string, string> = {};
    for (const staff of demoStaff) {
      const user = await createStaffUser(tx, {
        agencyId: agency.id,
        email: staff.email,
        displayName: staff.displayName,
        roleIds: [roleIds[staff.role]],
        teams: staff.team ? [{ teamId: teamIds[staff.team], supervisor: staff.supervisor }] : [],
      });
      await setPassword(tx, user, DEMO_PASSWORD, new Date());
      ids[staff.key] = user.id;
    }
    const riverside = await registerPartner(tx, {
      agencyId: agency.id,
      name: 'Riverside Family Services (fictional)',
      country: 'Testland',
      endpointUrl: null,
    });
    await registerPartner(tx, {
      agencyId: agency.id,
      name: 'Hillcrest Legal Aid (fictional)',
      country: 'Testland',
      endpointUrl: null,
    });
    return { ids, riversideId: riverside.id };
  });

  await seedServices(db, await resolveViewer(db, userIds.programme_manager!, 'seed'));
  await seedAreas(db, await resolveViewer(db, userIds.programme_manager!, 'seed'));
  // Cases go through the same service as the web client: numbering, workflow start and all.
  const workers = [
    await resolveViewer(db, userIds.caseworker!, 'seed'),
    await resolveViewer(db, userIds.caseworker2!, 'seed'),
  ];
  for (let i = 0; i < DEMO_CASE_COUNT; i++) {
    const worker = i % 5 === 4 ? workers[1] : workers[0];
    if (!worker) throw new Error('demo caseworker missing');
    const year = 1990 + ((i * 7) % 30);
    const created = await createCase(
      db,
      { viewer: worker, requestId: null },
      {
        caseType: caseTypes[i % caseTypes.length]!,
        person: {
          givenName: givenNames[i % givenNames.length]!,
          familyName: familyNames[(i * 3) % familyNames.length]!,
          sex: sexes[i % sexes.length]!,
          dateOfBirth:
            i % 6 === 5
              ? null
              : `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
          // Fictional: the 555 range and an imaginary street.
          ...(i % 4 === 0 ? { contactPhone: `+000 555 ${String(100 + i).padStart(4, '0')}` } : {}),
          ...(i % 4 === 0 ? { currentAddress: `${i + 1} Imaginary Lane, Demo Town` } : {}),
        },
      },
    );
    // Consent as the worker would record it, so the managers' dashboard (only cases with reporting
    // consent are counted) and the referral and transfer checks have something to show.
    const givenBy = created.caseType === 'child_protection' ? 'guardian' : 'client';
    const givenAt = new Date(Date.now() - (DEMO_CASE_COUNT - i) * 3_600_000);
    const consents: Omit<RecordConsentInput, 'givenBy' | 'givenAt'>[] = [
      ...(i % 10 === 9 ? [] : [{ scope: 'reporting' as const }]),
      ...(i % 2 === 0 ? [{ scope: 'services' as const }] : []),
      ...(i % 3 === 0 ? [{ scope: 'referral' as const }] : []),
      ...(i % 7 === 0 ? [{ scope: 'information_sharing' as const, organisationIds: [riversideId] }] : []),
    ];
    for (const consent of consents) {
      await recordConsent(db, { viewer: worker, requestId: null }, created.id, { ...consent, givenBy, givenAt });
    }
    if (fieldKeys && i % 4 === 0) {
      await updateCaseDetails(db, { viewer: worker, requestId: null }, fieldKeys, created.id, {
        incidentNarrative: 'Fictional demo narrative: recorded at intake; details are invented for training.',
        safetyPlan: 'Fictional demo safety plan: agreed check-in times and a safe contact person.',
      });
    }
  }
  await (await import('./case-record')).seedCaseRecord(db, workers[0] ?? null, fieldKeys);
  log.info({ agency: agency.code, cases: DEMO_CASE_COUNT }, 'demo data seeded');
  return { seeded: true };
}
