/**
 * Hands the model the build's precheck made to the pages. The integration and the pages are
 * bundled apart (each gets its own copy of this module), but they run in one Node process, so the
 * model travels on a global; `astro dev` has no precheck and checks the content itself.
 */
import type { SiteModel } from './check-site';

const KEY = Symbol.for('after-mic2025.checked-site-model');
const store = globalThis as typeof globalThis & { [KEY]?: SiteModel };

export function shareCheckedModel(model: SiteModel): void {
  store[KEY] = model;
}

/** The model the precheck of this build made, if it ran. */
export function sharedCheckedModel(): SiteModel | undefined {
  return store[KEY];
}
