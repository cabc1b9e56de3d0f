/** A URL cut into its parts without decoding anything, so unknown parameters pass through as is. */
export interface UrlParts {
  /** Everything before `?`. */
  path: string;
  /** Raw `key=value` pieces of the query, in order. */
  parameters: string[];
  /** `#...`, or empty. */
  fragment: string;
}

export function splitUrl(url: string): UrlParts {
  const hashAt = url.indexOf('#');
  const withoutFragment = hashAt === -1 ? url : url.slice(0, hashAt);
  const fragment = hashAt === -1 ? '' : url.slice(hashAt);
  const queryAt = withoutFragment.indexOf('?');
  if (queryAt === -1) return { path: withoutFragment, parameters: [], fragment };
  const query = withoutFragment.slice(queryAt + 1);
  return {
    path: withoutFragment.slice(0, queryAt),
    parameters: query.split('&').filter((piece) => piece !== ''),
    fragment,
  };
}

export function joinUrl(parts: UrlParts): string {
  const query = parts.parameters.length > 0 ? `?${parts.parameters.join('&')}` : '';
  return `${parts.path}${query}${parts.fragment}`;
}

export function parameterName(piece: string): string {
  const equals = piece.indexOf('=');
  return (equals === -1 ? piece : piece.slice(0, equals)).toLowerCase();
}

/** The raw (still encoded) value of the first parameter named `name`, any case. */
export function rawParameterValue(parts: UrlParts, name: string): string | undefined {
  const piece = parts.parameters.find(
    (candidate) => parameterName(candidate) === name.toLowerCase(),
  );
  if (piece === undefined) return undefined;
  const equals = piece.indexOf('=');
  return equals === -1 ? '' : piece.slice(equals + 1);
}

export function withoutParameters(parts: UrlParts, names: readonly string[]): UrlParts {
  const unwanted = names.map((name) => name.toLowerCase());
  return {
    ...parts,
    parameters: parts.parameters.filter((piece) => !unwanted.includes(parameterName(piece))),
  };
}
