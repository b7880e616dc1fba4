import { api, type AuthTokens, type StaffProfile } from '@livemall/shared';
import { call } from '../api/call';

/** Logs a staff member in with their console login and password; the answer carries who they are. */
export async function staffLogin(login: string, password: string): Promise<{ tokens: AuthTokens; staff: StaffProfile }> {
  const { staff, ...tokens } = await call(api.staffLogin, { body: { login, password } });
  return { tokens, staff };
}
