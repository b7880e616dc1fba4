import { act, fireEvent, screen } from '@testing-library/react';

/** Picks an antd Select option by typing into its search and clicking the option (jsdom has no layout). */
export async function pick(id: string, search: string, optionText: string | RegExp) {
  const input = document.getElementById(id)!;
  // Let the options' own fetch (the shop's goods) answer first.
  await act(async () => {
    await new Promise((r) => setTimeout(r, 20));
  });
  await act(async () => {
    fireEvent.mouseDown(input);
    fireEvent.change(input, { target: { value: search } });
  });
  const option = await screen.findAllByText(optionText, { selector: '.ant-select-item-option-content' });
  await act(async () => {
    fireEvent.click(option[0]!);
  });
}
