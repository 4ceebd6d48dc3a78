package tw.uplift.survey.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bank as shipped: every driver the issue names, every item in both languages, each a valid question. */
class QuestionBankTest {

    private final QuestionBank bank = new QuestionBank();

    @Test
    void coversTheCustomerExperienceDriversInBothLanguages() {
        Set<QuestionBank.Driver> drivers = bank.items().stream().map(QuestionBank.Item::driver).collect(Collectors.toSet());
        assertThat(drivers).contains(QuestionBank.Driver.SATISFACTION, QuestionBank.Driver.TRUST, QuestionBank.Driver.EASE,
                QuestionBank.Driver.TIME, QuestionBank.Driver.FAIRNESS, QuestionBank.Driver.HELPFULNESS,
                QuestionBank.Driver.NEED_MET);
        assertThat(bank.items()).allSatisfy(item -> {
            assertThat(item.zh()).isNotBlank();
            assertThat(item.en()).isNotBlank();
            item.options().forEach(o -> assertThat(o.en()).isNotBlank());
        });
    }

    @Test
    void aPickedItemIsAQuestionWithTheItemsIdAndKind() {
        Question recommend = bank.item("recommend").orElseThrow().toQuestion();
        assertThat(recommend.id()).isEqualTo("recommend");
        assertThat(recommend.kind()).isEqualTo(QuestionKind.NPS_10);
        Question age = bank.item("age-group").orElseThrow().toQuestion();
        assertThat(age.respondentGroup()).isTrue();
        assertThat(age.required()).isFalse();
        assertThat(QuestionRules.check(bank.items().stream().map(QuestionBank.Item::toQuestion).toList())).isEmpty();
    }
}
