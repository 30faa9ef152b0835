import * as fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { type CpuProfile, flameGraphSvg, functionShares, selfTimeByLayer } from './flame-graph';

const percent = (share: number): string => `${(share * 100).toFixed(1)} %`;

/**
 * Runs `work` with V8's CPU profiler on in this process; writes `<out>.cpuprofile` and `<out>.svg`
 * (a flame graph titled `title`) and answers with the work's result and a one-line summary: the
 * layers and the functions with the most self time.
 */
export async function profiled<T>(
  out: string,
  title: string,
  work: () => Promise<T>,
): Promise<{ result: T; summary: string }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  let result: T;
  let cpuProfile: CpuProfile;
  try {
    result = await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    cpuProfile = profile as CpuProfile;
    fs.writeFileSync(`${out}.cpuprofile`, JSON.stringify(profile));
    fs.writeFileSync(`${out}.svg`, flameGraphSvg(cpuProfile, title));
  }
  const layers = selfTimeByLayer(cpuProfile)
    .filter(({ share }) => share >= 0.02)
    .map(({ layer, share }) => `${layer} ${percent(share)}`);
  const functions = functionShares(cpuProfile)
    .sort((a, b) => b.self - a.self)
    .slice(0, 8)
    .map(({ name, self, inclusive }) => `${name} ${percent(self)} (${percent(inclusive)} incl.)`);
  return {
    result,
    summary: `self time by layer: ${layers.join(', ')}; most self time: ${functions.join('; ')}; profile ${out}.cpuprofile`,
  };
}
