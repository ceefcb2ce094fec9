import bundled from '../../data/osakarovka-education.json';
import type {Provider} from './model.js';
import {validateProvider, type DataIssue} from './validate.js';
import {readCopy, saveCopy} from './last-good-copy.js';

/** Why data could not be shown; each has its own message for readers. */
export type DataProblem = 'network' | 'not-json' | 'invalid' | 'newer-version' | 'too-large';

export interface LoadFailure {
  ok: false;
  problem: DataProblem;
  /** For the console: which file or field, and why. */
  detail: string;
  issues?: DataIssue[];
}

export interface LoadSuccess {
  ok: true;
  provider: Provider;
  /** Set when the file failed now and this is the last good copy, saved at `savedAt`. */
  stale?: {savedAt: string; failure: LoadFailure};
}

export type LoadResult = LoadSuccess | LoadFailure;

export const loadSettings = {
  /** A slow rural connection may take long; a server that never answers must not spin forever. */
  timeoutMs: 20_000,
  /** Far above any real organisation's list (5 000 services are about 2 MB). */
  maxBytes: 4 * 1024 * 1024,
};

/** Checks data given as an object (the `data` property, inline JSON, the bundled organisation). */
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

/** Checks JSON text, such as a `<script type="application/json">` inside the element. */
export function providerFromText(text: string, origin: string): LoadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const hint = text.trimStart().startsWith('<') ? ' (it looks like an HTML page: is the address right?)' : '';
    return {ok: false, problem: 'not-json', detail: `${origin} is not JSON${hint}: ${(error as Error).message}`};
  }
  return providerFromData(data);
}

let bundledResult: LoadResult | undefined;
/** The organisation whose data ships inside the script, validated on first use. */
export function bundledProvider(): LoadResult {
  return (bundledResult ??= providerFromData(bundled));
}

// Three elements pointing at one file make one request.
const loads = new Map<string, Promise<LoadResult>>();

/**
 * Loads and checks a data file. When it fails, the last good copy of the same URL is returned,
 * marked stale; a failed load is forgotten so that a retry asks the server again.
 */
export function providerFromUrl(src: string, base = document.baseURI): Promise<LoadResult> {
  const url = new URL(src, base).href;
  let load = loads.get(url);
  if (!load) {
    load = fetchProvider(url).then((result) => {
      if (result.ok) return result;
      loads.delete(url);
      const copy = readCopy(url);
      const fallback = copy && validateProvider(copy.data);
      return copy && fallback?.ok ? {...fallback, stale: {savedAt: copy.savedAt, failure: result}} : result;
    });
    loads.set(url, load);
  }
  return load;
}

async function fetchProvider(url: string): Promise<LoadResult> {
  let text: string | undefined;
  try {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(loadSettings.timeoutMs),
      credentials: 'omit',
      headers: {accept: 'application/json'},
    });
    if (!response.ok) {
      return {ok: false, problem: 'network', detail: `${url} answered HTTP ${response.status}`};
    }
    text = await readAtMost(response, loadSettings.maxBytes);
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return {
      ok: false,
      problem: 'network',
      detail: timedOut ? `${url} did not answer within ${loadSettings.timeoutMs / 1000} s` : `${url} could not be fetched: ${error}`,
    };
  }
  if (text === undefined) {
    return {ok: false, problem: 'too-large', detail: `${url} is larger than ${loadSettings.maxBytes} bytes`};
  }
  const result = providerFromText(text, url);
  // Copying megabytes into storage can wait until the list is on screen and the page is idle.
  if (result.ok) (window.requestIdleCallback ?? setTimeout)(() => saveCopy(url, text!));
  return result;
}

/** Reads a body, giving up (undefined) past `limit` bytes instead of holding all of it in memory. */
async function readAtMost(response: Response, limit: number): Promise<string | undefined> {
  if (Number(response.headers.get('content-length')) > limit) return undefined;
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    text += decoder.decode(value, {stream: true});
  }
}
