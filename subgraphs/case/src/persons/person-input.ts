import { z } from 'zod';
import { hasControlCharacters } from '@haven/core/text';

/** A given or family name, as registration, corrections and households take it. */
export const personName = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(100, 'must be at most 100 characters')
  .refine((v) => !hasControlCharacters(v), 'must not contain control characters');

/** A date of birth, YYYY-MM-DD, from 1900 and not in the future. */
export const dateOfBirth = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((v) => !Number.isNaN(Date.parse(v)), 'must be a real date')
  .refine((v) => v >= '1900-01-01', 'must not be before 1900')
  .refine((v) => v <= new Date().toISOString().slice(0, 10), 'must not be in the future');
