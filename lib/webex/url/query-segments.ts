/** One `key=value` piece of a query string or fragment, both still percent-encoded. */
export interface RawParameter {
  key: string;
  value: string;
}

export interface ParameterLimits {
  /** Longer keys are skipped. */
  maxKeyLength: number;
  /** Longer values are cut, so a huge input costs no more than a normal one. */
  maxValueLength: number;
}

const QUESTION = 0x3f;
const AMPERSAND = 0x26;
const HASH = 0x23;
const EQUALS = 0x3d;

function isSeparator(code: number): boolean {
  return code === AMPERSAND || code === QUESTION || code === HASH;
}

/**
 * The parameters of any string, in order: pieces separated by `?`, `&` or `#`, so a bare query,
 * a full URL and a fragment route all work. Pieces without `=` are skipped. One pass, linear.
 */
export function* rawParameters(text: string, limits: ParameterLimits): Generator<RawParameter> {
  let start = 0;
  let equals = -1;
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : AMPERSAND;
    if (code === EQUALS && equals === -1) {
      equals = index;
    } else if (isSeparator(code)) {
      if (equals !== -1 && equals - start <= limits.maxKeyLength) {
        yield {
          key: text.slice(start, equals),
          value: text.slice(equals + 1, Math.min(index, equals + 1 + limits.maxValueLength)),
        };
      }
      start = index + 1;
      equals = -1;
    }
  }
}
