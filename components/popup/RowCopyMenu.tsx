import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { CopyButton } from './CopyButton';

interface RowCopyMenuProps {
  meetingKey: string;
  /** Known only for meetings scheduled here. */
  meetingPassword?: string;
  /** The join link, fetched when needed; undefined when WebEx gave none (the row says why). */
  link(): Promise<string | undefined>;
  /** The row's topic, so each button says which meeting it copies from. */
  topicId: string;
}

/**
 * "More to copy" of a Recent row: a disclosure, so the row stays one line of buttons, with
 * the meeting number, the password (where known) and the join link each copied alone.
 */
export function RowCopyMenu({ meetingKey, meetingPassword, link, topicId }: RowCopyMenuProps) {
  const [open, setOpen] = useState(false);
  const menuId = `copy-${meetingKey}`;
  return (
    <>
      <button
        type="button"
        class="button quiet small"
        aria-expanded={open}
        aria-controls={menuId}
        aria-describedby={topicId}
        onClick={() => setOpen(!open)}
      >
        {t('recent.row.moreCopy')}
      </button>
      <div class="row-copy-menu" id={menuId} hidden={!open}>
        <CopyButton
          label={t('popup.copy.meetingNumber')}
          text={meetingKey}
          class="button secondary small"
        />
        {meetingPassword && (
          <CopyButton
            label={t('popup.copy.password')}
            text={meetingPassword}
            class="button secondary small"
          />
        )}
        <CopyButton label={t('popup.copy.joinLink')} text={link} class="button secondary small" />
      </div>
    </>
  );
}
