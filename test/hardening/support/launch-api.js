// Starts the real API (apps/ledger-api/src/main.ts) from its TypeScript sources in this Node
// process, so a test can SIGKILL it. No build output needed: .ts files are compiled on require by
// @swc/core with the repository's .swcrc (the same settings Jest uses), and the @ledger/* path
// aliases of tsconfig.json resolve to libs/*/src. Plain JavaScript because it runs before any
// compiler is registered.
/* global require, __dirname */
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS: it runs before anything can compile imports */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const { transformSync } = require('@swc/core');

const root = path.resolve(__dirname, '..', '..', '..');
const swcrc = JSON.parse(fs.readFileSync(path.join(root, '.swcrc'), 'utf8'));
delete swcrc.$schema;

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), { ...swcrc, filename });
  module._compile(code, filename);
};

const ALIAS = /^@ledger\/(licensing|event-store|projections|runtime)(\/.*)?$/;
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const alias = ALIAS.exec(request);
  const target = alias === null ? request : path.join(root, 'libs', alias[1], 'src', alias[2] ?? '');
  return resolveFilename.call(this, target, ...rest);
};

require(path.join(root, 'apps', 'ledger-api', 'src', 'main.ts'));
