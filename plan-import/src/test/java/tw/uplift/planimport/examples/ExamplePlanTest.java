package tw.uplift.planimport.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The example plans come from the classpath (nothing beside the repository), and the folder, the enum and the
 * folder's README name the same documents, so a file added to one is not silently missing from the others.
 */
class ExamplePlanTest {

    /** Tests run from the module folder; this is where the resources are kept, not where they are read from. */
    private static final Path FOLDER = Path.of("src/main/resources/tw/uplift/planimport/examples");

    @ParameterizedTest
    @EnumSource(ExamplePlan.class)
    void readsFromTheClasspathAsWellFormedUtf8PlanText(ExamplePlan example) throws CharacterCodingException {
        byte[] bytes = example.bytes();

        String strict = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        assertThat(strict).isEqualTo(example.text()).contains("年度提升服務").contains("執行計畫");
    }

    @Test
    void theFolderHoldsExactlyTheEnumsDocumentsAndItsReadmeNamesEach() throws Exception {
        String[] enumNames = Arrays.stream(ExamplePlan.values()).map(ExamplePlan::fileName).toArray(String[]::new);
        try (Stream<Path> files = Files.list(FOLDER)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> !n.equals("README.md")))
                    .containsExactlyInAnyOrder(enumNames);
        }
        assertThat(Files.readString(FOLDER.resolve("README.md"))).contains(enumNames);
    }
}
