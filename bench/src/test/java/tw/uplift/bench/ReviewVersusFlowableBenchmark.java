package tw.uplift.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.uplift.platform.test.bench.BenchFigure;
import tw.uplift.platform.test.bench.BenchReport;

/**
 * Flowable's process starts per second (in-memory H2, one user task), the anchor the review benchmark is judged
 * against: review tasks created and assigned per second from {@code PlanSubmitted} should be at least ten times
 * Flowable's starts. review-service's own {@code ReviewTaskBenchmark} runs earlier in the same {@code ./uplift bench}
 * (Flowable's Spring 6 jars cannot share review-service's class path), so this one reads its figure from the run's
 * report and records the comparison.
 */
class ReviewVersusFlowableBenchmark {

    /** The figure ReviewTaskBenchmark records: tasks from a burst of PlanSubmitted events over Kafka. */
    static final String REVIEW_FIGURE = "tasks from Kafka (PlanSubmitted burst)";

    @Test
    void flowableStarts() {
        List<Double> rounds = new ArrayList<>();
        try (FlowableAnchor flowable = new FlowableAnchor()) {
            flowable.startsPerSecond(1_000); // warm-up
            for (int round = 0; round < 5; round++) {
                rounds.add(flowable.startsPerSecond(1_000));
            }
        }
        BenchFigure starts = BenchFigure.informational("anchors", "Flowable process starts (H2 in memory, 1 user task)",
                rounds, "/s", null, Double.NaN);
        BenchReport.record(starts);
        String file = System.getProperty(BenchReport.FILE_PROPERTY, "");
        if (file.isBlank() || !Files.isRegularFile(Path.of(file))) {
            System.out.println("[bench] no report of this run to read review-service's figure from; run ./uplift bench");
            return;
        }
        BenchReport.read(Path.of(file)).stream().filter(f -> f.figure().equals(REVIEW_FIGURE)).reduce((a, b) -> b)
                .ifPresentOrElse(review -> BenchReport.record(BenchFigure.atLeast("review tasks",
                                "tasks created and assigned from Kafka vs Flowable", review.rounds(), "/s",
                                "Flowable process starts", starts.value(), "≥ 10 × anchor", 10 * starts.value())),
                        () -> System.out.println("[bench] review-service's figure is not in the report: was"
                                + " ReviewTaskBenchmark run?"));
    }
}
