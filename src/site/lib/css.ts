/**
 * A CSS string literal of any text from the model (a title may hold quotes or backslashes), safe in
 * a style attribute and inside <style> (`<` is escaped, so no `</style>` can end the element).
 */
export const cssString = (text: string): string =>
  `'${text
    .replace(/[\\']/g, '\\$&')
    .replace(/</g, '\\3c ')
    .replace(/[\n\r]+/g, ' ')}'`;
