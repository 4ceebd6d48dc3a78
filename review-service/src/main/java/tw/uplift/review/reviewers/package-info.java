/** The reviewer pool (督考/研考 reviewers of each supervising body), seeded from configuration. */
package tw.uplift.review.reviewers;
