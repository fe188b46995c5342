/** Whether the page is on screen: the index fills only while it is, to spare a hidden tab's share of the API. */
export interface VisibilitySource {
  isHidden(): boolean;
  subscribe(listener: () => void): () => void;
}

export const ALWAYS_VISIBLE: VisibilitySource = {
  isHidden: () => false,
  subscribe: () => () => {},
};

export function documentVisibility(): VisibilitySource {
  if (typeof document === 'undefined') return ALWAYS_VISIBLE;
  return {
    isHidden: () => document.visibilityState === 'hidden',
    subscribe(listener) {
      document.addEventListener('visibilitychange', listener);
      return () => document.removeEventListener('visibilitychange', listener);
    },
  };
}
