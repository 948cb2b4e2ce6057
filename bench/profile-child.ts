/**
 * Loaded into each service process the bench starts with BENCH_PROFILE (`--import`): the bench asks over
 * the IPC channel to start a CPU profile of the process's main thread and later to write it, so each
 * operation's measured phase gets its own profile, as in embedded mode. (`--cpu-prof` would cover the
 * whole life of the process, and writes nothing for a process that does not exit cleanly.)
 */
import { startCpuProfile } from './measure';

export type ProfileRequest = { profile: 'start' } | { profile: 'stop'; file: string };
export type ProfileReply = { profile: 'started' | 'written' };

let running: Awaited<ReturnType<typeof startCpuProfile>> | null = null;
process.on('message', async (request: ProfileRequest) => {
  if (request.profile === 'start') {
    running = await startCpuProfile();
    process.send!({ profile: 'started' } satisfies ProfileReply);
  } else {
    await running?.stop(request.file);
    running = null;
    process.send!({ profile: 'written' } satisfies ProfileReply);
  }
});
