export interface Segment {
  id: string;
  label: string;
}

interface SegmentedChoiceProps {
  name: string;
  legend: string;
  segments: readonly Segment[];
  selected: string;
  onSelect(id: string): void;
  describedBy?: string;
}

/** Radio buttons that look like a row of toggles: arrow keys move between them natively. */
export function SegmentedChoice({
  name,
  legend,
  segments,
  selected,
  onSelect,
  describedBy,
}: SegmentedChoiceProps) {
  return (
    <fieldset class="field segmented" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <div class="segments">
        {segments.map((segment) => (
          <label key={segment.id} class="segment">
            <input
              type="radio"
              name={name}
              value={segment.id}
              checked={segment.id === selected}
              onChange={() => onSelect(segment.id)}
            />
            <span>{segment.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
