/**
 * Preloaded into a benchmarked server (`node --import ./bench/lib/loop-stalls.ts`): appends
 * every event-loop stall over 50 ms to the file named by STALL_LOG, one "<epoch ms> <stall ms>
 * <cpu ms>" line each. On PGlite a stall is a statement running in WASM on the main thread, so
 * the list shows how long the longest statements held every other request. The process's CPU
 * time over the stall is what the stall would last on an idle machine: on a shared one the
 * wall time also holds the time other processes had the CPU.
 */
import fs from 'node:fs';

const file = process.env.STALL_LOG;
if (file) {
  const TICK_MS = 10;
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  setInterval(() => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    const stall = now - last - TICK_MS;
    if (stall > 50) {
      const cpuMs = (cpu.user + cpu.system) / 1000;
      fs.appendFileSync(file, `${Date.now()} ${stall.toFixed(0)} ${cpuMs.toFixed(0)}\n`);
    }
    last = now;
    lastCpu = process.cpuUsage();
  }, TICK_MS).unref();
}
