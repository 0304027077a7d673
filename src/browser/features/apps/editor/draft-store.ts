/**
 * Keeps the editor's text in localStorage until Marathon accepts it, so a failed submit, a reload
 * or a lost connection loses nothing. One draft per key: `new` or the app id being edited.
 */
const PREFIX = 'stadium.appEditor.draft:';

export type DraftKey = 'new' | (string & {});

export interface DraftStore {
  load(key: DraftKey): string | null;
  /** False when the browser refuses (storage full or disabled); the editor keeps working. */
  save(key: DraftKey, text: string): boolean;
  /** Call only after Marathon accepted the submitted document. */
  clear(key: DraftKey): void;
}

export function createDraftStore(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
): DraftStore {
  return {
    load(key) {
      try {
        return storage.getItem(PREFIX + key);
      } catch {
        return null;
      }
    },
    save(key, text) {
      try {
        storage.setItem(PREFIX + key, text);
        return true;
      } catch {
        return false;
      }
    },
    clear(key) {
      try {
        storage.removeItem(PREFIX + key);
      } catch {
        // Nothing was stored, so there is nothing to clear.
      }
    },
  };
}

export function browserDraftStore(): DraftStore {
  return createDraftStore(window.localStorage);
}
