/** The plan year as business metrics for the operators' dashboards. */
package tw.uplift.plan.metrics;
