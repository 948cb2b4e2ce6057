import { and, asc, eq } from 'drizzle-orm';
import { addCaseNote, addHouseholdMember, createHousehold } from '@haven/case';
import type { FieldKeyring } from '@haven/core/crypto/field-cipher';
import type { Database } from '@haven/core/db/database';
import { cases } from '@haven/core/db/schema';
import type { Viewer } from '@haven/core/viewer';

/** How many of the worker's demo cases get a household and notes. */
const CASES_WITH_RECORD = 4;

const relatives = [
  {
    givenName: 'Amina',
    familyName: 'Demoson',
    sex: 'female' as const,
    dateOfBirth: '2014-03-09',
    relationship: 'child' as const,
  },
  {
    givenName: 'Omar',
    familyName: 'Samplewood',
    sex: 'male' as const,
    dateOfBirth: '1979-11-20',
    relationship: 'spouse_partner' as const,
  },
  {
    givenName: 'Layla',
    familyName: 'Fictionale',
    sex: 'female' as const,
    dateOfBirth: '2017-06-30',
    relationship: 'child' as const,
  },
  {
    givenName: 'Sami',
    familyName: 'Mockridge',
    sex: 'male' as const,
    dateOfBirth: null,
    relationship: 'sibling' as const,
  },
];

/**
 * The case record of a few demo cases, through the same services as the web client: a household
 * with one fictional relative, and notes of each classification (a confidential one only when field
 * keys are given, since its body is encrypted).
 */
export async function seedCaseRecord(db: Database, worker: Viewer | null, fieldKeys?: FieldKeyring): Promise<void> {
  if (!worker) return;
  const caller = { viewer: worker, requestId: null };
  const mine = await db.transaction({ viewer: worker }, (tx) =>
    tx
      .select({ id: cases.id })
      .from(cases)
      .where(and(eq(cases.agencyId, worker.agencyId), eq(cases.assignedWorkerId, worker.userId)))
      .orderBy(asc(cases.createdAt), asc(cases.id))
      .limit(CASES_WITH_RECORD),
  );
  for (const [i, { id }] of mine.entries()) {
    const household = await createHousehold(db, caller, { caseId: id, label: `Demo household ${i + 1} (fictional)` });
    const { relationship, ...person } = relatives[i % relatives.length]!;
    await addHouseholdMember(db, caller, household.id, { newPerson: person, relationship });
    const day = (n: number) => new Date(Date.now() - n * 86_400_000);
    const notes = [
      {
        noteType: 'home_visit' as const,
        occurredAt: day(9),
        durationMinutes: 60,
        subject: 'First home visit',
        body: 'Fictional demo note: met the family at home; everyone present was well.',
        classification: 'standard' as const,
      },
      {
        noteType: 'phone_call' as const,
        occurredAt: day(4),
        durationMinutes: 15,
        subject: 'Follow-up call',
        body: 'Fictional demo note: agreed a time for the next visit; a new phone number was given.',
        classification: 'restricted' as const,
      },
      ...(fieldKeys
        ? [
            {
              noteType: 'office_visit' as const,
              occurredAt: day(2),
              durationMinutes: 45,
              subject: 'Private conversation',
              body: 'Fictional demo note: confidential account given in private; invented for training.',
              classification: 'confidential' as const,
            },
          ]
        : []),
    ];
    for (const note of notes) {
      await addCaseNote(db, caller, fieldKeys ?? { activeKeyId: '', keys: new Map() }, id, note);
    }
  }
}
