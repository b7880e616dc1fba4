/**
 * The CTEs every room query starts from. Parameters: $1 room, $2 window start, $3 window end, $4 the
 * room's merchant.
 *
 * A visit opens at a `live_enter` and closes at the next event of the same user, room and session: a
 * `live_leave` closes it there; another enter (or nothing) means the leave was lost, and the visit is cut
 * at that next enter or 30 minutes after it opened, whichever is first. A leave with no enter before it
 * opens nothing. Visits are clipped to the window (`seen`); the events are read from a day before the
 * window to a day after it (a leave reports at most a day of dwell), all through the room index.
 */
export const UNMATCHED_VISIT_CAP = '30 minutes';

export const ROOM_VISITS = `
  ev AS (
    SELECT user_id, type, occurred_at,
           lead(type) OVER w AS next_type, lead(occurred_at) OVER w AS next_at
      FROM analytics_events
     WHERE room_id = $1 AND type IN ('live_enter', 'live_leave')
       AND occurred_at >= $2::timestamptz - interval '1 day' AND occurred_at < $3::timestamptz + interval '1 day'
    WINDOW w AS (PARTITION BY user_id, session_id ORDER BY occurred_at, type)
  ),
  visits AS (
    SELECT user_id, occurred_at AS s,
           CASE WHEN next_type = 'live_leave' THEN next_at
                ELSE least(coalesce(next_at, 'infinity'::timestamptz), occurred_at + interval '${UNMATCHED_VISIT_CAP}') END AS e
      FROM ev WHERE type = 'live_enter'
  ),
  seen AS (
    SELECT user_id, greatest(s, $2::timestamptz) AS s, least(e, $3::timestamptz) AS e
      FROM visits WHERE s < $3::timestamptz AND (e > $2::timestamptz OR s >= $2::timestamptz)
  ),
  viewers AS (SELECT DISTINCT user_id FROM seen),
  paid AS (
    SELECT o.id, o.user_id, o.total_fen, o.refunded_fen, o.coupon_id, o.paid_at
      FROM orders o
     WHERE o.merchant_id = $4 AND o.paid_at >= $2::timestamptz AND o.paid_at < $3::timestamptz
       AND o.user_id IN (SELECT user_id FROM viewers)
  )`;
