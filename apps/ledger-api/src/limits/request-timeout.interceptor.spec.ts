import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { firstValueFrom, of, timer, map } from 'rxjs';
import { LedgerHttpError } from '../http/ledger-http-error';
import { LongRunning, RequestTimeoutInterceptor } from './request-timeout.interceptor';

class Handlers {
  quick(): void {}
  @LongRunning()
  rebuild(): void {}
}

function contextFor(handler: keyof Handlers): ExecutionContext {
  return {
    getHandler: () => Handlers.prototype[handler],
    getClass: () => Handlers,
  } as unknown as ExecutionContext;
}

const slow = (ms: number): CallHandler => ({ handle: () => timer(ms).pipe(map(() => 'done')) });

describe('RequestTimeoutInterceptor', () => {
  const reflector = new Reflector();

  it('answers 503 REQUEST_TIMEOUT in the SPEC shape when handling takes too long', async () => {
    const interceptor = new RequestTimeoutInterceptor(100, reflector);
    const answer = firstValueFrom(interceptor.intercept(contextFor('quick'), slow(1_000)));
    await expect(answer).rejects.toBeInstanceOf(LedgerHttpError);
    await expect(answer).rejects.toMatchObject({
      body: {
        statusCode: 503,
        error: 'REQUEST_TIMEOUT',
        message: expect.stringContaining('Idempotency-Key'),
      },
    });
  });

  it('lets a quick answer through', async () => {
    const interceptor = new RequestTimeoutInterceptor(1_000, reflector);
    await expect(
      firstValueFrom(interceptor.intercept(contextFor('quick'), { handle: () => of('ok') })),
    ).resolves.toBe('ok');
  });

  it('does not limit routes marked @LongRunning, nor anything when the limit is 0', async () => {
    await expect(
      firstValueFrom(
        new RequestTimeoutInterceptor(100, reflector).intercept(contextFor('rebuild'), slow(300)),
      ),
    ).resolves.toBe('done');
    await expect(
      firstValueFrom(new RequestTimeoutInterceptor(0, reflector).intercept(contextFor('quick'), slow(300))),
    ).resolves.toBe('done');
  });
});
