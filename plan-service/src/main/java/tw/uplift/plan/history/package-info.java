/**
 * A plan's past and its years (歷程、版次、年度): every revision kept and any two compared word by word (修正對照表) with
 * the review comments each change answers, amendments of the approved plan, the year's results handed in by the
 * head, next year's draft copied from this one, and two years compared side by side.
 */
package tw.uplift.plan.history;
