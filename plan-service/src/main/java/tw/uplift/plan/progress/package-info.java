/**
 * Progress through the year (執行成果): units' reports per measure and period with their evidence, and the status
 * lights (燈號) computed from them.
 */
package tw.uplift.plan.progress;
