package tw.uplift.plan.evidence;

import org.springframework.stereotype.Service;
import tw.uplift.contracts.survey.SurveyResultsPublished;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.platform.events.EventPosition;
import tw.uplift.platform.outbox.AggregateStore;

/**
 * A satisfaction survey's published results become evidence on the measure they were linked to (SPEC §2.6). A
 * survey not linked to a measure, or linked to a plan this service does not have, changes nothing.
 */
@Service
public class SurveyResultsEvidence {

    private final AggregateStore store;

    public SurveyResultsEvidence(AggregateStore store) {
        this.store = store;
    }

    public void published(SurveyResultsPublished results, EventPosition position) {
        if (results.planId() != null && results.measureId() != null) {
            store.update(results.planId(), Plan.class, plan -> plan.addSurveyResults(results, position));
        }
    }
}
