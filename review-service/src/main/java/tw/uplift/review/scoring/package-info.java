/**
 * Annual review scoring (年度查核評分), plain Java: the rubric of a plan's dimensions with their weights, one
 * reviewer's score sheet, the spread of several reviewers' totals with its outliers, and the grade bands.
 */
package tw.uplift.review.scoring;
