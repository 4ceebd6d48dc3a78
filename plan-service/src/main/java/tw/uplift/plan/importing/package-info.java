/** Importing a plan from the document an agency already has (Word, or text taken from its PDF). */
package tw.uplift.plan.importing;
