/**
 * Test support: counts turns of the event loop (setImmediate callbacks) until stopped — proof
 * that a long piece of work let timers and requests run meanwhile, without measuring any time.
 */
export function countLoopTurns(): { stop(): number } {
  let turns = 0;
  let handle = setImmediate(function turn() {
    turns += 1;
    handle = setImmediate(turn);
  });
  return {
    stop() {
      clearImmediate(handle);
      return turns;
    },
  };
}
