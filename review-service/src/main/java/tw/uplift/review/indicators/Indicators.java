package tw.uplift.review.indicators;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.contracts.values.TaipeiTime;

/**
 * The pre-filled indicators of one agency's plan year (預填指標), worked out from its facts whatever order they came
 * in.
 *
 * <ul>
 * <li><b>Measures done on time</b> (如期完成率): of the dated measures of the latest approved revision of each plan of
 * the year, those due by today or already completed; done on time when completed (in Taipei) on or before the due
 * date. Measures due later and not done yet are not counted: they cannot be late yet.
 * <li><b>Overdue</b> (逾期): how many tracked items of the year went overdue (measures, reports, corrective actions;
 * counted once each), and the days the overdue measures were late: from the due date to their completion, or to
 * today while not completed. Other items count in the number only: this service does not hear when they are done.
 * <li><b>Satisfaction</b> (滿意度): the mean of the surveys' satisfaction rates weighted by their responses, each
 * survey by its latest published results; null without a survey.
 * <li><b>Turnaround</b> (退回修正天數): for each returned revision, the days until the next revision was submitted;
 * their mean, null when nothing was returned and resubmitted.
 * </ul>
 * A plan's year is the one its submission or approval states; an overdue item or survey of no known plan belongs to
 * the year of its due date or publication.
 */
public record Indicators(String agencyId, int rocYear, int measuresCounted, int measuresOnTime, Double onTimeShare,
        int overdueCount, long overdueDays, int surveys, Double satisfaction, int returns, Double turnaroundDays) {

    /** The indicators of an agency's plan year from every fact about the agency. */
    public static Indicators of(String agencyId, int rocYear, List<IndicatorFact> facts, LocalDate today) {
        Map<String, Integer> yearOfPlan = new HashMap<>();
        facts.stream().filter(f -> f.planId() != null && f.rocYear() != null)
                .forEach(f -> yearOfPlan.put(f.planId(), f.rocYear()));
        List<IndicatorFact> ofYear = facts.stream().filter(f -> yearOf(f, yearOfPlan).orElse(-1) == rocYear)
                .toList();
        Map<String, LocalDate> completed = new HashMap<>();
        facts.stream().filter(f -> f.kind() == IndicatorFact.Kind.COMPLETED && f.itemId() != null)
                .forEach(f -> completed.merge(f.itemId(), TaipeiTime.dateOf(f.at()),
                        (a, b) -> a.isBefore(b) ? a : b));

        // Measures: the latest approved revision of each plan.
        Map<String, IndicatorFact> approvals = new LinkedHashMap<>();
        ofYear.stream().filter(f -> f.kind() == IndicatorFact.Kind.APPROVED)
                .sorted(Comparator.comparingInt(IndicatorFact::revision).reversed().thenComparing(IndicatorFact::id))
                .forEach(f -> approvals.putIfAbsent(f.planId(), f));
        int counted = 0;
        int onTime = 0;
        for (IndicatorFact approval : approvals.values()) {
            for (IndicatorFact.DatedMeasure m : approval.measures()) {
                LocalDate done = completed.get(m.measureId());
                if (m.dueDate() == null || (done == null && m.dueDate().isAfter(today))) {
                    continue;
                }
                counted++;
                if (done != null && !done.isAfter(m.dueDate())) {
                    onTime++;
                }
            }
        }

        // Overdue: once per tracked deadline.
        Map<String, IndicatorFact> overdue = new LinkedHashMap<>();
        ofYear.stream().filter(f -> f.kind() == IndicatorFact.Kind.OVERDUE)
                .sorted(Comparator.comparing(IndicatorFact::id)).forEach(f -> overdue.putIfAbsent(f.itemId() == null
                        ? f.id() : f.itemKind() + ":" + f.itemId(), f));
        long days = 0;
        for (IndicatorFact item : overdue.values()) {
            if ("MEASURE".equals(item.itemKind()) && item.dueDate() != null) {
                LocalDate until = completed.getOrDefault(item.itemId(), today);
                days += Math.max(0, ChronoUnit.DAYS.between(item.dueDate(), until));
            }
        }

        // Surveys: the latest results of each.
        Map<String, IndicatorFact> surveys = new LinkedHashMap<>();
        ofYear.stream().filter(f -> f.kind() == IndicatorFact.Kind.SURVEY && f.rate() != null)
                .sorted(Comparator.comparing(IndicatorFact::at, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .reversed().thenComparing(IndicatorFact::id))
                .forEach(f -> surveys.putIfAbsent(f.itemId(), f));
        long responses = surveys.values().stream().mapToLong(IndicatorFact::responses).sum();
        Double satisfaction = surveys.isEmpty() ? null : responses == 0
                ? surveys.values().stream().mapToDouble(IndicatorFact::rate).average().orElse(0)
                : surveys.values().stream().mapToDouble(f -> f.rate() * f.responses()).sum() / responses;

        // Turnaround: a return (told twice, by plan-service and by our own decision) to the next submission.
        Map<String, IndicatorFact> returns = new LinkedHashMap<>();
        ofYear.stream().filter(f -> f.kind() == IndicatorFact.Kind.RETURNED)
                .sorted(Comparator.comparing(IndicatorFact::at, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(f -> returns.putIfAbsent(f.planId() + "#" + f.revision(), f));
        List<Double> turnarounds = new ArrayList<>();
        for (IndicatorFact returned : returns.values()) {
            ofYear.stream().filter(f -> f.kind() == IndicatorFact.Kind.SUBMITTED
                            && f.planId().equals(returned.planId()) && f.revision() == returned.revision() + 1)
                    .map(IndicatorFact::at).filter(at -> at != null && returned.at() != null).min(Comparator
                            .naturalOrder())
                    .ifPresent(at -> turnarounds.add(Duration.between(returned.at(), at).toMinutes() / 1440.0));
        }
        Double turnaround = turnarounds.isEmpty() ? null
                : turnarounds.stream().mapToDouble(Double::doubleValue).average().orElse(0);

        return new Indicators(agencyId, rocYear, counted, onTime, counted == 0 ? null : (double) onTime / counted,
                overdue.size(), days, surveys.size(), satisfaction, returns.size(), turnaround);
    }

    private static Optional<Integer> yearOf(IndicatorFact fact, Map<String, Integer> yearOfPlan) {
        if (fact.rocYear() != null) {
            return Optional.of(fact.rocYear());
        }
        if (fact.planId() != null && yearOfPlan.containsKey(fact.planId())) {
            return Optional.of(yearOfPlan.get(fact.planId()));
        }
        if (fact.kind() == IndicatorFact.Kind.OVERDUE && fact.dueDate() != null) {
            return Optional.of(RocYear.of(fact.dueDate()).value());
        }
        if (fact.kind() == IndicatorFact.Kind.SURVEY && fact.at() != null) {
            return Optional.of(RocYear.of(TaipeiTime.dateOf(fact.at())).value());
        }
        return Optional.empty();
    }
}
