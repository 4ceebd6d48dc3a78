package tw.uplift.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tw.uplift.gateway.ops.ServiceStatus.ClockReading;

class ClockReadingTest {

    @Test
    void aServiceClockReadsAsADayAndAMinuteWithHowFarItWasMoved() {
        assertThat(new ClockReading("2026-12-01T14:27:38.011451836+08:00", "PT0S").shown()).isEqualTo("2026-12-01 14:27");
        assertThat(new ClockReading("2026-12-09T14:27:38+08:00", "P8D").shown()).isEqualTo("2026-12-09 14:27 (+P8D)");
    }

    @Test
    void anUnreadableClockIsShownAsItCame() {
        assertThat(new ClockReading("soon", null).shown()).isEqualTo("soon");
    }
}
