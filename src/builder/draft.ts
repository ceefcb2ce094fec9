/**
 * The draft: the data file being built, as plain JSON in the file's own format, with its history
 * for undo, saved in the browser at every change so that a reload, a crash or a closed tab loses
 * nothing. Paths are the validator's: `services[3].name.kk` is ['services', 3, 'name', 'kk'].
 */
export type Json = null | boolean | number | string | Json[] | {[key: string]: Json};
export type DraftFile = {[key: string]: Json};
export type Path = (string | number)[];

/** Where the builder page keeps its draft; an embedded builder adds its site to it (see the element). */
export const STORAGE_KEY = 'gov-service-widgets:builder:v1:draft';
const HISTORY = 100;

export function emptyDraft(): DraftFile {
  return {
    schemaVersion: 2,
    id: 'my-organisation',
    organizations: [{id: 'organisation'}],
    channels: [],
    officials: [],
    services: [],
  };
}

/**
 * A template as a new draft. Its `$schema` points into this repository (`../provider.schema.json`),
 * which means nothing next to a school's copy, so it is left out.
 */
export function fromTemplate(template: object): DraftFile {
  const draft = structuredClone(template) as DraftFile;
  delete draft['$schema'];
  return draft;
}

/** `services[3].name.kk` → ['services', 3, 'name', 'kk']. */
export function parsePath(path: string): Path {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) =>
    match[2] !== undefined ? Number(match[2]) : match[1]!,
  );
}

export function pathToString(path: Path): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index ? `.${part}` : part)).join('');
}

export function getAt(data: Json | undefined, path: Path): Json | undefined {
  let node: Json | undefined = data;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, Json>)[part];
  }
  return node;
}

/** A copy of `data` with `value` at `path` (undefined removes it; an emptied text goes too). */
export function setAt(data: DraftFile, path: Path, value: Json | undefined): DraftFile {
  const copy = (node: Json | undefined, depth: number): Json | undefined => {
    if (depth === path.length) return value;
    const key = path[depth]!;
    const container: Json = Array.isArray(node)
      ? [...node]
      : node && typeof node === 'object'
        ? {...node}
        : typeof key === 'number'
          ? []
          : {};
    const next = copy((container as Record<string | number, Json>)[key], depth + 1);
    if (Array.isArray(container) && typeof key === 'number') {
      if (next === undefined) container.splice(key, 1);
      else container[key] = next;
    } else if (next === undefined || isEmptyObject(next)) {
      delete (container as Record<string, Json>)[key];
    } else {
      (container as Record<string, Json>)[key] = next;
    }
    return container;
  };
  return copy(data, 0) as DraftFile;
}

function isEmptyObject(value: Json): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}

/** Undo and redo over whole drafts: simple, and cheap for a file of a few hundred kilobytes. */
export class DraftHistory {
  private past: DraftFile[] = [];
  private future: DraftFile[] = [];

  /** `storageKey` undefined: the browser's copy is left as it is (see `saveDraft`). */
  constructor(
    public current: DraftFile,
    public storageKey: string | undefined = STORAGE_KEY,
  ) {}

  change(next: DraftFile): void {
    this.past.push(this.current);
    if (this.past.length > HISTORY) this.past.shift();
    this.future = [];
    this.current = next;
    this.save();
  }

  save(): void {
    if (this.storageKey) saveDraft(this.current, this.storageKey);
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  undo(): void {
    const previous = this.past.pop();
    if (!previous) return;
    this.future.push(this.current);
    this.current = previous;
    this.save();
  }

  redo(): void {
    const next = this.future.pop();
    if (!next) return;
    this.past.push(this.current);
    this.current = next;
    this.save();
  }
}

export function saveDraft(draft: DraftFile, key = STORAGE_KEY): boolean {
  try {
    localStorage.setItem(key, JSON.stringify({savedAt: new Date().toISOString(), draft}));
    return true;
  } catch {
    return false; // full or forbidden storage: the page says so (see the builder's status)
  }
}

export function restoreDraft(key = STORAGE_KEY): {draft: DraftFile; savedAt: string} | undefined {
  try {
    const saved = JSON.parse(localStorage.getItem(key) ?? 'null');
    if (saved && typeof saved.draft === 'object' && saved.draft && !Array.isArray(saved.draft)) return saved;
  } catch {
    // a damaged copy is ignored, never shown
  }
  return undefined;
}

/** The same data, whatever the order of its keys (a server may write them in its own order). */
export function sameData(a: Json | undefined, b: Json | undefined): boolean {
  const sorted = (value: Json | undefined): unknown =>
    Array.isArray(value)
      ? value.map(sorted)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((key) => [key, sorted(value[key])]),
          )
        : value;
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}
