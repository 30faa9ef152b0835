/** Warnings accompany a write that was accepted but deserves the administrator's attention. */
export interface LedgerWarning {
  /**
   * R8 `SPLIT_SWAP_RISK`: the account lost its last phone-capable licence; adding one in a later
   * activity breaks it (R6). R12 `FULL_LICENCE_ON_RESOURCE_ACCOUNT`: a full licence was put on a
   * resource account under today's rules; the message names the swap to make.
   */
  readonly code: 'SPLIT_SWAP_RISK' | 'FULL_LICENCE_ON_RESOURCE_ACCOUNT';
  readonly accountId: string;
  readonly message: string;
}
