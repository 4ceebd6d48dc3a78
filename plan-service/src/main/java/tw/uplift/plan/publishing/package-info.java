/**
 * Publishing (計畫公開): every plan approved at some point is public — its page in the documents' table layout, a
 * list of public plans by year and agency, and open data (each plan as JSON and CSV, one row per measure, with a
 * documented schema). Nothing here names a person: no clerk, head or reviewer, no history or comments.
 */
package tw.uplift.plan.publishing;
