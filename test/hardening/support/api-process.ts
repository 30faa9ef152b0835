import { type ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { TEST_JWT_SECRET } from '../../support/tokens';
import { type Answer, call, type CallOptions } from '../../support/http-client';

const LAUNCHER = path.join(__dirname, 'launch-api.js');
const START_TIMEOUT_MS = 30_000;

/**
 * The real service in a child process (main.ts, as `npm start` runs it, from the sources), on a
 * data dir the test owns, so it can be killed with SIGKILL mid-write and started again.
 */
export class ApiProcess {
  private stdoutText = '';
  private stderrText = '';
  private exited: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    public baseUrl = '',
  ) {
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (this.stdoutText += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (this.stderrText += chunk));
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
  }

  /** Starts the service and resolves once it listens; `env` adds to or overrides the defaults. */
  static async start(dataDir: string, env: Record<string, string> = {}): Promise<ApiProcess> {
    const child = spawn(process.execPath, [LAUNCHER], {
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'production',
        LEDGER_DATA_DIR: dataDir,
        LEDGER_JWT_SECRET: TEST_JWT_SECRET,
        LEDGER_PORT: '0',
        LEDGER_HOST: '127.0.0.1',
        LEDGER_LOG_LEVEL: 'warn',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const api = new ApiProcess(child);
    api.baseUrl = await api.listening();
    return api;
  }

  /** What the service wrote on stdout: its structured log lines. */
  get stdout(): string {
    return this.stdoutText;
  }

  get stderr(): string {
    return this.stderrText;
  }

  /** Resolves once stdout matches `pattern` (a line written after "listening" may come in a later chunk). */
  stdoutMatch(pattern: RegExp): Promise<RegExpExecArray> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(this.stdoutText);
        if (match === null) return;
        this.child.stdout?.off('data', check);
        this.child.off('exit', onExit);
        resolve(match);
      };
      const onExit = () => reject(new Error(`exited before printing ${pattern}:\n${this.stdoutText}`));
      this.child.stdout?.on('data', check);
      this.child.once('exit', onExit);
      check();
    });
  }

  request<T = Record<string, unknown>>(
    method: string,
    url: string,
    options?: CallOptions,
  ): Promise<Answer<T>> {
    return call<T>(this.baseUrl, method, url, options);
  }

  /** The crash: no shutdown hook runs, nothing is flushed or closed. */
  async kill(): Promise<void> {
    this.child.kill('SIGKILL');
    await this.exited;
  }

  /** An orderly stop (SIGTERM: Nest's shutdown hooks close the store). */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    await this.exited;
  }

  private listening(): Promise<string> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => fail(new Error('did not start in time')), START_TIMEOUT_MS);
      const fail = (error: Error) => {
        clearTimeout(timer);
        this.child.kill('SIGKILL');
        reject(new Error(`ledger-api child: ${error.message}\n${this.stderrText}\n${this.stdoutText}`));
      };
      const onData = () => {
        const match = /ledger-api listening on (http:\/\/[^\s]+)/.exec(this.stdoutText);
        if (match === null) return;
        clearTimeout(timer);
        this.child.stdout?.off('data', onData);
        resolve(match[1].replace(/\/$/, ''));
      };
      this.child.stdout?.on('data', onData);
      this.child.once('exit', (code, signal) =>
        fail(new Error(`exited (${code ?? signal}) before listening`)),
      );
    });
  }
}
