package tw.uplift.survey.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NetPromoterScoreTest {

    @Test
    void promotersMinusDetractorsInPercentagePoints() {
        // 20 answers: 9s and 10s 10 (50 %), 7s and 8s 6, 0..6 4 (20 %) → 30
        long[] counts = {1, 0, 0, 0, 0, 2, 1, 3, 3, 4, 6};
        assertThat(NetPromoterScore.of(counts)).isEqualTo(30.0);
    }

    @Test
    void sevensAndEightsOnlyWeighDown() {
        // 4 answers: one 10, three 8s → 25 − 0
        assertThat(NetPromoterScore.of(new long[] {0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 1})).isEqualTo(25.0);
        // a 6 is a detractor, a 9 a promoter: they cancel
        assertThat(NetPromoterScore.of(new long[] {0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0})).isZero();
        assertThat(NetPromoterScore.of(new long[] {5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})).isEqualTo(-100.0);
    }

    @Test
    void theThreeGroupsAndTheirShares() {
        // the same 20 answers: 10 promoters (9, 10), 6 passives (7, 8), 4 detractors (0..6)
        NetPromoterScore.Groups g = NetPromoterScore.groups(new long[] {1, 0, 0, 0, 0, 2, 1, 3, 3, 4, 6});
        assertThat(g).isEqualTo(new NetPromoterScore.Groups(10, 6, 4));
        assertThat(g.share(g.promoters())).isEqualTo(0.5);
        assertThat(g.share(g.passives())).isEqualTo(0.3);
        assertThat(g.share(g.detractors())).isEqualTo(0.2);
        assertThat(NetPromoterScore.groups(new long[11]).share(0)).isNull();
    }

    @Test
    void noAnswersNoScore() {
        assertThat(NetPromoterScore.of(new long[11])).isNull();
    }
}
