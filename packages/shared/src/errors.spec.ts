import { ErrorCode, errorBodySchema, errorCodeSchema, errorHttpStatus } from './errors';

describe('error codes', () => {
  it('map every code to a 4xx or 5xx status, and only INTERNAL_ERROR to 500', () => {
    for (const code of Object.values(ErrorCode)) {
      const status = errorHttpStatus[code];
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(600);
      expect(status === 500).toBe(code === ErrorCode.INTERNAL_ERROR);
    }
  });

  it('name each code by itself, so the wire value never drifts from the constant', () => {
    for (const [key, value] of Object.entries(ErrorCode)) expect(value).toBe(key);
    expect(errorCodeSchema.options).toEqual(Object.values(ErrorCode));
  });

  it('describe the error body every route answers with', () => {
    const body = { code: 'VALIDATION_FAILED', message: 'Invalid body.code', details: { issues: [{ path: ['body', 'code'], message: 'Required' }] } };
    expect(errorBodySchema.parse(body)).toEqual(body);
    expect(errorBodySchema.safeParse({ code: 'SOMETHING_ELSE', message: 'x' }).success).toBe(false);
  });
});
