import { decodeLeniently } from './percent-decoding';
import { parameterName, rawParameterValue, type UrlParts } from './url-parts';

// p.php's own parameters for a sign-in (AT=LI); anything else after MU belongs to MU.
const SIGN_IN_PARAMETERS: readonly string[] = ['at', 'wid', 'pw', 'pid', 'tk', 'mu', 'bu', 'csrf'];

/** A sign-in link's command after sign-in (MU), and where it sat among the link's pieces. */
export interface ChainedCommand {
  /** The chained command's URL, decoded once as p.php reads it, its stray pieces put back. */
  url: string;
  /** Indexes in `parts.parameters` of MU and of the pieces that belong to it. */
  pieceIndexes: number[];
}

/**
 * The command a sign-in link (`p.php?AT=LI&...&MU=<command>`) runs after sign-in, or undefined
 * when it has no MU. Some links carry MU without percent-encoding it
 * (`MU=https://.../m.php?AT=HM&MK=1`): its own `&MK=1` then looks like p.php's. Every piece after
 * MU that is not one of p.php's own parameters is the chained command's, so none is lost.
 * `decode` turns MU's raw value into the URL (strict for building links, lenient for reading).
 */
export function chainedCommand(
  parts: UrlParts,
  decode: (raw: string) => string = decodeLeniently,
): ChainedCommand | undefined {
  const rawMu = rawParameterValue(parts, 'MU');
  const muAt = parts.parameters.findIndex((piece) => parameterName(piece) === 'mu');
  if (rawMu === undefined || muAt === -1) return undefined;
  const command = decode(rawMu);
  const pieceIndexes = [muAt];
  const strays: string[] = [];
  if (command.includes('?')) {
    parts.parameters.forEach((piece, index) => {
      if (index > muAt && !SIGN_IN_PARAMETERS.includes(parameterName(piece))) {
        pieceIndexes.push(index);
        strays.push(piece);
      }
    });
  }
  return { url: [command, ...strays].join('&'), pieceIndexes };
}
