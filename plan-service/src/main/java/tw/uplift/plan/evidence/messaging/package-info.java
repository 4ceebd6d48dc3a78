/** What survey-service publishes, as evidence for plan-service's measures. */
package tw.uplift.plan.evidence.messaging;
