/**
 * The Taiwan office calendar (辦公日曆): which days government offices work, read from one file per year in the
 * layout of the 政府行政機關辦公日曆表 that 行政院人事行政總處 publishes, and the due dates counted on it. The
 * calendar, its loader and the due dates are plain Java; only the properties and the auto-configuration know Spring.
 */
package tw.uplift.platform.calendar;
