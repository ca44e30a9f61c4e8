/**
 * The pilcrow (¶) of a unit that has no printed number but runs into its first paragraph: one rule
 * for <RunIn>, which draws it, and for the chapter page, which inlines its styles only when one
 * of its units has it (every byte of the reading view counts against its budget).
 */
import type { Unit } from '../../model/schema.ts';
import { markerOf, runsIn } from '../../view/unit.ts';
import { minifyStyle } from '../build/bundle.ts';
import source from '../styles/pilcrow.css?raw';

/** Whether the chapter view draws a pilcrow for this unit instead of its number. */
export const showsPilcrow = (u: Unit): boolean => markerOf(u) === null && runsIn(u);

let styles: Promise<string> | undefined;
/** The pilcrow's styles, minified once per build. */
export const pilcrowStyles = (): Promise<string> => (styles ??= minifyStyle(source));
