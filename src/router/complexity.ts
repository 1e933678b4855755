/**
 * A documented, explainable complexity score in [0, 1]. Each feature that fires contributes its
 * weight, combined as a noisy-OR (1 − Π(1 − w)) so two strong signals beat one without exceeding 1.
 * Words that are everywhere in ops channels ("error", "api", "kubernetes") are deliberately absent:
 * they say nothing about how hard a request is.
 */
export interface ComplexityFeature {
  name: string;
  weight: number;
  test(text: string): boolean;
}

export const COMPLEXITY_FEATURES: readonly ComplexityFeature[] = [
  {
    name: 'code generation',
    weight: 0.45,
    test: (text) =>
      /```/.test(text) ||
      /\b(write|generate|implement|refactor|convert|port)\b[^.?!]{0,60}\b(code|function|script|class|regex|query|sql|program|module|test|terraform|yaml)\b/i.test(text),
  },
  {
    name: 'multi-step reasoning',
    weight: 0.3,
    test: (text) =>
      /\b(step[- ]by[- ]step|trade-?offs?|pros and cons|plan (out|for)|design (a|an|the)|architect|root cause|prove|derive)\b/i.test(text) ||
      (text.match(/\?/g)?.length ?? 0) >= 3,
  },
  {
    name: 'analysis across sources',
    weight: 0.25,
    test: (text) => /\b(compare|contrast|across (all|the|our)|synthesi[sz]e|reconcile|cross-reference|differences between)\b/i.test(text),
  },
  {
    name: 'legal or financial analysis',
    weight: 0.35,
    test: (text) =>
      /\b(contract|clause|liabilit(y|ies)|indemnif\w*|gdpr|hipaa|compliance|regulat\w+|tax(es|ation)?|forecast|valuation|revenue model|p&l|balance sheet|legal(ly)?)\b/i.test(text),
  },
  {
    name: 'explicit depth request',
    weight: 0.35,
    test: (text) => /\b(in[- ]depth|detailed|thorough(ly)?|deep[- ]dive|comprehensive|exhaustive|rigorous(ly)?)\b/i.test(text),
  },
  {
    name: 'long request',
    weight: 0.15,
    test: (text) => text.length > 1200,
  },
];

export interface ComplexityScore {
  score: number;
  features: string[];
}

export function scoreComplexity(text: string, features: readonly ComplexityFeature[] = COMPLEXITY_FEATURES): ComplexityScore {
  const fired = features.filter((feature) => feature.test(text));
  const remaining = fired.reduce((product, feature) => product * (1 - feature.weight), 1);
  return { score: Math.round((1 - remaining) * 100) / 100, features: fired.map((feature) => feature.name) };
}
