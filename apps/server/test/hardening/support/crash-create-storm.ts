import { randomUUID } from 'node:crypto';
import { type Answer, call, demo, must, seeded, stormWithKill } from './crash-client';
import type { CrashDeployment } from './crash-deployment';
import { DEMO_MERCHANT, DEMO_ROOM } from './crash-grab-storm';

export type CreateStormOutcome = {
  requestIds: string[];
  toldCreated: string[];
  problems: string[];
  inFlightAtKill: number;
  answersAtKill: number;
};

/**
 * The merchant drops `packets` red packets at once (spread over the instances), each open for
 * `openSeconds`; the `victims` are SIGKILLed after a seeded number of the first one's answers — some creates die after
 * their transaction committed and before their expiry job was queued. The victims start again, the
 * merchant retries what got no answer (same request id), and every packet must then end on time on its
 * own (the spec moves its end forward), its money back to the merchant once.
 */
export async function createStorm(d: CrashDeployment, o: { packets: number; openSeconds: number; seed: number; victims: number[] }): Promise<CreateStormOutcome> {
  const rnd = seeded(o.seed);
  const base = d.url(0);
  const admin = await demo(base, 'admin');
  const merchant = await demo(base, 'merchant');
  await must(base, 'POST', '/admin/merchant-top-ups', admin, { requestId: randomUUID(), merchantId: DEMO_MERCHANT, amount: o.packets * 100 });
  const validUntil = new Date(Date.now() + o.openSeconds * 1000);
  const bodies = Array.from({ length: o.packets }, () => ({
    requestId: randomUUID(), roomId: DEMO_ROOM, type: 'lucky', totalAmount: 100, totalCount: 2, validUntil: validUntil.toISOString(),
  }));
  const toldCreated = new Set<string>();
  const problems: string[] = [];
  const create = async (i: number, instance: number): Promise<boolean> => {
    const a: Answer = await call(d.url(instance), 'POST', '/merchant/red-packets', merchant, bodies[i]);
    if (!a) return false;
    if (a.status === 201 && a.json.id === bodies[i]!.requestId) toldCreated.add(a.json.id);
    else problems.push(`create ${bodies[i]!.requestId}: ${a.status} ${JSON.stringify(a.json)}`);
    return true;
  };
  const onVictim = bodies.filter((_, i) => i % d.size === o.victims[0]).length;
  const storm = await stormWithKill(
    bodies.map((_, i) => async (answered) => {
      const ok = await create(i, i);
      if (ok && i % d.size === o.victims[0]) answered();
      return ok;
    }),
    Math.max(1, Math.floor(onVictim * (0.1 + 0.6 * rnd()))),
    () => d.killAll(o.victims),
  );
  await d.startAll(o.victims);
  const retried = await Promise.all(bodies.map((_, i) => (storm.results[i] ? true : create(i, i + 1))));
  retried.forEach((ok, i) => {
    if (!ok) problems.push(`create ${bodies[i]!.requestId}: no answer after the restart`);
  });
  return { requestIds: bodies.map((b) => b.requestId), toldCreated: [...toldCreated], problems, inFlightAtKill: storm.inFlightAtKill, answersAtKill: storm.answersAtKill };
}
