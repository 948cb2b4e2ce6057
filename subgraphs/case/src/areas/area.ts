import type { Label } from '@haven/core/forms/index';

/** Area codes, as core/src/forms accepts them in location values (often OCHA p-codes). */
export const areaCodePattern = /^[A-Za-z0-9_.:-]{1,64}$/;
/** Deepest level of the hierarchy (country → governorate → district → sub-district → community → …). */
export const maxAreaLevel = 8;
/** Largest import in one call. */
export const maxImport = 5000;

/** One administrative area of an agency's hierarchy. */
export interface AdminArea {
  id: string;
  code: string;
  /** 1 for the top level, parent's level + 1 below it. */
  level: number;
  parentId: string | null;
  parentCode: string | null;
  name: Label;
  active: boolean;
}

export interface AdminAreaInput {
  code: string;
  parentCode?: string | null;
  name?: unknown;
  active?: boolean | null;
}
