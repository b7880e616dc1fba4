/** A chat feels live at a few seconds; the viewer's side polls at the same pace. */
export const SUPPORT_POLL_MS = 3_000;
