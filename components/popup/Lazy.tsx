import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

interface LazyProps<P> {
  /** A dynamic import: the view's code stays out of the popup's first load. */
  load(): Promise<ComponentType<P>>;
  props: P;
  fallback?: ComponentChildren;
}

/** Renders a view whose code is fetched on first use. */
export function Lazy<P extends object>({ load, props, fallback }: LazyProps<P>) {
  const [View, setView] = useState<ComponentType<P> | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    load().then(
      (component) => live && setView(() => component),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  if (failed) {
    return (
      <p class="field-error" role="alert">
        {t('popup.partNotLoaded')}
      </p>
    );
  }
  return View ? <View {...props} /> : <>{fallback}</>;
}
