/**
 * Public answering: the anonymous form's API, the rules a response keeps, the response store and its guards
 * (rate limit per client, body size cap, idempotent retries); {@code answering.kiosk}: the revocable links of kiosk
 * mode, a counter tablet answering one question at a time.
 */
package tw.uplift.survey.answering;
