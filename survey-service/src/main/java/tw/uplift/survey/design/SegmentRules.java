package tw.uplift.survey.design;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tw.uplift.platform.domain.InvalidInput.Problem;

/**
 * The rules a survey's segments (分眾) and its population keep: at most {@value Survey#MAX_SEGMENTS} segments, each with a
 * key of its own (it becomes a field name in the running aggregate and part of the link, like a question's key),
 * a name in 繁體中文 and a kind; a population, where one is given, is at least 1, and a planned sample is at least 1
 * and not larger than the population it is drawn from.
 */
final class SegmentRules {

    private SegmentRules() {
    }

    static List<Problem> check(List<Segment> segments, Long targetPopulation, Integer sampleSize) {
        List<Problem> problems = new ArrayList<>();
        if (targetPopulation != null && targetPopulation < 1) {
            problems.add(new Problem("targetPopulation", "at least 1 when given"));
        }
        if (sampleSize != null && sampleSize < 1) {
            problems.add(new Problem("sampleSize", "at least 1 when given"));
        } else if (sampleSize != null && targetPopulation != null && targetPopulation >= 1
                && sampleSize > targetPopulation) {
            problems.add(new Problem("sampleSize", "cannot be larger than the target population (" + targetPopulation + ")"));
        }
        if (segments == null) {
            return problems;
        }
        if (segments.size() > Survey.MAX_SEGMENTS) {
            problems.add(new Problem("segments", "at most " + Survey.MAX_SEGMENTS + " segments"));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < segments.size(); i++) {
            String at = "segments[" + i + "]";
            Segment s = segments.get(i);
            if (s == null) {
                problems.add(new Problem(at, "must not be empty"));
                continue;
            }
            if (s.id() == null || !QuestionRules.KEY.matcher(s.id()).matches()) {
                problems.add(new Problem(at + ".id", "1 to 40 letters, digits, '_' or '-'"));
            } else if (!keys.add(s.id())) {
                problems.add(new Problem(at + ".id", "segment id '" + s.id() + "' is used twice"));
            }
            if (!LocalizedText.hasChinese(s.name())) {
                problems.add(new Problem(at + ".name.zh", "the segment's name in 繁體中文 is required"));
            }
            if (s.kind() == null) {
                problems.add(new Problem(at + ".kind", "one of SERVICE, COUNTER, CHANNEL"));
            }
            if (s.population() != null && s.population() < 1) {
                problems.add(new Problem(at + ".population", "at least 1 when given"));
            }
        }
        return problems;
    }
}
