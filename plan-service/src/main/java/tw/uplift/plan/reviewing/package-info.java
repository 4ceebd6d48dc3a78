/** Applying the supervising body's decisions (審查決定) to plans. */
package tw.uplift.plan.reviewing;
