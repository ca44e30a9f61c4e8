/** A CSS string literal of any text, for a custom property set from the model (a title may hold quotes or backslashes). */
export const cssString = (text: string): string => `'${text.replace(/[\\']/g, '\\$&').replace(/[\n\r]+/g, ' ')}'`;
