/**
 * The two IPC channels between the preload and the main process. Kept free of imports so the
 * sandboxed preload can bundle it without pulling in Node modules.
 */
export const INVOKE_CHANNEL = 'firedesk:invoke'
export const EVENT_CHANNEL = 'firedesk:event'
