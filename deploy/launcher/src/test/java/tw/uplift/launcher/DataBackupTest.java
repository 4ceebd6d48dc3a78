package tw.uplift.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backup's own rules on files only (the whole round trip with a running system is in {@link LocalSystemIT}). */
class DataBackupTest {

    @TempDir
    Path root;

    @Test
    void keepsWhatAStartNeedsWithChecksumsAndLeavesLogsOut() throws Exception {
        Path data = dataFolder();
        DataBackup.backUp(data, root.resolve("backup"));

        assertThat(Files.readAllLines(root.resolve("backup").resolve(DataBackup.MANIFEST)))
                .anySatisfy(line -> assertThat(line).matches("[0-9a-f]{64}  mongo\\.mv"))
                .anySatisfy(line -> assertThat(line).endsWith("  kafka/data/plan-events-0/00000000000000000000.log"))
                .noneSatisfy(line -> assertThat(line).contains("logs/"));
    }

    @Test
    void restoresNothingFromADamagedBackup() throws Exception {
        DataBackup.backUp(dataFolder(), root.resolve("backup"));
        Files.writeString(root.resolve("backup/kafka/data/plan-events-0/00000000000000000000.log"), "changed");

        assertThatThrownBy(() -> DataBackup.restore(root.resolve("backup"), root.resolve("restored")))
                .hasMessageContaining("damaged").hasMessageContaining("00000000000000000000.log");
        assertThat(root.resolve("restored")).doesNotExist();
    }

    @Test
    void neverOverwritesAFolderWithData() throws Exception {
        Path data = dataFolder();
        DataBackup.backUp(data, root.resolve("backup"));

        assertThatThrownBy(() -> DataBackup.restore(root.resolve("backup"), data)).hasMessageContaining("not empty");
        assertThatThrownBy(() -> DataBackup.backUp(data, root.resolve("backup"))).hasMessageContaining("not empty");
    }

    private Path dataFolder() throws Exception {
        Path data = root.resolve("data");
        Files.createDirectories(data.resolve("kafka/data/plan-events-0"));
        Files.createDirectories(data.resolve("logs"));
        Files.writeString(data.resolve("mongo.mv"), "H2 store");
        Files.writeString(data.resolve("kafka/data/plan-events-0/00000000000000000000.log"), "records");
        Files.writeString(data.resolve("logs/plan-service.log"), "a log line");
        return data;
    }
}
