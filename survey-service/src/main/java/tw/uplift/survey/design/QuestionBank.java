package tw.uplift.survey.design;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bilingual question bank (題庫): the satisfaction items common to the agencies' plans and the
 * customer-experience drivers, in 繁體中文 and English, read once from {@value #RESOURCE}. Staff pick items instead
 * of retyping them; a picked item becomes a question that keeps the item's id, so "overall" means the same item in
 * every survey and year, and surveys can be compared on it.
 */
@Component
public class QuestionBank {

    static final String RESOURCE = "/survey-question-bank.json";

    /** What an item is about: the customer-experience drivers, plus the respondent's profile and free comments. */
    public enum Driver {
        SATISFACTION, TRUST, EASE, TIME, FAIRNESS, HELPFULNESS, NEED_MET, ENVIRONMENT, INFORMATION, PROFILE, COMMENT
    }

    /** One option of a bank item. */
    public record BankOption(String id, String zh, String en) {
    }

    /**
     * One item of the bank.
     *
     * @param required        null for the kind's default (required, except free text)
     * @param respondentGroup whether its options sort respondents into groups (e.g. 年齡層)
     */
    public record Item(String id, Driver driver, QuestionKind kind, String zh, String en, Boolean required,
            Boolean respondentGroup, List<BankOption> options) {

        public Item {
            options = options == null ? List.of() : List.copyOf(options);
        }

        /** The item as a question of a survey, with the item's id. */
        public Question toQuestion() {
            return new Question(id, new LocalizedText(zh, en), kind,
                    options.stream().map(o -> new ChoiceOption(o.id(), new LocalizedText(o.zh(), o.en()))).toList(),
                    required == null || required, Boolean.TRUE.equals(respondentGroup));
        }
    }

    private record Contents(List<Item> items) {
    }

    private final List<Item> items;

    public QuestionBank() {
        this.items = read();
    }

    /** Every item, in the bank's order. */
    public List<Item> items() {
        return items;
    }

    public Optional<Item> item(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /**
     * Reads the bank and checks every item as a survey would (a bank item that a survey then refuses would be a
     * trap for staff): a broken bank fails the start, not a clerk's form.
     */
    private static List<Item> read() {
        try (InputStream in = QuestionBank.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            Contents contents = JsonMapper.builder()
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, Contents.class);
            List<Item> items = List.copyOf(contents.items());
            var problems = QuestionRules.check(items.stream().map(Item::toQuestion).toList());
            if (!problems.isEmpty()) {
                throw new IllegalStateException("the question bank breaks the question rules: " + problems);
            }
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
