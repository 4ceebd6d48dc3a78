package tw.uplift.planimport.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tw.uplift.planimport.PlanImporter;
import tw.uplift.planimport.PlanTrees;
import tw.uplift.planimport.Seeds;
import tw.uplift.planimport.cli.Preview;
import tw.uplift.planimport.model.ImportedPlan;

class DocxImportTest {

    private final PlanImporter importer = new PlanImporter();

    @ParameterizedTest
    @ValueSource(strings = {Seeds.BEITUN_115, Seeds.SANMIN_106, Seeds.CIVIL_AFFAIRS_111})
    void aWordTableWithAMergedDimensionColumnImportsLikeTheText(String seed) {
        byte[] docx = DocxFixtures.fromSeed(Seeds.text(seed));
        assertThat(docx).startsWith('P', 'K');
        ImportedPlan fromWord = importer.parse("plan.docx", docx);
        ImportedPlan fromText = importer.parse(seed, Seeds.text(seed).getBytes(StandardCharsets.UTF_8));
        assertThat(PlanTrees.of(fromWord)).isEqualTo(PlanTrees.of(fromText));
        assertThat(fromWord.supervision().rules()).isEqualTo(fromText.supervision().rules());
    }

    @Test
    void theHeaderSectionsComeFromWordParagraphs() {
        ImportedPlan plan = importer.parse("plan.docx", DocxFixtures.fromSeed(Seeds.text(Seeds.SANMIN_106)));
        assertThat(plan.agency()).isEqualTo("高雄市三民區公所");
        assertThat(plan.rocYear()).isEqualTo(106);
        assertThat(plan.scope()).isEqualTo("本所全體員工。");
        assertThat(plan.team().members()).hasSize(9);
    }

    @Test
    void thePreviewCommandReadsADocxByContent(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("北屯.docx");
        Files.write(file, DocxFixtures.fromSeed(Seeds.text(Seeds.BEITUN_115)));
        Preview preview = Preview.run(file);
        assertThat(preview.exitCode()).as(preview.stderr()).isZero();
        assertThat(preview.json().get("counts").get("measures").asInt()).isEqualTo(59);
    }
}
