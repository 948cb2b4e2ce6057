import type { Database } from '@haven/core/db/database';
import type { Viewer } from '@haven/core/viewer';
import { importAreas, type AdminAreaInput } from '@haven/case';

/**
 * The demo agency's administrative areas for location fields: an invented country's two
 * governorates and their districts, with Arabic names. Entirely fictional (no real p-codes).
 */
export const demoAreas: AdminAreaInput[] = [
  { code: 'NV', name: { en: 'Northvale', ar: 'نورثفيل' } },
  { code: 'NV01', parentCode: 'NV', name: { en: 'Ashford', ar: 'آشفورد' } },
  { code: 'NV02', parentCode: 'NV', name: { en: 'Brookhollow', ar: 'بروكهولو' } },
  { code: 'NV03', parentCode: 'NV', name: { en: 'Cedarfall', ar: 'سيدارفول' } },
  { code: 'SM', name: { en: 'Southmere', ar: 'ساوثمير' } },
  { code: 'SM01', parentCode: 'SM', name: { en: 'Dunmere', ar: 'دنمير' } },
  { code: 'SM02', parentCode: 'SM', name: { en: 'Eastwick', ar: 'إيستويك' } },
];

/** Imports the demo areas through the same service as the programme manager's import. */
export async function seedAreas(db: Database, programmeManager: Viewer | null): Promise<void> {
  if (!programmeManager) throw new Error('demo programme manager missing');
  await importAreas(db, { viewer: programmeManager, requestId: null }, demoAreas);
}
