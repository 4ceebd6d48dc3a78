/**
 * HTTP adapter of review tasks: the API ({@code /api/review-tasks}: the reviewer's inbox, one task, the decision)
 * and the reviewer's pages ({@code /reviews}: the desk, a task with the submitted plan and the decision form).
 */
package tw.uplift.review.tasks.web;
