/**
 * axe-core in a Playwright page: the library is evaluated through the DevTools protocol (so the
 * site's CSP, which rightly forbids inline scripts, does not block it), then run over the whole
 * document. Violations come back as one readable line per element.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeNode {
  target: string[];
  failureSummary?: string;
}
interface AxeResult {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}
interface AxeResults {
  violations: AxeResult[];
  passes: AxeResult[];
  incomplete: AxeResult[];
  inapplicable: AxeResult[];
}

export interface AxeReport {
  /** `rule-id (impact) selector: what to fix` for each failing element. */
  violations: string[];
  /** Ids of the rules that were run (passed, failed, needing review, or not applicable). */
  rules: string[];
}

export async function runAxe(page: Page): Promise<AxeReport> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  const r = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<unknown> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  const results = r as AxeResults;
  const violations = results.violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact}) ${n.target.join(' ')}: ${v.help}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`,
    ),
  );
  const rules = [...results.violations, ...results.passes, ...results.incomplete, ...results.inapplicable].map((x) => x.id);
  return { violations, rules };
}
