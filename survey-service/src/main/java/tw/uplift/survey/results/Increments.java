package tw.uplift.survey.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.mongodb.core.query.Update;
import tw.uplift.survey.design.Question;
import tw.uplift.survey.design.Survey;

/**
 * The {@code $inc} of one or more responses of a survey, summed per field (see {@link TallyStore} for the
 * document): {@code +1} on {@code n} and on each answer's buckets, the same under its segment and under each
 * respondent group it picked, and the scale sums of a response that scored every Likert question.
 */
final class Increments {

    private final Survey survey;
    private final List<String> scale;
    /** field path → amount; one entry per path, since an update names each path once. */
    private final Map<String, Long> amounts = new LinkedHashMap<>();

    Increments(Survey survey) {
        this.survey = survey;
        this.scale = TallyStore.scaleOf(survey);
    }

    /** Adds one response that came through this segment's link (or null) with these buckets. */
    void add(String segmentId, Map<String, List<String>> buckets) {
        addUnder("", buckets);
        if (segmentId != null) {
            addUnder("segments." + segmentId + ".", buckets);
        }
        for (Question group : survey.respondentGroups()) {
            List<String> picked = buckets.get(group.id());
            if (picked != null) {
                addUnder("groups." + group.id() + "." + Tally.optionIn(picked.getFirst()) + ".", buckets);
            }
        }
        addToScale(buckets);
    }

    Update update() {
        Update update = new Update();
        amounts.forEach(update::inc);
        return update;
    }

    /** One response's {@code +1}s under a prefix: the whole survey's (""), a segment's or a group's. */
    private void addUnder(String prefix, Map<String, List<String>> buckets) {
        inc(prefix + "n", 1);
        buckets.forEach((question, picked) -> picked.forEach(bucket -> inc(prefix + "counts." + question + "." + bucket, 1)));
    }

    /** A response that scored every question of the scale adds to the scale sums; any other adds nothing there. */
    private void addToScale(Map<String, List<String>> buckets) {
        if (scale.size() < 2 || !buckets.keySet().containsAll(scale)) {
            return;
        }
        long total = 0;
        for (String q : scale) {
            total += Tally.scoreIn(buckets.get(q).getFirst());
        }
        inc("scale.n", 1);
        inc("scale.t", total);
        inc("scale.tt", total * total);
        for (String q : scale) {
            long x = Tally.scoreIn(buckets.get(q).getFirst());
            inc("scale.items." + q + ".x", x);
            inc("scale.items." + q + ".xx", x * x);
            inc("scale.items." + q + ".tx", total * x);
        }
    }

    private void inc(String path, long amount) {
        amounts.merge(path, amount, Long::sum);
    }
}
