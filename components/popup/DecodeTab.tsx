import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * The Decode tab, loaded on first view: the decoder and its catalogues stay out of the popup's
 * first paint.
 */
export function DecodeTab({ active }: { active: boolean }) {
  const [View, setView] = useState<ComponentType | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!active || View) return;
    import('../DecodeView')
      .then((module) => setView(() => module.DecodeView))
      .catch(() => setFailed(true));
  }, [active]);

  if (failed) {
    return (
      <p class="field-error" role="alert">
        The decoder could not be loaded. Close the popup and open it again.
      </p>
    );
  }
  if (!View) return <p class="muted loading-line">Loading the decoder…</p>;
  return <View />;
}
