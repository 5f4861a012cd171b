import type { TFunction } from 'i18next';
import type { Rule } from 'antd/es/form';

/** The server's own limits (docs/api.md), checked early so most mistakes never leave the browser. */
export const PASSWORD_MIN = 10;

export function passwordRules(t: TFunction): Rule[] {
  return [
    { required: true, message: t('common.required') },
    { min: PASSWORD_MIN, message: t('users.passwordTooShort') },
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
