/**
 * Public answering: the anonymous form's API, the rules a response keeps, the response store and its guards
 * (rate limit per client, body size cap, idempotent retries).
 */
package tw.uplift.survey.answering;
