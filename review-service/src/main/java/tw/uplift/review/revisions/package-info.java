/**
 * What changed between two submitted revisions of a plan (修正對照), measure by measure, and which of the reviewer's
 * comments on the earlier round each change answers: the change view of a resubmitted plan. Plain Java.
 */
package tw.uplift.review.revisions;
