import type { ScheduleDraft } from './meetings/schedule-draft';

type StorageModule = typeof import('./storage');

/**
 * The stored items the popup reads and writes after its first paint (lib/storage.ts), with the
 * storage library loaded on first use (`load`), not with the popup: the invitation template,
 * the schedule job already seen, and the schedule draft kept over a Webex sign-in.
 */
export function popupStores(load: () => Promise<StorageModule>) {
  return {
    loadInvitationTemplate: () => load().then((items) => items.invitationTemplateItem.getValue()),
    seenJob: {
      get: () => load().then((items) => items.seenScheduleJobItem.getValue()),
      set: (requestId: string) =>
        load().then((items) => items.seenScheduleJobItem.setValue(requestId)),
    },
    scheduleDraft: {
      save: (draft: ScheduleDraft) =>
        load().then((items) => items.scheduleDraftItem.setValue(draft)),
      /** The kept draft, removed as it is read: it is restored once. */
      take: () =>
        load().then(async ({ scheduleDraftItem }) => {
          const draft = await scheduleDraftItem.getValue();
          if (draft) await scheduleDraftItem.removeValue();
          return draft;
        }),
    },
  };
}
