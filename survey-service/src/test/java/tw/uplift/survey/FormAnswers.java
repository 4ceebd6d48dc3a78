package tw.uplift.survey;

/**
 * A citizen's answers to the counter-service survey of {@link SurveyFlowIT} ({@code q1} a score, {@code q2} how
 * they came, {@code q3} a comment), as the public form posts them: {@code scoring(5).via("online").saying("謝謝")}.
 */
final class FormAnswers {

    private final int score;
    private String channel = "counter";
    private String comment;

    private FormAnswers(int score) {
        this.score = score;
    }

    static FormAnswers scoring(int score) {
        return new FormAnswers(score);
    }

    FormAnswers via(String channel) {
        this.channel = channel;
        return this;
    }

    FormAnswers saying(String comment) {
        this.comment = comment;
        return this;
    }

    String json() {
        return "{\"answers\":[{\"questionId\":\"q1\",\"score\":" + score + "},{\"questionId\":\"q2\",\"choice\":\""
                + channel + "\"}" + (comment == null ? "" : ",{\"questionId\":\"q3\",\"text\":\"" + comment + "\"}")
                + "]}";
    }
}
