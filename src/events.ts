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

declare global {
  interface HTMLElementEventMap {
    'data-loaded': CustomEvent<DataLoadedDetail>;
    'data-failed': CustomEvent<DataFailedDetail>;
  }
}
