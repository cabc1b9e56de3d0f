import { linkParts } from '../lib/text-links';

/**
 * A message with its WebEx addresses as real links (lib/text-links.ts: https on *.webex.com
 * only); everything else, other addresses included, as plain text. Links open in a new tab.
 */
export function LinkedText({ text }: { text: string }) {
  return (
    <>
      {linkParts(text).map((part, index) =>
        'href' in part ? (
          <a key={index} href={part.href} target="_blank" rel="noopener noreferrer">
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
