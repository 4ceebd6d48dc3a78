package tw.uplift.contracts.survey;

import tw.uplift.contracts.DomainEvent;

/** Events on {@code survey-events}, published by survey-service: surveys and courtesy tests (禮貌測試). */
public sealed interface SurveyEvent extends DomainEvent
        permits SurveyOpened, SurveyClosed, SurveyResultsPublished, CourtesyTestScored {
}
