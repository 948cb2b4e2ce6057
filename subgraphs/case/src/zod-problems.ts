import type { z } from 'zod';
import type { FieldProblem } from '@haven/core/errors';

/**
 * zod's issues as the problems of a BAD_USER_INPUT error (badInput), each path under `root`: the
 * argument the value came in (["input"], ["input", "newPerson"]); keys that are symbols become text.
 */
export function zodProblems(error: z.ZodError, root: readonly (string | number)[] = []): FieldProblem[] {
  return error.issues.map((issue) => ({
    path: [...root, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    message: issue.message,
  }));
}
