// The React runtime of Taro ships no types for its internal entry; jest.setup.ts needs one function.
declare module '@tarojs/plugin-framework-react/dist/runtime' {
  export function createH5NativeComponentConfig(component: unknown, react: unknown, reactDOM: unknown): unknown;
}
