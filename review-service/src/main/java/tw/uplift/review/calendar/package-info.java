/** The Taiwan working-day calendar used for due dates (plain Java, no Spring). */
package tw.uplift.review.calendar;
