import { act, fireEvent } from '@testing-library/react';

/** Types into an input by id (antd forwards ids to the real element). */
export const fill = (id: string, value: string) => fireEvent.change(document.getElementById(id)!, { target: { value } });

export const click = async (id: string) => {
  await act(async () => {
    fireEvent.click(document.getElementById(id)!);
  });
};

/** Clicks submit and lets the form's async rules and the request settle. */
export const submit = async (id: string) => {
  await click(id);
  await act(async () => {
    await new Promise((r) => setTimeout(r, 50));
  });
};
