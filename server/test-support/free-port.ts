import net from 'node:net';

/**
 * A loopback port nothing listens on now, chosen by the kernel (port 0) rather than at random:
 * tests that start a server as a child process need its port before it runs, and a random pick
 * collided with another file's server in CI (EADDRINUSE).
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
