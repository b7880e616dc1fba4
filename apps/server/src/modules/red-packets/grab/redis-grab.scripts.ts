/**
 * The Redis side of a grab. Every key of a packet carries the hash tag `{<packetId>}`, so one packet
 * lives on one shard of a Redis Cluster. Shares are stored as "seq:amount" in grab order.
 * KEYS: 1 shares (list), 2 users (hash user → "seq:amount"), 3 meta (hash status/from/until in ms).
 * Meta status is `open`, or why the packet is over (`finished`, `expired`), so that once a packet is over
 * the flood of late grabbers is still answered by Redis alone.
 */
export const GRAB_LUA = `
local meta = redis.call('HMGET', KEYS[3], 'status', 'from', 'until')
if not meta[1] then return {'missing'} end
local prev = redis.call('HGET', KEYS[2], ARGV[1])
if prev then return {'already', prev} end
if meta[1] == 'finished' then return {'empty'} end
if meta[1] == 'expired' then return {'expired'} end
if meta[1] ~= 'open' then return {'over'} end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
if now < tonumber(meta[2]) then return {'not_started'} end
if now >= tonumber(meta[3]) then return {'expired'} end
local share = redis.call('LPOP', KEYS[1])
if not share then return {'empty'} end
redis.call('HSET', KEYS[2], ARGV[1], share)
return {'grabbed', share}
`;

/** Compensation: put a popped share back at the head and forget the user, if the mark is still ours. */
export const GIVE_BACK_LUA = `
if redis.call('HGET', KEYS[2], ARGV[1]) == ARGV[2] then redis.call('HDEL', KEYS[2], ARGV[1]) end
if ARGV[3] == '1' then redis.call('LPUSH', KEYS[1], ARGV[2]) end
return 1
`;

export const packetKeys = (packetId: string) => {
  const tag = `rp:{${packetId}}`;
  return { shares: `${tag}:shares`, users: `${tag}:users`, meta: `${tag}:meta`, lock: `${tag}:lock` };
};
