import { randomUUID } from 'node:crypto';
import { ErrorCode } from '@livemall/shared';
import { type Answer, call, demo, type Guest, guests, must, seeded, stormWithKill } from './crash-client';
import type { CrashDeployment } from './crash-deployment';

export const DEMO_MERCHANT = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0001';
export const DEMO_ROOM = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0101';

export type Share = { amount: number; seq: number };

/** What the clients were told, merged over every attempt; a second, different answer (or a 5xx) is a problem. */
export class Told {
  readonly shares = new Map<string, Share>();
  readonly problems: string[] = [];
  unanswered = 0;

  /** Reads one grab answer; true if the client now knows its outcome (a share, or a refusal). */
  note(userId: string, a: Answer): boolean {
    if (!a) {
      this.unanswered++;
      return false;
    }
    let share: Share | null = null;
    if (a.status === 200) share = { amount: a.json.amount, seq: a.json.seq };
    else if (a.status === 409 && a.json.code === ErrorCode.ALREADY_GRABBED) share = { amount: a.json.details.amount, seq: a.json.details.seq };
    else if (a.status >= 500) this.problems.push(`${userId}: ${a.status} ${JSON.stringify(a.json)}`);
    if (share) {
      const before = this.shares.get(userId);
      if (before && (before.amount !== share.amount || before.seq !== share.seq)) {
        this.problems.push(`${userId}: told ${JSON.stringify(before)}, then ${JSON.stringify(share)}`);
      } else this.shares.set(userId, share);
    }
    return true;
  }
}

export type GrabStormOutcome = {
  packetId: string;
  viewers: Guest[];
  told: Told;
  inFlightAtKill: number;
  answersAtKill: number;
  answeredBeforeRestart: number;
  toldNotStored: string[];
};

/**
 * A packet with fewer shares than viewers; every viewer grabs at once (spread over the instances); after a
 * seeded number of the first victim's answers, the `victims` are SIGKILLed together. Viewers left without
 * an answer retry on a survivor (if any); then the victims start again on the same database (and Redis
 * prefix), everyone grabs once more — a repeat must be told the same share — and the merchant ends it.
 */
export async function grabStorm(d: CrashDeployment, o: { viewers: number; shares: number; seed: number; victims: number[] }): Promise<GrabStormOutcome> {
  const rnd = seeded(o.seed);
  const base = d.url(0);
  const admin = await demo(base, 'admin');
  const merchant = await demo(base, 'merchant');
  await must(base, 'POST', '/admin/merchant-top-ups', admin, { requestId: randomUUID(), merchantId: DEMO_MERCHANT, amount: o.shares * 100 });
  const viewers = await guests(base, o.viewers);
  const packet = await must(base, 'POST', '/merchant/red-packets', merchant, {
    requestId: randomUUID(), roomId: DEMO_ROOM, type: 'lucky', totalAmount: o.shares * 100, totalCount: o.shares, validUntil: new Date(Date.now() + 10 * 60_000).toISOString(),
  });
  const packetId = packet.id as string;
  const told = new Told();
  const grab = (v: Guest, instance: number) => call(d.url(instance), 'POST', `/red-packets/${packetId}/grab`, v.token);

  // The kill point counts the first victim's own answers, so it always dies with grabs in flight.
  const onVictim = viewers.filter((_, i) => i % d.size === o.victims[0]).length;
  const killAfter = Math.max(1, Math.floor(onVictim * (0.1 + 0.5 * rnd())));
  const storm = await stormWithKill(
    viewers.map((v, i) => async (answered) => {
      const a = await grab(v, i);
      if (a && i % d.size === o.victims[0]) answered();
      return told.note(v.userId, a);
    }),
    killAfter,
    () => d.killAll(o.victims),
  );
  let waiting = viewers.filter((_, i) => !storm.results[i]);

  // The other instances (if any) keep serving while the victims are down: the unanswered retry there first.
  const survivors = d.survivors(o.victims);
  if (survivors.length > 0) {
    const again = await Promise.all(waiting.map((v, i) => grab(v, survivors[i % survivors.length]!)));
    waiting = waiting.filter((v, i) => !told.note(v.userId, again[i]!));
  }
  const answeredBeforeRestart = viewers.length - waiting.length;
  // Shares told while the victims are down that the database does not hold (yet): each one is a lie the
  // restart would have to take back.
  const { rows } = await d.db.query('SELECT user_id, seq, amount FROM red_packet_grabs WHERE packet_id = $1', [packetId]);
  const held = new Map(rows.map((r: { user_id: string; seq: number; amount: string }) => [r.user_id, `${r.seq}:${r.amount}`]));
  const toldNotStored = [...told.shares].filter(([u, sh]) => held.get(u) !== `${sh.seq}:${sh.amount}`).map(([u, sh]) => `${u} ${sh.seq}:${sh.amount}`);

  await d.startAll(o.victims);
  // Everyone once more, over every instance: the unanswered learn their fate, the rest must hear the same.
  const last = await Promise.all(viewers.map((v, i) => grab(v, i + 1)));
  viewers.forEach((v, i) => {
    if (!told.note(v.userId, last[i]!)) told.problems.push(`${v.userId}: no answer after the restart`);
  });
  await must(d.url(0), 'POST', `/merchant/red-packets/${packetId}/end`, merchant);
  return { packetId, viewers, told, inFlightAtKill: storm.inFlightAtKill, answersAtKill: storm.answersAtKill, answeredBeforeRestart, toldNotStored };
}
