// The message being written survives a reload, a lost connection and a failed send: it lives in
// localStorage (this device only) until it is sent.
import { useCallback, useState } from "react";

const keyOf = (conversationId: string) => `between:draft:${conversationId}`;

function read(key: string): string {
  try {
    return localStorage.getItem(key) ?? "";
  } catch {
    return "";
  }
}

function write(key: string, value: string): void {
  try {
    if (value === "") localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage full or blocked: the draft still lives in memory.
  }
}

export function useDraft(conversationId: string): [string, (value: string) => void, () => void] {
  const key = keyOf(conversationId);
  const [draft, setDraftState] = useState(() => read(key));
  const setDraft = useCallback(
    (value: string) => {
      setDraftState(value);
      write(key, value);
    },
    [key],
  );
  const clear = useCallback(() => setDraft(""), [setDraft]);
  return [draft, setDraft, clear];
}

/** Drafts are personal: forget them all on sign-out and account deletion. */
export function clearAllDrafts(): void {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith("between:draft:")) localStorage.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}
