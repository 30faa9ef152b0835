// Jest setup of the `e2e-eventstoredb` project: the same end-to-end suites, on the EventStoreDB adapter.
process.env.LEDGER_E2E_STORE = 'eventstoredb';
