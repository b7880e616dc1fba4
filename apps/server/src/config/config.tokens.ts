/** Injection tokens for values that are not classes. */
export const APP_CONFIG = Symbol('APP_CONFIG');
export const DATABASE_INFO = Symbol('DATABASE_INFO');
export const REDIS = Symbol('REDIS');
export const JWT_SECRET = Symbol('JWT_SECRET');
