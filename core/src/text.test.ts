import { describe, expect, it } from 'vitest';
import { hasControlCharacters } from './text';

describe('hasControlCharacters', () => {
  it.each([
    ['plain text', '', false],
    ['tab\there', '', true],
    ['line\nbreak', '', true],
    ['line\nbreak', '\n', false],
    ['nul\u0000', '\n\r\t', true],
    ['c1\u0085', '', true],
    ['عربي', '', false],
  ])('%j allowing %j → %s', (value, allowed, expected) => {
    expect(hasControlCharacters(value, allowed)).toBe(expected);
  });
});
