#!/usr/bin/env node
// `ledger`: the command line, started from its build (about 0.3 s), never rebuilt per call.
//
// In a checkout, the build is made (or made again) only when the sources it was built from have
// changed: a digest of them is kept beside the build. In an installed copy or the Docker image,
// where only the build exists, it simply runs.
'use strict';
const { createHash } = require('node:crypto');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const BUILT = path.join(ROOT, 'dist', 'apps', 'ledger-cli', 'main.js');
const BUILT_FROM = path.join(ROOT, 'dist', 'apps', 'ledger-cli', '.built-from.sha256');
/** What the CLI's build is made of: its own sources, the libraries, and the build's configuration. */
const SOURCES = ['apps/ledger-cli', 'libs', 'tsconfig.json', 'tsconfig.build.json', 'nest-cli.json', 'package-lock.json'];

function digestOfSources() {
  const hash = createHash('sha256');
  const visit = (full) => {
    const stat = fs.statSync(full, { throwIfNoEntry: false });
    if (stat === undefined) return;
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(full).sort()) visit(path.join(full, name));
      return;
    }
    // Specs are not part of the build.
    if (/\.spec\.ts$/.test(full)) return;
    hash.update(`${path.relative(ROOT, full)}\0`).update(fs.readFileSync(full));
  };
  for (const source of SOURCES) visit(path.join(ROOT, source));
  return hash.digest('hex');
}

function ensureBuilt() {
  const checkout = fs.existsSync(path.join(ROOT, 'apps', 'ledger-cli', 'src'));
  if (!checkout) return;
  const digest = digestOfSources();
  const built = fs.existsSync(BUILT_FROM) ? fs.readFileSync(BUILT_FROM, 'utf8') : '';
  if (built === digest && fs.existsSync(BUILT)) return;
  process.stderr.write('ledger: building the command line (once, after a change of its sources)…\n');
  const nest = path.join(ROOT, 'node_modules', '@nestjs', 'cli', 'bin', 'nest.js');
  // The build's own output goes to stderr: stdout carries only the command's data.
  execFileSync(process.execPath, [nest, 'build', 'ledger-cli'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  fs.writeFileSync(BUILT_FROM, digest);
}

try {
  ensureBuilt();
} catch (error) {
  process.stderr.write(`ledger: the command line could not be built: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
require(BUILT);
