import {
  BadRequestException,
  InternalServerErrorException,
  Logger,
  ServiceUnavailableException,
} from '@nestjs/common';
import type { ArgumentsHost } from '@nestjs/common';
import { StoreUnavailableError } from '@ledger/event-store';
import { ErrorBodyFilter, errorBodyOf } from './error-body.filter';
import {
  ConcurrencyConflict,
  DomainRefusal,
  IdempotencyKeyReused,
  ProjectionParked,
  ProjectionsBehind,
} from '../errors/application-errors';
import { LedgerHttpError } from './ledger-http-error';

const DATA_FILE = '/var/lib/ledger/data/events.sqlite';
/** What the embedded store throws when its file goes away (embedded-event-store.ts). */
const storeDown = () =>
  new StoreUnavailableError(
    `Cannot open the event store at ${DATA_FILE}: SQLITE_CANTOPEN: unable to open database file`,
    {
      cause: Object.assign(new Error('unable to open database file'), { code: 'SQLITE_CANTOPEN' }),
    },
  );

/** Nothing a client may not see: paths, driver codes and messages, stack frames. */
function expectNoInternals(body: unknown): void {
  const text = JSON.stringify(body);
  for (const internal of [DATA_FILE, '/var/lib', 'SQLITE', 'unable to open', 'ENOENT', '/etc/ledger', ' at '])
    expect({ internal, leaked: text.includes(internal) }).toEqual({ internal, leaked: false });
}

describe('public error bodies say what happened in words, never how (SPEC §6)', () => {
  it('a store error naming the data file and the SQLite error → 503 STORE_UNAVAILABLE in words', () => {
    const body = errorBodyOf(storeDown());
    expect(body).toEqual({
      statusCode: 503,
      error: 'STORE_UNAVAILABLE',
      message: expect.stringMatching(/event store/i),
    });
    expectNoInternals(body);
  });

  it.each([
    ['an unexpected error', new Error(`ENOENT: no such file or directory, open '/etc/ledger/secret'`)],
    ['a thrown string', `SQLITE_CORRUPT at ${DATA_FILE}`],
    ['a Nest 500 with a driver message', new InternalServerErrorException(`SQLITE_IOERR on ${DATA_FILE}`)],
  ])('%s → 500 INTERNAL, a generic message', (_name, exception) => {
    const body = errorBodyOf(exception);
    expect(body).toEqual({
      statusCode: 500,
      error: 'INTERNAL',
      message: 'Internal error; it has been logged',
    });
    expectNoInternals(body);
  });

  it('another 5xx HttpException keeps its status, not its text', () => {
    const body = errorBodyOf(new ServiceUnavailableException(`cannot reach ${DATA_FILE}`));
    expect(body).toMatchObject({ statusCode: 503, error: 'SERVICE_UNAVAILABLE' });
    expectNoInternals(body);
  });

  it('a 4xx error that is not Fastify’s own says its status in words, not its message', () => {
    const aborted = Object.assign(new Error(`ECONNRESET reading ${DATA_FILE}`), { statusCode: 400 });
    expect(errorBodyOf(aborted)).toEqual({
      statusCode: 400,
      error: 'VALIDATION_FAILED',
      message: 'Bad Request',
    });
  });

  it('Fastify’s words about the request, our own errors and 4xx HttpExceptions pass as they are', () => {
    const invalidJson = Object.assign(
      new Error("Body is not valid JSON but content-type is set to 'application/json'"),
      {
        code: 'FST_ERR_CTP_INVALID_JSON_BODY',
        statusCode: 400,
      },
    );
    expect(errorBodyOf(invalidJson)).toEqual({
      statusCode: 400,
      error: 'VALIDATION_FAILED',
      message: invalidJson.message,
    });
    const refusal = LedgerHttpError.validation('Send the if-match header once');
    expect(errorBodyOf(refusal)).toBe(refusal.body);
    expect(errorBodyOf(new BadRequestException('quantity must be an integer'))).toMatchObject({
      message: 'quantity must be an integer',
    });
  });

  it('answers each application error with its SPEC §3 status, code, message and details', () => {
    const refused = (code: 'NO_SEAT_AVAILABLE' | 'NOT_FOUND' | 'INVALID_COMMAND') =>
      errorBodyOf(new DomainRefusal({ code, message: 'refused', details: { sku: 'PHONE_SYSTEM' } }));
    expect(refused('NO_SEAT_AVAILABLE')).toEqual({
      statusCode: 409,
      error: 'NO_SEAT_AVAILABLE',
      message: 'refused',
      details: { sku: 'PHONE_SYSTEM' },
    });
    expect(refused('NOT_FOUND')).toMatchObject({ statusCode: 404, error: 'NOT_FOUND' });
    expect(refused('INVALID_COMMAND')).toMatchObject({ statusCode: 400, error: 'VALIDATION_FAILED' });
    // SPEC §3: an invalid command's field is answered as the pipe's per-field details.
    expect(
      errorBodyOf(
        new DomainRefusal({
          code: 'INVALID_COMMAND',
          message: 'endsAt must be in the future',
          details: { field: 'term.endsAt', endsAt: '2020-01-01T00:00:00Z' },
        }),
      ),
    ).toEqual({
      statusCode: 400,
      error: 'VALIDATION_FAILED',
      message: 'endsAt must be in the future',
      details: [{ field: 'term.endsAt', problems: ['endsAt must be in the future'] }],
    });
    expect(errorBodyOf(ConcurrencyConflict.stale(null, 3n))).toEqual({
      statusCode: 412,
      error: 'CONCURRENCY_CONFLICT',
      message: 'The tenant changed since the revision given in If-Match',
      details: { expectedRevision: -1, currentRevision: 3 },
    });
    expect(errorBodyOf(new ConcurrencyConflict('too fast'))).toEqual({
      statusCode: 412,
      error: 'CONCURRENCY_CONFLICT',
      message: 'too fast',
    });
    expect(errorBodyOf(new IdempotencyKeyReused())).toMatchObject({
      statusCode: 422,
      error: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect(errorBodyOf(new ProjectionsBehind())).toMatchObject({
      statusCode: 503,
      error: 'PROJECTIONS_BEHIND',
    });
    expect(errorBodyOf(new ProjectionParked())).toMatchObject({
      statusCode: 503,
      error: 'PROJECTION_PARKED',
    });
  });

  it('the details go to the log: the store’s message, the data file and the driver’s cause', () => {
    const logged: string[] = [];
    const spy = jest.spyOn(Logger.prototype, 'error').mockImplementation((message: unknown) => {
      logged.push(String(message));
    });
    const sent: unknown[] = [];
    const reply = {
      header: () => reply,
      status: () => reply,
      send: (body: unknown) => {
        sent.push(body);
        return reply;
      },
    };
    const host = { switchToHttp: () => ({ getResponse: () => reply }) } as unknown as ArgumentsHost;
    try {
      new ErrorBodyFilter().catch(storeDown(), host);
    } finally {
      spy.mockRestore();
    }
    expectNoInternals(sent[0]);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain(DATA_FILE);
    expect(logged[0]).toContain('Caused by: Error: unable to open database file');
  });
});
