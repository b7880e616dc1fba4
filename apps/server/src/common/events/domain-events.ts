import { EventEmitter } from 'node:events';
import { Injectable, Logger } from '@nestjs/common';
import type { RedPacketEvent } from '@livemall/shared';

export type DomainEvent = RedPacketEvent;
type Handler = (event: DomainEvent) => void | Promise<void>;

/**
 * The in-process bus features publish to (a packet created, finished, expired). The live room bridges it
 * to WebSockets, and across instances through Redis. A failing subscriber is logged; it never fails the
 * publisher, whose transaction has already committed.
 */
@Injectable()
export class DomainEvents {
  private readonly emitter = new EventEmitter();
  private readonly log = new Logger('DomainEvents');

  publish(event: DomainEvent): void {
    this.emitter.emit('event', event);
  }

  subscribe(handler: Handler): () => void {
    const wrapped = (event: DomainEvent) => {
      void Promise.resolve()
        .then(() => handler(event))
        .catch((error: unknown) => this.log.error(`subscriber failed on ${event.type}: ${String(error)}`));
    };
    this.emitter.on('event', wrapped);
    return () => this.emitter.off('event', wrapped);
  }
}
