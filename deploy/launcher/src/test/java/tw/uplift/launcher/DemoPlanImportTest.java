package tw.uplift.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedPlanImportTest {

    @TempDir
    Path dir;

    @Test
    void sendsTheSeedAsTheFilePartOfAMultipartForm() throws Exception {
        Path seed = Files.writeString(dir.resolve("000_plan.txt"), "高雄市政府民政局111年度提升服務執行計畫");

        String body = new String(SeedPlanImport.multipart("b0undary", seed), StandardCharsets.UTF_8);

        assertThat(body).startsWith("--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"000_plan.txt\"\r\n")
                .contains("\r\n\r\n高雄市政府民政局111年度提升服務執行計畫\r\n")
                .endsWith("--b0undary--\r\n");
    }
}
