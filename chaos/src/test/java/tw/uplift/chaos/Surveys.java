package tw.uplift.chaos;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import tw.uplift.launcher.LocalSystem;
import tw.uplift.launcher.ServiceSpec;

/** Surveys of the demo clerk's agency, made and opened through survey-service's API as the clerk would. */
final class Surveys {

    private Surveys() {
    }

    /**
     * A new survey closing in a month, opened: its {@code SurveyOpened} makes notification-service track the close
     * date (a deadline with a derived id, {@code Deadline.idOfSurveyClose}), the downstream effect counted here.
     */
    static String opened(LocalSystem system, String title) {
        Caller clerk = new Caller(system.serviceUrl(ServiceSpec.SURVEY), system.tokenFor("clerk"));
        String id = clerk.post("/api/surveys", """
                {"title": {"zh": "%s"}, "closesAt": "%s",
                 "questions": [
                   {"id": "q1", "text": {"zh": "整體而言，您對本次服務滿意嗎？"}, "kind": "LIKERT_5"},
                   {"id": "q2", "text": {"zh": "您如何辦理？"}, "kind": "CHOICE",
                    "options": [{"id": "counter", "text": {"zh": "臨櫃"}}, {"id": "online", "text": {"zh": "線上"}}]}
                 ]}""".formatted(title, Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)))
                .expect(201).body().path("id").asString();
        clerk.post("/api/surveys/" + id + "/open", null).expect(200);
        return id;
    }
}
