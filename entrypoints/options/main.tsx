import { render } from 'preact';
import { browser as extensionApi } from '@wxt-dev/browser';
import { browser } from 'wxt/browser';
import '../../components/styles/base.css';
import { OptionsApp } from '../../components/options/OptionsApp';
import type { OptionsEnv } from '../../components/options/options-env';
import { copyText } from '../../lib/explainer/copy-text';
import { resultOriginsApi } from '../../lib/explainer/result-origins-client';
import { followPageLanguage, t } from '../../lib/i18n';
import { sendMessage } from '../../lib/messaging';
import {
  DEFAULT_SETTINGS,
  invitationTemplateItem,
  keptAccountItem,
  sessionAccountItem,
  settingsItem,
} from '../../lib/storage';
import { followThemeSetting } from '../../lib/theme';

const env: OptionsEnv = {
  send: sendMessage,
  permissions: browser.permissions,
  shortcut: async () =>
    (await browser.commands.getAll()).find((c) => c.name === '_execute_action')?.shortcut,
  settings: {
    fallback: DEFAULT_SETTINGS,
    get: () => settingsItem.getValue(),
    update: async (patch) =>
      settingsItem.setValue({ ...(await settingsItem.getValue()), ...patch }),
    watch: (onChange) => settingsItem.watch(onChange),
  },
  watchAccount: (onChange) => {
    const unwatch = [sessionAccountItem.watch(onChange), keptAccountItem.watch(onChange)];
    return () => unwatch.forEach((stop) => stop());
  },
  invitationTemplate: {
    get: () => invitationTemplateItem.getValue(),
    set: (template) => invitationTemplateItem.setValue(template),
  },
  now: () => Date.now(),
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  resultOrigins: resultOriginsApi(browser),
  copy: (text) => copyText(text, { clipboard: navigator.clipboard }),
};

followThemeSetting(document.documentElement);
const renderOptions = () => render(<OptionsApp env={env} />, document.getElementById('app')!);
followPageLanguage(
  document,
  {
    i18n: extensionApi.i18n,
    getURL: (path) => extensionApi.runtime.getURL(path),
    fetch: (url) => fetch(url),
  },
  () => t('options.title'),
  renderOptions,
);
renderOptions();
