/** The two kinds of account (SPEC §1): people, and the resource accounts behind voice apps. */
export type AccountKind = 'user' | 'resource';
