import { fireEvent, waitFor } from '@testing-library/react';

/**
 * Types into a Taro `Input` under jsdom. Its inner <input> is rendered a tick after the component mounts;
 * typing into the outer element instead sends an input event without `detail.value`, which under load made
 * these tests fail now and then. So wait for the inner one.
 */
export async function typeInto(id: string, value: string): Promise<void> {
  const input = await waitFor(() => {
    const inner = document.querySelector(`#${id} input, input#${id}`);
    if (!inner) throw new Error(`no <input> inside #${id} yet`);
    return inner;
  });
  fireEvent.input(input, { target: { value }, detail: { value } });
}
