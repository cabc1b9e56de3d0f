import type { ExplainedText } from '../../lib/explainer/explained-text';
import { quoted } from '../../lib/explainer/quote';
import { t } from '../../lib/i18n';
import { LinkedText } from '../LinkedText';

interface Props {
  text: ExplainedText;
  /** Heading level where the explanation sits: 2 in the page panel, 3 inside the popup. */
  level: 2 | 3;
  headingId: string;
}

/** Headline, meaning, when it happens, what to do, and the raw values, all as plain text. */
export function ExplanationText({ text, level, headingId }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div class="explanation">
      <Heading id={headingId} class="headline">
        {text.headline}
      </Heading>
      <p class="meaning">
        <LinkedText text={text.meaning} />
      </p>
      {text.whenSeen && (
        <p class="when-seen">
          <strong>{t('panel.whenSeen')} </strong>
          <LinkedText text={text.whenSeen} />
        </p>
      )}
      <p class="what-to-do">
        <strong>{t('panel.whatToDo')} </strong>
        <LinkedText text={text.action} />
      </p>
      {text.facts.length > 0 && text.quotedFrom && (
        <p class="facts-source">{t(`panel.quotedFrom.${text.quotedFrom}`)}</p>
      )}
      {text.facts.length > 0 && (
        <dl class="explained-facts">
          {text.facts.map((fact, index) => (
            <div class="explained-fact" key={`${index}:${fact.label}`}>
              <dt>{fact.label}</dt>
              <dd>{text.quotedFrom ? quoted(fact.value) : fact.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
