import { useCallback, useEffect, useRef, useState } from 'react';
import type { GapContent, GbsContent, TorContent } from '../../../../domain/planning/gap-content.ts';
import { isApiError } from '../../app/api.ts';
import { saveGap, type GapSave, type GapView } from './api.ts';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'conflict';
export type Part = 'gap' | 'gbs' | 'tor';

export interface Contents {
  gap: GapContent;
  gbs: GbsContent | null;
  tor: TorContent | null;
}

export interface Conflict {
  /** The server's message, naming who saved last and when. */
  message: string;
  /** What this browser had typed, shown so it can be copied before reloading. */
  mine: Contents;
}

/** Quiet time after the last keystroke before saving: long enough not to save every letter. */
const DEBOUNCE_MS = 1500;

const pick = (view: GapView): Contents => ({ gap: view.gap, gbs: view.gbs, tor: view.tor });

interface Live {
  content: Contents;
  version: number;
  dirty: Set<Part>;
  saving: Promise<boolean> | null;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** After a version conflict nothing is saved until the user chose what to keep. */
  blocked: boolean;
}

/**
 * The editor's copy of a document, saved ~1.5 s after the last edit (and at once on `flush`),
 * always naming the version it edited so the server refuses to overwrite someone else's save.
 */
export function useAutosave(id: string, initial: GapView, onSaved: (view: GapView) => void) {
  const [content, setContent] = useState<Contents>(() => pick(initial));
  const [state, setState] = useState<SaveState>('idle');
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const live = useRef<Live>({
    content: pick(initial),
    version: initial.version,
    dirty: new Set(),
    saving: null,
    timer: undefined,
    blocked: false,
  });
  const onSavedRef = useRef(onSaved);
  useEffect(() => {
    onSavedRef.current = onSaved;
  }, [onSaved]);

  const saveOnce = useCallback(async (): Promise<boolean> => {
    const l = live.current;
    while (l.saving) await l.saving;
    if (l.blocked) return false;
    if (l.dirty.size === 0) return true;
    const parts = [...l.dirty];
    l.dirty.clear();
    const body: GapSave = { version: l.version };
    for (const part of parts) {
      if (part === 'gap') body.gap = l.content.gap;
      else if (part === 'gbs' && l.content.gbs) body.gbs = l.content.gbs;
      else if (part === 'tor' && l.content.tor) body.tor = l.content.tor;
    }
    setState('saving');
    const run = (async () => {
      try {
        const view = await saveGap(id, body);
        l.version = view.version;
        setSavedAt(new Date().toISOString());
        setError(null);
        onSavedRef.current(view);
        setState(l.dirty.size ? 'pending' : 'saved');
        return true;
      } catch (err) {
        for (const part of parts) l.dirty.add(part);
        if (isApiError(err) && err.code === 'version_conflict') {
          l.blocked = true;
          setConflict({ message: err.message, mine: l.content });
          setState('conflict');
        } else {
          setError(err);
          setState('error');
        }
        return false;
      }
    })();
    l.saving = run;
    try {
      return await run;
    } finally {
      l.saving = null;
    }
  }, [id]);

  /** Saves everything typed so far; true when the server holds it all. */
  const flush = useCallback(async (): Promise<boolean> => {
    const l = live.current;
    clearTimeout(l.timer);
    let ok = await saveOnce();
    while (ok && l.dirty.size > 0) ok = await saveOnce();
    return ok;
  }, [saveOnce]);

  const update = useCallback(
    <P extends Part>(part: P, value: Contents[P]) => {
      const l = live.current;
      l.content = { ...l.content, [part]: value };
      l.dirty.add(part);
      setContent(l.content);
      if (l.blocked) return;
      setState('pending');
      clearTimeout(l.timer);
      l.timer = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [flush],
  );

  /** Takes the server's document as it now stands (after a reload, a GBS draft, a submit…). */
  const reset = useCallback((view: GapView) => {
    const l = live.current;
    clearTimeout(l.timer);
    l.content = pick(view);
    l.version = view.version;
    l.dirty.clear();
    l.blocked = false;
    setContent(l.content);
    setConflict(null);
    setError(null);
    setState('idle');
  }, []);

  /** The version the next write must name (read in handlers, never while rendering). */
  const currentVersion = useCallback(() => live.current.version, []);

  // Leaving the editor still saves what was typed in the last second and a half.
  useEffect(() => {
    const l = live.current;
    return () => {
      clearTimeout(l.timer);
      if (l.dirty.size > 0 && !l.blocked) void saveOnce();
    };
  }, [saveOnce]);

  const unsaved = state === 'pending' || state === 'saving' || state === 'error' || state === 'conflict';
  useEffect(() => {
    if (!unsaved) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [unsaved]);

  return { content, state, savedAt, error, conflict, update, flush, reset, currentVersion, unsaved };
}

export type Autosave = ReturnType<typeof useAutosave>;
