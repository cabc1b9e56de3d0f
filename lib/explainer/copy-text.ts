export interface CopyEnv {
  clipboard?: Pick<Clipboard, 'writeText'>;
  /** Where a temporary text field may go for the fallback (the panel's own shadow root). */
  container?: { append(node: Node): void };
  document?: Pick<Document, 'createElement' | 'execCommand'>;
}

/**
 * Copies text: the Clipboard API where the page allows it, else a hidden text field and
 * execCommand (pages served over http have no Clipboard API). Resolves to false if neither works.
 */
export async function copyText(text: string, env: CopyEnv): Promise<boolean> {
  try {
    if (env.clipboard) {
      await env.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied (no focus, permissions policy): try the fallback.
  }
  if (!env.document || !env.container) return false;
  const field = env.document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.setAttribute('aria-hidden', 'true');
  field.style.position = 'fixed';
  field.style.opacity = '0';
  env.container.append(field);
  try {
    field.select();
    return env.document.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
  }
}
