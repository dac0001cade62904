export const QUIET_CHROMIUM_FLAGS: string[];
export function chromiumPath(): string;
