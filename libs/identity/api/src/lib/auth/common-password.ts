import { PASSWORD_MIN_LENGTH } from '@lms/shared/contracts';
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { COMMON_PASSWORDS_TEXT } from './common-passwords.data';

export const COMMON_PASSWORD_MESSAGE =
  'password is too common or too easy to guess: avoid well-known passwords, a common word with digits or symbols added, and repeated characters (a few unrelated words work well)';

/** Words that make a password guessable here (NIST SP 800-63B: context-specific words). */
const CONTEXT_WORDS = ['threshold'];

/** Look-alike characters people substitute for letters ("p@ssw0rd"). */
const LEET: Readonly<Record<string, string>> = {
  '@': 'a',
  '4': 'a',
  '3': 'e',
  '1': 'i',
  '!': 'i',
  '0': 'o',
  $: 's',
  '5': 's',
  '7': 't',
};

let list: ReadonlySet<string> | undefined;

function commonPasswords(): ReadonlySet<string> {
  list ??= new Set([
    ...COMMON_PASSWORDS_TEXT.split('\n').filter((line) => line.length > 0),
    ...CONTEXT_WORDS,
  ]);
  return list;
}

/**
 * True for a password on the list of the 10,000 most common ones (case-insensitive), for one
 * of them with digits or symbols around it ("Dragon2024!"), for one written with look-alike
 * characters ("P@ssw0rd"), and for a password of fewer than four different characters.
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (new Set(lower).size < 4) return true;
  const core = lower.replace(/^[^a-z]+|[^a-z]+$/g, '');
  const unleet = core.replace(/[@4310!$57]/g, (c) => LEET[c] ?? c);
  const known = commonPasswords();
  return [lower, core, unleet].some((candidate) => candidate.length > 0 && known.has(candidate));
}

/**
 * class-validator: refuses common passwords with a message that names the field. A password
 * shorter than the minimum gets only the length message.
 */
export function IsNotCommonPassword(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNotCommonPassword',
      validator: {
        validate: (value: unknown) =>
          typeof value !== 'string' ||
          value.length < PASSWORD_MIN_LENGTH ||
          !isCommonPassword(value),
        defaultMessage: () => COMMON_PASSWORD_MESSAGE,
      },
    },
    options,
  );
}
