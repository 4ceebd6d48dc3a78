/** HTTP adapter of the reviewer pool. */
package tw.uplift.review.assignment.web;
