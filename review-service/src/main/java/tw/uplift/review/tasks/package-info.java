/**
 * Review tasks: the {@link tw.uplift.review.tasks.ReviewTask} aggregate (opened from plan submissions and
 * low survey results, assigned, decided), the application service around it, and its web and messaging
 * adapters in sub-packages.
 */
package tw.uplift.review.tasks;
