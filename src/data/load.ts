import bundled from '../../data/osakarovka-education.json';
import type {Provider} from './model.js';
import {validateProvider, type DataIssue} from './validate.js';

/** Why data could not be shown; each has its own message for readers. */
export type DataProblem = 'network' | 'not-json' | 'invalid' | 'newer-version' | 'too-large';

export type LoadResult =
  | {ok: true; provider: Provider}
  | {ok: false; problem: DataProblem; detail: string; issues?: DataIssue[]};

/** A slow rural connection may take long; a server that never answers must not spin forever. */
export const FETCH_TIMEOUT_MS = 20_000;
/** Far above any real organisation's list (5 000 services are about 2 MB). */
export const MAX_BYTES = 4 * 1024 * 1024;

/** Checks data given as an object (the `data` property, or the bundled organisation's). */
export function providerFromData(data: unknown): LoadResult {
  const result = validateProvider(data);
  if (result.ok) return result;
  return {
    ok: false,
    problem: result.newerVersion ? 'newer-version' : 'invalid',
    detail: result.issues.map((issue) => `${issue.path}: ${issue.reason}`).join('\n'),
    issues: result.issues,
  };
}

let bundledResult: LoadResult | undefined;
/** The organisation whose data ships inside the script, validated on first use. */
export function bundledProvider(): LoadResult {
  return (bundledResult ??= providerFromData(bundled));
}

// Three elements pointing at one file make one request.
const loads = new Map<string, Promise<LoadResult>>();

/** Loads and checks a data file; a failed load is forgotten so that a retry asks again. */
export function providerFromUrl(src: string, base = document.baseURI): Promise<LoadResult> {
  const url = new URL(src, base).href;
  let load = loads.get(url);
  if (!load) {
    load = fetchProvider(url);
    loads.set(url, load);
    load.then((result) => result.ok || loads.delete(url));
  }
  return load;
}

async function fetchProvider(url: string): Promise<LoadResult> {
  let body: string;
  try {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      credentials: 'omit',
      headers: {accept: 'application/json'},
    });
    if (!response.ok) {
      return {ok: false, problem: 'network', detail: `${url} answered HTTP ${response.status}`};
    }
    const length = Number(response.headers.get('content-length'));
    if (length > MAX_BYTES) return tooLarge(url, length);
    body = await response.text();
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return {
      ok: false,
      problem: 'network',
      detail: timedOut ? `${url} did not answer within ${FETCH_TIMEOUT_MS / 1000} s` : `${url} could not be fetched: ${error}`,
    };
  }
  if (body.length > MAX_BYTES) return tooLarge(url, body.length);
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const start = body.trimStart().slice(0, 1);
    const hint = start === '<' ? ' (it looks like an HTML page: is the address right?)' : '';
    return {ok: false, problem: 'not-json', detail: `${url} is not JSON${hint}: ${(error as Error).message}`};
  }
  return providerFromData(data);
}

function tooLarge(url: string, bytes: number): LoadResult {
  return {ok: false, problem: 'too-large', detail: `${url} is ${bytes} bytes; at most ${MAX_BYTES} are read`};
}
