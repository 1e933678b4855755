/** The message format of the second privacy evaluation set (same shape as scripts/eval/privacy). */
export type Half = 'dev' | 'held';

/** What a labelled span holds; the scorer groups these the same way as scripts/eval/privacy/score.ts. */
export type EvalLabel =
  | 'PERSON'
  | 'ADDRESS'
  | 'PHONE'
  | 'EMAIL'
  | 'CREDIT_CARD'
  | 'IBAN'
  | 'US_SSN'
  | 'IP_ADDRESS'
  | 'DATE_OF_BIRTH'
  | 'ID_NUMBER';

export interface EvalSpan {
  type: EvalLabel;
  start: number;
  end: number;
}

export interface EvalMessage {
  id: string;
  half: Half;
  family: string;
  locale: string;
  text: string;
  spans: EvalSpan[];
}
