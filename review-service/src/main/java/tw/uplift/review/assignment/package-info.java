/**
 * Who reviews what (派案): the assignment rule (same supervising body, active, never the reviewer's own agency nor
 * any agency above the one under review, only the agencies they cover, not away — their delegate instead — least
 * loaded first, ties by the body's rotation) and the loads and rotations it reads.
 */
package tw.uplift.review.assignment;
