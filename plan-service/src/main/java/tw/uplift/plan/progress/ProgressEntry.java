package tw.uplift.plan.progress;

import java.util.ArrayList;
import java.util.List;
import tw.uplift.contracts.values.ReportingPeriod;
import tw.uplift.plan.authoring.ProgressReport.ProgressStatus;
import tw.uplift.plan.evidence.EvidenceContentCheck;
import tw.uplift.plan.evidence.EvidenceFiles;
import tw.uplift.plan.evidence.EvidenceLinks;
import tw.uplift.plan.evidence.RefusedInput.Reason;

/**
 * What a unit reports on a measure for a period (執行成果填報), as typed: on the API as JSON, on the page as a form.
 * The fields are named as the API names them; the page maps its own.
 *
 * @param period      the period's name, e.g. {@code 2026-Q3} (see {@link ReportingPeriod})
 * @param status      where the work stands
 * @param percent     how much is done, 0..100; DONE is 100, NOT_STARTED 0
 * @param narrative   what was done (執行情形)
 * @param delayReason why it is behind (落後原因); required when BEHIND
 * @param links       links as evidence
 * @param fileIds     files kept beforehand ({@code POST /api/plans/{planId}/evidence}) as evidence
 */
public record ProgressEntry(String period, ProgressStatus status, Integer percent, String narrative,
        String delayReason, List<Link> links, List<String> fileIds) {

    public static final int MAX_NARRATIVE_LENGTH = 4000;
    public static final int MAX_DELAY_REASON_LENGTH = 2000;

    /** A link as evidence: an address and, optionally, what it shows. */
    public record Link(String name, String url) {
    }

    public ProgressEntry {
        links = links == null ? List.of() : List.copyOf(links);
        fileIds = fileIds == null ? List.of() : List.copyOf(fileIds);
    }

    /** What is wrong with it, field by field, in the order of the form; empty when it may be filed. */
    public List<Reason> problems() {
        List<Reason> problems = new ArrayList<>();
        if (period == null || period.isBlank()) {
            problems.add(Reason.of("period", "progress.error.period.required"));
        } else if (ReportingPeriod.parse(period).isEmpty()) {
            problems.add(Reason.of("period", "progress.error.period.unknown", period));
        }
        if (status == null) {
            problems.add(Reason.of("status", "progress.error.status.required"));
        }
        if (percent == null) {
            problems.add(Reason.of("percent", "progress.error.percent.required"));
        } else if (percent < 0 || percent > 100) {
            problems.add(Reason.of("percent", "progress.error.percent.range"));
        } else if (status == ProgressStatus.DONE && percent != 100) {
            problems.add(Reason.of("percent", "progress.error.percent.done"));
        } else if (status == ProgressStatus.NOT_STARTED && percent != 0) {
            problems.add(Reason.of("percent", "progress.error.percent.notStarted"));
        }
        if (narrative == null || narrative.isBlank()) {
            problems.add(Reason.of("narrative", "progress.error.narrative.required"));
        } else if (narrative.strip().length() > MAX_NARRATIVE_LENGTH) {
            problems.add(Reason.of("narrative", "progress.error.narrative.tooLong", MAX_NARRATIVE_LENGTH));
        }
        if (status == ProgressStatus.BEHIND && (delayReason == null || delayReason.isBlank())) {
            problems.add(Reason.of("delayReason", "progress.error.delayReason.required"));
        } else if (delayReason != null && delayReason.strip().length() > MAX_DELAY_REASON_LENGTH) {
            problems.add(Reason.of("delayReason", "progress.error.delayReason.tooLong", MAX_DELAY_REASON_LENGTH));
        }
        if (links.size() > EvidenceLinks.MAX_PER_REPORT) {
            problems.add(Reason.of("links", "evidence.link.tooMany", EvidenceLinks.MAX_PER_REPORT));
        } else {
            for (int i = 0; i < links.size(); i++) {
                Link link = links.get(i);
                String at = "links[" + i + "]";
                EvidenceLinks.problemWith(link == null ? null : link.url())
                        .ifPresent(key -> problems.add(Reason.of(at + ".url", key, EvidenceLinks.MAX_URL_LENGTH)));
                if (link != null && link.name() != null && link.name().strip().length() > EvidenceLinks.MAX_NAME_LENGTH) {
                    problems.add(Reason.of(at + ".name", "evidence.link.nameTooLong", EvidenceLinks.MAX_NAME_LENGTH));
                }
            }
        }
        if (fileIds.size() > EvidenceFiles.MAX_PER_REPORT) {
            problems.add(Reason.of(EvidenceContentCheck.FIELD, "evidence.refused.tooMany", EvidenceFiles.MAX_PER_REPORT));
        }
        return problems;
    }

    /** Its narrative or delay reason as kept: without surrounding blanks; a blank delay reason is none. */
    static String kept(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
