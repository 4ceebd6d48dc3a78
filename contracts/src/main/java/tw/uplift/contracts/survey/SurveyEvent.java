package tw.uplift.contracts.survey;

import tw.uplift.contracts.DomainEvent;

/** Events on {@code survey-events}, published by survey-service. */
public sealed interface SurveyEvent extends DomainEvent
        permits SurveyOpened, SurveyClosed, SurveyResultsPublished {
}
