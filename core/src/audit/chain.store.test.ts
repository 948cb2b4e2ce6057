import { describe, expect, it } from 'vitest';
import { formatMicros } from './chain.store';

describe('formatMicros', () => {
  it.each([
    ['1795363869080123', '2026-11-22T16:11:09.080123Z'],
    ['1795363869000000', '2026-11-22T16:11:09.000000Z'],
    ['1795363869999999', '2026-11-22T16:11:09.999999Z'],
    ['0', '1970-01-01T00:00:00.000000Z'],
  ])('formats %s as to_char does', (micros, text) => {
    expect(formatMicros(micros)).toBe(text);
  });
});
