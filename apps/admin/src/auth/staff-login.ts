import type { AuthTokens } from '@livemall/shared';
import type { ConsoleStaff } from './session';

/** Logs a staff member in; wired to the staff login route. */
export async function staffLogin(_login: string, _password: string): Promise<{ tokens: AuthTokens; staff: ConsoleStaff }> {
  throw new Error('staff login is not wired yet');
}
