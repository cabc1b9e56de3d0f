import { t } from '../../lib/i18n';
import { Lazy } from './Lazy';

const loadDecodeView = () => import('../DecodeView').then((module) => module.DecodeView);

/** The Decode tab: the decoder and its catalogues load on first view, not with the popup. */
export function DecodeTab() {
  return (
    <Lazy
      load={loadDecodeView}
      props={{}}
      fallback={<p class="muted loading-line">{t('popup.loadingDecoder')}</p>}
    />
  );
}
