/** Designing surveys: the {@code Survey} aggregate (questions, threshold, DRAFT → OPEN → CLOSED) and the staff API. */
package tw.uplift.survey.design;
