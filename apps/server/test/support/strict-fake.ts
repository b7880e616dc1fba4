/**
 * A stand-in whose every method must be given: calling anything else throws, so a service test fails
 * when the service does something the test did not expect (e.g. creates a user after a failed login).
 */
export function strictFake<T extends object>(name: string, impl: Partial<T>): T {
  return new Proxy(impl as T, {
    get(target, prop, receiver) {
      if (prop in target || typeof prop === 'symbol' || prop === 'then') return Reflect.get(target, prop, receiver);
      throw new Error(`unexpected call: ${name}.${String(prop)}`);
    },
  });
}
