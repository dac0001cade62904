export const QUIET_CHROMIUM_FLAGS: string[];
