package tw.uplift.planimport.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeadlineParserTest {

    private final DeadlineParser plan115 = DeadlineParser.forRocYear(115);

    @Test
    void dayBeforeWhichIsInThePlanYear() {
        assertThat(plan115.parse("1月31日前")).isEqualTo(new Deadline.OnDate(LocalDate.of(2026, 1, 31), "1月31日前"));
        assertThat(plan115.parse("12月31日前")).isEqualTo(new Deadline.OnDate(LocalDate.of(2026, 12, 31), "12月31日前"));
    }

    @Test
    void rocYearPlus1911IsTheGregorianYear() {
        assertThat(DeadlineParser.forRocYear(111).parse("1月31日前")).isEqualTo(new Deadline.OnDate(LocalDate.of(2022, 1, 31), "1月31日前"));
    }

    @Test
    void continuousWorkIsReportedQuarterlyByDefault() {
        Deadline d = plan115.parse("持續辦理");
        assertThat(d).isEqualTo(new Deadline.Continuous(Cadence.QUARTERLY, "持續辦理"));
        assertThat(d.kind()).isEqualTo(Deadline.Kind.CONTINUOUS);
    }

    @Test
    void continuousWorkWithAStatedCadenceKeepsIt() {
        assertThat(plan115.parse("持續辦理(每月)")).isEqualTo(new Deadline.Continuous(Cadence.MONTHLY, "持續辦理(每月)"));
    }

    @Test
    void everyMonthIsAMonthlyCadence() {
        assertThat(plan115.parse("每月")).isEqualTo(new Deadline.Recurring(Cadence.MONTHLY, "每月"));
        assertThat(plan115.parse("每月").kind()).isEqualTo(Deadline.Kind.CADENCE);
    }

    @Test
    void everyQuarterIsAQuarterlyCadence() {
        assertThat(plan115.parse("每季")).isEqualTo(new Deadline.Recurring(Cadence.QUARTERLY, "每季"));
    }

    @Test
    void thirdQuarterIsTheLastDayOfSeptember() {
        assertThat(plan115.parse("第三季")).isEqualTo(new Deadline.OnDate(LocalDate.of(2026, 9, 30), "第三季"));
        assertThat(plan115.parse("第4季前")).isEqualTo(new Deadline.OnDate(LocalDate.of(2026, 12, 31), "第4季前"));
    }

    @Test
    void januaryOfTheNextYearIsItsLastDay() {
        assertThat(plan115.parse("次年1月")).isEqualTo(new Deadline.OnDate(LocalDate.of(2027, 1, 31), "次年1月"));
        assertThat(plan115.parse("翌年2月底前")).isEqualTo(new Deadline.OnDate(LocalDate.of(2027, 2, 28), "翌年2月底前"));
    }

    @Test
    void endOfJuneIsJune30() {
        assertThat(plan115.parse("6月底前")).isEqualTo(new Deadline.OnDate(LocalDate.of(2026, 6, 30), "6月底前"));
    }

    @Test
    void rocDatesAreConvertedWithOrWithoutSpaces() {
        assertThat(plan115.parse("115年3月31日")).isEqualTo(new Deadline.OnDate(LocalDate.of(2026, 3, 31), "115年3月31日"));
        assertThat(plan115.parse("民國115年3月31日前")).isEqualTo(new Deadline.OnDate(LocalDate.of(2026, 3, 31), "民國115年3月31日前"));
        assertThat(plan115.parseAll("115 年 3 月 31 日")).containsExactly(new Deadline.OnDate(LocalDate.of(2026, 3, 31), "115年3月31日"));
        assertThat(plan115.parse("116年1月15日").kind()).isEqualTo(Deadline.Kind.DATE);
    }

    @Test
    void fullWidthDigitsAndChineseNumeralsAreRead() {
        assertThat(plan115.parse("１２月３１日前")).isEqualTo(new Deadline.OnDate(LocalDate.of(2026, 12, 31), "１２月３１日前"));
        assertThat(plan115.parse("十二月三十一日前")).isEqualTo(new Deadline.OnDate(LocalDate.of(2026, 12, 31), "十二月三十一日前"));
    }

    @Test
    void halfYearAndYearEnd() {
        assertThat(plan115.parse("上半年")).isEqualTo(new Deadline.OnDate(LocalDate.of(2026, 6, 30), "上半年"));
        assertThat(plan115.parse("年底前")).isEqualTo(new Deadline.OnDate(LocalDate.of(2026, 12, 31), "年底前"));
    }

    @Test
    void beforeAMonthMeansByTheEndOfThePreviousOne() {
        assertThat(plan115.parse("6月前")).isEqualTo(new Deadline.OnDate(LocalDate.of(2026, 5, 31), "6月前"));
    }

    @Test
    void anythingElseIsUnparsedWithTheTextKept() {
        assertThat(plan115.parse("視需要辦理")).isEqualTo(new Deadline.Unparsed("視需要辦理"));
        assertThat(plan115.parse("2月30日前")).isEqualTo(new Deadline.Unparsed("2月30日前"));
        assertThat(plan115.parse("")).isEqualTo(new Deadline.Unparsed(""));
    }

    @Test
    void withoutAPlanYearRelativeDatesStayUnparsed() {
        assertThat(DeadlineParser.withoutYear().parse("1月31日前")).isEqualTo(new Deadline.Unparsed("1月31日前"));
        assertThat(DeadlineParser.withoutYear().parse("115年3月31日").kind()).isEqualTo(Deadline.Kind.DATE);
        assertThat(DeadlineParser.withoutYear().parse("持續辦理").kind()).isEqualTo(Deadline.Kind.CONTINUOUS);
    }

    @Test
    void aCellWithSeveralPhrasesGivesOnePerMeasure() {
        assertThat(plan115.parseAll("持續辦理 12月31日前 12月31日前")).containsExactly(
                new Deadline.Continuous(Cadence.QUARTERLY, "持續辦理"),
                new Deadline.OnDate(LocalDate.of(2026, 12, 31), "12月31日前"),
                new Deadline.OnDate(LocalDate.of(2026, 12, 31), "12月31日前"));
        assertThat(plan115.isDeadlineCell("持續辦理 12月31日前")).isTrue();
        assertThat(plan115.isDeadlineCell("行政課")).isFalse();
    }

    @Test
    void aQuarterlyCadenceIsDueAtTheEndOfEachQuarter() {
        assertThat(Cadence.QUARTERLY.periodEnds(2026)).containsExactly(
                LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 31));
        assertThat(Cadence.QUARTERLY.periodEndOf(LocalDate.of(2026, 5, 2))).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(Cadence.QUARTERLY.nextPeriodEndAfter(LocalDate.of(2026, 6, 30))).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(Cadence.MONTHLY.periodEnds(2026)).hasSize(12).contains(LocalDate.of(2026, 2, 28));
    }
}
