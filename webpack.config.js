// The apps' builds (`nest build`, webpack: one file per app) with one more entry: the projection
// rebuild's worker thread (libs/projections/src/runner/rebuild-worker.ts), emitted beside main.js
// as rebuild-worker.js, where parallel-rebuild.ts starts it. Without it a built app rebuilds on
// one thread.
module.exports = (options) => ({
  ...options,
  entry: { main: options.entry, 'rebuild-worker': './libs/projections/src/runner/rebuild-worker.ts' },
  output: { ...options.output, filename: options.output.filename.replace(/main\.js$/, '[name].js') },
});
