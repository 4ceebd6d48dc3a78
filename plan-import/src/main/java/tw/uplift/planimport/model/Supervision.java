package tw.uplift.planimport.model;

import java.util.List;

/**
 * 督考方式 / 管制考核 / 考核規定.
 *
 * @param rules             every paragraph of those sections, as printed
 * @param regularCheck      平時查核 / 平時考核, or {@code null}
 * @param annualReview      年度查核 / 年度考核, or {@code null}
 * @param resultSubmissions dated duties to submit results (提送執行成果 …)
 */
public record Supervision(List<String> rules, String regularCheck, String annualReview, List<ResultSubmission> resultSubmissions) {
    public Supervision {
        rules = List.copyOf(rules);
        resultSubmissions = List.copyOf(resultSubmissions);
    }

    public static Supervision none() {
        return new Supervision(List.of(), null, null, List.of());
    }
}
