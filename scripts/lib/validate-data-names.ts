// No person's name enters data/. A source address that once carried one is remembered here
// by the SHA-256 of each of its name's words (lowercase), so the build can refuse it again
// without the repository ever spelling the name.
import { createHash } from 'node:crypto';
import type { DataError, RawFile } from './validate-types';

/** SHA-256 (hex) of the lowercase words of names once found in a source address. */
export const KNOWN_NAME_HASHES: ReadonlySet<string> = new Set([
  // The coordinator named in the address of the Poland welcome page (2021), given and family name.
  '8fd5aa56db072339f93c06682e622708f400c95acb69240be939f64621b46f50',
  '37877641e17e2476c0a95c9b65fc11f5d7b5fef5d64183329242fcf7ee4da50e',
]);

export const wordHash = (word: string): string =>
  createHash('sha256').update(word.toLowerCase()).digest('hex');

/** Every line of the file holding a word whose hash is known, reported by line. */
export function findKnownNames(
  file: RawFile,
  hashes: ReadonlySet<string> = KNOWN_NAME_HASHES,
): DataError[] {
  const errors: DataError[] = [];
  file.text.split('\n').forEach((line, index) => {
    const words = new Set(line.toLowerCase().split(/[^\p{L}]+/u));
    for (const word of words) {
      if (word.length < 2 || !hashes.has(wordHash(word))) continue;
      errors.push({
        file: file.path,
        id: `line ${index + 1}`,
        field: 'text',
        message: `names a person (a word with SHA-256 ${wordHash(word).slice(0, 12)}…): cite the page without it`,
      });
    }
  });
  return errors;
}
