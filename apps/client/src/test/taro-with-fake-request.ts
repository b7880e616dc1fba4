/**
 * For `jest.mock('@tarojs/taro', ...)`: the real H5 Taro (storage, routing) with `request` replaced,
 * so tests fake the network at the boundary and nothing else.
 */
export function taroWithRequest(request: (options: unknown) => unknown) {
  const actual = jest.requireActual<{ default: Record<string, unknown> }>('@tarojs/taro');
  const taro = Object.assign(Object.create(actual.default) as Record<string, unknown>, { request });
  return { ...actual, __esModule: true, default: taro };
}
