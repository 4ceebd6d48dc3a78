package tw.uplift.survey.results;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.platform.work.BackgroundWorker;
import tw.uplift.survey.design.Survey;
import tw.uplift.survey.design.SurveyStatus;

/**
 * Satisfaction per agency for the business dashboard and its alerts, refreshed every minute:
 * {@code uplift_survey_satisfaction{agency}}, the share of satisfied Likert answers (CSAT, top-2-box) over the
 * agency's surveys opened this calendar year (Asia/Taipei): a closed survey with its published rate, an open one with
 * its live rate, each weighted by its responses (so a survey of 5 answers does not weigh as much as one of 500); and
 * {@code uplift_survey_open{agency}}, the surveys taking answers now. An agency without any answered survey this year
 * has no satisfaction row (a 0 would read as "nobody satisfied").
 *
 * <p>Read from the surveys collection and, for each open survey, its running aggregate by {@code _id}: surveys are a
 * few per agency and year, and one pass a minute off the request path is cheaper than keeping a gauge in step with
 * every answer.
 */
@Component
class SatisfactionMetrics extends BackgroundWorker {

    private final MongoTemplate mongo;
    private final TallyStore tallies;
    private final Clock clock;
    private final MultiGauge satisfaction;
    private final MultiGauge open;

    SatisfactionMetrics(MongoTemplate mongo, TallyStore tallies, Clock clock, MeterRegistry meters) {
        super("survey-satisfaction-metrics", Duration.ofMinutes(1), 0);
        this.mongo = mongo;
        this.tallies = tallies;
        this.clock = clock;
        this.satisfaction = MultiGauge.builder("uplift.survey.satisfaction")
                .description("CSAT (top-2-box share) of the agency's surveys this year, weighted by responses")
                .register(meters);
        this.open = MultiGauge.builder("uplift.survey.open").description("surveys taking answers now, per agency")
                .register(meters);
    }

    @Override
    protected void pass() {
        Instant startOfYear = TaipeiTime.today(clock).withDayOfYear(1).atStartOfDay(TaipeiTime.ZONE).toInstant();
        Query thisYear = Query.query(Criteria.where("status").in(SurveyStatus.OPEN.name(), SurveyStatus.CLOSED.name())
                .and("opensAt").gte(startOfYear));
        Map<String, double[]> satisfiedAndAll = new HashMap<>();
        Map<String, Integer> openPerAgency = new HashMap<>();
        for (Survey survey : mongo.find(thisYear, Survey.class)) {
            Long responses;
            Double rate;
            if (survey.status() == SurveyStatus.OPEN) {
                openPerAgency.merge(survey.agencyId(), 1, Integer::sum);
                SurveyResults live = tallies.results(survey);
                responses = live.n();
                rate = live.csat();
            } else {
                responses = survey.responses();
                rate = survey.satisfactionRate();
            }
            if (responses != null && responses > 0 && rate != null) {
                double[] sums = satisfiedAndAll.computeIfAbsent(survey.agencyId(), a -> new double[2]);
                sums[0] += rate * responses;
                sums[1] += responses;
            }
        }
        List<MultiGauge.Row<?>> rates = new ArrayList<>();
        satisfiedAndAll.forEach((agency, sums) -> rates.add(MultiGauge.Row.of(Tags.of("agency", agency), sums[0] / sums[1])));
        satisfaction.register(rates, true);
        open.register(openPerAgency.entrySet().stream()
                .map(e -> MultiGauge.Row.of(Tags.of("agency", e.getKey()), e.getValue())).toList(), true);
    }
}
