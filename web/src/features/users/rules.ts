import type { TFunction } from 'i18next';
import type { Rule } from 'antd/es/form';
import {
  PASSWORD_MIN_LENGTH,
  passwordOwnerProblem,
  type PasswordOwner,
} from '../../../../domain/password-policy.ts';

type FieldValue = (name: string) => unknown;

/**
 * The server's password policy (domain/password-policy.ts), checked early so most mistakes
 * never leave the browser. Length and "not the user's own name" are checked here; the common-password check needs a
 * dictionary of several megabytes and is left to the server, whose 400 lands on the field.
 */
export function passwordRules(
  t: TFunction,
  ownerOf: (fieldValue: FieldValue) => PasswordOwner,
  keys: { tooShort: string; hasUsername: string } = {
    tooShort: 'users.passwordTooShort',
    hasUsername: 'users.passwordHasUsername',
  },
): Rule[] {
  return [
    { required: true, message: t('common.required') },
    { min: PASSWORD_MIN_LENGTH, message: t(keys.tooShort) },
    ({ getFieldValue }) => ({
      validator: (_, value: string | undefined) =>
        value && passwordOwnerProblem(value, ownerOf(getFieldValue))
          ? Promise.reject(new Error(t(keys.hasUsername)))
          : Promise.resolve(),
    }),
  ];
}

export function usernameRules(t: TFunction): Rule[] {
  return [
    { required: true, message: t('common.required') },
    { pattern: /^[A-Za-z0-9._-]{3,50}$/, message: t('users.usernamePattern') },
  ];
}

export function emailRule(t: TFunction): Rule {
  return { type: 'email', message: t('users.emailInvalid') };
}
