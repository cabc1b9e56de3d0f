import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wiring is added by the features; see lib/background/.
});
