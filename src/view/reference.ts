/**
 * A unit's permalink as a GB/T 7714-2015 reference to an electronic resource (电子资源): the issuer
 * as 主要责任者, the title with the 发文字号 as 其他题名信息 and the type mark [EB/OL], the
 * (publication date) and [citation date], then the URL:
 * `济南市人民政府. 济南市“十四五”时期优化营商环境规划: 济政发〔2023〕1号[EB/OL]. (2023-02-10)[2026-12-03]. https://…/m/3-1-2/`.
 */
export interface ReferenceInput {
  issuer: string;
  title: string;
  docNumber: string | null;
  /** 发布日期 (ISO); the bracketed date is left out when it is not known. */
  published: string | null | undefined;
  /** The day the reader cites it: filled in by the page's script, this placeholder where there is none. */
  cited: string;
  url: string;
}

/** The placeholder of the citation date before the page's script writes the reader's date. */
export const CITED_PLACEHOLDER = '引用日期';

export function gbtReference({ issuer, title, docNumber, published, cited, url }: ReferenceInput): string {
  const titled = docNumber ? `${title}: ${docNumber}` : title;
  const dates = `${published ? `(${published})` : ''}[${cited}]`;
  return `${issuer ? `${issuer}. ` : ''}${titled}[EB/OL]. ${dates}. ${url}`;
}
