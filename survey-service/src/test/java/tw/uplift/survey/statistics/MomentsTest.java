package tw.uplift.survey.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MomentsTest {

    @Test
    void meanAndSampleStandardDeviationFromTheSums() {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations 9+1+1+1+0+0+4+16 = 32, variance 32/7
        Moments m = new Moments(8, 40, 232);

        assertThat(m.mean()).isEqualTo(5.0);
        assertThat(m.variance()).isCloseTo(32.0 / 7, within(1e-12));
        assertThat(m.standardDeviation()).isCloseTo(2.1380899, within(1e-7));
    }

    @Test
    void nothingToSayWithoutEnoughScores() {
        assertThat(new Moments(0, 0, 0).mean()).isNull();
        assertThat(new Moments(1, 4, 16).mean()).isEqualTo(4.0);
        assertThat(new Moments(1, 4, 16).standardDeviation()).as("n − 1 = 0").isNull();
    }
}
