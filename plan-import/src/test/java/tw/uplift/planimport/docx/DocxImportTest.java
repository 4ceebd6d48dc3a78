package tw.uplift.planimport.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tw.uplift.planimport.PlanImporter;
import tw.uplift.planimport.PlanTrees;
import tw.uplift.planimport.cli.Preview;
import tw.uplift.planimport.examples.ExamplePlan;
import tw.uplift.planimport.model.ImportedPlan;

class DocxImportTest {

    private final PlanImporter importer = new PlanImporter();

    @ParameterizedTest
    @EnumSource(ExamplePlan.class)
    void aWordTableWithAMergedDimensionColumnImportsLikeTheText(ExamplePlan example) {
        byte[] docx = DocxFixtures.fromText(example.text());
        assertThat(docx).startsWith('P', 'K');
        ImportedPlan fromWord = importer.parse("plan.docx", docx);
        ImportedPlan fromText = importer.parse(example.fileName(), example.bytes());
        assertThat(PlanTrees.of(fromWord)).isEqualTo(PlanTrees.of(fromText));
        assertThat(fromWord.supervision().rules()).isEqualTo(fromText.supervision().rules());
    }

    @Test
    void theHeaderSectionsComeFromWordParagraphs() {
        ImportedPlan plan = importer.parse("plan.docx", DocxFixtures.fromText(ExamplePlan.KCG_SANMIN_106.text()));
        assertThat(plan.agency()).isEqualTo("高雄市三民區公所");
        assertThat(plan.rocYear()).isEqualTo(106);
        assertThat(plan.scope()).isEqualTo("本所全體員工。");
        assertThat(plan.team().members()).hasSize(9);
    }

    @Test
    void thePreviewCommandReadsADocxByContent(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("北屯.docx");
        Files.write(file, DocxFixtures.fromText(ExamplePlan.TAICHUNG_BEITUN_HOUSEHOLD_115.text()));
        Preview preview = Preview.run(file);
        assertThat(preview.exitCode()).as(preview.stderr()).isZero();
        assertThat(preview.json().get("counts").get("measures").asInt()).isEqualTo(59);
    }
}
