import { defineRoute } from './contract';
import { setStaffPasswordRequestSchema, staffLoginRequestSchema, staffLoginResultSchema, staffProfileSchema } from './staff-auth';

/**
 * The merchant console's password login. The console routes are `access: 'user'` because assistants hold no
 * merchant role: the service checks that the caller owns or assists a shop.
 */
export const staffAuthRoutes = {
  staffLogin: defineRoute({
    method: 'POST',
    path: '/auth/staff/login',
    tag: 'auth',
    summary: 'Console login with a login name and password: tokens plus who I am for the console',
    access: 'public',
    body: staffLoginRequestSchema,
    response: staffLoginResultSchema,
    errors: ['STAFF_LOGIN_FAILED', 'STAFF_LOGIN_LOCKED', 'STAFF_NO_SHOP', 'RATE_LIMITED'],
  }),
  consoleMe: defineRoute({
    method: 'GET',
    path: '/merchant/console/me',
    tag: 'auth',
    summary: 'Who I am in the console: my shop and role (owner or assistant)',
    access: 'user',
    response: staffProfileSchema,
    errors: ['STAFF_NO_SHOP'],
  }),
  setConsolePassword: defineRoute({
    method: 'PUT',
    path: '/merchant/console/password',
    tag: 'auth',
    summary: 'Set or change my own console login name and password (the current password once one exists)',
    access: 'user',
    body: setStaffPasswordRequestSchema,
    response: staffProfileSchema,
    errors: ['STAFF_NO_SHOP', 'STAFF_LOGIN_TAKEN', 'STAFF_CURRENT_PASSWORD_WRONG', 'STAFF_LOGIN_LOCKED'],
  }),
} as const;
