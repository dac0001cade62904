/**
 * Reads SVG path data back to absolute vertices, as a renderer does: absolute and relative
 * moveto, lineto, horizontal and vertical lineto, closepath, implicit repeated commands (pairs
 * after a moveto are line-tos; a line-to after a closepath starts a subpath at the closed one's
 * start) and numbers that run together ("2.6-60.5", "1.5.5").
 */
export interface Subpath {
  points: [number, number][];
  closed: boolean;
}

export function subpaths(d: string): Subpath[] {
  const tokens = d.match(/[MmLlHhVvZz]|[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/g) ?? [];
  const rest = d.replace(/[MmLlHhVvZz]|[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/g, '').replace(/[\s,]/g, '');
  if (rest) throw new Error(`path data holds something other than M, L, H, V, Z and numbers: "${rest}"`);
  const result: Subpath[] = [];
  let at: [number, number] = [0, 0];
  let start: [number, number] = [0, 0];
  let command = '';
  let i = 0;
  const number = () => {
    const token = tokens[i++];
    if (token === undefined || /[A-Za-z]/.test(token)) throw new Error(`a number is missing in "${d}"`);
    return Number(token);
  };
  while (i < tokens.length) {
    if (/^[A-Za-z]$/.test(tokens[i]!)) command = tokens[i++]!;
    const relative = command === command.toLowerCase();
    const origin = relative ? at : ([0, 0] as [number, number]);
    // A line-to after a closepath starts a new subpath at the closed one's start.
    if (/^[LHV]$/i.test(command) && result.at(-1)?.closed) result.push({ points: [start], closed: false });
    switch (command.toUpperCase()) {
      case 'M': {
        at = [origin[0] + number(), origin[1] + number()];
        start = at;
        result.push({ points: [at], closed: false });
        // The pairs after a moveto are line-tos of the same kind.
        command = relative ? 'l' : 'L';
        break;
      }
      case 'L':
        at = [origin[0] + number(), origin[1] + number()];
        result.at(-1)!.points.push(at);
        break;
      case 'H':
        at = [origin[0] + number(), at[1]];
        result.at(-1)!.points.push(at);
        break;
      case 'V':
        at = [at[0], origin[1] + number()];
        result.at(-1)!.points.push(at);
        break;
      case 'Z':
        result.at(-1)!.closed = true;
        at = start;
        command = '';
        break;
      default:
        throw new Error(`a number with no command before it (or no moveto first) in "${d}"`);
    }
  }
  return result;
}
