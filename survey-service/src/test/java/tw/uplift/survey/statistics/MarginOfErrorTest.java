package tw.uplift.survey.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Figures worked by hand: 1.96·√(p(1 − p)/n), times √((N − n)/(N − 1)) when N is known. */
class MarginOfErrorTest {

    @Test
    void halfOfAHundredIsPlusOrMinusNinePointEightPoints() {
        // √(0.25/100) = 0.05; × 1.96 = 0.098
        assertThat(MarginOfError.ofShare(50, 100, OptionalLong.empty())).isCloseTo(0.098, within(1e-12));
    }

    @Test
    void aKnownPopulationShrinksIt() {
        // N = 1000: √(900/999) = 0.9491579; 0.098 × 0.9491579 = 0.0930175
        assertThat(MarginOfError.ofShare(50, 100, OptionalLong.of(1000))).isCloseTo(0.0930175, within(1e-7));
        // p = 0.8, n = 400: √(0.16/400) = 0.02, × 1.96 = 0.0392; N = 2000: √(1600/1999) = 0.8946506 → 0.0350703
        assertThat(MarginOfError.ofShare(320, 400, OptionalLong.empty())).isCloseTo(0.0392, within(1e-12));
        assertThat(MarginOfError.ofShare(320, 400, OptionalLong.of(2000))).isCloseTo(0.0350703, within(1e-7));
    }

    @Test
    void everyoneAskedLeavesNoMargin() {
        assertThat(MarginOfError.ofShare(30, 40, OptionalLong.of(40))).isZero();
    }

    @Test
    void noAnswersNoMarginAndNoImpossibleInput() {
        assertThat(MarginOfError.ofShare(0, 0, OptionalLong.empty())).isNull();
        assertThatIllegalArgumentException().isThrownBy(() -> MarginOfError.ofShare(5, 4, OptionalLong.empty()));
        assertThatIllegalArgumentException().isThrownBy(() -> MarginOfError.ofShare(5, 10, OptionalLong.of(9)));
    }
}
