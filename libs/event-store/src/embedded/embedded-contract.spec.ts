import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEventStoreContract } from '../contract/event-store-contract';
import { EmbeddedEventStore } from './embedded-event-store';

describeEventStoreContract('embedded (SQLite)', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'ledger-contract-'));
  const file = join(dir, 'events.sqlite');
  const store = EmbeddedEventStore.open(file);
  let reopened: EmbeddedEventStore | undefined;
  return {
    store,
    reopen: async () => (reopened = EmbeddedEventStore.open(file)),
    cleanup: async () => {
      await store.close();
      await reopened?.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
});
