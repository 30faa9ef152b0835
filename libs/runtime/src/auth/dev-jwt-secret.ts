import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

const SECRET_FILE = 'dev-jwt-secret';

/**
 * Outside production with no LEDGER_JWT_SECRET, the service signs with a generated secret
 * kept in its data dir (mode 0600), so tokens stay valid across restarts on the same data.
 */
export function loadOrCreateDevJwtSecret(dataDir: string): string {
  const file = path.join(dataDir, SECRET_FILE);
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const secret = randomBytes(48).toString('base64url');
  try {
    // 'wx': if another process created it meanwhile, keep theirs.
    fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return fs.readFileSync(file, 'utf8').trim();
    throw error;
  }
}

/** The secret tokens are signed and verified with: the configured one, else the development one. */
export function jwtSecretOf(config: { readonly jwtSecret: string | null; readonly dataDir: string }): string {
  return config.jwtSecret ?? loadOrCreateDevJwtSecret(config.dataDir);
}
