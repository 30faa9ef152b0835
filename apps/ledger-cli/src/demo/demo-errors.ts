/** The store already holds a tenant of this data set: written before with the same seed. */
export class DemoTenantExistsError extends Error {
  override readonly name = 'DemoTenantExistsError';
  constructor(readonly tenantId: string) {
    super(
      `the store already holds tenant ${tenantId}: a demo with this seed was written here before; ` +
        'use another --seed or an empty data dir',
    );
  }
}
