import { useLayoutEffect, useRef, type ReactNode } from 'react';

/** The height of every action bar now on the page: the page keeps that much clear at its foot. */
const barHeights = new Map<HTMLElement, number>();

/** Room between a field scrolled into sight and the bar, so the field's border and the box around it still show. */
const BREATHING_PX = 12;

function reserveFoot(): void {
  const tallest = Math.max(0, ...barHeights.values());
  document.documentElement.style.scrollPaddingBottom = tallest ? `${tallest + BREATHING_PX}px` : '';
}

/**
 * A field the cashier is in must not sit under the bar: a refusal that makes the bar taller (the
 * mobile refused while its field has the cursor) would hide the very figure it is about.
 */
function keepFocusInSight(bar: HTMLElement): void {
  const focused = document.activeElement;
  if (!(focused instanceof HTMLElement) || bar.contains(focused) || focused === document.body) return;
  const field = focused.getBoundingClientRect();
  const foot = bar.getBoundingClientRect();
  // The page's scroll padding (reserveFoot) makes this stop just above the bar.
  if (field.bottom > foot.top && field.top < foot.bottom) focused.scrollIntoView({ block: 'nearest' });
}

/**
 * The main action of a screen and its message, kept at the foot of the window while the form
 * above scrolls (styles.css `.action-bar`), so neither falls off a 1024×768 screen; and the page
 * scrolls a focused field clear of it, whether Tab or a refusal put it there.
 */
export function ActionBar({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const bar = ref.current;
    if (!bar) return;
    const observer = new ResizeObserver(() => {
      barHeights.set(bar, bar.offsetHeight);
      reserveFoot();
      keepFocusInSight(bar);
    });
    observer.observe(bar);
    // After the browser's own scroll for the focus, which may leave the field under the bar.
    const onFocus = () => requestAnimationFrame(() => keepFocusInSight(bar));
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('focusin', onFocus);
      observer.disconnect();
      barHeights.delete(bar);
      reserveFoot();
    };
  }, []);
  return (
    <div className="action-bar" ref={ref}>
      {children}
    </div>
  );
}
