/**
 * Which reader a source needs, when edition.json does not say: the HTML of a page, the seed's
 * Markdown-ish text, or plain text. And whether it is a document at all: an image, a data file
 * or a page with no Chinese text is refused before anything else runs on it.
 */
import type { Edition } from '../../model/edition.ts';
import { ParseError } from '../errors.ts';

export type Format = NonNullable<Edition['format']>;

const HTML = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:p|div|table|tbody|tr|td|span|h[1-6]|section|article)[\s>])/i;
const MARKDOWN = /^(?:\s{0,3}#{1,6}\s+\S|\*\*[^*\n]+\*\*|-{3,}\s*$)/m;
/** Formats that are certainly not a document: XML and SVG, PDF, images, JSON. */
const NOT_TEXT: [RegExp, string][] = [
  [/^\s*<\?xml|^\s*<svg[\s>]/i, 'an XML or SVG file'],
  [/^%PDF-/, 'a PDF file (convert it to text or save the web page’s HTML)'],
  [/^\s*[[{]/, 'a JSON file'],
  [/^(?:\u0089PNG|GIF8|\u00ff\u00d8\u00ff)/, 'an image'],
];

export function detectFormat(text: string): Format {
  if (HTML.test(text)) return 'html';
  return MARKDOWN.test(text) ? 'markdown' : 'plain';
}

/** Refuse a source that is not a document of Chinese text, with what it looks like instead. */
export function assertDocument(text: string): void {
  for (const [re, what] of NOT_TEXT) {
    if (re.test(text)) {
      throw new ParseError(
        'NOT_A_DOCUMENT',
        1,
        `the source is ${what}, not a document`,
        'give the document’s text: the page’s HTML, plain text, or the seed’s Markdown',
        1,
      );
    }
  }
  if (!/[\u3400-\u9fff]/.test(text)) {
    throw new ParseError('NOT_A_DOCUMENT', 1, 'the source has no Chinese text', 'give the text of a Chinese official document (UTF-8)', 1);
  }
}
