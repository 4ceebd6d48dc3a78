/**
 * Indicators an annual review starts from (預填指標), per agency and plan year, from what the events already told
 * this service: the share of measures done on time, what went overdue, survey satisfaction, and how long returned
 * plans took to come back. Kept as one fact per event, so a redelivered event adds nothing and the order in which
 * events arrive does not matter: everything is worked out when read.
 */
package tw.uplift.review.indicators;
