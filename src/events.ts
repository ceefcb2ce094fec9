import type {DataIssue} from './data/issues.js';
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

/** The data builder's draft changed: an edit, an undo, a file or table taken in, a draft restored. */
export interface DataBuilderChangedDetail {
  /** The draft, in the data file's format. */
  data: {[key: string]: unknown};
  /** Whether the widget's own validator accepts it (the elements can show it). */
  valid: boolean;
  /** What makes it invalid, each naming its field; empty when valid. */
  issues: DataIssue[];
  /** What works but may serve readers poorly. */
  warnings: DataIssue[];
}

declare global {
  interface HTMLElementEventMap {
    'data-loaded': CustomEvent<DataLoadedDetail>;
    'data-failed': CustomEvent<DataFailedDetail>;
    'service-selected': CustomEvent<ServiceSelectedDetail>;
    'data-builder-changed': CustomEvent<DataBuilderChangedDetail>;
  }
}
