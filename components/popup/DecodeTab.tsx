import { t } from '../../lib/i18n';
import type { WebExSite } from '../../lib/webex/types';
import { Lazy } from './Lazy';

const loadDecodeView = () => import('../DecodeView').then((module) => module.DecodeView);

/**
 * The Decode tab: the decoder and its catalogues load on first view, not with the popup.
 * `site` is the signed-in site, if any: a bare meeting number is joined there.
 */
export function DecodeTab({ site }: { site?: WebExSite }) {
  return (
    <Lazy
      load={loadDecodeView}
      props={{ site }}
      fallback={<p class="muted loading-line">{t('popup.loadingDecoder')}</p>}
    />
  );
}
