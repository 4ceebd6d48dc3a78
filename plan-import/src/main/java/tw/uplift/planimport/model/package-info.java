/** The immutable plan tree an import produces; plan-service maps it onto its own aggregate. */
package tw.uplift.planimport.model;
