/**
 * The chaos suite (issue #15): faults caused on purpose against the real parts, each scenario printing what it
 * checked and its counts. {@code uplift.chaos.scale} is {@code quick} in {@code ./uplift test} and {@code full} in
 * {@code ./uplift chaos}.
 */
package tw.uplift.chaos;
