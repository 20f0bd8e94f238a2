/**
 * Turns a model pattern (Java syntax, unanchored) into the source of an anchored JavaScript
 * RegExp for the `u` flag (STS-API.md §5). The model writes the astral range as `\u10000`,
 * which is `\u{10000}` in JavaScript, and the `u` flag forbids escaping characters that need
 * no escape (the model's `\:`). `/` is escaped so the source can sit in a regex literal.
 * Throws when the result does not compile.
 */
export function toJsPattern(javaPattern) {
  let source = '';
  let inClass = false;
  for (let index = 0; index < javaPattern.length; index += 1) {
    const char = javaPattern[index];
    if (char === '/') {
      source += '\\/';
    } else if (char !== '\\') {
      if (char === '[') inClass = true;
      if (char === ']') inClass = false;
      source += char;
    } else {
      const escape = convertEscape(javaPattern.slice(index + 1), inClass);
      source += escape.text;
      index += escape.consumed;
    }
  }
  const anchored = source.includes('|') ? `^(?:${source})$` : `^${source}$`;
  new RegExp(anchored, 'u');
  return anchored;
}

/** The pattern as documentation and validation messages show it: without the anchors. */
export function unanchored(source) {
  const grouped = /^\^\(\?:(.*)\)\$$/.exec(source);
  return grouped?.[1] ?? source.replace(/^\^/, '').replace(/\$$/, '');
}

/** Converts the escape after a backslash; `consumed` counts the characters after the backslash. */
function convertEscape(rest, inClass) {
  const astral = /^u([0-9A-Fa-f]{5,6})/.exec(rest);
  if (astral && Number.parseInt(astral[1], 16) > 0xffff) {
    return { text: `\\u{${astral[1]}}`, consumed: astral[0].length };
  }
  const char = rest[0];
  const keepsBackslash = /[A-Za-z0-9^$\\.*+?()[\]{}|/]/.test(char) || (inClass && char === '-');
  return { text: keepsBackslash ? `\\${char}` : char, consumed: 1 };
}
