/** SPEC §3 roles. */
export const ROLES = ['tenant-admin', 'auditor', 'global-admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
