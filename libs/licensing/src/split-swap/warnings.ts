/** Warnings accompany a write that was accepted but deserves the administrator's attention. */
export interface LedgerWarning {
  /** R8: the account lost its last phone-capable licence; adding one in a later activity breaks it (R6). */
  readonly code: 'SPLIT_SWAP_RISK';
  readonly accountId: string;
  readonly message: string;
}
