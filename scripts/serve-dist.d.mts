/** Types for scripts/serve-dist.mjs, so the TypeScript tests can import it under strict checking. */
export interface RunningServer {
  /** The site's address, base path included, e.g. "http://127.0.0.1:40123/". */
  url: string;
  stop(): void;
}
export function serve(dir?: string): Promise<RunningServer>;
