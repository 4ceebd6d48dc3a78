/** review-service: reviewers of the supervising bodies, review tasks, their assignment and decisions. */
package tw.uplift.review;
