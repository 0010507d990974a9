/** Routing by the URL's hash (#/cases/…): the API serves one page, and every view has an address to bookmark. */
import { useEffect, useState } from 'preact/hooks';

export interface Route {
  /** The hash it was read from. */
  hash: string;
  path: string[];
  query: URLSearchParams;
}

function readRoute(): Route {
  const hash = location.hash;
  const [p = '', q = ''] = hash.replace(/^#\/?/, '').split('?');
  return { hash, path: p.split('/').filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(q) };
}

export const go = (hash: string): void => {
  location.hash = hash;
};

export function useRoute(): Route {
  const [route, setRoute] = useState(readRoute);
  useEffect(() => {
    const on = () => setRoute((r) => (r.hash === location.hash ? r : readRoute()));
    addEventListener('hashchange', on);
    // The hash may have changed between the first render and this effect, when no listener was there to hear it
    // (a link followed right after signing in landed on 待办 instead of its page).
    on();
    return () => removeEventListener('hashchange', on);
  }, []);
  return route;
}
