/**
 * Where a field of a JSON file is, as a 1-based line: a small JSON scanner that records the line
 * each value starts on, so an error about `period.end` or `errata[3].original` points at it.
 */
type Path = readonly PropertyKey[];

/** The line of the value at `path` (or of the nearest enclosing value that exists); 1 for the whole file. */
export function jsonFieldLine(text: string, path: Path): number {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const skip = () => {
    while (i < text.length && /\s/.test(text[i]!)) if (text[i++] === '\n') line++;
  };
  const string = (): string => {
    let out = '';
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      out += text[i++];
    }
    i++;
    return out;
  };
  const value = (at: string[]): void => {
    skip();
    lines.set(at.join('\u0000'), line);
    const c = text[i];
    if (c === '{') {
      i++;
      for (skip(); text[i] !== '}' && i < text.length; skip()) {
        const key = string();
        skip();
        i++; // the colon
        value([...at, key]);
        skip();
        if (text[i] === ',') i++;
      }
      i++;
    } else if (c === '[') {
      i++;
      for (let n = 0; (skip(), text[i] !== ']') && i < text.length; n++) {
        value([...at, String(n)]);
        skip();
        if (text[i] === ',') i++;
      }
      i++;
    } else if (c === '"') string();
    else while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
  };
  try {
    value([]);
  } catch {
    // A malformed file: report what was found so far.
  }
  for (let n = path.length; n >= 0; n--) {
    const hit = lines.get(path.slice(0, n).map(String).join('\u0000'));
    if (hit !== undefined) return hit;
  }
  return 1;
}
