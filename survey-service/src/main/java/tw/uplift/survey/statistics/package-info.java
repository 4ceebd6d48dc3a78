/**
 * The survey statistics (調查統計) read from running sums: mean and standard deviation, the margin of error of a
 * share, NPS and Cronbach's α. Pure arithmetic on counts and sums, no storage, so each figure can be checked
 * against a worked example. Every input is a sum of whole numbers, kept exact in {@code long}; the only rounding
 * is the last division.
 */
package tw.uplift.survey.statistics;
