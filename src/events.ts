import type {DataProblem} from './data/load.js';

/** Details of the events our elements fire; each bubbles and crosses shadow roots. */
export interface DataLoadedDetail {
  /** The `id` of the organisation whose data is now shown. */
  providerId: string;
}

export interface DataFailedDetail {
  problem: DataProblem;
  /** The same precise text the console gets: which field, and why. */
  detail: string;
}

/** A reader opened a service's details, or came by its link. Nothing leaves the page unless the site listens. */
export interface ServiceSelectedDetail {
  /** The service's address on the page, without `#`: `service-403008`, or `service-<id>`. */
  anchor: string;
  /** The service's name in the element's language. */
  name: string;
}

declare global {
  interface HTMLElementEventMap {
    'data-loaded': CustomEvent<DataLoadedDetail>;
    'data-failed': CustomEvent<DataFailedDetail>;
    'service-selected': CustomEvent<ServiceSelectedDetail>;
  }
}
