import { validate } from 'class-validator';
import { RegisterDto } from '../user/dto/identity.dto';
import { COMMON_PASSWORD_MESSAGE, isCommonPassword } from './common-password';
import { COMMON_PASSWORDS_TEXT } from './common-passwords.data';

describe('common passwords', () => {
  it('ships the list of the 10,000 most common passwords, most frequent first', () => {
    const entries = COMMON_PASSWORDS_TEXT.split('\n').filter((l) => l.length > 0);
    expect(entries).toHaveLength(10_000);
    expect(new Set(entries).size).toBe(10_000);
    expect(entries.slice(0, 5)).toEqual(['password', '123456', '12345678', '1234', 'qwerty']);
  });

  it.each([
    'password',
    'Password',
    'qwertyuiop',
    '1234567890',
    'Password123!',
    'dragon2024!!',
    '!!Football99',
    'P@ssw0rd2024',
    'Threshold2026!',
    'aaaaaaaaaaaa',
    'abababababab',
  ])('flags %p', (password) => {
    expect(isCommonPassword(password)).toBe(true);
  });

  it.each([
    'correct horse battery',
    'long enough pw',
    'Demo-Passw0rd!',
    'Integration-2024!',
    'Long-enough-passw0rd',
    'violet kettle orbit',
  ])('accepts %p', (password) => {
    expect(isCommonPassword(password)).toBe(false);
  });

  const register = (password: string): RegisterDto =>
    Object.assign(new RegisterDto(), {
      email: 'someone@example.org',
      password,
      fullName: 'Some One',
      profession: 'counselor',
    });

  it('names the field in the validation message of the registration body', async () => {
    const errors = await validate(register('password123'));
    expect(errors.map((e) => e.property)).toEqual(['password']);
    expect(Object.values(errors[0]?.constraints ?? {})).toEqual([COMMON_PASSWORD_MESSAGE]);
    expect(COMMON_PASSWORD_MESSAGE.startsWith('password ')).toBe(true);
  });

  it('leaves a too-short password to the length rule alone', async () => {
    const errors = await validate(register('dragon'));
    expect(Object.values(errors[0]?.constraints ?? {})).toEqual([
      'password must be at least 10 characters long',
    ]);
  });
});
