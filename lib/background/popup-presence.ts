interface ExtensionContext {
  documentUrl?: string;
}

export interface PresenceApis {
  getURL(path: string): string;
  /** Chrome 116+: every open extension page, including popup.html opened in a tab. */
  getContexts?: (filter: Record<string, never>) => Promise<ExtensionContext[]>;
  /** Firefox (event page): the open extension pages' windows. */
  getViews?: () => readonly unknown[];
}

function hrefOf(view: unknown): string | undefined {
  const href = (view as { location?: { href?: unknown } } | null)?.location?.href;
  return typeof href === 'string' ? href : undefined;
}

/** Whether popup.html is open anywhere, so that an answer reaches it without a notification. */
export async function isPageOpen(apis: PresenceApis, path: string): Promise<boolean> {
  const url = apis.getURL(path);
  const isPage = (href: string | undefined) =>
    href !== undefined &&
    (href === url || href.startsWith(`${url}?`) || href.startsWith(`${url}#`));
  if (apis.getContexts) {
    const contexts = await apis.getContexts({});
    return contexts.some((context) => isPage(context.documentUrl));
  }
  if (apis.getViews) return apis.getViews().some((view) => isPage(hrefOf(view)));
  return false;
}
