/**
 * Form definitions as versioned data. Pure TypeScript with no Node-only imports: the web client
 * runs the same rules as the server.
 *
 * Values of a submission form one flat object keyed by the top-level field keys (sections group
 * fields on screen, not in the values); a repeating group's value is an array of such objects.
 */

/** A translatable text: English always, other languages by BCP 47 code (ar, fr, …). */
export type Label = { en: string } & Record<string, string>;

export const fieldTypes = [
  'text',
  'longText',
  'number',
  'date',
  'dateTime',
  'singleChoice',
  'multipleChoice',
  'yesNo',
  'location',
  'person',
  'group',
  'signature',
  'file',
  'calculated',
] as const;
export type FieldType = (typeof fieldTypes)[number];

export const classifications = ['standard', 'restricted', 'confidential'] as const;
export type FieldClassification = (typeof classifications)[number];

export interface Option {
  value: string;
  label: Label;
  /** Points the option adds to score(field), for scored assessments. */
  score?: number;
}

/** An expression that must hold (true) for the values to be accepted. */
export interface Rule {
  check: string;
  message: Label;
}

export interface FieldDefinition {
  key: string;
  type: FieldType;
  label: Label;
  help?: Label;
  /** standard (default), restricted or confidential; fields of a group take the group's. */
  classification?: FieldClassification;
  required?: boolean;
  /** Skip logic: the field is shown (and may hold a value) only when this holds. */
  showIf?: string;
  /** text, longText */
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  /** number */
  min?: number;
  max?: number;
  integer?: boolean;
  /** date: YYYY-MM-DD or "today" */
  minDate?: string;
  maxDate?: string;
  /** singleChoice, multipleChoice */
  options?: Option[];
  minSelected?: number;
  maxSelected?: number;
  /** location: the administrative levels from the top (governorate, district, …) */
  levels?: Label[];
  /** location: how many levels a value must name at least (default 1) */
  minLevels?: number;
  /** group: the fields of one item */
  fields?: FieldDefinition[];
  minItems?: number;
  maxItems?: number;
  /** calculated: the expression whose value the field takes */
  expression?: string;
  rules?: Rule[];
}

export interface SectionDefinition {
  key: string;
  title: Label;
  showIf?: string;
  fields: FieldDefinition[];
}

export interface FormRule extends Rule {
  /** The field the problem is reported at; the whole form when absent. */
  field?: string;
}

export interface FormDefinition {
  title: Label;
  description?: Label;
  sections: SectionDefinition[];
  rules?: FormRule[];
}

export type Path = (string | number)[];

export interface Problem {
  path: Path;
  message: string;
}

export type FormValues = Record<string, unknown>;
