/** How often a shown promotion tab asks for its figures again (the issue: "live figures"). */
export const LIVE_FIGURES_MS = 5_000;
