package tw.uplift.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditVerifyTest {

    @Test
    void anIntactChainIsOkWithItsNewestEntry() {
        AuditVerify.Result result = AuditVerify.parse("""
                {"checked":12,"headPosition":12,"headHash":"ab12","broken":null}""");

        assertThat(result.intact()).isTrue();
        assertThat(result.describe()).contains("12 entries checked, OK", "newest entry: 12, hash ab12");
    }

    @Test
    void aBrokenChainNamesTheFirstBrokenLink() {
        AuditVerify.Result result = AuditVerify.parse("""
                {"checked":5,"headPosition":4,"headHash":"cd34","broken":{"position":5,"eventId":"e-5",\
                "problem":"HASH_MISMATCH","detail":"entry 5 was \\"changed\\""}}""");

        assertThat(result.intact()).isFalse();
        assertThat(result.describe()).contains("BROKEN at entry 5 (event e-5): HASH_MISMATCH",
                "entry 5 was \"changed\"", "the last that holds is 4");
    }
}
