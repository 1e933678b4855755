import { describe, expect, it } from 'vitest';
import { assessRequest } from '../../src/router/request-kind/assess-request.ts';
import { findPastedMaterial } from '../../src/router/request-kind/pasted-material.ts';

const covered = { confidence: 0.7, line: 0.35 };
const uncovered = { confidence: 0.2, line: 0.35 };
const BAR = 0.6;

/** Hard requests phrased as situations: a case is told, and the question only says what is wanted of it. */
describe('assessRequest on situations', () => {
  it('hears a question about how exposed we are as legal exposure, and only about a case of ours', () => {
    const exposure = assessRequest("we let a contractor in texas work 50 hour weeks on a fixed fee for two years, title 'consultant', no benefits. how exposed are we", uncovered);
    expect(exposure.signals.join(' ')).toContain('asks for legal exposure');
    expect(exposure.difficulty).toBeGreaterThanOrEqual(BAR);
    expect(assessRequest('how exposed is the roof terrace to wind', uncovered).difficulty).toBeLessThan(BAR);
  });

  it('hears "what did we mess up" after a described setup as a diagnosis', () => {
    const lookBack = assessRequest('moved our postgres backups to a cheaper storage tier last month and restores now take 9 hours instead of 40 minutes. what did we mess up', uncovered);
    expect(lookBack.signals.join(' ')).toContain('asks for diagnosis');
    expect(lookBack.difficulty).toBeGreaterThanOrEqual(BAR);
    expect(assessRequest('what did i do wrong with my expense report, it got bounced', covered).kind).toBe('company');
  });

  it('reads machine-learning work (fine-tunes, evals, classifiers, leakage) as work on a system', () => {
    const model = assessRequest('fine-tuned a small model on our sales calls, eval numbers went up but reps say the summaries are worse. where could we have gone wrong', uncovered);
    expect(model.kind).toBe('task');
    expect(model.difficulty).toBeGreaterThanOrEqual(BAR);
  });

  it('weighs "how do we … without …ing" as a decision between two goals, but not on a handbook question', () => {
    const reply = assessRequest(
      'client just sent this. how do i answer them without giving away the discount\n\n"We appreciate the demo, but the quote is well above what our procurement team budgeted for this year, and we would need at least 25% off, plus net-90 payment terms, to move forward."',
      uncovered,
    );
    expect(reply.signals.join(' ')).toContain('asks for decision');
    expect(reply.difficulty).toBeGreaterThanOrEqual(BAR);
    expect(assessRequest('how do i take a day off without losing my on-call slot', covered).kind).toBe('company');
    expect(assessRequest('how do i spend my learning budget without paying upfront', covered).kind).toBe('company');
  });

  it('hears a message shown before it goes out as a request to vet it, weighed by what the message is', () => {
    const letter = assessRequest(
      'legal wants to send this to him on monday\n\n"Dear Sam, following a review of the logistics team your position has been eliminated effective 1 June. Your severance will be paid in two instalments and your health cover ends on that date."',
      uncovered,
    );
    expect(letter.signals.join(' ')).toContain('asks for critique');
    expect(letter.difficulty).toBeGreaterThanOrEqual(BAR);
    const notice = assessRequest('about to send this to the team, any typos?\n\n"Hi all, the kitchen will be closed on friday for cleaning, please take your mugs home by thursday evening, thanks!"', uncovered);
    expect(notice.difficulty).toBeLessThan(BAR);
  });

  it('counts our own case told in figures as our situation, and not the same question without them', () => {
    const figures = assessRequest('our three support desks close 1,200, 800 and 450 tickets a week with 6, 5 and 2 people. how should we share the work out', uncovered);
    expect(figures.signals).toContain('applies expertise to our own situation');
    expect(figures.difficulty).toBeGreaterThanOrEqual(BAR);
    expect(assessRequest('our three support desks close tickets every week with a few people each. how should we share the work out', uncovered).difficulty).toBeLessThan(BAR);
  });
});

describe('findPastedMaterial on letters', () => {
  it('reads an employment decision put in writing as legal material', () => {
    expect(findPastedMaterial('thoughts?\n\n"Dear Ana, we regret to tell you that your role has been eliminated as part of a wider restructuring, effective at the end of the month."')?.type).toBe('legal');
    expect(findPastedMaterial('thoughts?\n\n"Dear Ana, we are happy to tell you that your role now includes the Lisbon office, effective at the end of the month."')?.type).not.toBe('legal');
  });
});
