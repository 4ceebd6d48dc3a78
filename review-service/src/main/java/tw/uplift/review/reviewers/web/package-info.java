/** HTTP adapters of the reviewer pool: the API ({@code /api/reviewers}) and the pages ({@code /reviews/reviewers}). */
package tw.uplift.review.reviewers.web;
