/**
 * Routine checks (平時查核): a reviewer of the supervising body opens a check of an approved plan, its assignee draws
 * a sample of measures and records a finding for each, releasing a measure from tracking (解除列管), keeping it
 * tracked (持續列管) or raising a corrective action with a deadline in working days. The check is a review task; what
 * it is made of lives in {@code tw.uplift.review.inspection}.
 */
package tw.uplift.review.tasks.checks;
