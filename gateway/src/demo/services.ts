import { sql } from 'drizzle-orm';
import type { Database } from '@haven/core/db/database';
import type { Viewer } from '@haven/core/viewer';
import { saveService, saveServiceProvider, type SaveServiceInput, type SaveProviderInput } from '@haven/case';

/**
 * The demo agency's service catalogue and provider directory: fictional, for training. Written
 * through the same services as the programme manager's screens (validation, audit and all).
 */
const catalogue: (SaveServiceInput & { team?: 'north' | 'south' })[] = [
  {
    key: 'case_management',
    name: { en: 'Case management', ar: 'إدارة الحالة' },
    category: 'case_management',
    description: { en: 'Assessment, planning and follow-up by a caseworker of the agency.' },
    team: 'north',
  },
  {
    key: 'psychosocial_support',
    name: { en: 'Psychosocial support', ar: 'الدعم النفسي والاجتماعي' },
    category: 'psychosocial',
    description: { en: 'Individual and group sessions with a trained counsellor.' },
    team: 'south',
  },
  {
    key: 'child_friendly_space',
    name: { en: 'Child-friendly space', ar: 'مساحة صديقة للطفل' },
    category: 'psychosocial',
    eligibility: { caseTypes: ['child_protection'], maxAge: 17 },
  },
  {
    key: 'medical_care',
    name: { en: 'Medical care', ar: 'الرعاية الطبية' },
    category: 'health',
    description: { en: 'Primary health care, including clinical management of rape within 72 hours.' },
  },
  {
    key: 'legal_aid',
    name: { en: 'Legal aid', ar: 'المساعدة القانونية' },
    category: 'legal',
    eligibility: { minAge: 18 },
  },
  {
    key: 'safe_shelter',
    name: { en: 'Safe shelter', ar: 'مأوى آمن' },
    category: 'safety',
    eligibility: { caseTypes: ['gbv'], sexes: ['female'] },
  },
  {
    key: 'cash_assistance',
    name: { en: 'Cash assistance', ar: 'المساعدة النقدية' },
    category: 'cash_basic_needs',
    eligibility: { minAge: 18 },
  },
  {
    key: 'education_support',
    name: { en: 'Education support', ar: 'دعم التعليم' },
    category: 'education',
    eligibility: { minAge: 5, maxAge: 17 },
  },
  {
    key: 'family_tracing',
    name: { en: 'Family tracing and reunification', ar: 'تتبع الأسر ولم شملها' },
    category: 'family_tracing',
    eligibility: { caseTypes: ['child_protection'], maxAge: 17 },
  },
];

const providers: (Omit<SaveProviderInput, 'organisationId'> & { partner?: string })[] = [
  {
    name: 'Riverside Family Services (fictional)',
    partner: 'Riverside Family Services (fictional)',
    serviceKeys: ['psychosocial_support', 'child_friendly_space', 'family_tracing'],
    contact: { phone: '+000 555 0101', email: 'referrals@riverside.example', contactPerson: 'Intake desk' },
  },
  {
    name: 'Hillcrest Legal Aid (fictional)',
    partner: 'Hillcrest Legal Aid (fictional)',
    serviceKeys: ['legal_aid'],
    contact: { phone: '+000 555 0102', email: 'help@hillcrest.example' },
  },
  {
    name: 'Demo Town Health Centre (fictional)',
    serviceKeys: ['medical_care'],
    contact: { phone: '+000 555 0103', address: '12 Imaginary Road, Demo Town' },
  },
  {
    name: 'Safe Harbour Women’s Shelter (fictional)',
    serviceKeys: ['safe_shelter', 'psychosocial_support'],
    contact: { phone: '+000 555 0104', contactPerson: 'Duty officer' },
  },
  {
    name: 'Sunrise Learning Centre (fictional)',
    serviceKeys: ['education_support', 'child_friendly_space'],
    contact: { email: 'enrol@sunrise.example', website: 'https://sunrise.example' },
  },
  {
    name: 'Common Purse Cash Programme (fictional)',
    serviceKeys: ['cash_assistance'],
    contact: { phone: '+000 555 0106' },
  },
];

/** Seeds the catalogue and directory of the demo agency, as its programme manager. */
export async function seedServices(db: Database, programmeManager: Viewer | null): Promise<void> {
  if (!programmeManager) throw new Error('the demo programme manager is missing');
  const caller = { viewer: programmeManager, requestId: null };
  const agencyId = programmeManager.agencyId;
  const teams = new Map(
    (
      await db.transaction({ system: 'seed' }, (tx) =>
        db.rows<{ id: string; name: string }>(
          sql`select id, name from identity.teams where agency_id = ${agencyId}::uuid`,
          tx,
        ),
      )
    ).map((t) => [t.name, t.id]),
  );
  const partners = new Map(
    (
      await db.transaction({ system: 'seed' }, (tx) =>
        db.rows<{ id: string; name: string }>(
          sql`select id, name from exchange.partners where agency_id = ${agencyId}::uuid`,
          tx,
        ),
      )
    ).map((p) => [p.name, p.id]),
  );
  for (const { team, ...entry } of catalogue) {
    const teamId = team ? (teams.get(team === 'north' ? 'North Team' : 'South Team') ?? null) : null;
    await saveService(db, caller, { ...entry, internalTeamId: teamId });
  }
  for (const { partner, ...provider } of providers) {
    await saveServiceProvider(db, caller, null, {
      ...provider,
      organisationId: partner ? (partners.get(partner) ?? null) : null,
    });
  }
}
