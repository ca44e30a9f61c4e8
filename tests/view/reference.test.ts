/** A unit's permalink as a GB/T 7714-2015 reference to an electronic resource (src/view/reference.ts). */
import { describe, expect, it } from 'vitest';
import { gbtReference } from '../../src/view/reference.ts';

const base = { issuer: '某市人民政府', title: '某规划', docNumber: '某政发〔2023〕1号', cited: '2026-12-03', url: 'https://x.cn/m/3-1-2/' };

describe('gbtReference', () => {
  it('names the issuer, the title with its 发文字号, [EB/OL], (published)[cited] and the URL', () => {
    expect(gbtReference({ ...base, published: '2023-02-10' })).toBe(
      '某市人民政府. 某规划: 某政发〔2023〕1号[EB/OL]. (2023-02-10)[2026-12-03]. https://x.cn/m/3-1-2/',
    );
  });

  it('leaves out the publication date when it is not known', () => {
    expect(gbtReference({ ...base, published: '' })).toBe(
      '某市人民政府. 某规划: 某政发〔2023〕1号[EB/OL]. [2026-12-03]. https://x.cn/m/3-1-2/',
    );
  });

  it('leaves out the 发文字号 of a document without one', () => {
    expect(gbtReference({ ...base, docNumber: null, published: undefined })).toBe(
      '某市人民政府. 某规划[EB/OL]. [2026-12-03]. https://x.cn/m/3-1-2/',
    );
  });
});
