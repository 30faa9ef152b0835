import { createSecretKey } from 'node:crypto';
import type { JwtModuleOptions } from '@nestjs/jwt';

/**
 * The JWT settings of the service: HS256 only, both ways.
 *
 * The secret is handed over as a KeyObject, made once. Given a string, jsonwebtoken first tries
 * to read it as a PEM public key on every verify, fails, and only then makes a secret key of
 * it: that thrown-and-caught attempt was 39 % of the CPU time of an authenticated request
 * (bench/RESULTS.md, "JWT secret as a KeyObject").
 */
export function jwtModuleOptions(secret: string): JwtModuleOptions {
  return {
    secret: createSecretKey(Buffer.from(secret, 'utf8')),
    signOptions: { algorithm: 'HS256' },
    verifyOptions: { algorithms: ['HS256'] },
  };
}
