/**
 * What every chaos scenario shares: the scale it runs at ({@link tw.uplift.chaos.support.ChaosScale}) and the line
 * it prints ({@link tw.uplift.chaos.support.ChaosReport}).
 */
package tw.uplift.chaos.support;
