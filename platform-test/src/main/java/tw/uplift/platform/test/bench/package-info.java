/**
 * What every benchmark uses to report: {@link tw.uplift.platform.test.bench.BenchFigure} (value, the anchor measured in
 * the same run, the goal), {@link tw.uplift.platform.test.bench.BenchReport} (printed, and appended to the run's report
 * file) and {@link tw.uplift.platform.test.bench.Stats}. Benchmarks assert nothing; {@code ./uplift bench} runs them all.
 */
package tw.uplift.platform.test.bench;
