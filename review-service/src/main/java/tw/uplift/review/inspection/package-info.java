/**
 * What a routine check (平時查核) is made of, as plain Java: how measures are sampled (抽樣) from an approved plan and
 * what a reviewer finds about each sampled measure. The check itself is a review task; its service and pages live
 * in {@code tw.uplift.review.tasks.checks}.
 */
package tw.uplift.review.inspection;
