/** HTTP adapter of review tasks: the reviewer's inbox, one task, and the decision. */
package tw.uplift.review.tasks.web;
