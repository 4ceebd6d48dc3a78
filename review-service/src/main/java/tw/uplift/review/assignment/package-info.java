/**
 * Who reviews what: the assignment rule (same supervising body, never the reviewer's own agency or its
 * parent, least loaded first, ties by id) and the per-reviewer load documents it reads.
 */
package tw.uplift.review.assignment;
