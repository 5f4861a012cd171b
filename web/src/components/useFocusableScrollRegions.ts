import { useEffect } from 'react';

const SCROLLERS = '.ant-table-content, .ant-table-body';

/**
 * A table wider than its box scrolls sideways inside it (on a phone, most do). Someone on a
 * keyboard can only scroll a box that takes focus, so every such box gets tabindex=0 while it
 * overflows (axe: scrollable-region-focusable, WCAG 2.1.1). antd offers no prop for the box, so
 * the shell watches the page for them.
 */
export function useFocusableScrollRegions(): void {
  useEffect(() => {
    let frame = 0;
    const mark = () => {
      frame = 0;
      for (const el of document.querySelectorAll<HTMLElement>(SCROLLERS)) {
        const scrolls = el.scrollWidth > el.clientWidth + 1;
        if (scrolls && el.tabIndex < 0) el.tabIndex = 0;
        if (!scrolls && el.getAttribute('tabindex') === '0') el.removeAttribute('tabindex');
      }
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(mark);
    };
    const observer = new MutationObserver(schedule);
    observer.observe(document.body, { childList: true, subtree: true });
    window.addEventListener('resize', schedule);
    schedule();
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, []);
}
