/**
 * survey-service, by feature: {@code design} (the survey aggregate and the staff API), {@code answering}
 * (the anonymous public form and its guards), {@code results} (running aggregates and statistics).
 */
package tw.uplift.survey;
