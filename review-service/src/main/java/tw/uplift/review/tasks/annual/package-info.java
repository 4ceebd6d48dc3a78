/**
 * Annual reviews (年度查核): opened when an agency hands in its annual results (or by hand), scored by several
 * reviewers of the body on the rubric of the plan's dimensions, finalised by the assignee, ranked per plan year.
 */
package tw.uplift.review.tasks.annual;
