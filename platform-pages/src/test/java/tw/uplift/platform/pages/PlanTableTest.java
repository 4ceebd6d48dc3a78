package tw.uplift.platform.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The plan table every plan page shows: the documents' columns, spans, anchors, the stacked cards' labels, and the
 * page's own additions to each measure (slots that read the row they are in).
 */
@SpringBootTest(classes = PlanTableTest.SampleApp.class, properties = "spring.application.name=sample")
@AutoConfigureMockMvc
class PlanTableTest {

    static final List<PlanTable.Dimension> CONTENT = List.of(
            new PlanTable.Dimension("一", "完備基礎服務項目", List.of(
                    new PlanTable.FocusArea("(一)", "建立業務標準作業流程", List.of(
                            new PlanTable.Measure("1", "訂定標準作業流程(SOP)", "訂定申辦案件SOP\n(1) 戶籍", List.of("戶籍行政科", "宗教禮俗科"),
                                    "3月31日前", LocalDate.of(2026, 3, 31), null, "民眾申辦更快", "請補充"),
                            new PlanTable.Measure("2", "服務資訊公開透明", "服務資訊公開透明", List.of("各科室"), "持續辦理",
                                    null, "QUARTERLY", null, null))),
                    new PlanTable.FocusArea("(二)", "尚未擬定", List.of()))),
            new PlanTable.Dimension("二", "便民服務", List.of()));

    @SpringBootApplication
    static class SampleApp {

        @PageController
        static class SamplePage {
            @GetMapping("/plans/table")
            String page(Model model) {
                model.addAttribute("table", PlanTable.of(CONTENT));
                model.addAttribute("who", "clerk");
                return "sample/plan-table";
            }
        }
    }

    @Autowired
    MockMvc mvc;

    private Document render(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    @Test
    void dimensionsAndFocusAreasSpanTheirRowsAndEmptyOnesKeepOneRow() {
        PlanTable table = PlanTable.of(CONTENT);

        assertThat(table.groups()).extracting(PlanTable.Group::rowspan, PlanTable.Group::anchor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "dimensions-0"),
                        org.assertj.core.groups.Tuple.tuple(1, "dimensions-1"));
        List<PlanTable.Row> rows = table.groups().getFirst().rows();
        assertThat(rows.get(0).focusArea().rowspan()).isEqualTo(2);
        assertThat(rows.get(0).focusArea().anchor()).isEqualTo("dimensions-0-focusAreas-0");
        assertThat(rows).extracting(PlanTable.Row::anchor).containsExactly("dimensions-0-focusAreas-0-measures-0",
                "dimensions-0-focusAreas-0-measures-1", "dimensions-0-focusAreas-1-measures");
        assertThat(rows.get(1).focusArea()).as("spanned from the row above").isNull();
        assertThat(rows.get(2).measure()).isNull();
        assertThat(table.groups().get(1).rows()).singleElement().satisfies(r -> {
            assertThat(r.measure()).isNull();
            assertThat(r.anchor()).isEqualTo("dimensions-1-focusAreas");
        });
        assertThat(table.measures()).extracting(PlanTable.Measure::label)
                .containsExactly("1. 訂定標準作業流程(SOP)", "2. 服務資訊公開透明");
        assertThat(table.measures().get(1).details()).as("only the title again").isNull();
        assertThat(PlanTable.of(List.of()).isEmpty()).isTrue();
    }

    @Test
    void theTableHasTheDocumentsColumnsSpansAndLabelsForTheStackedCards() throws Exception {
        Document page = render("/plans/table");
        Element table = page.selectFirst("table.uplift-plan-table");

        assertThat(table.hasClass("uplift-table--stack")).isTrue();
        assertThat(table.attr("aria-labelledby")).isEqualTo("plan-content-heading");
        assertThat(page.getElementById("plan-content-heading").text()).isEqualTo("Content");
        assertThat(table.select("caption")).as("a heading, which stacks; a caption does not").isEmpty();
        assertThat(table.select("thead th[scope=col].uplift-nowrap").eachText())
                .containsExactly("執行要項", "執行重點", "推行作法", "執行單位", "完成期限");
        assertThat(table.select("tbody")).hasSize(2);
        Element dimension = table.selectFirst("tbody th[scope=rowgroup]");
        assertThat(dimension.id()).isEqualTo("dimensions-0");
        assertThat(dimension.attr("rowspan")).isEqualTo("3");
        assertThat(dimension.text()).isEqualTo("一、完備基礎服務項目");
        Element area = table.getElementById("dimensions-0-focusAreas-0");
        assertThat(area.attr("scope")).isEqualTo("row");
        assertThat(area.attr("rowspan")).isEqualTo("2");
        assertThat(area.attr("data-label")).isEqualTo("執行重點");

        Element sopRow = table.getElementById("dimensions-0-focusAreas-0-measures-0").closest("tr");
        assertThat(sopRow.select("th, td").eachAttr("data-label")).as("each card's cell says its column")
                .containsExactly("執行要項", "執行重點", "推行作法", "執行單位", "完成期限");
        Elements cells = sopRow.select("td");
        assertThat(cells.get(0).selectFirst("p").text()).isEqualTo("1. 訂定標準作業流程(SOP)");
        assertThat(cells.get(0).text()).contains("訂定申辦案件SOP", "預期效益：民眾申辦更快");
        assertThat(cells.get(1).select("li").eachText()).containsExactly("戶籍行政科", "宗教禮俗科");
        assertThat(cells.get(2).text()).contains("3月31日前", "115年3月31日");
        assertThat(cells.get(2).selectFirst("time").attr("datetime")).isEqualTo("2026-03-31");
        assertThat(table.getElementById("dimensions-0-focusAreas-0-measures-1").closest("tr").text())
                .contains("持續辦理 每季回報");

        assertThat(table.getElementById("dimensions-0-focusAreas-1-measures").text()).isEqualTo("尚無推行作法");
        Element emptyDimension = table.getElementById("dimensions-1").closest("tr");
        assertThat(emptyDimension.select("td").eachAttr("data-label")).as("every column, even without focus areas")
                .containsExactly("執行重點", "推行作法", "執行單位", "完成期限");
        assertThat(table.getElementById("dimensions-1-focusAreas").text()).isEqualTo("尚無推行作法");
    }

    @Test
    void eachMeasureCarriesWhatThePageAddsReadingItsOwnRow() throws Exception {
        Document page = render("/plans/table");

        assertThat(page.getElementById("dimensions-0-focusAreas-0-measures-0").select(".sample-note").eachText())
                .containsExactly("請補充");
        assertThat(page.getElementById("dimensions-0-focusAreas-0-measures-0-note")).isNotNull();
        assertThat(page.select(".sample-note")).as("no extra, nothing added").hasSize(1);
        assertThat(page.select("td[data-label=完成期限] .sample-done").eachText())
                .containsExactly("clerk:訂定標準作業流程(SOP)", "clerk:服務資訊公開透明");
    }

    @Test
    void theColumnsAndCadencesAreInEnglishWhenChosen() throws Exception {
        Document page = render("/plans/table?lang=en");

        assertThat(page.select("thead th").eachText())
                .containsExactly("Dimension", "Focus area", "Measure", "Responsible units", "Deadline");
        assertThat(page.text()).contains("reported quarterly", "No measures yet", "Expected benefit", "31 Mar 2026 (ROC 115)");
    }
}
