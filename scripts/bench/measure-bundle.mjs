// Measure 1. Bundle size: the bytes of dist/gov-service-widgets.js raw, with gzip -9 and with
// brotli q11 (what a reader downloads), against the true floor of scripts/size-floor.mjs (Lit and
// the bundled organisation's JSON; the search's word lists, which the script also carries, are not
// in the floor). The build's size budget is a ratio to the same floor.
import { sizeFloor, sizes } from '../size-floor.mjs';

export async function measureBundle(seed, bundle) {
  return { widget: sizes(bundle), ...(await sizeFloor(seed)) };
}
