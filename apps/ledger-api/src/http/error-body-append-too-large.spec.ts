import { APPEND_SIZE_LIMIT, AppendTooLargeError } from '@ledger/event-store';
import { errorBodyOf } from './error-body.filter';

describe('errorBodyOf an append the event store refused as too large', () => {
  it('is a 413 PAYLOAD_TOO_LARGE in the SPEC error shape, naming sizes but no stream or path', () => {
    const body = errorBodyOf(new AppendTooLargeError('licensing-tenant-acme', 1_655_648, APPEND_SIZE_LIMIT));
    expect(body).toEqual({
      statusCode: 413,
      error: 'PAYLOAD_TOO_LARGE',
      message:
        'The events of one append take 1655648 bytes, more than the 1048576 bytes the event store accepts at once',
    });
  });
});
