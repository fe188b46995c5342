import { useLayoutEffect, useState, type RefObject } from 'react';

/** The room under the header that the main element's bottom padding leaves (its `py-6`). */
const BOTTOM_PADDING = 24;
const MIN_HEIGHT = 480;

/**
 * The height that makes `element` end at the bottom of the window, so on a desktop screen the
 * canvas, its result, the prompt and the actions are all in view without scrolling, whatever the
 * header above it. Measured (not guessed in CSS) because the header's height is not the canvas's.
 */
export function useFillViewport(element: RefObject<HTMLElement | null>): number {
  const [height, setHeight] = useState(MIN_HEIGHT);
  useLayoutEffect(() => {
    const node = element.current;
    if (!node) return;
    const measure = () => {
      const top = node.getBoundingClientRect().top + window.scrollY;
      setHeight(Math.max(MIN_HEIGHT, Math.floor(window.innerHeight - top - BOTTOM_PADDING)));
    };
    measure();
    window.addEventListener('resize', measure);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    if (node.parentElement) observer?.observe(node.parentElement);
    return () => {
      window.removeEventListener('resize', measure);
      observer?.disconnect();
    };
  }, [element]);
  return height;
}
