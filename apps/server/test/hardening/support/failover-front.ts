import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * The "load balancer" in front of the instances: a TCP proxy that hands each new connection to the next
 * backend in turn and skips one that refuses, as a layer-4 balancer with health-checked targets would.
 * A backend that dies takes its connections with it; clients reconnect through the front and land on
 * a live one. It remembers which backend each client connection went to, by the client's port.
 */
export class FailoverFront {
  private next = 0;
  private readonly sockets = new Set<Socket>();
  /** Client-side port of a connection → index of the backend that serves it. */
  readonly placed = new Map<number, number>();

  private constructor(
    private readonly server: Server,
    private readonly backends: number[],
  ) {}

  static async start(backendPorts: number[]): Promise<FailoverFront> {
    const server = createServer();
    const front = new FailoverFront(server, backendPorts);
    server.on('connection', (client) => front.accept(client));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return front;
  }

  get url(): string {
    const address = this.server.address();
    if (!address || typeof address === 'string') throw new Error('front is not listening');
    return `http://127.0.0.1:${address.port}/`;
  }

  private accept(client: Socket, tried = 0): void {
    this.sockets.add(client);
    client.on('close', () => this.sockets.delete(client));
    client.on('error', () => client.destroy());
    client.pause();
    this.route(client, tried);
  }

  private route(client: Socket, tried: number): void {
    if (client.destroyed) return;
    if (tried >= this.backends.length) return void client.destroy();
    const index = this.next++ % this.backends.length;
    const upstream = connect(this.backends[index] as number, '127.0.0.1');
    let connected = false;
    upstream.on('error', () => {
      upstream.destroy();
      // Refused before anything was relayed: the backend is down, try the next one.
      if (!connected) this.route(client, tried + 1);
    });
    upstream.once('connect', () => {
      connected = true;
      this.sockets.add(upstream);
      upstream.on('close', () => {
        this.sockets.delete(upstream);
        client.destroy();
      });
      client.on('close', () => upstream.destroy());
      if (client.remotePort !== undefined) this.placed.set(client.remotePort, index);
      client.pipe(upstream);
      upstream.pipe(client);
      client.resume();
    });
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
