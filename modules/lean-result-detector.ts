import { defineWxtModule } from 'wxt/modules';
import type { Alias, AliasOptions } from 'vite';

const DETECTOR_ENTRYPOINT = 'result-detector';

function asAliasList(alias: AliasOptions | undefined): Alias[] {
  if (alias === undefined) return [];
  if (Array.isArray(alias)) return [...(alias as readonly Alias[])];
  return Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
}

/**
 * The result detector runs on every WebEx page, so it must stay tiny. WXT's content-script
 * wrapper imports `browser` from `wxt/browser`, which the polyfill module points at
 * webextension-polyfill (about 10 kB). The detector only sends one message, for which the
 * browser's own `chrome`/`browser` global is enough: for that one bundle, point `wxt/browser`
 * back at WXT's plain global binding. Every other entrypoint keeps the polyfill.
 */
export default defineWxtModule({
  name: 'lean-result-detector',
  setup(wxt) {
    wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.name === DETECTOR_ENTRYPOINT)) return;
      config.resolve ??= {};
      config.resolve.alias = [
        { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' },
        ...asAliasList(config.resolve.alias),
      ];
    });
  },
});
