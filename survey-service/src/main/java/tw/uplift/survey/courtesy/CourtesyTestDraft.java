package tw.uplift.survey.courtesy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tw.uplift.contracts.survey.CourtesyTestKind;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.platform.domain.InvalidInput.Problem;
import tw.uplift.survey.design.MeasureLink;

/**
 * What a tester hands in after a call or a visit.
 *
 * @param kind     phone or visit (its rubric scores the marks)
 * @param measure  the measure the test is evidence for, or {@link MeasureLink#NONE}
 * @param unit     the unit tested (受測單位), e.g. 戶籍登記課; required
 * @param testedAt when the call or visit took place; required, not in the future; kept to the second (a tester
 *                 notes the minute, and the store keeps no finer than milliseconds)
 * @param tester   who called or visited (測試人員): agency staff or the supervising body's; required
 * @param marks    by criterion id, one per criterion of the rubric
 */
public record CourtesyTestDraft(CourtesyTestKind kind, MeasureLink measure, String unit, Instant testedAt,
        String tester, Map<String, Mark> marks) {

    /** Longest unit or tester name. */
    public static final int MAX_NAME = 100;
    /** Longest plan or measure id. */
    public static final int MAX_ID = 100;

    public CourtesyTestDraft {
        measure = measure == null ? MeasureLink.NONE : measure;
        testedAt = testedAt == null ? null : testedAt.truncatedTo(ChronoUnit.SECONDS);
        unit = unit == null ? null : unit.strip();
        tester = tester == null ? null : tester.strip();
        marks = marks == null ? Map.of() : Map.copyOf(marks);
    }

    /** Every rule the draft breaks at {@code now}, all at once, each naming its field. */
    List<Problem> problemsAt(Rubric rubric, Instant now) {
        List<Problem> problems = new ArrayList<>();
        name("unit", unit, "name the unit tested", problems);
        if (testedAt == null) {
            problems.add(new Problem("testedAt", "when the test took place is required"));
        } else if (testedAt.isAfter(now)) {
            problems.add(new Problem("testedAt", "must not be in the future"));
        } else if (TaipeiTime.dateOf(testedAt).isBefore(RocYear.of(RocYear.MIN).firstDay())) {
            problems.add(new Problem("testedAt", "must be in " + RocYear.of(RocYear.MIN) + " or later"));
        }
        name("tester", tester, "name who did the test", problems);
        if (measure.planId() != null && measure.planId().length() > MAX_ID) {
            problems.add(new Problem("planId", "at most " + MAX_ID + " characters"));
        }
        if (measure.measureId() != null && measure.measureId().length() > MAX_ID) {
            problems.add(new Problem("measureId", "at most " + MAX_ID + " characters"));
        }
        problems.addAll(rubric.problemsWith(marks));
        return problems;
    }

    private static void name(String field, String value, String missing, List<Problem> problems) {
        if (value == null || value.isEmpty()) {
            problems.add(new Problem(field, missing));
        } else if (value.length() > MAX_NAME) {
            problems.add(new Problem(field, "at most " + MAX_NAME + " characters"));
        }
    }
}
