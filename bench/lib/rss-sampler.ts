import { Worker } from 'node:worker_threads';

/**
 * Peak RSS of the process, sampled every 50 ms from a worker thread: the main one may be busy
 * laying out pages, and a timer there would not fire.
 */
export function rssSampler(): { stop: () => Promise<number> } {
  const worker = new Worker(
    `const { parentPort } = require('node:worker_threads');
     let peak = 0;
     const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 50);
     parentPort.on('message', () => { clearInterval(timer); parentPort.postMessage(peak); });`,
    { eval: true },
  );
  return {
    stop: () =>
      new Promise((resolve) => {
        worker.once('message', (peak: number) => {
          void worker.terminate();
          resolve(peak);
        });
        worker.postMessage('stop');
      }),
  };
}
