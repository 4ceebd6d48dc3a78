package tw.uplift.planimport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tw.uplift.planimport.examples.ExamplePlan;

/**
 * The three real example plans, through the preview command, each from a file as a user would pass it. Expected
 * numbers were counted by hand from the documents' text (see the comments); the choices behind them: an un-numbered row (訂定「提升服務執行計畫」, 六、其他) is an item with
 * code "", and a focus area with no measure of its own becomes one un-numbered measure.
 */
class PreviewExamplePlansTest {

    @TempDir
    Path dir;

    // ---- kcg-civil-affairs-111: 高雄市政府民政局 111 年度 --------------------------------------------------------

    /*
     * Hand count: un-numbered 訂定「提升服務執行計畫」 (1 focus, 1 measure); 一 (一)4 (二)2 (三)4 (四)2;
     * 二 (一)2 (二)3 (三)0→1 implied (四)1 (only "2." survives extraction); 三 (一)2 (二)2 (三)2 (四)2;
     * 四 (一)2 (二)1 (三)1; 五 (一)2 (二)1 (三)1; 六 (一)1 (二)3 (三)1 (四)1.
     * Dimensions 7, focus areas 1+4+4+4+3+3+4 = 23, measures 1+12+7+8+4+4+6 = 42.
     */
    @Test
    void civilAffairsBureauPlan() {
        JsonNode plan = preview(ExamplePlan.KCG_CIVIL_AFFAIRS_111);
        assertThat(plan.get("agency").asString()).isEqualTo("高雄市政府民政局");
        assertThat(plan.get("rocYear").asInt()).isEqualTo(111);
        assertThat(plan.get("title").asString()).isEqualTo("高雄市政府民政局111年度提升服務執行計畫");
        assertCounts(plan, 7, 23, 42);
        assertThat(codes(plan)).containsExactly("", "一", "二", "三", "四", "五", "六");

        assertMeasure(measure(plan, "", "", 0), "", "", List.of("局本部"));
        assertThat(measure(plan, "", "", 0).get("text").asString()).startsWith("依據高雄市政府提升服務實施計畫");
        assertMeasure(measure(plan, "一", "(一)", "1"), "1", "訂定標準作業流程(SOP)", List.of("宗教禮俗科", "戶籍行政科"));
        assertMeasure(measure(plan, "一", "(一)", "2"), "2", "建立服務及時、一致性", List.of("戶籍行政科", "秘書室"));
        // Sentence split by a page break: "…授權" + "書、證件等，推動無紙化服務。"
        assertMeasure(measure(plan, "一", "(一)", "4"), "4", "檢討各項作業流程", List.of("宗教禮俗科", "戶籍行政科"));
        assertThat(measure(plan, "一", "(一)", "4").get("text").asString()).endsWith("授權書、證件等，推動無紙化服務。");
        assertMeasure(measure(plan, "一", "(二)", "1"), "1", "服務資訊公開透明", List.of("各科室"));
        assertMeasure(measure(plan, "一", "(三)", "2"), "2", "網站使用便利性", List.of("資訊室"));
        assertMeasure(measure(plan, "一", "(三)", "4"), "4", "民眾臨櫃洽公的便利性", List.of("戶籍行政科"));
        assertMeasure(measure(plan, "二", "(二)", "2"), "2", "收集及更新常見問題集 (FAQ)", List.of());
        assertMeasure(measure(plan, "三", "(二)", "2"), "2", "強化跨平台通用服務", List.of("戶籍行政科", "資訊室"));
        assertMeasure(measure(plan, "三", "(三)", "1"), "1", "善用跨機關便民服務資訊平臺及跨域整合服務", List.of("戶籍行政科"));
        assertMeasure(measure(plan, "六", "(二)", "3"), "3", "智慧辦公", List.of("資訊室"));
        assertMeasure(measure(plan, "六", "(三)", 0), "", "數位創新加值運用", List.of("宗教禮俗科", "戶籍行政科", "資訊室"));
        assertMeasure(measure(plan, "六", "(四)", 0), "", "服務永續", List.of("各科室"));
        // A focus-area title continued on the next page.
        assertThat(focus(plan, "三", "(二)").get("title").asString()).isEqualTo("衡酌實際需求，開發線上申辦及跨平台通用服務，增加民眾使用意願。");
        // This plan has no 完成期限 column.
        assertThat(allMeasures(plan)).allSatisfy(m -> assertThat(m.get("deadline").isNull()).isTrue());
        assertThat(plan.get("supervision").get("rules").get(0).asString()).contains("各執行單位應依所訂執行重點辦理");
    }

    // ---- kcg-sanmin-106: 高雄市三民區公所 106 年度 ----------------------------------------------------------------

    /*
     * Hand count: 一 (一)1 un-numbered (二)4 (三)8 (四)3 (五)3; 二 (一)2 (二)3 (三)4 (四)2;
     * 三 (一)2 (二)4 (三)4 (四)2; 四 (一)2 (二)1 (三)1; 五 (一)4 (二)2 (三)1; 六 (一)1 (二)3 (三)2 (四)4.
     * Dimensions 6, focus areas 5+4+4+3+3+4 = 23, measures 19+11+12+4+7+10 = 63.
     */
    @Test
    void sanminDistrictOfficePlan() {
        JsonNode plan = preview(ExamplePlan.KCG_SANMIN_106);
        assertThat(plan.get("agency").asString()).isEqualTo("高雄市三民區公所");
        assertThat(plan.get("rocYear").asInt()).isEqualTo(106);
        assertCounts(plan, 6, 23, 63);
        assertThat(codes(plan)).containsExactly("一", "二", "三", "四", "五", "六");

        assertMeasure(measure(plan, "一", "(一)", 0), "", "", List.of("秘書室"));
        assertMeasure(measure(plan, "一", "(二)", "1"), "1", "服務人員專業能力", List.of("各課室"));
        assertMeasure(measure(plan, "一", "(二)", "2"), "2", "定期檢討表單及作業流程", List.of("民政課", "社會課", "經建課", "兵役課", "秘書室"));
        assertMeasure(measure(plan, "一", "(二)", "4"), "4", "建置「非臨櫃辦理」", List.of("各課室"));
        assertMeasure(measure(plan, "一", "(三)", "6"), "6", "臨櫃申辦多元查詢管道", List.of("民政課", "社會課", "兵役課", "經建課", "秘書室"));
        assertThat(measure(plan, "一", "(三)", "6").get("text").asString()).endsWith("且公布標準處理流程，並主動告知申請人處理程序。");
        assertMeasure(measure(plan, "一", "(四)", "3"), "3", "定期維護設施", List.of("秘書室"));
        assertThat(measure(plan, "一", "(四)", "3").get("text").asString()).isEqualTo("隨時執行洽公環境設備檢查及每年辦理使用者滿意度調查，適時更新改善。");
        assertMeasure(measure(plan, "二", "(二)", "2"), "2", "常見問題集 (FAQ)", List.of("秘書室"));
        assertMeasure(measure(plan, "三", "(一)", "2"), "2", "客製化行動單一窗口", List.of("各課室"));
        assertMeasure(measure(plan, "三", "(三)", "2"), "2", "提升跨域整合服務", List.of("秘書室"));
        assertMeasure(measure(plan, "四", "(三)", 0), "", "行動市政服務", List.of("民政課", "社會課", "兵役課", "秘書室"));
        assertMeasure(measure(plan, "五", "(三)", 0), "", "落實分層負責，簡政便民", List.of("各課室"));
        assertMeasure(measure(plan, "六", "(四)", "4"), "4", "服務持續性及擴散性", List.of("各課室"));
        assertThat(focus(plan, "六", "(四)").get("title").asString()).isEqualTo("權衡服務措施的必要性，以及投入成本與產出效益間的合理性，重視服務的制度化及持續性。");

        JsonNode team = plan.get("team");
        assertThat(team.get("name").asString()).isEqualTo("提升為民服務推動小組");
        assertThat(team.get("members")).hasSize(9);
        assertThat(team.get("members").get(0).get("role").asString()).isEqualTo("召集人");
        assertThat(team.get("members").get(0).get("member").asString()).isEqualTo("區長");
        JsonNode submissions = plan.get("supervision").get("resultSubmissions");
        assertThat(submissions).hasSize(2);
        assertThat(submissions.get(0).get("deadline").get("date").asString()).isEqualTo("2018-01-31");
        assertThat(submissions.get(1).get("deadline").get("date").asString()).isEqualTo("2017-09-30");
        assertThat(plan.get("supervision").get("regularCheck").asString()).startsWith("依據本計畫由本所為民服務推動小組");
        assertThat(plan.get("supervision").get("annualReview").asString()).startsWith("配合市府辦理年度服務獎");
    }

    // ---- taichung-beitun-household-115: 臺中市北屯區戶政事務所 115 年度 ------------------------------------------

    /*
     * Hand count: 一 (一)2 (二)4 (三)6 (四)2 (五)3 (六)1; 二 (一)1 (二)8 (三)2 (四)3; 三 (一)2 (二)3 (三)1 (四)2;
     * 四 (一)4 (二)2 (三)3 (四)3 (五)1; 五 (一)1 (二)1 (三)1 (四)2; 六 one un-numbered item.
     * Dimensions 6, focus areas 6+4+4+5+4+1 = 24, measures 18+14+8+13+5+1 = 59.
     */
    @Test
    void beitunHouseholdRegistrationOfficePlan() {
        JsonNode plan = preview(ExamplePlan.TAICHUNG_BEITUN_HOUSEHOLD_115);
        assertThat(plan.get("agency").asString()).isEqualTo("臺中市北屯區戶政事務所");
        assertThat(plan.get("rocYear").asInt()).isEqualTo(115);
        assertThat(plan.get("title").asString()).isEqualTo("臺中市北屯區戶政事務所115年度提升服務品質執行計畫");
        assertCounts(plan, 6, 24, 59);

        JsonNode m = measure(plan, "一", "(一)", "1");
        assertMeasure(m, "1", "", List.of("行政課"));
        assertDate(m, "2026-01-31", "1月31日前");
        assertThat(m.get("expectedBenefit").asString()).startsWith("依據計畫規劃範圍");
        assertContinuous(measure(plan, "一", "(一)", "2"), List.of("各課"));
        assertDate(measure(plan, "一", "(二)", "2"), "2026-12-31", "12月31日前");
        assertContinuous(measure(plan, "一", "(三)", "1"), List.of("登記課"));
        assertContinuous(measure(plan, "一", "(四)", "1"), List.of("行政課"));
        assertDate(measure(plan, "一", "(六)", 0), "2026-12-31", "12月31日前");
        assertMeasure(measure(plan, "一", "(六)", 0), "", "", List.of("各課"));
        assertContinuous(measure(plan, "二", "(一)", 0), List.of("登記課"));
        assertContinuous(measure(plan, "二", "(二)", "8"), List.of("各課"));
        // One cell, three measures, three deadlines, three units.
        assertContinuous(measure(plan, "三", "(二)", "1"), List.of("行政課"));
        assertDate(measure(plan, "三", "(二)", "2"), "2026-12-31", "12月31日前");
        assertDate(measure(plan, "三", "(二)", "3"), "2026-12-31", "12月31日前");
        assertThat(measure(plan, "三", "(二)", "3").get("text").asString()).startsWith("提供獎勵機制");
        // One 預期效益 cell of two sentences beside two measures: nothing marks which sentence is whose (the break
        // could be the cell's line wrap), so both measures keep the whole cell rather than half of it each.
        String sharedBenefit = "定期更新各項資料，確保民眾獲得最新資訊。 正確連結其他機關網站，提供民眾多元管道使用之便。";
        assertThat(measure(plan, "四", "(一)", "3").get("expectedBenefit").asString()).isEqualTo(sharedBenefit);
        assertThat(measure(plan, "四", "(一)", "4").get("expectedBenefit").asString()).isEqualTo(sharedBenefit);
        assertDate(measure(plan, "四", "(三)", "3"), "2026-12-31", "12月31日前");
        assertDate(measure(plan, "五", "(四)", "2"), "2026-12-31", "12月31日前");
        assertThat(measure(plan, "六", "", 0).get("text").asString()).startsWith("因應社會脈動");

        assertThat(plan.get("basis").get(0).asString()).startsWith("依據臺中市政府民政局");
        assertThat(plan.get("goals")).hasSize(3);
        assertThat(plan.get("scope").asString()).isEqualTo("全體員工。");
        assertThat(plan.get("supervision").get("regularCheck").asString()).startsWith("各課應建立內部稽核制度");
        assertThat(plan.get("supervision").get("annualReview").asString()).startsWith("配合市府排定考核時程");
    }

    @Test
    void everyGuessIsAWarningNamingItsLine() {
        JsonNode warnings = preview(ExamplePlan.KCG_CIVIL_AFFAIRS_111).get("warnings");
        List<String> lines = new ArrayList<>();
        for (JsonNode w : warnings) {
            lines.add(w.get("line").asInt() + " " + w.get("kind").asString() + " " + w.get("message").asString());
        }
        assertThat(lines).anyMatch(w -> w.startsWith("27 JOINED_SENTENCE") && w.contains("書、證件等"));
        assertThat(lines).anyMatch(w -> w.startsWith("41 SHIFTED_CELL") && w.contains("unit names"));
        assertThat(lines).anyMatch(w -> w.startsWith("45 IMPLIED_MEASURE") && w.contains("(三)"));
        assertThat(lines).anyMatch(w -> w.startsWith("47 NUMBERING_GAP") && w.contains("measure 2."));
        assertThat(lines).anyMatch(w -> w.startsWith("49 SHIFTED_CELL") && w.contains("measure 1."));
        assertThat(lines).anyMatch(w -> w.startsWith("20 UNNUMBERED_ITEM"));
        assertThat(lines).anyMatch(w -> w.startsWith("37 MISSING_UNITS"));

        JsonNode beitun = preview(ExamplePlan.TAICHUNG_BEITUN_HOUSEHOLD_115).get("warnings");
        List<String> shared = new ArrayList<>();
        for (JsonNode w : beitun) {
            if (w.get("kind").asString().equals("SHARED_CELL")) {
                shared.add(w.get("line").asInt() + " " + w.get("message").asString());
            }
        }
        assertThat(shared).anyMatch(w -> w.startsWith("113 ") && w.contains("copied to each"));
        // "行政課 行政課 行政課" beside measures 1–3: copied, not dealt out; each ends up with 行政課 either way.
        assertThat(shared).anyMatch(w -> w.startsWith("115 ") && w.contains("units \"行政課 行政課 行政課\" shared by measures 1–3; copied to each (行政課)"));
        // One deadline phrase per measure: matched in order (a measure has one 完成期限).
        assertThat(shared).anyMatch(w -> w.startsWith("115 ") && w.contains("matched in order"));
        assertThat(shared).noneMatch(w -> w.contains("gave one"));
    }

    @Test
    void printsUnescapedChineseAsPrettyJson() {
        Preview preview = Preview.run(fileOf(ExamplePlan.TAICHUNG_BEITUN_HOUSEHOLD_115));
        assertThat(preview.exitCode()).isZero();
        assertThat(preview.stderr()).isEmpty();
        assertThat(preview.stdout()).contains("\"agency\" : \"臺中市北屯區戶政事務所\"").doesNotContain("\\u");
        assertThat(preview.stdout()).contains("\n  \"dimensions\" : [");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private JsonNode preview(ExamplePlan example) {
        Preview preview = Preview.run(fileOf(example));
        assertThat(preview.exitCode()).as(preview.stderr()).isZero();
        return preview.json();
    }

    /** The example as a file of its own name: the preview command takes file names. */
    private Path fileOf(ExamplePlan example) {
        try {
            return Files.write(dir.resolve(example.fileName()), example.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertCounts(JsonNode plan, int dimensions, int focusAreas, int measures) {
        int fa = 0;
        int ms = 0;
        for (JsonNode d : plan.get("dimensions")) {
            fa += d.get("focusAreas").size();
            for (JsonNode f : d.get("focusAreas")) {
                ms += f.get("measures").size();
            }
        }
        assertThat(plan.get("dimensions").size()).as("dimensions").isEqualTo(dimensions);
        assertThat(fa).as("focus areas").isEqualTo(focusAreas);
        assertThat(ms).as("measures").isEqualTo(measures);
    }

    private static List<String> codes(JsonNode plan) {
        List<String> codes = new ArrayList<>();
        plan.get("dimensions").forEach(d -> codes.add(d.get("code").asString()));
        return codes;
    }

    private static List<JsonNode> allMeasures(JsonNode plan) {
        List<JsonNode> all = new ArrayList<>();
        plan.get("dimensions").forEach(d -> d.get("focusAreas").forEach(f -> f.get("measures").forEach(all::add)));
        return all;
    }

    static JsonNode focus(JsonNode plan, String dimension, String focus) {
        for (JsonNode d : plan.get("dimensions")) {
            if (d.get("code").asString().equals(dimension)) {
                for (JsonNode f : d.get("focusAreas")) {
                    if (f.get("code").asString().equals(focus)) {
                        return f;
                    }
                }
            }
        }
        throw new AssertionError("no focus area " + dimension + " " + focus);
    }

    static JsonNode measure(JsonNode plan, String dimension, String focus, String code) {
        for (JsonNode m : focus(plan, dimension, focus).get("measures")) {
            if (m.get("code").asString().equals(code)) {
                return m;
            }
        }
        throw new AssertionError("no measure " + dimension + " " + focus + " " + code);
    }

    static JsonNode measure(JsonNode plan, String dimension, String focus, int index) {
        return focus(plan, dimension, focus).get("measures").get(index);
    }

    private static void assertMeasure(JsonNode m, String code, String title, List<String> units) {
        assertThat(m.get("code").asString()).isEqualTo(code);
        assertThat(m.get("title").asString()).isEqualTo(title);
        List<String> actual = new ArrayList<>();
        m.get("units").forEach(u -> actual.add(u.asString()));
        assertThat(actual).as("units of %s %s", code, title).isEqualTo(units);
        assertThat(m.get("text").asString()).isNotBlank();
    }

    private static void assertDate(JsonNode m, String date, String text) {
        JsonNode d = m.get("deadline");
        assertThat(d.get("kind").asString()).isEqualTo("DATE");
        assertThat(d.get("date").asString()).isEqualTo(date);
        assertThat(d.get("text").asString()).isEqualTo(text);
    }

    private static void assertContinuous(JsonNode m, List<String> units) {
        JsonNode d = m.get("deadline");
        assertThat(d.get("kind").asString()).isEqualTo("CONTINUOUS");
        assertThat(d.get("cadence").asString()).isEqualTo("QUARTERLY");
        assertThat(d.get("text").asString()).isEqualTo("持續辦理");
        List<String> actual = new ArrayList<>();
        m.get("units").forEach(u -> actual.add(u.asString()));
        assertThat(actual).isEqualTo(units);
    }
}
