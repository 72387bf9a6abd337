/**
 * Where toasts live: the bottom of the navigation column, below its last link. Nothing there is a
 * button (the links end above the zone and scroll when the window is short), the dialogs are centred
 * over the content, and their buttons sit at their right, so a toast covers no button anywhere.
 */
export const NAVBAR_WIDTH = 280;
/** Toasts fit inside the column: 16 px from the window's left edge, 16 px short of the content. */
export const TOAST_WIDTH = NAVBAR_WIDTH - 32;
/** At most two toasts at once; more wait their turn rather than stacking up over the links. */
export const TOAST_LIMIT = 2;
/** The height kept free of links at the foot of the column, for two toasts of up to three lines. */
export const TOAST_ZONE = 180;
