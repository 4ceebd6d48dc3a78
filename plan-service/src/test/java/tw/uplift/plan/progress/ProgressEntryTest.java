package tw.uplift.plan.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.uplift.plan.authoring.ProgressReport.ProgressStatus;
import tw.uplift.plan.evidence.RefusedInput;

class ProgressEntryTest {

    @Test
    void aGoodEntryHasNoProblems() {
        assertThat(entry("2026-Q3", ProgressStatus.ON_TRACK, 60, "辦理 3 場", null,
                List.of(new ProgressEntry.Link("新聞稿", "https://www.kcg.gov.tw/news/1"))).problems()).isEmpty();
    }

    @Test
    void behindNeedsAReasonAndDoneIsAHundredPercent() {
        assertThat(keys(entry("2026-Q3", ProgressStatus.BEHIND, 20, "延後", " ", List.of())))
                .containsExactly("delayReason progress.error.delayReason.required");
        assertThat(keys(entry("2026-Q3", ProgressStatus.DONE, 90, "完成", null, List.of())))
                .containsExactly("percent progress.error.percent.done");
        assertThat(keys(entry("2026-Q3", ProgressStatus.NOT_STARTED, 10, "尚未", null, List.of())))
                .containsExactly("percent progress.error.percent.notStarted");
    }

    @Test
    void everyMissingOrUnreadableFieldIsNamed() {
        assertThat(keys(entry("2026-Q5", null, 101, "", null, List.of())))
                .containsExactly("period progress.error.period.unknown", "status progress.error.status.required",
                        "percent progress.error.percent.range", "narrative progress.error.narrative.required");
        assertThat(keys(new ProgressEntry(null, ProgressStatus.ON_TRACK, null, "x", null, null, null)))
                .containsExactly("period progress.error.period.required", "percent progress.error.percent.required");
    }

    @Test
    void linksAreHttpOrHttpsOnlyAndOfBoundedLength() {
        List<ProgressEntry.Link> links = List.of(
                new ProgressEntry.Link("x", "javascript:alert(1)"),
                new ProgressEntry.Link(null, "data:text/html,<script>alert(1)</script>"),
                new ProgressEntry.Link("長", "https://example.tw/" + "a".repeat(2000)),
                new ProgressEntry.Link("n".repeat(201), "http://example.tw/"),
                new ProgressEntry.Link(null, "https:///no-host"));
        assertThat(keys(entry("2026-Q3", ProgressStatus.ON_TRACK, 50, "x", null, links))).containsExactly(
                "links[0].url evidence.link.scheme", "links[1].url evidence.link.scheme",
                "links[2].url evidence.link.tooLong", "links[3].name evidence.link.nameTooLong",
                "links[4].url evidence.link.invalid");
    }

    private static ProgressEntry entry(String period, ProgressStatus status, Integer percent, String narrative,
            String delayReason, List<ProgressEntry.Link> links) {
        return new ProgressEntry(period, status, percent, narrative, delayReason, links, List.of());
    }

    private static List<String> keys(ProgressEntry entry) {
        return entry.problems().stream().map((RefusedInput.Reason r) -> r.field() + " " + r.key()).toList();
    }
}
