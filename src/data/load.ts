import bundled from '../../data/osakarovka-education.json';
import type {Provider} from './model.js';
import type {DataIssue} from './issues.js';
import {checkData, checkDataBytes, checkDataText, issueLine, type FileCheck} from './check-file.js';
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
  return loadResult(checkData(data), 'the data');
}

/** Checks JSON text, such as a `<script type="application/json">` inside the element. */
export function providerFromText(text: string, origin: string): LoadResult {
  return loadResult(checkDataText(text), origin);
}

/** Problems of the whole file (encoding, JSON) name the file; the validator's name the field. */
function loadResult(check: FileCheck, origin: string): LoadResult {
  if (check.ok) return {ok: true, provider: check.provider};
  const lines = check.issues.map((issue) => (issue.path ? issueLine(issue) : `${origin} ${issue.reason}`));
  return {ok: false, problem: check.problem, detail: lines.join('\n'), issues: check.issues};
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
      const fallback = copy && checkData(copy.data);
      return copy && fallback?.ok ? {...fallback, stale: {savedAt: copy.savedAt, failure: result}} : result;
    });
    loads.set(url, load);
  }
  return load;
}

async function fetchProvider(url: string): Promise<LoadResult> {
  let bytes: Uint8Array | undefined;
  // Our own timer rather than AbortSignal.timeout(): in WebKit that one let a server that never
  // answers hold the list at «Loading…» for more than 5 s of a 0.3 s limit (in a busy test run).
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), loadSettings.timeoutMs);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'omit',
      headers: {accept: 'application/json'},
    });
    if (!response.ok) {
      return {ok: false, problem: 'network', detail: `${url} answered HTTP ${response.status}`};
    }
    bytes = await readAtMost(response, loadSettings.maxBytes);
  } catch (error) {
    return {
      ok: false,
      problem: 'network',
      detail: controller.signal.aborted ? `${url} did not answer within ${loadSettings.timeoutMs / 1000} s` : `${url} could not be fetched: ${error}`,
    };
  } finally {
    clearTimeout(timer);
  }
  if (bytes === undefined) {
    return {ok: false, problem: 'too-large', detail: `${url} is larger than ${loadSettings.maxBytes} bytes`};
  }
  const check = checkDataBytes(bytes);
  // Copying megabytes into storage can wait until the list is on screen and the page is idle.
  if (check.ok) (window.requestIdleCallback ?? setTimeout)(() => saveCopy(url, new TextDecoder().decode(bytes)));
  return loadResult(check, url);
}

/** Reads a body, giving up (undefined) past `limit` bytes instead of holding all of it in memory. */
async function readAtMost(response: Response, limit: number): Promise<Uint8Array | undefined> {
  if (Number(response.headers.get('content-length')) > limit) return undefined;
  const reader = response.body!.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  // Decoded whole, once the encoding can be judged on all of it.
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
