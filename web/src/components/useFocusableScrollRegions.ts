import { useEffect } from 'react';

const SCROLLERS = '.ant-table-content, .ant-table-body';

/**
 * A table wider than its box scrolls sideways inside it (on a phone, most do). Someone on a
 * keyboard can only scroll a box that takes focus, so every such box gets tabindex=0 while it
 * overflows (axe: scrollable-region-focusable, WCAG 2.1.1). antd offers no prop for the box, so
 * the shell watches the page for them: new boxes by the DOM changing, and a box or its table
 * growing without any DOM change (data, fonts, column widths settling) by their sizes.
 */
export function useFocusableScrollRegions(): void {
  useEffect(() => {
    let frame = 0;
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(mark);
    };
    const sizes = new ResizeObserver(schedule);
    const watched = new Set<Element>();
    const watch = (el: Element | null) => {
      if (!el || watched.has(el)) return;
      watched.add(el);
      sizes.observe(el);
    };
    const mark = () => {
      frame = 0;
      // Tables of pages left behind are no longer watched.
      for (const el of watched)
        if (!el.isConnected) {
          sizes.unobserve(el);
          watched.delete(el);
        }
      for (const el of document.querySelectorAll<HTMLElement>(SCROLLERS)) {
        watch(el);
        watch(el.firstElementChild);
        const scrolls = el.scrollWidth > el.clientWidth + 1;
        if (scrolls && el.tabIndex < 0) el.tabIndex = 0;
        if (!scrolls && el.getAttribute('tabindex') === '0') el.removeAttribute('tabindex');
      }
    };
    const observer = new MutationObserver(schedule);
    observer.observe(document.body, { childList: true, subtree: true });
    window.addEventListener('resize', schedule);
    schedule();
    return () => {
      observer.disconnect();
      sizes.disconnect();
      window.removeEventListener('resize', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, []);
}
