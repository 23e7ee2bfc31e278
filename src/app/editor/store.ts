// "Your shows": the shows being edited, kept in this browser's IndexedDB. A tiny wrapper
// over the raw API (one object store keyed by id) rather than a dependency; tests and
// browsers without IndexedDB use the in-memory store, which behaves the same.
import type { GraphData } from '../../model';

export interface SavedShow {
  readonly id: string;
  readonly title: string;
  /** When it was last changed, in milliseconds since the epoch. */
  readonly updated: number;
  readonly data: GraphData;
}

export type SavedShowSummary = Omit<SavedShow, 'data'>;

export interface ShowStore {
  /** Newest first. */
  list(): Promise<SavedShowSummary[]>;
  get(id: string): Promise<SavedShow | undefined>;
  put(show: SavedShow): Promise<void>;
  remove(id: string): Promise<void>;
}

const byNewest = (shows: readonly SavedShow[]): SavedShowSummary[] =>
  [...shows]
    .sort((a, b) => b.updated - a.updated)
    .map(({ id, title, updated }) => ({ id, title, updated }));

export function memoryStore(initial: readonly SavedShow[] = []): ShowStore {
  const shows = new Map(initial.map((show) => [show.id, show]));
  return {
    list: () => Promise.resolve(byNewest([...shows.values()])),
    get: (id) => Promise.resolve(shows.get(id)),
    put: (show) => {
      shows.set(show.id, show);
      return Promise.resolve();
    },
    remove: (id) => {
      shows.delete(id);
      return Promise.resolve();
    },
  };
}

const STORE = 'shows';

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

export function indexedDbStore(name = 'plotweb-editor'): ShowStore {
  let opened: Promise<IDBDatabase> | undefined;
  const database = () => {
    opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    });
    return opened;
  };
  const run = async <T>(
    mode: IDBTransactionMode,
    act: (store: IDBObjectStore) => IDBRequest<T>,
  ): Promise<T> => {
    const transaction = (await database()).transaction(STORE, mode);
    const done = new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB failed'));
    });
    const result = await promised(act(transaction.objectStore(STORE)));
    // A write counts once it is committed, so a reload right after it finds it.
    if (mode === 'readwrite') await done;
    else done.catch(() => undefined);
    return result;
  };
  return {
    list: async () => byNewest((await run('readonly', (store) => store.getAll())) as SavedShow[]),
    get: async (id) => (await run('readonly', (store) => store.get(id))) as SavedShow | undefined,
    put: async (show) => {
      await run('readwrite', (store) => store.put(show));
    },
    remove: async (id) => {
      await run('readwrite', (store) => store.delete(id));
    },
  };
}

/** The browser's store, or one in memory where IndexedDB is missing (some private modes). */
export function browserStore(): ShowStore {
  return typeof indexedDB === 'undefined' ? memoryStore() : indexedDbStore();
}

/** A short random id for a new saved show, safe in a URL. */
export function newShowId(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}
