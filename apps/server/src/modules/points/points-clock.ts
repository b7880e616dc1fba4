import { Injectable } from '@nestjs/common';

/**
 * "Now" for the points rules (check-in day, lot expiry, the expiry job), one provider so tests can move
 * it across days and months (`jest.spyOn(app.get(PointsClock), 'now')`). Ledger rows keep the database's time.
 */
@Injectable()
export class PointsClock {
  now(): Date {
    return new Date();
  }
}
