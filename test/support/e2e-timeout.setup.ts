// Jest reads `testTimeout` from the global configuration only, never from a project's: the e2e
// projects set their bound here. Real servers, stores and child processes on a 2-core machine
// running three projects at once: Jest's 5 s default (tests and hooks) is a bound some legitimately
// slow steps touch under load. Not a goal: timing goals live in `npm run bench`.
jest.setTimeout(30_000);
