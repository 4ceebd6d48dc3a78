/** What the deadline tracker tells plan-service: measures that went overdue (逾期). */
package tw.uplift.plan.tracking;
