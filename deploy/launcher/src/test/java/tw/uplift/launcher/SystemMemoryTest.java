package tw.uplift.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SystemMemoryTest {

    @Test
    void readsProportionalAndResidentSizesOfLiveProcesses() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/smaps_rollup")), "needs Linux /proc");

        SystemMemory memory = SystemMemory.of(Map.of("this test", ProcessHandle.current().pid()));

        assertThat(memory.measured()).isTrue();
        assertThat(memory.processes()).singleElement().satisfies(process -> {
            assertThat(process.name()).isEqualTo("this test");
            assertThat(process.pssBytes()).isPositive().isLessThanOrEqualTo(process.rssBytes());
        });
        assertThat(memory.summary()).matches("\\d+\\.\\d\\d GiB PSS \\(\\d+\\.\\d\\d GiB RSS\\) over 1 processes");
    }

    @Test
    void saysNotMeasuredWhenNoProcessCanBeRead() {
        SystemMemory memory = SystemMemory.of(Map.of("gone", Long.MAX_VALUE));

        assertThat(memory.measured()).isFalse();
        assertThat(memory.summary()).isEqualTo("memory not measured (no /proc/<pid>/smaps_rollup)");
    }
}
