/** The chassis every Uplift service runs on; each sub-package is one concern. */
package tw.uplift.platform;
