/**
 * Values of the domain every service and the importer share, each owning its rule once: the ROC year,
 * the Taipei zone, ids derived from a cause. Plain Java, no framework.
 */
package tw.uplift.contracts.values;
