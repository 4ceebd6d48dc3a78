package tw.uplift.survey.answering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import tw.uplift.platform.domain.InvalidInput;

/** The receipt id a response is stored under, which is what makes a retried POST a no-op. */
class ReceiptIdTest {

    @Test
    void followsTheIdempotencyKeyWithinOneSurvey() {
        assertThat(Answering.receiptId("s1", "k")).isEqualTo(Answering.receiptId("s1", "k"))
                .isNotEqualTo(Answering.receiptId("s2", "k"));
    }

    @Test
    void staysTheSameAcrossReleases() {
        // A client may retry across an upgrade: the id derived from a key must never change.
        assertThat(Answering.receiptId("s1", "retry-me")).isEqualTo("9901e2e6-a6ae-3a0d-9e9f-ad1260859801");
    }

    @Test
    void isFreshForEveryResponseWithoutAKey() {
        assertThat(Answering.receiptId("s1", null)).isNotEqualTo(Answering.receiptId("s1", null));
    }

    @Test
    void refusesAKeyThatIsNotOneTo128VisibleAsciiCharacters() {
        for (String bad : new String[] {"", " ", "bad key", "鍵", "k".repeat(129)}) {
            InvalidInput e = catchThrowableOfType(InvalidInput.class, () -> Answering.receiptId("s1", bad));
            assertThat(e).as("'%s' should be refused", bad).isNotNull();
            assertThat(e.problems()).extracting(InvalidInput.Problem::field).containsExactly("Idempotency-Key");
        }
        assertThat(Answering.receiptId("s1", "k".repeat(128))).isNotBlank();
    }
}
