import { fileTypeFromBuffer } from 'file-type';
import type { FieldProblem } from '@haven/core/errors';
import { hasControlCharacters } from '@haven/core/text';

/** Accepted content types and the file name extensions each may carry. */
export const documentTypesAllowed: Record<string, string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'text/plain': ['txt'],
};

export const photoTypesAllowed = ['image/jpeg', 'image/png', 'image/webp'];

export interface FileInput {
  fileName: string;
  contentType: string;
  contentBase64: string;
}

// One character class, no repeated group: a repeated group overflows the regex stack on megabytes.
const base64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Checks an upload before anything is stored: the name, the declared type against the allow-list,
 * the size against the limit, and the declared type against the bytes (magic numbers, with the
 * file-type package; plain text, which has none, must be valid UTF-8 without control characters).
 * Returns the bytes, or the problems with their paths under `root`.
 */
export async function checkUpload(
  file: FileInput,
  options: { maxBytes: number; allowed: readonly string[]; root: (string | number)[] },
): Promise<{ bytes: Buffer; problems: [] } | { bytes: null; problems: FieldProblem[] }> {
  const problems: FieldProblem[] = [];
  const at = (field: string, message: string) => problems.push({ path: [...options.root, field], message });
  const name = typeof file.fileName === 'string' ? file.fileName.trim() : '';
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  if (name.length < 1 || name.length > 255 || /[/\\]/.test(name) || hasControlCharacters(name))
    at('fileName', 'must be 1 to 255 characters, without / \\ or control characters');
  const declared = typeof file.contentType === 'string' ? file.contentType.trim().toLowerCase() : '';
  if (!options.allowed.includes(declared)) {
    at('contentType', `must be one of ${options.allowed.join(', ')}`);
  } else if (!documentTypesAllowed[declared]!.includes(extension)) {
    at('fileName', `must end in .${documentTypesAllowed[declared]!.join(' or .')} for ${declared}`);
  }
  const text = typeof file.contentBase64 === 'string' ? file.contentBase64 : '';
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const size = (text.length / 4) * 3 - padding;
  if (text.length === 0) at('contentBase64', 'must not be empty');
  else if (size > options.maxBytes) at('contentBase64', `must be at most ${options.maxBytes} bytes (decoded)`);
  else if (text.length % 4 !== 0 || !base64.test(text))
    at('contentBase64', 'must be base64 (RFC 4648, with padding, no line breaks)');
  if (problems.length) return { bytes: null, problems };
  const bytes = Buffer.from(text, 'base64');
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) {
    if (detected.mime !== declared)
      at('contentBase64', `does not match ${declared}: the content is ${detected.mime} (.${detected.ext})`);
  } else if (declared !== 'text/plain') {
    at('contentBase64', `does not match ${declared}: the content is not of a recognised type`);
  } else {
    let decoded: string | null = null;
    try {
      decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      decoded = null;
    }
    if (decoded === null || hasControlCharacters(decoded, '\n\r\t\f'))
      at('contentBase64', 'is not plain text: it must be UTF-8 without control characters');
  }
  if (problems.length) return { bytes: null, problems };
  return { bytes, problems: [] };
}
