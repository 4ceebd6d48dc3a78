/**
 * The public plan pages and open-data downloads under {@code /public/plans}: no login, no personal data, cacheable
 * where the answer does not depend on who asks.
 */
package tw.uplift.plan.publishing.web;
