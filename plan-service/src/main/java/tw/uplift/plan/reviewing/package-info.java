/**
 * Applying the supervising body's decisions to plans: a plan's review (審查決定), and what routine checks find about
 * its measures (列管決定, 改善事項).
 */
package tw.uplift.plan.reviewing;
