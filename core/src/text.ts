/** Whether text holds control characters (other than the allowed ones, e.g. line breaks in long texts). */
export function hasControlCharacters(value: string, allowed = ''): boolean {
  return [...value].some((ch) => /\p{Cc}/u.test(ch) && !allowed.includes(ch));
}
