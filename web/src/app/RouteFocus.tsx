import {
  createContext,
  useContext,
  useEffect,
  useRef,
  useState,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import { useLocation } from 'react-router';

/** How long a page may take to draw its title (its data loading) before it is announced. */
const TITLE_WAIT_MS = 10_000;

const SkipLinkHost = createContext<HTMLElement | null>(null);

/**
 * What a page load gives a keyboard and screen-reader user, after in-app navigation too: an
 * in-app link (React Router) swaps the page without a load, so the focus would stay on the
 * link that was clicked, and Tab would go on from there instead of from the top. On every
 * change of page (pathname; a filter in the query string is not one) the focus moves to a
 * focus target at the very start of the document, before the page's skip links, so the next
 * Tab reaches the first skip link or the first control as after a load; the target then
 * announces the page's title (its one h1) once the page has drawn it.
 *
 * Rendered once, first inside the router (App.tsx); pages put their skip links in its slot
 * with <SkipLink>, never elsewhere, so that they follow the focus target.
 */
export function RouteFocus({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const target = useRef<HTMLDivElement>(null);
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  const [title, setTitle] = useState('');
  const shown = useRef(pathname);

  useEffect(() => {
    // The first page is a real load: the browser already starts at the top.
    if (shown.current === pathname) return;
    shown.current = pathname;
    setTitle('');
    window.scrollTo(0, 0);
    target.current?.focus({ preventScroll: true });
    // The title is announced once drawn (a page may first show a spinner while it loads).
    let observer: MutationObserver | null = null;
    const announce = () => {
      const h1 = document.querySelector('h1')?.textContent?.trim();
      if (!h1) return false;
      setTitle(h1);
      return true;
    };
    const frame = requestAnimationFrame(() => {
      if (announce()) return;
      observer = new MutationObserver(() => {
        if (announce()) observer?.disconnect();
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    const giveUp = window.setTimeout(() => observer?.disconnect(), TITLE_WAIT_MS);
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(giveUp);
      observer?.disconnect();
    };
  }, [pathname]);

  return (
    <>
      <div
        ref={target}
        tabIndex={-1}
        className="setara-route-focus"
        aria-live="polite"
        aria-atomic="true"
        data-testid="route-focus"
      >
        {title}
      </div>
      <div ref={setSlot} data-testid="skip-links" />
      <SkipLinkHost.Provider value={slot}>{children}</SkipLinkHost.Provider>
    </>
  );
}

interface SkipLinkProps {
  /** Where it leads (an id on the page), for the browser's own handling without the click. */
  href: `#${string}`;
  onClick?: (event: MouseEvent<HTMLAnchorElement>) => void;
  children: ReactNode;
  'data-testid'?: string;
}

/**
 * "Lewati ke …": hidden until focused, placed at the start of the document (right after the
 * focus target of RouteFocus), so it is the first Tab stop of the page, after a load or an
 * in-app navigation alike.
 */
export function SkipLink({ href, onClick, children, 'data-testid': testId }: SkipLinkProps) {
  const host = useContext(SkipLinkHost);
  if (!host) return null;
  return createPortal(
    <a href={href} className="setara-skip-link" onClick={onClick} data-testid={testId}>
      {children}
    </a>,
    host,
  );
}
