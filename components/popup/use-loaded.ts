import { useEffect, useState } from 'preact/hooks';

/**
 * A module the first paint can do without, fetched right after it (`load` is a dynamic
 * import): undefined until it has arrived, then the module. A failed load stays undefined, so
 * a part that needs it keeps its fallback.
 */
export function useLoaded<M>(load: () => Promise<M>): M | undefined {
  const [loaded, setLoaded] = useState<M | undefined>(undefined);
  useEffect(() => {
    let live = true;
    load().then(
      (module) => live && setLoaded(() => module),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return loaded;
}
