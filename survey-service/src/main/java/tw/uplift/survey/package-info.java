/**
 * survey-service, by feature: {@code design} (the survey aggregate and the staff API), {@code answering}
 * (the anonymous public form and its guards), {@code results} (running aggregates and statistics),
 * {@code opendata} (the published results as JSON and CSV for anyone), {@code courtesy} (phone courtesy tests and
 * mystery-shopper visits scored with their rubrics), {@code console} (the agency's survey desk under {@code /surveys}:
 * a survey built from the question bank with its segments, its links, QR codes, posters and kiosk links, its live
 * results and report).
 */
package tw.uplift.survey;
