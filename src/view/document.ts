/** How the document as a whole reads: who signed it and when. */
import type { Plan, Signed } from '../model/schema.ts';

/** The signature block that signs the document: its covering notice's, or its own text's when it is itself the letter. */
export function signatureOf(plan: Plan): Signed | null {
  return plan.notice ?? plan.texts[0]!.signed;
}
