import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zodProblems } from './zod-problems';

const schema = z.object({
  name: z.string().min(1, 'must not be empty'),
  identifiers: z.array(z.object({ value: z.string().min(1, 'must not be empty') })),
});

describe('zodProblems', () => {
  it('lists every issue at its path under the root, array indexes as numbers', () => {
    const parsed = schema.safeParse({ name: '', identifiers: [{ value: 'x' }, { value: '' }] });
    expect(parsed.success).toBe(false);
    expect(zodProblems(parsed.error!, ['input'])).toEqual([
      { path: ['input', 'name'], message: 'must not be empty' },
      { path: ['input', 'identifiers', 1, 'value'], message: 'must not be empty' },
    ]);
  });

  it('keeps the issue paths as they are without a root, and an object-level issue at the root', () => {
    const parsed = schema.safeParse({ name: '', identifiers: [] });
    expect(zodProblems(parsed.error!)).toEqual([{ path: ['name'], message: 'must not be empty' }]);
    const whole = z
      .object({ a: z.string().optional() })
      .refine((v) => v.a, 'give a')
      .safeParse({});
    expect(zodProblems(whole.error!, ['input'])).toEqual([{ path: ['input'], message: 'give a' }]);
  });

  it('names a symbol key by its description', () => {
    const key = Symbol('secret');
    const error = new z.ZodError([{ code: 'custom', path: [key, 0], message: 'is wrong', input: undefined }]);
    expect(zodProblems(error, ['input'])).toEqual([{ path: ['input', 'Symbol(secret)', 0], message: 'is wrong' }]);
  });
});
