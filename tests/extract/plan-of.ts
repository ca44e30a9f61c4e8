/** A minimal valid plan built from a few units of text, for rule tests. */
import { Plan, type Unit } from '../../src/model/schema.ts';

export interface UnitSpec {
  id: string;
  title?: string;
  /** Paragraph texts; a title given separately stands on its own heading line. */
  text: string[];
}

export function planOf(specs: UnitSpec[], glossary: Plan['glossary'] = []): Plan {
  const units: Unit[] = specs.map((s) => {
    const path = s.id.split('-').map(Number);
    const parent = path.length > 1 ? path.slice(0, -1).join('-') : null;
    return {
      id: s.id,
      kind: (['chapter', 'section', 'measure', 'point'] as const)[path.length - 1]!,
      path,
      marker: `${path.at(-1)}.`,
      number: String(path.at(-1)),
      label: `L${s.id}`,
      title: s.title ?? null,
      titleInline: false,
      paragraphs: s.text.map((text) => ({ text, lines: [1] })),
      parent,
      children: specs.filter((c) => c.id.startsWith(`${s.id}-`) && c.id.split('-').length === path.length + 1).map((c) => c.id),
      terms: [],
      source: { start: 1, end: 1 },
    };
  });
  return Plan.parse({
    masthead: null,
    issuer: '某市人民政府',
    docNumber: '某政发〔2023〕1号',
    title: '某规划',
    notice: {
      title: '通知',
      addressee: '各部门',
      body: ['现印发。'],
      signature: '某市人民政府',
      date: '2023-01-01',
      dateText: '2023年1月1日',
      remarks: [],
      contact: null,
      publicRelease: true,
    },
    texts: [
      {
        id: 't1',
        title: '某规划',
        subtitle: null,
        addressee: null,
        scheme: 'outline',
        preamble: [],
        closing: [],
        signed: null,
        hasGlossary: false,
      },
    ],
    units,
    attachments: [],
    glossary,
    endMatter: { ccText: '', cc: [], printedBy: '办公厅', printedDate: '2023-01-01', printedText: '2023年1月1日印发' },
    errata: [],
    repairs: [],
  });
}
