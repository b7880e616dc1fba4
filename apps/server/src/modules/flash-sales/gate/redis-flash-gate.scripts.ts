/**
 * The Redis side of a sale. Every key carries the hash tag `{<saleId>}`, so one sale lives on one shard of
 * a Redis Cluster. KEYS: 1 left (units left, string), 2 users (hash user → units held), 3 requests (hash
 * request id → user, the requests that passed and are not undone).
 */

/** ARGV: user, quantity, limit, request id, ttl ms. Checks the quota and the units and takes both at once. */
export const ENTER_LUA = `
if redis.call('HEXISTS', KEYS[3], ARGV[4]) == 1 then return 'seen' end
local left = redis.call('GET', KEYS[1])
if not left then return 'missing' end
local q = tonumber(ARGV[2])
local had = tonumber(redis.call('HGET', KEYS[2], ARGV[1]) or '0')
if had + q > tonumber(ARGV[3]) then return 'limit' end
if tonumber(left) < q then return 'sold_out' end
redis.call('DECRBY', KEYS[1], q)
redis.call('HINCRBY', KEYS[2], ARGV[1], q)
redis.call('HSET', KEYS[3], ARGV[4], ARGV[1])
redis.call('PEXPIRE', KEYS[2], ARGV[5])
redis.call('PEXPIRE', KEYS[3], ARGV[5])
return 'go'
`;

/** ARGV: user, quantity, request id. Undoes one `go`, once (the request mark is the proof it is not undone yet). */
export const LEAVE_LUA = `
if redis.call('HDEL', KEYS[3], ARGV[3]) == 0 then return 0 end
if redis.call('EXISTS', KEYS[1]) == 1 then redis.call('INCRBY', KEYS[1], ARGV[2]) end
if redis.call('HINCRBY', KEYS[2], ARGV[1], -tonumber(ARGV[2])) <= 0 then redis.call('HDEL', KEYS[2], ARGV[1]) end
return 1
`;

/** ARGV: user, quantity. A cancelled order's units and quota (a sale whose state is gone is rebuilt later). */
export const GIVE_BACK_LUA = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('INCRBY', KEYS[1], ARGV[2])
if redis.call('HINCRBY', KEYS[2], ARGV[1], -tonumber(ARGV[2])) <= 0 then redis.call('HDEL', KEYS[2], ARGV[1]) end
return 1
`;

/** ARGV: units left, ttl ms, then user, units pairs. Seeds from PostgreSQL unless the state is there. */
export const SEED_LUA = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('DEL', KEYS[2])
for i = 3, #ARGV, 2 do redis.call('HSET', KEYS[2], ARGV[i], ARGV[i + 1]) end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
redis.call('PEXPIRE', KEYS[2], ARGV[2])
return 1
`;

export const saleKeys = (saleId: string) => {
  const tag = `fs:{${saleId}}`;
  return { left: `${tag}:left`, users: `${tag}:users`, requests: `${tag}:requests` };
};
