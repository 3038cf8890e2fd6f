import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';

// What the adviser sees of autosave ("Saving…", "All changes saved", or what failed), and the
// pending text of fields still being typed in, sent at once when the window is hidden or closed
// (issue 3: closing the window mid-sentence loses nothing).

type Status = { pending: number; error: string | null; savedOnce: boolean };

type SaveStatusApi = {
  status: Status;
  /** Marks a save as started; call the returned function with the error message, or null. */
  begin: () => (error: string | null) => void;
  /** Registers a function that sends a field's unsaved text now; returns the unregister call. */
  registerFlush: (flush: () => void) => () => void;
};

const SaveStatusContext = createContext<SaveStatusApi | null>(null);

export function SaveStatusProvider(props: { children: ReactNode }) {
  const [status, setStatus] = useState<Status>({ pending: 0, error: null, savedOnce: false });
  const flushes = useRef(new Set<() => void>());

  const begin = useCallback(() => {
    setStatus((s) => ({ ...s, pending: s.pending + 1 }));
    return (error: string | null) =>
      setStatus((s) => ({
        pending: s.pending - 1,
        error,
        savedOnce: s.savedOnce || error === null,
      }));
  }, []);

  const registerFlush = useCallback((flush: () => void) => {
    flushes.current.add(flush);
    return () => {
      flushes.current.delete(flush);
    };
  }, []);

  useEffect(() => {
    const flushAll = () => {
      for (const f of flushes.current) f();
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flushAll();
    };
    window.addEventListener('pagehide', flushAll);
    window.addEventListener('beforeunload', flushAll);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flushAll);
      window.removeEventListener('beforeunload', flushAll);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, []);

  const api = useMemo(() => ({ status, begin, registerFlush }), [status, begin, registerFlush]);
  return <SaveStatusContext.Provider value={api}>{props.children}</SaveStatusContext.Provider>;
}

export function useSaveStatus(): SaveStatusApi {
  const api = useContext(SaveStatusContext);
  if (!api) throw new Error('useSaveStatus needs a SaveStatusProvider');
  return api;
}

/** The visible autosave state, announced politely to screen readers. */
export function SaveIndicator() {
  const { status } = useSaveStatus();
  const text =
    status.pending > 0
      ? 'Saving…'
      : status.error
        ? `Not saved: ${status.error}`
        : status.savedOnce
          ? 'All changes saved'
          : 'Changes are saved as you make them';
  return (
    <p
      className={`save-indicator${status.error && status.pending === 0 ? ' is-error' : ''}`}
      role="status"
      aria-live="polite"
    >
      {text}
    </p>
  );
}
